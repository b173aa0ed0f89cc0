//! Why an interest is left out of a schedule, as data that
//! [`crate::i18n::Lang::explanation`] says in words; and a summary of how
//! much of the demand a schedule meets.
//!
//! Works on any list of sessions, the solver's or a hand-edited one;
//! sessions naming unknown records are ignored.

use crate::domain::attendance::{availability, closed_cells};
use crate::domain::ids::{CountryId, OfferId, RoomId, SlotId};
use crate::domain::interpretation::Languages;
use crate::domain::model::{Interpretation, Plan, Session};
use std::collections::{HashMap, HashSet};

/// An interest the schedule leaves out, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    pub country: CountryId,
    pub offer: OfferId,
    /// The interest's weight (3, 2, 1).
    pub weight: u32,
    pub reason: Reason,
    /// The country's name and the offer's title, for the sentence.
    pub country_name: String,
    pub offer_title: String,
}

/// Why an interest is left out.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// The offer cannot have a session: fewer countries are interested
    /// than a session needs, or it may have none.
    CannotRun { interested: u32, min_attendees: u32, max_sessions: u32 },
    /// The offer has no session. `free_cells` counts the room-slots left
    /// empty where its presenting country was free and the room seats its
    /// minimum: 0 means no room-slot was left; otherwise too few of the
    /// interested countries were free at once, or the seats served heavier
    /// interests.
    NotScheduled { free_cells: u32 },
    /// The offer runs, but in each of its sessions the country is busy or
    /// the room is full.
    Blocked(Vec<Block>),
}

/// One session of the offer, and what keeps the country out of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub slot: SlotId,
    /// The slot's position in the event, from 1.
    pub slot_number: u32,
    pub room: RoomId,
    /// The room's capacity, if the session is full.
    pub full: Option<u32>,
    /// What the country does in that slot, if all its delegates are busy.
    pub busy: Option<Busy>,
    /// Whether the country shares no language with the presenter and the
    /// room has no interpretation, which the event requires.
    pub no_interpretation: bool,
}

/// A country's delegates, all busy in a slot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Busy {
    /// Delegates available in the slot.
    pub delegates: u32,
    /// Offers it presents there (its own), and offers it attends.
    pub presents: Vec<OfferId>,
    pub attends: Vec<OfferId>,
}

/// How much of the demand a schedule meets.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Satisfied weight, of the total weight of all interests.
    pub objective: u64,
    pub total_weight: u64,
    /// The upper bound known for the plan, and the relative gap to it.
    pub bound: u64,
    pub gap: f64,
    /// Interests met, of how many.
    pub interests_met: u32,
    pub interests: u32,
    /// Each country's share, in the plan's order.
    pub countries: Vec<CountryShare>,
}

/// One country's interests met.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountryShare {
    pub country: CountryId,
    pub met: u32,
    pub wanted: u32,
    pub weight_met: u64,
    pub weight_wanted: u64,
}

impl CountryShare {
    /// The share of the country's interests met, 1 when it has none.
    pub fn share(&self) -> f64 {
        if self.wanted == 0 {
            1.0
        } else {
            f64::from(self.met) / f64::from(self.wanted)
        }
    }
}

/// The facts of a plan and its sessions that both answers need.
struct Facts<'a> {
    /// Sessions of known offer, slot and room: (offer, slot, room, session).
    sessions: Vec<(usize, usize, usize, &'a Session)>,
    /// Pairs (country, offer) where the country attends the offer.
    met: HashSet<(&'a CountryId, &'a OfferId)>,
}

impl<'a> Facts<'a> {
    fn new(plan: &'a Plan, sessions: &'a [Session]) -> Self {
        let offers: HashMap<&OfferId, usize> = plan.offers.iter().enumerate().map(|(k, o)| (&o.id, k)).collect();
        let slots: HashMap<&SlotId, usize> = plan.event.slots.iter().enumerate().map(|(k, s)| (&s.id, k)).collect();
        let rooms: HashMap<&RoomId, usize> = plan.event.rooms.iter().enumerate().map(|(k, r)| (&r.id, k)).collect();
        let sessions: Vec<_> = sessions
            .iter()
            .filter_map(|s| Some((*offers.get(&s.offer)?, *slots.get(&s.slot)?, *rooms.get(&s.room)?, s)))
            .collect();
        let met = sessions.iter().flat_map(|(_, _, _, s)| s.attendees.iter().map(|c| (c, &s.offer))).collect();
        Self { sessions, met }
    }

    fn is_met(&self, country: &CountryId, offer: &OfferId) -> bool {
        self.met.contains(&(country, offer))
    }
}

/// Every interest of `plan` that `sessions` leave out, in the plan's order,
/// with its reason.
pub fn explain(plan: &Plan, sessions: &[Session]) -> Vec<Explanation> {
    let facts = Facts::new(plan, sessions);
    let n_slots = plan.event.slots.len();
    let countries: HashMap<&CountryId, usize> = plan.countries.iter().enumerate().map(|(k, c)| (&c.id, k)).collect();
    let (_, delegates) = availability(plan);
    let available = |c: usize, t: usize| -> u32 { delegates.get(c * n_slots + t).copied().unwrap_or(1) };
    // What each country does in each slot: (offer, presenting?).
    let mut doing: HashMap<(usize, usize), Vec<(&OfferId, bool)>> = HashMap::new();
    // Cells taken by a session, or closed on the day.
    let mut taken = closed_cells(plan);
    let mut per_offer: HashMap<&OfferId, Vec<usize>> = HashMap::new();
    for (k, &(o, t, r, s)) in facts.sessions.iter().enumerate() {
        taken[t * plan.event.rooms.len() + r] = true;
        per_offer.entry(&s.offer).or_default().push(k);
        if let Some(&c) = countries.get(&plan.offers[o].country) {
            doing.entry((c, t)).or_default().push((&s.offer, true));
        }
        for a in &s.attendees {
            if let Some(&c) = countries.get(a) {
                doing.entry((c, t)).or_default().push((&s.offer, false));
            }
        }
    }
    let mut interested: HashMap<&OfferId, u32> = HashMap::new();
    for i in &plan.interests {
        *interested.entry(&i.offer).or_default() += 1;
    }
    let busy = |c: usize, t: usize| -> Option<Busy> {
        let list = doing.get(&(c, t)).map_or(&[][..], Vec::as_slice);
        let delegates = available(c, t);
        (list.len() as u32 >= delegates).then(|| Busy {
            delegates,
            presents: list.iter().filter(|(_, p)| *p).map(|(o, _)| (*o).clone()).collect(),
            attends: list.iter().filter(|(_, p)| !*p).map(|(o, _)| (*o).clone()).collect(),
        })
    };

    let languages = (plan.event.interpretation == Interpretation::Require).then(|| Languages::new(plan));
    let mut out = Vec::new();
    for i in &plan.interests {
        let (Some(offer), Some(&c)) = (plan.offer(&i.offer), countries.get(&i.country)) else { continue };
        if offer.country == i.country || facts.is_met(&i.country, &i.offer) {
            continue;
        }
        let min = offer.min_attendees.max(1);
        let reason = match per_offer.get(&i.offer) {
            None if offer.max_sessions == 0 || interested.get(&i.offer).copied().unwrap_or(0) < min => {
                Reason::CannotRun {
                    interested: interested.get(&i.offer).copied().unwrap_or(0),
                    min_attendees: min,
                    max_sessions: offer.max_sessions,
                }
            }
            None => {
                let presenter = countries.get(&offer.country).copied();
                let mut free_cells = 0;
                for t in 0..n_slots {
                    let presenter_free = presenter.is_none_or(|p| busy(p, t).is_none());
                    for (r, room) in plan.event.rooms.iter().enumerate() {
                        if presenter_free && !taken[t * plan.event.rooms.len() + r] && room.capacity >= min {
                            free_cells += 1;
                        }
                    }
                }
                Reason::NotScheduled { free_cells }
            }
            Some(list) => Reason::Blocked(
                list.iter()
                    .map(|&k| {
                        let (_, t, r, s) = facts.sessions[k];
                        let capacity = plan.event.rooms[r].capacity;
                        Block {
                            slot: s.slot.clone(),
                            slot_number: t as u32 + 1,
                            room: s.room.clone(),
                            full: (s.attendees.len() as u32 >= capacity).then_some(capacity),
                            busy: busy(c, t),
                            no_interpretation: languages
                                .as_ref()
                                .is_some_and(|l| !l.room_has_it(&s.room) && l.would_need(s, &i.country)),
                        }
                    })
                    .collect(),
            ),
        };
        out.push(Explanation {
            country: i.country.clone(),
            offer: i.offer.clone(),
            weight: i.priority.weight(),
            reason,
            country_name: plan.country_name(&i.country),
            offer_title: plan.title_for_plan(offer).to_owned(),
        });
    }
    out
}

/// How much of the demand of `plan` the `sessions` meet, against `bound`.
pub fn summarize(plan: &Plan, sessions: &[Session], bound: u64) -> Summary {
    let facts = Facts::new(plan, sessions);
    let mut shares: Vec<CountryShare> = plan
        .countries
        .iter()
        .map(|c| CountryShare { country: c.id.clone(), met: 0, wanted: 0, weight_met: 0, weight_wanted: 0 })
        .collect();
    let index: HashMap<&CountryId, usize> = plan.countries.iter().enumerate().map(|(k, c)| (&c.id, k)).collect();
    let presenters: HashMap<&OfferId, &CountryId> = plan.offers.iter().map(|o| (&o.id, &o.country)).collect();
    let mut seen = HashSet::new();
    for i in &plan.interests {
        let own = presenters.get(&i.offer).is_none_or(|&c| c == &i.country);
        let Some(&c) = index.get(&i.country).filter(|_| !own && seen.insert((&i.country, &i.offer))) else { continue };
        let w = u64::from(i.priority.weight());
        shares[c].wanted += 1;
        shares[c].weight_wanted += w;
        if facts.is_met(&i.country, &i.offer) {
            shares[c].met += 1;
            shares[c].weight_met += w;
        }
    }
    let objective: u64 = shares.iter().map(|s| s.weight_met).sum();
    let bound = bound.max(objective);
    Summary {
        objective,
        total_weight: shares.iter().map(|s| s.weight_wanted).sum(),
        bound,
        gap: if bound == 0 { 0.0 } else { (bound - objective) as f64 / bound as f64 },
        interests_met: shares.iter().map(|s| s.met).sum(),
        interests: shares.iter().map(|s| s.wanted).sum(),
        countries: shares,
    }
}
