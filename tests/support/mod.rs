//! Small scheduling plans for the tests: built from tables, or drawn at
//! random from a seed.

#![allow(dead_code)] // each test file uses its own part of the helpers

use rondas::domain::date::{Date, TimeOfDay};
use rondas::domain::ids::{CountryId, OfferId, RoomId, SessionId, SlotId};
use rondas::domain::model::*;
pub use rondas::domain::rng::Rng;

/// What a test plan holds.
#[derive(Clone, Debug, Default)]
pub struct Spec {
    /// Slots, six a day.
    pub slots: usize,
    /// Capacity of each room.
    pub rooms: Vec<u32>,
    /// Delegates of each country (0: none listed).
    pub delegates: Vec<u32>,
    /// (presenting country, max sessions, min attendees) of each offer.
    pub offers: Vec<(usize, u32, u32)>,
    /// (country, offer, weight 1–3) of each interest.
    pub interests: Vec<(usize, usize, u32)>,
    /// (country, slot, delegates available).
    pub availability: Vec<(usize, usize, u32)>,
}

/// Country `c`'s id: `c0`, `c1`, …
pub fn country(c: usize) -> CountryId {
    CountryId(format!("c{c}"))
}

/// Offer `o`'s id.
pub fn offer(o: usize) -> OfferId {
    OfferId(format!("o{o}"))
}

/// Slot `t`'s id.
pub fn slot(t: usize) -> SlotId {
    SlotId(format!("t{t}"))
}

/// Room `r`'s id.
pub fn room(r: usize) -> RoomId {
    RoomId(format!("r{r}"))
}

fn priority(weight: u32) -> Priority {
    match weight {
        3 => Priority::High,
        2 => Priority::Medium,
        _ => Priority::Low,
    }
}

/// The plan of `spec`.
pub fn build(spec: &Spec) -> Plan {
    let day = |t: usize| Date::new(2026, 3, 16 + (t / 6) as u8).expect("a date");
    let mut plan = Plan { id: "test".into(), ..Plan::default() };
    plan.event.name = "Test".into();
    plan.event.language = "en".into();
    plan.event.starts_on = day(0);
    plan.event.ends_on = day(spec.slots.max(1) - 1);
    plan.event.slots = (0..spec.slots)
        .map(|t| Slot {
            id: slot(t),
            date: day(t),
            start: TimeOfDay { hour: 9 + (t % 6) as u8, minute: 0 },
            end: TimeOfDay { hour: 9 + (t % 6) as u8, minute: 45 },
        })
        .collect();
    plan.event.rooms = spec
        .rooms
        .iter()
        .enumerate()
        .map(|(r, &capacity)| Room { id: room(r), name: format!("Room {r}"), capacity, interpretation: false })
        .collect();
    for (c, &n) in spec.delegates.iter().enumerate() {
        let iso: String = [b'A' + (c / 26) as u8, b'A' + (c % 26) as u8].iter().map(|&b| char::from(b)).collect();
        plan.countries.push(Country { id: country(c), iso, name: format!("Country {c}"), ..Country::default() });
        for d in 0..n {
            plan.delegates.push(Delegate {
                id: format!("d{c}-{d}").into(),
                name: format!("Delegate {c}-{d}"),
                country: country(c),
                ..Delegate::default()
            });
        }
    }
    for &(c, t, n) in &spec.availability {
        plan.countries[c].availability.insert(slot(t), n);
    }
    plan.offers = spec
        .offers
        .iter()
        .enumerate()
        .map(|(o, &(c, max_sessions, min_attendees))| Offer {
            id: offer(o),
            country: country(c),
            title: format!("Offer {o}"),
            max_sessions,
            min_attendees,
            ..Offer::default()
        })
        .collect();
    plan.interests = spec
        .interests
        .iter()
        .map(|&(c, o, w)| Interest {
            country: country(c),
            offer: offer(o),
            priority: priority(w),
            ..Interest::default()
        })
        .collect();
    plan
}

/// A session for a test schedule.
pub fn session(id: &str, o: usize, t: usize, r: usize, attendees: &[usize]) -> Session {
    Session {
        id: SessionId(id.into()),
        offer: offer(o),
        slot: slot(t),
        room: room(r),
        attendees: attendees.iter().map(|&c| country(c)).collect(),
        locked: false,
        delegates: Vec::new(),
    }
}

/// A random small plan: up to 6 countries, 8 offers, 4 slots, 3 rooms, with
/// repeats, minimum attendances and reduced availability, often tight.
pub fn random_spec(seed: u64) -> Spec {
    let mut rng = Rng::from_state(seed.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ 0x1234);
    let n_countries = rng.range(2, 6) as usize;
    let n_offers = rng.range(1, 8) as usize;
    let slots = rng.range(1, 4) as usize;
    let rooms: Vec<u32> = (0..rng.range(1, 3)).map(|_| rng.range(1, 4) as u32).collect();
    let delegates: Vec<u32> = (0..n_countries).map(|_| rng.range(0, 3) as u32).collect();
    let offers: Vec<(usize, u32, u32)> = (0..n_offers)
        .map(|_| {
            let max = if rng.range(0, 3) == 0 { rng.range(2, 3) as u32 } else { 1 };
            let min = if rng.range(0, 4) == 0 { 2 } else { 1 };
            (rng.range(0, n_countries as u64 - 1) as usize, max, min)
        })
        .collect();
    let mut interests = Vec::new();
    for c in 0..n_countries {
        for (o, &(s, _, _)) in offers.iter().enumerate() {
            if s != c && rng.range(0, 99) < 55 {
                interests.push((c, o, rng.range(1, 3) as u32));
            }
        }
    }
    let mut availability = Vec::new();
    for c in 0..n_countries {
        for t in 0..slots {
            if rng.range(0, 9) == 0 {
                availability.push((c, t, rng.range(0, 1) as u32));
            }
        }
    }
    Spec { slots, rooms, delegates, offers, interests, availability }
}

/// A random tiny plan (at most 2 slots, 2 rooms, 4 countries, 4 offers),
/// small enough for [`optimum`] to search exhaustively.
pub fn tiny_spec(seed: u64) -> Spec {
    let mut rng = Rng::from_state(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x77);
    let n_countries = rng.range(2, 4) as usize;
    let n_offers = rng.range(1, 4) as usize;
    let slots = rng.range(1, 2) as usize;
    let rooms: Vec<u32> = (0..rng.range(1, 2)).map(|_| rng.range(1, 3) as u32).collect();
    let delegates: Vec<u32> = (0..n_countries).map(|_| rng.range(0, 2) as u32).collect();
    let offers: Vec<(usize, u32, u32)> = (0..n_offers)
        .map(|_| {
            let max = if rng.range(0, 2) == 0 { 2 } else { 1 };
            let min = if rng.range(0, 4) == 0 { 2 } else { 1 };
            (rng.range(0, n_countries as u64 - 1) as usize, max, min)
        })
        .collect();
    let mut interests = Vec::new();
    for c in 0..n_countries {
        for (o, &(s, _, _)) in offers.iter().enumerate() {
            if s != c && rng.range(0, 99) < 60 {
                interests.push((c, o, rng.range(1, 3) as u32));
            }
        }
    }
    let availability = (0..n_countries).filter(|_| rng.range(0, 5) == 0).map(|c| (c, 0, 0)).collect();
    Spec { slots, rooms, delegates, offers, interests, availability }
}

/// The optimum of a tiny plan, by exhaustive search: every choice of an
/// offer (or none) per cell, then every assignment of interests to sessions.
pub fn optimum(spec: &Spec) -> u64 {
    let cells: Vec<(usize, usize)> = (0..spec.slots).flat_map(|t| (0..spec.rooms.len()).map(move |r| (t, r))).collect();
    let mut placed = vec![None; cells.len()];
    let mut best = 0;
    place(spec, &cells, 0, &mut placed, &mut best);
    best
}

fn available(spec: &Spec, c: usize, t: usize) -> u32 {
    let n = spec.delegates[c].max(1);
    spec.availability.iter().find(|&&(ac, at, _)| ac == c && at == t).map_or(n, |&(_, _, a)| a.min(n))
}

fn place(spec: &Spec, cells: &[(usize, usize)], k: usize, placed: &mut Vec<Option<usize>>, best: &mut u64) {
    if k == cells.len() {
        let sessions: Vec<(usize, usize, usize)> =
            placed.iter().zip(cells).filter_map(|(o, &(t, r))| o.map(|o| (o, t, r))).collect();
        let mut load = vec![vec![0u32; spec.slots]; spec.delegates.len()];
        for &(o, t, _) in &sessions {
            load[spec.offers[o].0][t] += 1;
        }
        if (0..spec.delegates.len()).any(|c| (0..spec.slots).any(|t| load[c][t] > available(spec, c, t))) {
            return;
        }
        let mut seated = vec![0u32; sessions.len()];
        let mut order: Vec<usize> = (0..spec.interests.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(spec.interests[i].2));
        assign(spec, &sessions, &order, 0, &mut seated, &mut load, 0, best);
        return;
    }
    placed[k] = None;
    place(spec, cells, k + 1, placed, best);
    for o in 0..spec.offers.len() {
        let count = placed.iter().filter(|&&p| p == Some(o)).count() as u32;
        if count < spec.offers[o].1 && spec.rooms[cells[k].1] >= spec.offers[o].2 {
            placed[k] = Some(o);
            place(spec, cells, k + 1, placed, best);
        }
    }
    placed[k] = None;
}

#[allow(clippy::too_many_arguments)]
fn assign(
    spec: &Spec,
    sessions: &[(usize, usize, usize)],
    order: &[usize],
    k: usize,
    seated: &mut Vec<u32>,
    load: &mut Vec<Vec<u32>>,
    value: u64,
    best: &mut u64,
) {
    let rest: u64 = order[k..].iter().map(|&i| u64::from(spec.interests[i].2)).sum();
    if value + rest <= *best {
        return;
    }
    if k == order.len() {
        let enough = sessions.iter().zip(seated.iter()).all(|(&(o, _, _), &n)| n >= spec.offers[o].2);
        if enough {
            *best = value;
        }
        return;
    }
    let (c, o, w) = spec.interests[order[k]];
    for (s, &(so, t, r)) in sessions.iter().enumerate() {
        if so == o && seated[s] < spec.rooms[r] && load[c][t] < available(spec, c, t) {
            seated[s] += 1;
            load[c][t] += 1;
            assign(spec, sessions, order, k + 1, seated, load, value + u64::from(w), best);
            seated[s] -= 1;
            load[c][t] -= 1;
        }
    }
    assign(spec, sessions, order, k + 1, seated, load, value, best);
}

/// The demo plan with a schedule computed by a short, seeded search.
pub fn scheduled_demo() -> Plan {
    use rondas::domain::schedule::{schedule_plan, Options};
    let mut plan = rondas::domain::demo::demo_plan().expect("valid demo");
    let options = Options { seed: 7, moves: Some(300), time_limit_ms: 1e9, ..Options::default() };
    let outcome = schedule_plan(&plan, options, &|| 0.0, &mut |_| true).expect("schedules");
    plan.schedule = Some(outcome.schedule);
    plan
}

/// The sessions of a plan's schedule.
pub fn sessions_of(plan: &Plan) -> &[Session] {
    plan.schedule.as_ref().map_or(&[], |s| &s.sessions)
}

/// The plan after the organizer accepts `changes` (as if of one response
/// file) through the command, or the problems that keep them out.
pub fn accept_changes(
    plan: &Plan,
    changes: &[rondas::domain::merge::Change],
) -> Result<Plan, Vec<rondas::domain::validate::Problem>> {
    let file = rondas::domain::merge::FileDiff {
        file: String::new(),
        country: CountryId::default(),
        evaluator: None,
        created_at: rondas::domain::date::Timestamp::from_unix_seconds(0),
        changes: changes.to_vec(),
        conflicts: Vec::new(),
        skipped: Vec::new(),
    };
    rondas::domain::command::responses::accept(plan, &[file], |_, _| true).map(|done| done.plan)
}
