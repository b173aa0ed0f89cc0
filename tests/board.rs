//! The live board: which sessions are on now and next in each room, at fixed moments.

use rondas::domain::board::{board, Board, Moment, Phase};
use rondas::domain::demo::demo_plan;
use rondas::domain::ids::{RoomId, SessionId, SlotId};
use rondas::domain::model::Session;
use rondas::domain::Plan;

fn at(text: &str) -> Moment {
    text.parse().expect("a moment")
}

/// The demo (slots 1–4 on March 18, 5–8 on March 19) with four sessions placed by hand.
fn plan() -> Plan {
    let mut plan = demo_plan().expect("the demo reads");
    let offer = plan.offers[0].id.clone();
    let place = |id: &str, slot: &str, room: &str| Session {
        id: SessionId::from(id),
        offer: offer.clone(),
        slot: SlotId::from(slot),
        room: RoomId::from(room),
        ..Session::default()
    };
    if let Some(schedule) = plan.schedule.as_mut() {
        schedule.sessions = vec![
            place("s1", "slot-1", "room-1"),
            place("s2", "slot-2", "room-1"),
            place("s3", "slot-2", "room-2"),
            place("s4", "slot-5", "room-2"),
        ];
    }
    plan
}

fn phase_slot<'a>(board: &Board<'a>) -> Option<&'a str> {
    match board.phase {
        Phase::On(slot) | Phase::Next(slot) => Some(slot.id.as_str()),
        Phase::Over => None,
    }
}

/// (room, now, next) of each line, by ids.
fn lines(board: &Board) -> Vec<(String, Option<String>, Option<String>)> {
    let id = |e: Option<rondas::domain::board::Entry>| e.map(|e| e.session.id.to_string());
    board.rooms.iter().map(|l| (l.room.id.to_string(), id(l.now), id(l.next))).collect()
}

fn line(room: &str, now: Option<&str>, next: Option<&str>) -> (String, Option<String>, Option<String>) {
    (room.to_owned(), now.map(str::to_owned), next.map(str::to_owned))
}

#[test]
fn before_the_first_round_the_board_shows_what_comes_first_in_each_room() {
    let plan = plan();
    let b = board(&plan, at("2026-03-18T08:00"), None);
    assert!(matches!(b.phase, Phase::Next(_)));
    assert_eq!(phase_slot(&b), Some("slot-1"));
    assert_eq!(b.rooms.len(), plan.event.rooms.len(), "every room, in the event's order");
    assert_eq!(
        lines(&b)[..3],
        [line("room-1", None, Some("s1")), line("room-2", None, Some("s3")), line("room-3", None, None)]
    );
}

#[test]
fn during_a_round_each_room_shows_its_session_and_its_next() {
    let plan = plan();
    for moment in ["2026-03-18T09:00", "2026-03-18T09:44"] {
        let b = board(&plan, at(moment), None);
        assert!(matches!(b.phase, Phase::On(_)), "{moment}");
        assert_eq!(phase_slot(&b), Some("slot-1"));
        assert_eq!(lines(&b)[..2], [line("room-1", Some("s1"), Some("s2")), line("room-2", None, Some("s3"))]);
    }
    let b = board(&plan, at("2026-03-18T10:30"), None);
    assert_eq!(lines(&b)[..2], [line("room-1", Some("s2"), None), line("room-2", Some("s3"), Some("s4"))]);
}

#[test]
fn a_round_ends_at_its_end_time_and_the_board_waits_for_the_next() {
    let plan = plan();
    let b = board(&plan, at("2026-03-18T09:45"), None);
    assert!(matches!(b.phase, Phase::Next(_)));
    assert_eq!(phase_slot(&b), Some("slot-2"));
    // After the day's last session, the next is on the next day.
    let b = board(&plan, at("2026-03-18T17:00"), None);
    assert_eq!(phase_slot(&b), Some("slot-5"));
    assert!(matches!(b.phase, Phase::Next(_)));
}

#[test]
fn after_the_last_round_the_rounds_are_over() {
    let plan = plan();
    let b = board(&plan, at("2026-03-19T09:45"), None);
    assert_eq!(b.phase, Phase::Over);
    assert!(b.rooms.iter().all(|l| l.now.is_none() && l.next.is_none()));
    let mut unscheduled = plan.clone();
    unscheduled.schedule = None;
    assert_eq!(board(&unscheduled, at("2026-03-18T09:00"), None).phase, Phase::Over);
}

#[test]
fn one_room_has_its_own_phase() {
    let plan = plan();
    let room = RoomId::from("room-1");
    let b = board(&plan, at("2026-03-18T11:00"), Some(&room));
    assert_eq!(lines(&b), [line("room-1", None, None)]);
    assert_eq!(b.phase, Phase::Over, "room 1 is done while room 2 has a session tomorrow");
    let b = board(&plan, at("2026-03-18T11:00"), Some(&RoomId::from("room-2")));
    assert_eq!(phase_slot(&b), Some("slot-5"));
    assert!(board(&plan, at("2026-03-18T09:00"), Some(&RoomId::from("no-such-room"))).rooms.is_empty());
}

#[test]
fn every_session_of_the_demo_is_on_in_its_room_during_its_slot() {
    let plan = demo_plan().expect("the demo reads");
    let sessions = plan.schedule.as_ref().map(|s| s.sessions.clone()).unwrap_or_default();
    assert!(!sessions.is_empty());
    for s in &sessions {
        let slot = plan.event.slots.iter().find(|t| t.id == s.slot).expect("its slot");
        let b = board(&plan, Moment { date: slot.date, time: slot.start }, Some(&s.room));
        assert_eq!(b.rooms[0].now.map(|e| &e.session.id), Some(&s.id));
        assert_eq!(b.phase, Phase::On(slot));
    }
}

#[test]
fn moments_are_read_to_the_minute() {
    let m = at("2026-03-18T10:15");
    assert_eq!((m.date.day, m.time.hour, m.time.minute), (18, 10, 15));
    for bad in ["2026-03-18 10:15", "2026-02-30T10:00", "2026-03-18T25:00", "2026-03-18T10:15:00", ""] {
        assert!(bad.parse::<Moment>().is_err(), "{bad}");
    }
}
