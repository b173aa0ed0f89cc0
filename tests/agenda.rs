//! Agendas of countries and rooms, read off the demo's schedule.

mod support;

use rondas::domain::agenda::{country_agenda, country_agendas, room_agenda, Role};
use support::*;

#[test]
fn a_country_agenda_covers_every_slot_and_every_session_it_takes_part_in() {
    let plan = scheduled_demo();
    let sessions = sessions_of(&plan);
    assert!(!sessions.is_empty());
    for c in &plan.countries {
        let agenda = country_agenda(&plan, sessions, &c.id);
        let slots: Vec<_> = agenda.slots.iter().map(|s| s.slot.clone()).collect();
        let expected: Vec<_> = plan.event.slots.iter().map(|s| s.id.clone()).collect();
        assert_eq!(slots, expected, "{}: every slot, in order", c.id);
        let mut listed = 0;
        for entry in &agenda.slots {
            assert_eq!(entry.is_free(), entry.items.is_empty());
            for item in &entry.items {
                let s = sessions.iter().find(|s| s.id == item.session).expect("a session of the schedule");
                assert_eq!((&s.slot, &s.offer, &s.room), (&entry.slot, &item.offer, &item.room));
                let presents = plan.offer(&s.offer).expect("offer").country == c.id;
                match item.role {
                    Role::Presenting => assert!(presents),
                    Role::Attending => assert!(!presents && s.attendees.contains(&c.id)),
                }
                listed += 1;
            }
        }
        let involved = sessions
            .iter()
            .filter(|s| s.attendees.contains(&c.id) || plan.offer(&s.offer).is_some_and(|o| o.country == c.id))
            .count();
        assert_eq!(listed, involved, "{}", c.id);
    }
    assert_eq!(country_agendas(&plan, sessions).len(), plan.countries.len());
}

#[test]
fn some_delegations_have_free_slots_and_every_session_is_presented() {
    let plan = scheduled_demo();
    let agendas = country_agendas(&plan, sessions_of(&plan));
    assert!(agendas.iter().any(|a| a.slots.iter().any(|s| s.is_free())));
    let presented: usize =
        agendas.iter().flat_map(|a| &a.slots).flat_map(|s| &s.items).filter(|i| i.role == Role::Presenting).count();
    assert_eq!(presented, sessions_of(&plan).len());
}

#[test]
fn a_room_agenda_shows_its_session_or_nothing_in_each_slot() {
    let plan = scheduled_demo();
    let sessions = sessions_of(&plan);
    let mut held = 0;
    for r in &plan.event.rooms {
        let agenda = room_agenda(&plan, sessions, &r.id);
        assert_eq!(agenda.slots.len(), plan.event.slots.len());
        for (slot, session) in &agenda.slots {
            let expected = sessions.iter().find(|s| &s.slot == slot && s.room == r.id).map(|s| s.id.clone());
            assert_eq!(session, &expected);
            held += usize::from(session.is_some());
        }
    }
    assert_eq!(held, sessions.len());
}

#[test]
fn sessions_in_unknown_slots_are_left_out() {
    let plan =
        build(&Spec { slots: 2, rooms: vec![2], delegates: vec![1, 1], offers: vec![(0, 2, 1)], ..Spec::default() });
    let mut stray = session("s-9", 0, 1, 0, &[1]);
    stray.slot = "nowhere".into();
    let sessions = vec![session("s-1", 0, 0, 0, &[1]), stray];
    let agenda = country_agenda(&plan, &sessions, &country(1));
    assert_eq!(agenda.slots[0].items.len(), 1);
    assert!(agenda.slots[1].is_free());
    assert_eq!(room_agenda(&plan, &sessions, &room(0)).slots[1].1, None);
}
