//! The checker of the rounds' rules: each violation, on a schedule broken
//! one rule at a time.

mod support;

use rondas::domain::ids::SessionId;
use rondas::domain::schedule::{check, Violation};
use support::*;

/// Three countries (c0: 1 delegate, c1: 2, c2: none listed), two rooms
/// seating 2 and 1, two slots; o0 (c0's, up to 2 sessions, at least 1), o1
/// (c1's, at least 2), o2 (c2's).
fn plan() -> rondas::domain::Plan {
    build(&Spec {
        slots: 2,
        rooms: vec![2, 1],
        delegates: vec![1, 2, 0],
        offers: vec![(0, 2, 1), (1, 1, 2), (2, 1, 1)],
        interests: vec![(1, 0, 3), (2, 0, 2), (0, 1, 1), (2, 1, 1), (0, 2, 2), (1, 2, 1)],
        availability: vec![(1, 1, 1)],
    })
}

fn id(s: &str) -> SessionId {
    SessionId(s.into())
}

#[test]
fn a_feasible_schedule_has_no_violation() {
    let sessions = vec![session("s-1", 0, 0, 0, &[1, 2]), session("s-2", 1, 1, 0, &[0, 2])];
    assert_eq!(check(&plan(), &sessions), vec![]);
}

#[test]
fn unknown_references_and_duplicate_ids() {
    let mut s = session("s-1", 0, 0, 0, &[1]);
    s.offer = "nope".into();
    s.slot = "t9".into();
    s.room = "r9".into();
    s.attendees.push("zz".into());
    let found = check(&plan(), &[s, session("s-1", 2, 1, 1, &[0])]);
    assert_eq!(
        found,
        vec![
            Violation::UnknownOffer { session: id("s-1"), offer: "nope".into() },
            Violation::UnknownSlot { session: id("s-1"), slot: "t9".into() },
            Violation::UnknownRoom { session: id("s-1"), room: "r9".into() },
            Violation::UnknownCountry { session: id("s-1"), country: "zz".into() },
            Violation::DuplicateId { session: id("s-1") },
        ]
    );
}

#[test]
fn two_sessions_in_one_room() {
    let found = check(&plan(), &[session("s-1", 0, 0, 1, &[1]), session("s-2", 2, 0, 1, &[1])]);
    assert_eq!(
        found,
        vec![Violation::TwoSessionsInRoom { slot: slot(0), room: room(1), first: id("s-1"), second: id("s-2") }]
    );
}

#[test]
fn room_overfull_and_too_few() {
    let found = check(&plan(), &[session("s-1", 0, 0, 1, &[1, 2]), session("s-2", 1, 1, 0, &[2])]);
    assert_eq!(
        found,
        vec![
            Violation::RoomOverfull { session: id("s-1"), slot: slot(0), room: room(1), capacity: 1, attendees: 2 },
            Violation::TooFew { session: id("s-2"), offer: offer(1), min_attendees: 2, attendees: 1 },
        ]
    );
}

#[test]
fn no_interest_includes_the_presenter() {
    // c2 presents o2 and sits in its audience: no interest, and two places at once.
    let found = check(&plan(), &[session("s-1", 2, 0, 0, &[2, 0])]);
    assert_eq!(
        found,
        vec![
            Violation::NoInterest { session: id("s-1"), offer: offer(2), country: country(2) },
            Violation::CountryOverbooked {
                country: country(2),
                slot: slot(0),
                delegates: 1,
                sessions: 2,
                involved: vec![id("s-1"), id("s-1")],
            },
        ]
    );
}

#[test]
fn attends_twice_within_and_across_sessions() {
    let found = check(&plan(), &[session("s-1", 0, 0, 0, &[1, 1]), session("s-2", 0, 1, 0, &[2, 1])]);
    assert_eq!(
        found,
        vec![Violation::AttendsTwice {
            country: country(1),
            offer: offer(0),
            sessions: vec![id("s-1"), id("s-1"), id("s-2")]
        }]
    );
}

#[test]
fn too_many_sessions() {
    let found = check(&plan(), &[session("s-1", 2, 0, 0, &[0]), session("s-2", 2, 1, 0, &[1])]);
    assert_eq!(found, vec![Violation::TooManySessions { offer: offer(2), max_sessions: 1, sessions: 2 }]);
}

#[test]
fn a_country_is_overbooked_by_presenting_and_attending() {
    // c0 has one delegate: presenting o0 and attending o2 in slot 0 is two.
    let found = check(&plan(), &[session("s-1", 0, 0, 0, &[1]), session("s-2", 2, 0, 1, &[0])]);
    assert_eq!(
        found,
        vec![Violation::CountryOverbooked {
            country: country(0),
            slot: slot(0),
            delegates: 1,
            sessions: 2,
            involved: vec![id("s-1"), id("s-2")],
        }]
    );
}

#[test]
fn availability_lowers_the_delegates() {
    // c1 has two delegates, but one in slot 1.
    let sessions = vec![session("s-1", 0, 1, 0, &[1]), session("s-2", 2, 1, 1, &[1])];
    let found = check(&plan(), &sessions);
    assert!(matches!(&found[..], [Violation::CountryOverbooked { delegates: 1, sessions: 2, .. }]), "{found:?}");
    let shown = rondas::i18n::Lang::default().violation(&plan(), &found[0]);
    assert_eq!(shown, "Country 1 has 1 delegate and would be in 2 sessions in slot 2 (s-1, s-2).");
    assert!(check(&plan(), &[session("s-1", 0, 0, 0, &[1]), session("s-2", 2, 0, 1, &[1])]).is_empty());
}
