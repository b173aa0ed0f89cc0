//! Hand edits of the schedule: they land even when they break a rule of the
//! rounds (the checker flags them), keep the schedule fresh, recompute the
//! satisfied weight, and the organizer's chosen delegates are honoured.

mod support;

use rondas::domain::assign::{assign, Reason};
use rondas::domain::demo::demo_plan;
use rondas::domain::edit::{apply, Edit};
use rondas::domain::ids::{CountryId, DelegateId, SessionId};
use rondas::domain::model::{Plan, Session};
use rondas::domain::schedule::{check, inputs_fingerprint, summarize, Violation};
use rondas::domain::validate::{validate, ProblemKind};
use rondas::i18n::Lang;
use support::*;

fn demo() -> Plan {
    demo_plan().expect("valid demo")
}

fn find<'p>(plan: &'p Plan, id: &str) -> &'p Session {
    sessions_of(plan).iter().find(|s| s.id.as_str() == id).expect("the session")
}

#[test]
fn a_move_into_an_occupied_room_lands_flagged_and_stays_fresh() {
    let plan = demo();
    let sessions = sessions_of(&plan);
    assert!(check(&plan, sessions).is_empty(), "the demo's schedule keeps the rules");
    let (a, b) = (&sessions[0], &sessions[1]);
    let edit = Edit::MoveSession { session: a.id.clone(), slot: b.slot.clone(), room: b.room.clone() };
    let next = apply(&plan, edit).expect("a conflicting move is kept, not refused");
    let moved = find(&next, a.id.as_str());
    assert_eq!((&moved.slot, &moved.room), (&b.slot, &b.room));
    let violations = check(&next, sessions_of(&next));
    assert!(violations.iter().any(|v| matches!(v, Violation::TwoSessionsInRoom { first, second, .. }
        if [first, second].contains(&&a.id) && [first, second].contains(&&b.id))));
    let schedule = next.schedule.as_ref().expect("a schedule");
    assert_eq!(schedule.inputs, inputs_fingerprint(&next), "a hand edit does not make the schedule stale");

    // A move to a slot that does not exist is refused, and names the field.
    let bad = Edit::MoveSession { session: a.id.clone(), slot: "slot-99".into(), room: a.room.clone() };
    let problems = apply(&plan, bad).expect_err("broken reference");
    assert_eq!((problems[0].record.as_str(), problems[0].field.as_str()), ("sessions/s-1", "slot"));
}

#[test]
fn attendees_change_the_satisfied_weight_and_take_their_chosen_delegates_along() {
    let plan = demo();
    let s = &sessions_of(&plan)[1];
    let leaving = s.attendees[0].clone();
    let delegate = plan.delegates.iter().find(|d| d.country == leaving).expect("a delegate").id.clone();
    let chosen = apply(
        &plan,
        Edit::ChooseDelegate { session: s.id.clone(), country: leaving.clone(), delegate: Some(delegate.clone()) },
    )
    .expect("a delegate of an attending country");
    assert_eq!(find(&chosen, s.id.as_str()).delegates, vec![delegate]);

    let fewer: Vec<CountryId> = s.attendees[1..].to_vec();
    let next = apply(&chosen, Edit::SetAttendees(s.id.clone(), fewer.clone())).expect("lands");
    let after = find(&next, s.id.as_str());
    assert_eq!(after.attendees, fewer);
    assert!(after.delegates.is_empty(), "the leaving country's choice goes with it");
    let schedule = next.schedule.as_ref().expect("a schedule");
    assert_eq!(schedule.objective, summarize(&next, &schedule.sessions, 0).objective);
    assert!(schedule.objective < plan.schedule.as_ref().expect("a schedule").objective);
}

#[test]
fn sessions_are_added_removed_and_a_plan_without_schedule_gets_a_fresh_one() {
    let plan = apply(&demo(), Edit::SetSchedule(None)).expect("clearing lands");
    let offer = plan.offers[0].clone();
    let guest = plan.interests.iter().find(|i| i.offer == offer.id).expect("an interest").country.clone();
    let session = Session {
        id: "s-new".into(),
        offer: offer.id.clone(),
        slot: plan.event.slots[0].id.clone(),
        room: plan.event.rooms[0].id.clone(),
        attendees: vec![guest],
        ..Session::default()
    };
    let next = apply(&plan, Edit::PutSession(session.clone())).expect("lands");
    let schedule = next.schedule.as_ref().expect("a schedule now");
    assert_eq!(schedule.sessions, vec![session]);
    assert_eq!(schedule.inputs, inputs_fingerprint(&next));
    assert!(schedule.objective > 0);
    let gone = apply(&next, Edit::RemoveSession("s-new".into())).expect("lands");
    assert!(sessions_of(&gone).is_empty());
    assert_eq!(gone.schedule.as_ref().expect("kept, empty").objective, 0);
}

#[test]
fn a_chosen_delegate_goes_to_the_session_and_the_matching_places_the_others() {
    let plan = demo();
    let sessions = sessions_of(&plan);
    let before = assign(&plan, sessions);
    // A session of a country with several delegates, and another of them.
    let (s, country, other) = sessions
        .iter()
        .flat_map(|s| s.attendees.iter().map(move |c| (s, c)))
        .find_map(|(s, c)| {
            let picked = before.delegate(&s.id, c)?;
            let other = plan.delegates.iter().find(|d| &d.country == c && &d.id != picked)?;
            Some((s, c.clone(), other.id.clone()))
        })
        .expect("a country with a second delegate");
    let edit = Edit::ChooseDelegate { session: s.id.clone(), country: country.clone(), delegate: Some(other.clone()) };
    let next = apply(&plan, edit).expect("lands");
    let after = assign(&next, sessions_of(&next));
    let pick = after.pick(&s.id, &country).expect("a pick");
    assert_eq!((&pick.delegate, &pick.reason), (&other, &Reason::Chosen));
    // Nobody goes to two sessions of the slot.
    let mut busy = std::collections::HashSet::new();
    for ((id, _), p) in &after.picks {
        let slot = &find(&next, id.as_str()).slot;
        assert!(busy.insert((slot.clone(), p.delegate.clone())), "{} twice in {slot}", p.delegate);
    }
    // Clearing the choice gives the automatic pick back.
    let clear = Edit::ChooseDelegate { session: s.id.clone(), country, delegate: None };
    let cleared = apply(&next, clear).expect("lands");
    assert_eq!(assign(&cleared, sessions_of(&cleared)), before);
}

#[test]
fn a_file_with_wrong_chosen_delegates_names_the_session_and_field() {
    let mut plan = demo();
    let schedule = plan.schedule.as_mut().expect("a schedule");
    let s = &mut schedule.sessions[0];
    let outsider = DelegateId::from("del-1"); // Argentina's, not in s-1
    s.delegates = vec![outsider, "del-nobody".into()];
    let problems = validate(&plan);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems.iter().all(|p| p.record == "sessions/s-1" && p.field == "delegates"));
    assert!(matches!(&problems[0].kind, ProblemKind::NotInSession { country } if country == "ar"));
    assert!(matches!(&problems[1].kind, ProblemKind::MissingReference { collection: "delegates", .. }));
}

#[test]
fn a_violation_reads_as_a_sentence_in_both_languages() {
    // c0 has 2 delegates and would be in 3 sessions in the fourth slot.
    let plan = build(&Spec {
        slots: 4,
        rooms: vec![2, 2, 2],
        delegates: vec![2, 1, 1, 1],
        offers: vec![(1, 1, 1), (2, 1, 1), (3, 1, 1)],
        interests: vec![(0, 0, 3), (0, 1, 3), (0, 2, 3)],
        ..Spec::default()
    });
    let sessions: Vec<Session> = (0..3).map(|o| session(&format!("s-{o}"), o, 3, o, &[0])).collect();
    let violations = check(&plan, &sessions);
    let overbooked = violations.iter().find(|v| matches!(v, Violation::CountryOverbooked { .. })).expect("overbooked");
    let en = Lang::from_code("en").expect("English");
    let es = Lang::from_code("es").expect("Spanish");
    let name = plan.country_name(&country(0));
    assert_eq!(
        en.violation(&plan, overbooked),
        format!("{name} has 2 delegates and would be in 3 sessions in slot 4 (s-0, s-1, s-2).")
    );
    assert_eq!(
        es.violation(&plan, overbooked),
        format!("{name} tiene 2 delegados y estaría en 3 sesiones en la franja 4 (s-0, s-1, s-2).")
    );
    let ids: Vec<&SessionId> = overbooked.sessions();
    assert_eq!(ids.len(), 3);
}

#[test]
fn adopting_a_re_run_keeps_the_choices_of_the_sessions_it_keeps() {
    use rondas::domain::command::schedule::adopt;
    let plan = demo();
    let sessions = sessions_of(&plan).to_vec();
    let presenter = |s: &Session| plan.offer(&s.offer).map(|o| o.country.clone()).expect("the offer");
    let of = |c: &CountryId| plan.delegates.iter().find(|d| &d.country == c).map(|d| d.id.clone());
    let choices: Vec<Edit> = sessions[..2]
        .iter()
        .map(|s| Edit::ChooseDelegate { session: s.id.clone(), country: presenter(s), delegate: of(&presenter(s)) })
        .collect();
    let chosen = rondas::domain::edit::apply_all(&plan, choices).expect("the choices land");
    let mut rerun = chosen.schedule.clone().expect("a schedule");
    rerun.sessions = sessions.clone();
    rerun.sessions[1].id = "s-new".into(); // the same offer, in another session
    let done = adopt(&chosen, rerun, None).expect("it lands");
    assert_eq!(find(&done.plan, sessions[0].id.as_str()).delegates, vec![of(&presenter(&sessions[0])).expect("one")]);
    assert!(find(&done.plan, "s-new").delegates.is_empty());
    assert_eq!(done.summary.changes.added, vec![SessionId::from("s-new")]);
}

#[test]
fn the_demo_objective_is_the_recomputed_satisfied_weight() {
    let plan = demo();
    let schedule = plan.schedule.as_ref().expect("a schedule");
    assert_eq!(schedule.objective, summarize(&plan, &schedule.sessions, 0).objective);
}
