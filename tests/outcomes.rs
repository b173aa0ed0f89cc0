//! Session outcomes: the edit and its rules, the round trip of a
//! delegation's outcomes through its response file, the report's counts,
//! the delegation calendar's reminders read back by a real calendar parser,
//! and the agenda shared as plain text or a mail link.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use rondas::domain::analytics::Report;
use rondas::domain::date::Timestamp;
use rondas::domain::edit::{self, Edit};
use rondas::domain::export::country_ics;
use rondas::domain::export::mailto::{mailto, MAILTO_MAX};
use rondas::domain::format::{read, response_to_json, PlanFile};
use rondas::domain::ids::CountryId;
use rondas::domain::merge::{diff, Change, Skipped};
use rondas::domain::model::{held_of, Held, Plan, Response, Session, SessionOutcome};
use rondas::domain::validate::ProblemKind;
use rondas::i18n::Lang;
use rondas::report::{compose, to_markdown};
use support::*;

fn at(text: &str) -> Timestamp {
    text.parse().expect("a time stamp")
}

/// The presenting country of `s`.
fn presenter(plan: &Plan, s: &Session) -> CountryId {
    plan.offer(&s.offer).expect("offer").country.clone()
}

fn organizer(s: &Session, held: Held, usefulness: Option<u8>) -> SessionOutcome {
    SessionOutcome { held: Some(held), usefulness, ..SessionOutcome::new(s.id.clone(), None) }
}

#[test]
fn an_outcome_is_put_replaced_and_cleared_by_one_edit() {
    let plan = scheduled_demo();
    let s = sessions_of(&plan)[0].clone();
    let o = organizer(&s, Held::Held, Some(4));
    let plan = edit::apply(&plan, Edit::PutOutcome(o.clone())).expect("lands");
    assert_eq!(plan.outcome(&s.id, None), Some(&o));
    let moved = SessionOutcome { held: Some(Held::Moved), ..o.clone() };
    let plan = edit::apply(&plan, Edit::PutOutcome(moved.clone())).expect("lands");
    assert_eq!(plan.outcomes, vec![moved]);
    let plan = edit::apply(&plan, Edit::PutOutcome(SessionOutcome::new(s.id.clone(), None))).expect("lands");
    assert!(plan.outcomes.is_empty(), "a blank outcome is not kept");
}

#[test]
fn outcomes_keep_their_rules() {
    let plan = scheduled_demo();
    let s = sessions_of(&plan)[0].clone();
    let refused = |o: SessionOutcome| edit::apply(&plan, Edit::PutOutcome(o)).expect_err("refused");
    let kinds = |o: SessionOutcome| refused(o).into_iter().map(|p| (p.field, p.kind)).collect::<Vec<_>>();
    let mut o = organizer(&s, Held::Held, Some(6));
    assert_eq!(kinds(o.clone()), vec![("usefulness".into(), ProblemKind::OutOfRange { min: 1, max: 5 })]);
    o.usefulness = Some(3);
    let outsider = plan
        .countries
        .iter()
        .map(|c| c.id.clone())
        .find(|c| c != &presenter(&plan, &s) && !s.attendees.contains(c))
        .expect("a country not in the session");
    let mut theirs = SessionOutcome { country: Some(outsider.clone()), ..o.clone() };
    assert_eq!(
        kinds(theirs.clone()),
        vec![("country".into(), ProblemKind::NotInSession { country: outsider.to_string() })]
    );
    theirs.country = Some(s.attendees[0].clone());
    theirs.absent = vec![s.attendees[0].clone()];
    assert_eq!(kinds(theirs), vec![("absent".into(), ProblemKind::NotForRespondent)]);
    let gone = SessionOutcome { session: "ses-none".into(), ..o };
    assert!(matches!(&refused(gone)[0].kind, ProblemKind::MissingReference { collection: "sessions", .. }));
}

#[test]
fn removing_a_session_drops_its_outcomes() {
    let plan = scheduled_demo();
    let s = sessions_of(&plan)[0].clone();
    let plan = edit::apply(&plan, Edit::PutOutcome(organizer(&s, Held::Held, None))).expect("lands");
    let plan = edit::apply(&plan, Edit::RemoveSession(s.id.clone())).expect("lands");
    assert!(plan.outcomes.is_empty());
}

#[test]
fn a_delegation_outcomes_travel_in_its_response_file_and_merge_with_a_preview() {
    let organizer_plan = scheduled_demo();
    let sessions = sessions_of(&organizer_plan).to_vec();
    let s = &sessions[0];
    let country = s.attendees[0].clone();
    // The delegation records two outcomes on its copy of the plan and writes its response.
    let mine = SessionOutcome {
        country: Some(country.clone()),
        held: Some(Held::Held),
        usefulness: Some(5),
        action_wanted: true,
        ..SessionOutcome::new(s.id.clone(), None)
    };
    let other = sessions.iter().find(|x| x.id != s.id && x.attendees.contains(&country)).expect("a second session");
    let second = SessionOutcome {
        country: Some(country.clone()),
        held: Some(Held::NotHeld),
        ..SessionOutcome::new(other.id.clone(), None)
    };
    let their_plan =
        edit::apply_all(&organizer_plan, vec![Edit::PutOutcome(mine.clone()), Edit::PutOutcome(second.clone())])
            .expect("lands");
    let response = Response::of(&their_plan, &country, at("2026-03-18T18:00:00Z"));
    let file = response_to_json(&response);
    let Ok(PlanFile::Response(read_back)) = read(&file) else { panic!("a response file") };
    assert_eq!(read_back, response);
    // The organizer, who already said the first session was moved, previews and accepts it.
    let organizer_plan =
        edit::apply(&organizer_plan, Edit::PutOutcome(organizer(s, Held::Moved, Some(3)))).expect("lands");
    let diffs = diff(&organizer_plan, &[("pe.json".into(), read_back)]);
    assert_eq!(diffs[0].changes.len(), 2);
    assert!(diffs[0].changes.iter().all(|c| matches!(c, Change::AddOutcome(_))));
    let preview = Lang::from_code("en").expect("en").merge_text(&organizer_plan, &diffs[0]);
    assert!(preview.contains("Held · useful 5/5 · Action wanted"), "{preview}");
    let merged = accept_changes(&organizer_plan, &diffs[0].changes).expect("accepted");
    let stamped = |o: &SessionOutcome| SessionOutcome { updated_at: Some(at("2026-03-18T18:00:00Z")), ..o.clone() };
    assert_eq!(merged.outcome(&s.id, Some(&country)), Some(&stamped(&mine)));
    assert_eq!(merged.outcome(&other.id, Some(&country)), Some(&stamped(&second)));
    // Both words are kept; the organizer's says whether it was held.
    assert_eq!(merged.outcomes_of(&s.id).count(), 2);
    assert_eq!(held_of(merged.outcomes_of(&s.id)), Some(Held::Moved));
    // The same file again changes nothing; an empty list withdraws the country's outcomes.
    let again = Response::of(&merged, &country, at("2026-03-18T19:00:00Z"));
    assert!(diff(&merged, &[("pe.json".into(), again.clone())])[0].changes.is_empty());
    let withdrawn = Response { outcomes: Some(vec![]), ..again.clone() };
    let d = &diff(&merged, &[("pe.json".into(), withdrawn)])[0];
    assert_eq!(d.changes.iter().filter(|c| matches!(c, Change::RemoveOutcome(_))).count(), 2);
    let after = accept_changes(&merged, &d.changes).expect("accepted");
    assert_eq!(after.outcomes.len(), 1, "the organizer's stays");
    // A file that says nothing of outcomes keeps them; a bad one is skipped, not withdrawn.
    assert!(diff(&merged, &[("pe.json".into(), Response { outcomes: None, ..again.clone() })])[0].changes.is_empty());
    let bad = Response { outcomes: Some(vec![SessionOutcome { usefulness: Some(9), ..mine.clone() }]), ..again };
    let d = &diff(&merged, &[("pe.json".into(), bad)])[0];
    assert!(matches!(&d.skipped[..], [Skipped::BadOutcome { .. }]), "{:?}", d.skipped);
    assert!(!d.changes.iter().any(|c| c.subject() == rondas::domain::merge::Subject::Outcome(s.id.clone())));
}

#[test]
fn the_report_counts_held_moved_not_held_no_shows_usefulness_and_actions() {
    let plan = scheduled_demo();
    let s = sessions_of(&plan);
    assert!(s.len() >= 4);
    let absent = SessionOutcome { absent: vec![s[0].attendees[0].clone()], ..organizer(&s[0], Held::Held, Some(4)) };
    let delegation = |i: usize, held: Held, u: u8, wanted: bool| SessionOutcome {
        country: Some(s[i].attendees[0].clone()),
        held: Some(held),
        usefulness: Some(u),
        action_wanted: wanted,
        ..SessionOutcome::new(s[i].id.clone(), None)
    };
    let edits = vec![
        Edit::PutOutcome(absent),
        Edit::PutOutcome(delegation(0, Held::NotHeld, 2, true)),
        Edit::PutOutcome(organizer(&s[1], Held::Moved, None)),
        Edit::PutOutcome(organizer(&s[2], Held::NotHeld, None)),
        Edit::PutOutcome(delegation(3, Held::Held, 5, false)),
    ];
    let plan = edit::apply_all(&plan, edits).expect("lands");
    let o = Report::of(&plan).outcomes.expect("scheduled");
    assert_eq!((o.held, o.moved, o.not_held, o.unknown), (2, 1, 1, s.len() - 4));
    assert_eq!(o.no_shows, 1);
    assert_eq!(o.ratings, 3);
    assert_eq!(o.mean_usefulness, Some(11.0 / 3.0));
    assert_eq!(o.actions_wanted, 1);
    let en = Lang::from_code("en").expect("en");
    let text = to_markdown(&compose(&plan, &Report::of(&plan), en));
    assert!(text.contains("What happened in the rounds"), "{text}");
    assert!(text.contains("| Sessions held | 2 |"), "{text}");
    assert!(text.contains("3.7 (ratings: 3)"), "{text}");
    let none = to_markdown(&compose(&scheduled_demo(), &Report::of(&scheduled_demo()), en));
    assert!(none.contains("No outcome of the sessions has been recorded yet."));
}

#[test]
fn a_delegation_calendar_rings_before_each_session() {
    let plan = scheduled_demo();
    let sessions = sessions_of(&plan);
    let country = sessions[0].attendees[0].clone();
    let text = country_ics(&plan, sessions, &country, at("2026-03-01T14:05:07Z"), 15);
    let unfolded = icalendar::parser::unfold(&text);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("a valid calendar");
    let events: Vec<_> = calendar.components.iter().filter(|c| c.name == "VEVENT").collect();
    assert!(!events.is_empty());
    for event in events {
        let alarms: Vec<_> = event.components.iter().filter(|c| c.name == "VALARM").collect();
        assert_eq!(alarms.len(), 1);
        let prop = |name: &str| alarms[0].properties.iter().find(|p| p.name == name).map(|p| p.val.to_string());
        assert_eq!(prop("TRIGGER").as_deref(), Some("-PT15M"));
        assert_eq!(prop("ACTION").as_deref(), Some("DISPLAY"));
        assert!(prop("DESCRIPTION").is_some_and(|d| !d.is_empty()));
    }
    let silent = country_ics(&plan, sessions, &country, at("2026-03-01T14:05:07Z"), 0);
    assert!(!silent.contains("VALARM"));
}

#[test]
fn an_agenda_is_shared_as_plain_text_in_the_interface_language() {
    let plan = scheduled_demo();
    let s = &sessions_of(&plan)[0];
    let country = s.attendees[0].clone();
    let title = plan.offer(&s.offer).expect("offer").title.clone();
    for (code, heading, role) in [("en", "Agenda of", "Attends"), ("es", "Agenda de", "Asiste")] {
        let lang = Lang::from_code(code).expect("language");
        let text = lang.agenda_text(&plan, &country);
        assert!(text.starts_with(&format!("{heading} {}", plan.country_name(&country))), "{text}");
        assert!(text.contains(&format!("{role} “{title}”")), "{text}");
        assert_eq!(text.lines().count(), 3 + count_rows(&plan, &country));
    }
}

/// The lines of an agenda's body: one per session, and one per free slot.
fn count_rows(plan: &Plan, country: &CountryId) -> usize {
    let agenda = rondas::domain::agenda::country_agenda(plan, sessions_of(plan), country);
    agenda.slots.iter().map(|s| if s.is_free() { 1 } else { s.items.len() }).sum()
}

#[test]
fn a_mail_link_carries_subject_and_body_unless_too_long() {
    let href = mailto("Agenda of Perú", "Slot 1: Attends “A & B”\nline 2").expect("short enough");
    assert_eq!(href, "mailto:?subject=Agenda%20of%20Per%C3%BA&body=Slot%201%3A%20Attends%20%E2%80%9CA%20%26%20B%E2%80%9D%0D%0Aline%202");
    assert!(mailto("s", &"x".repeat(MAILTO_MAX)).is_none());
}
