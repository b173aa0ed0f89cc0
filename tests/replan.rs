//! Re-planning from a slot on the day: the earlier sessions are kept byte
//! for byte, the checker passes, absent delegates and closed rooms are never
//! used later, and the re-plan moves less than a run from scratch.

use rondas::domain::assign::assign;
use rondas::domain::attendance::{availability, is_present, search};
use rondas::domain::command::replan::{replan, Change, Request};
use rondas::domain::demo::demo_plan;
use rondas::domain::edit::{apply, Edit};
use rondas::domain::format::{from_json, to_json};
use rondas::domain::ids::{DelegateId, RoomId, SlotId};
use rondas::domain::model::{Plan, Presence, Session};
use rondas::domain::schedule::{check, diff, schedule_plan, Options, Violation};

fn options() -> Options {
    Options { seed: 3, moves: Some(400), time_limit_ms: 1e9, ..Options::default() }
}

fn sessions(plan: &Plan) -> &[Session] {
    plan.schedule.as_ref().map_or(&[], |s| &s.sessions)
}

/// The position of a slot in the event.
fn position(plan: &Plan, slot: &SlotId) -> usize {
    plan.event.slots.iter().position(|s| &s.id == slot).expect("known slot")
}

/// Every delegate of the country `country`.
fn delegation(plan: &Plan, country: &str) -> Vec<DelegateId> {
    plan.delegates.iter().filter(|d| d.country.as_str() == country).map(|d| d.id.clone()).collect()
}

#[test]
fn replanning_keeps_the_past_and_leaves_the_absent_out() {
    let plan = demo_plan().expect("demo");
    // A whole delegation leaves and one more delegate falls ill; a room is lost.
    let mut absent = delegation(&plan, "uy");
    absent.push(plan.delegates.iter().find(|d| d.country.as_str() == "pe").expect("a Peruvian").id.clone());
    let req =
        Request { from: SlotId::from("slot-4"), absent: absent.clone(), rooms_closed: vec![RoomId::from("room-1")] };
    let done = replan(&plan, &req, options(), &|| 0.0, None).expect("re-plans");
    let (before, after) = (sessions(&plan), sessions(&done.plan));
    let from = position(&plan, &req.from);

    // Every session before the slot is kept exactly, in the file too.
    let earlier = |list: &[Session]| -> Vec<String> {
        list.iter()
            .filter(|s| position(&plan, &s.slot) < from)
            .map(|s| serde_json::to_string(s).expect("json"))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect()
    };
    assert!(!earlier(before).is_empty());
    assert_eq!(earlier(before), earlier(after));

    // The rules hold; the room is closed; the absent are nowhere later.
    assert_eq!(check(&done.plan, after), Vec::<Violation>::new());
    let picks = assign(&done.plan, after);
    for s in after.iter().filter(|s| position(&plan, &s.slot) >= from) {
        assert_ne!(s.room.as_str(), "room-1", "session {} in the closed room", s.id);
        assert!(!s.attendees.iter().any(|c| c.as_str() == "uy"), "Uruguay is away in {}", s.id);
        assert!(plan.offer(&s.offer).is_some_and(|o| o.country.as_str() != "uy"), "{s:?}");
        for d in &absent {
            assert!(!s.delegates.contains(d));
            assert!(picks.picks.values().all(|p| &p.delegate != d || !is_present(&done.plan, d, &s.slot)));
        }
    }
    for ((session, _), pick) in &picks.picks {
        let s = after.iter().find(|s| &s.id == session).expect("picked session");
        assert!(is_present(&done.plan, &pick.delegate, &s.slot), "{} picked while away", pick.delegate);
    }

    // The day is recorded and the file reads back the same.
    assert_eq!(done.plan.day.presence.get(&absent[0]).and_then(|p| p.absent_from.clone()), Some(req.from.clone()));
    assert_eq!(done.plan.day.closed_rooms.get(&RoomId::from("room-1")), Some(&req.from));
    let replanned = done.plan.day.replanned.as_ref().expect("remembered");
    assert_eq!(replanned.countries, done.summary.delegations.iter().map(|d| d.country.clone()).collect::<Vec<_>>());
    assert!(replanned.countries.iter().any(|c| c.as_str() == "uy"), "Uruguay's agenda changed");
    assert!(replanned.rooms.contains(&RoomId::from("room-1")), "the closed room's door sheet changed");
    assert_eq!(from_json(&to_json(&done.plan)).expect("reads back"), done.plan);

    // Changes are told only from the slot on.
    for d in &done.summary.delegations {
        for c in &d.changes {
            let slot = match c {
                Change::Moved { to, .. } => &to.slot,
                Change::Added { at, .. } | Change::Dropped { at, .. } | Change::Delegate { at, .. } => &at.slot,
            };
            assert!(position(&plan, slot) >= from || matches!(c, Change::Moved { .. }), "{c:?}");
        }
    }
}

#[test]
fn replanning_moves_less_than_a_run_from_scratch() {
    let plan = demo_plan().expect("demo");
    let req = Request {
        from: SlotId::from("slot-4"),
        absent: delegation(&plan, "cl").into_iter().take(1).collect(),
        rooms_closed: vec![RoomId::from("room-2")],
    };
    let done = replan(&plan, &req, options(), &|| 0.0, None).expect("re-plans");
    let prepared = rondas::domain::command::replan::prepare(&plan, &req).expect("prepares");
    let mut scratch = prepared.clone();
    scratch.schedule = None;
    let fresh = schedule_plan(&scratch, options(), &|| 0.0, &mut |_| true).expect("schedules");
    let changed = |d: rondas::domain::schedule::ScheduleDiff| d.added.len() + d.removed.len() + d.moved.len();
    let replanned = changed(diff(sessions(&plan), sessions(&done.plan)));
    let from_scratch = changed(diff(sessions(&plan), &fresh.schedule.sessions));
    assert!(replanned < from_scratch, "re-plan changed {replanned} sessions, a fresh run {from_scratch}");
}

#[test]
fn late_arrivals_and_absences_lower_the_availability() {
    let plan = demo_plan().expect("demo");
    let ar = delegation(&plan, "ar");
    let c = plan.countries.iter().position(|c| c.id.as_str() == "ar").expect("Argentina");
    let n_slots = plan.event.slots.len();
    let (delegates, before) = availability(&plan);
    let late = Presence { arrives_at: Some(SlotId::from("slot-3")), absent_from: Some(SlotId::from("slot-6")) };
    let plan = apply(&plan, Edit::SetPresence(ar[0].clone(), late)).expect("lands");
    let (_, after) = availability(&plan);
    for t in 0..n_slots {
        let here = (2..5).contains(&t);
        assert_eq!(after[c * n_slots + t], before[c * n_slots + t] - u32::from(!here), "slot {}", t + 1);
    }
    assert_eq!(delegates[c] as usize, ar.len());
    assert!(!is_present(&plan, &ar[0], &SlotId::from("slot-2")));
    assert!(is_present(&plan, &ar[0], &SlotId::from("slot-3")));
    // A choice of a delegate who is away is dropped.
    let s = sessions(&plan).iter().find(|s| s.slot.as_str() == "slot-1").expect("a session in slot 1");
    let presenter = plan.offer(&s.offer).expect("offer").country.clone();
    if let Some(d) = plan.delegates.iter().find(|d| d.country == presenter) {
        let away = Presence { absent_from: Some(SlotId::from("slot-1")), arrives_at: None };
        let chosen = apply(
            &plan,
            Edit::ChooseDelegate { session: s.id.clone(), country: presenter.clone(), delegate: Some(d.id.clone()) },
        )
        .expect("chosen");
        assert!(sessions(&chosen).iter().any(|x| x.id == s.id && x.delegates.contains(&d.id)));
        let gone = apply(&chosen, Edit::SetPresence(d.id.clone(), away)).expect("away");
        assert!(sessions(&gone).iter().all(|x| !x.delegates.contains(&d.id)));
    }
}

#[test]
fn a_closed_room_is_a_broken_rule_and_check_in_is_recorded() {
    let plan = demo_plan().expect("demo");
    let s = sessions(&plan).last().expect("a session").clone();
    let closed = apply(&plan, Edit::CloseRoom(s.room.clone(), Some(s.slot.clone()))).expect("closes");
    assert!(check(&closed, sessions(&closed))
        .iter()
        .any(|v| matches!(v, Violation::RoomClosed { session, .. } if *session == s.id)));
    assert_ne!(
        closed.schedule.as_ref().map(|x| x.inputs.clone()),
        Some(rondas::domain::schedule::inputs_fingerprint(&closed)),
        "the schedule is stale once a room closes"
    );
    let d = plan.delegates[0].id.clone();
    let at = rondas::domain::date::Timestamp::from_unix_seconds(1_800_000_000);
    let in_ = apply(&plan, Edit::CheckIn(d.clone(), Some(at))).expect("checks in");
    assert_eq!(in_.day.checked_in.get(&d), Some(&at));
    let deleted = apply(&in_, Edit::Delete(rondas::domain::edit::RecordRef::Delegate(d.clone()))).expect("deletes");
    assert!(deleted.day.checked_in.is_empty(), "a deleted delegate leaves the check-in list");
    // Search forgets case and accents, and finds by country too.
    let name = plan.delegates.iter().find(|d| d.name.contains('í')).expect("an accented name");
    let typed = name.name.to_uppercase().replace('Í', "I");
    assert!(search(&plan, &typed).iter().any(|d| d.id == name.id));
    assert!(search(&plan, "peru").iter().all(|d| d.country.as_str() == "pe"));
    assert!(!search(&plan, "peru").is_empty());
}

#[test]
fn a_request_naming_unknown_records_is_refused() {
    let plan = demo_plan().expect("demo");
    let req =
        Request { from: SlotId::from("slot-99"), absent: vec![DelegateId::from("nobody")], rooms_closed: Vec::new() };
    assert!(replan(&plan, &req, options(), &|| 0.0, None).is_err());
    let req =
        Request { from: SlotId::from("slot-2"), absent: vec![DelegateId::from("nobody")], rooms_closed: Vec::new() };
    assert!(replan(&plan, &req, options(), &|| 0.0, None).is_err());
}
