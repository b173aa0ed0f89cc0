//! Languages in the rounds: which sessions need interpretation, the rule
//! (or preference) the scheduler keeps, the checker's and the explanations'
//! words for it, and the delegate picked by language.

mod support;

use rondas::domain::assign::assign;
use rondas::domain::interpretation::{count, Languages, Need};
use rondas::domain::model::{Interpretation, Plan, Session};
use rondas::domain::schedule::explain::Reason;
use rondas::domain::schedule::{check, explain, schedule_plan, Options, Outcome, Violation};
use rondas::i18n::Lang;
use support::*;

/// Sets the languages of country `c`'s delegates, one list per delegate.
fn speak(plan: &mut Plan, c: usize, lists: &[&[&str]]) {
    let delegates = plan.delegates.iter_mut().filter(|d| d.country == country(c));
    for (d, list) in delegates.zip(lists) {
        d.languages = list.iter().map(|&l| l.to_owned()).collect();
    }
}

/// Country 0 (Portuguese only) presents offer 0 to country 1 (Spanish only)
/// and country 2 (both), in one slot with rooms 0 (no interpretation) and 1
/// (interpretation when `room_1_has_it`), each seating two.
fn plan(room_1_has_it: bool, rule: Interpretation) -> Plan {
    let mut plan = build(&Spec {
        slots: 1,
        rooms: vec![2, 2],
        delegates: vec![1, 1, 1],
        offers: vec![(0, 1, 1)],
        interests: vec![(1, 0, 3), (2, 0, 1)],
        ..Spec::default()
    });
    speak(&mut plan, 0, &[&["pt"]]);
    speak(&mut plan, 1, &[&["es"]]);
    speak(&mut plan, 2, &[&["ES", "pt"]]);
    plan.event.rooms[1].interpretation = room_1_has_it;
    plan.event.interpretation = rule;
    plan
}

fn solve(plan: &Plan, seed: u64) -> Outcome {
    let options = Options { seed, moves: Some(2_000), time_limit_ms: 1e9, ..Options::default() };
    schedule_plan(plan, options, &|| 0.0, &mut |_| true).expect("schedules")
}

#[test]
fn a_session_needs_interpretation_when_an_attendee_shares_no_language_with_the_presenter() {
    let plan = plan(true, Interpretation::Require);
    let languages = Languages::new(&plan);
    let in_room_0 = session("s-1", 0, 0, 0, &[1, 2]);
    assert_eq!(languages.need(&in_room_0), Some(Need { countries: vec![country(1)], room_has_it: false }));
    assert_eq!(languages.need(&session("s-1", 0, 0, 1, &[1, 2])).map(|n| n.room_has_it), Some(true));
    assert_eq!(languages.need(&session("s-1", 0, 0, 0, &[2])), None, "Portuguese is shared");

    // The presenter's chosen delegate speaks for the side: a Spanish speaker
    // needs no interpretation for Spain.
    let mut with_spanish = plan.clone();
    with_spanish.delegates.push(rondas::domain::model::Delegate {
        id: "d0-es".into(),
        name: "Ana".into(),
        country: country(0),
        languages: vec!["es".into()],
        ..Default::default()
    });
    let chosen = Session { delegates: vec!["d0-es".into()], ..in_room_0.clone() };
    assert_eq!(Languages::new(&with_spanish).need(&chosen), None);

    // Unknown languages never need interpretation.
    let mut silent = plan.clone();
    speak(&mut silent, 1, &[&[]]);
    assert_eq!(Languages::new(&silent).need(&in_room_0), None);
}

#[test]
fn the_checker_names_a_session_needing_interpretation_in_a_room_without_it_under_the_rule() {
    let plan = plan(true, Interpretation::Require);
    let found = check(&plan, &[session("s-1", 0, 0, 0, &[1, 2])]);
    assert_eq!(
        found,
        vec![Violation::NoInterpretation { session: "s-1".into(), room: room(0), countries: vec![country(1)] }]
    );
    assert_eq!(found[0].sessions(), vec![&rondas::domain::ids::SessionId::from("s-1")]);
    assert!(check(&plan, &[session("s-1", 0, 0, 1, &[1, 2])]).is_empty(), "room 1 has interpretation");
    let prefer = self::plan(true, Interpretation::Prefer);
    assert!(check(&prefer, &[session("s-1", 0, 0, 0, &[1, 2])]).is_empty(), "a preference, not a rule");

    let en = Lang::default().violation(&plan, &found[0]);
    assert_eq!(en, "Session s-1 needs interpretation for Country 1, but Room 0 has none.");
    let es = Lang::from_code("es").expect("Spanish").violation(&plan, &found[0]);
    assert!(es.contains("interpretación") && es.contains("Country 1"), "{es}");
}

#[test]
fn the_scheduler_puts_a_session_needing_interpretation_in_a_room_with_it() {
    for rule in [Interpretation::Require, Interpretation::Prefer] {
        let plan = plan(true, rule);
        for seed in 0..5 {
            let out = solve(&plan, seed);
            assert_eq!(out.objective, 4, "{rule:?}");
            assert_eq!(out.schedule.sessions.len(), 1);
            assert_eq!(out.schedule.sessions[0].room, room(1), "{rule:?} seed {seed}");
            assert!(check(&plan, &out.schedule.sessions).is_empty());
        }
    }
}

#[test]
fn without_an_interpreted_room_the_rule_leaves_the_country_out_and_says_why() {
    let plan = plan(false, Interpretation::Require);
    let out = solve(&plan, 1);
    assert_eq!(out.objective, 1, "only the country sharing a language attends");
    assert_eq!(out.bound, 1, "the bound knows no room can seat the other");
    let sessions = &out.schedule.sessions;
    assert!(check(&plan, sessions).is_empty());
    let why = explain(&plan, sessions);
    assert_eq!(why.len(), 1);
    assert_eq!(why[0].country, country(1));
    let Reason::Blocked(blocks) = &why[0].reason else { panic!("{:?}", why[0].reason) };
    assert!(blocks[0].no_interpretation);
    let words = Lang::default().explanation(&plan, &why[0]);
    assert!(words.contains("shares no language with the presenter"), "{words}");

    // As a preference, nobody is left out: the session is flagged instead.
    let prefer = self::plan(false, Interpretation::Prefer);
    let out = solve(&prefer, 1);
    assert_eq!(out.objective, 4);
    let mut scheduled = prefer.clone();
    scheduled.schedule = Some(out.schedule);
    assert_eq!(count(&scheduled).sessions, 1);
    assert_eq!(count(&scheduled).without, 1);
}

#[test]
fn the_delegate_sent_shares_a_language_with_the_other_side() {
    let mut plan = build(&Spec {
        slots: 1,
        rooms: vec![2],
        delegates: vec![2, 1],
        offers: vec![(0, 1, 1)],
        interests: vec![(1, 0, 3)],
        ..Spec::default()
    });
    speak(&mut plan, 0, &[&["pt"], &["pt", "es"]]);
    speak(&mut plan, 1, &[&["es"]]);
    let sessions = vec![session("s-1", 0, 0, 0, &[1])];
    let picked = assign(&plan, &sessions);
    assert_eq!(picked.delegate(&"s-1".into(), &country(0)), Some(&"d0-1".into()));
    // Without languages, the first delegate (by id) as before.
    speak(&mut plan, 0, &[&[], &[]]);
    assert_eq!(assign(&plan, &sessions).delegate(&"s-1".into(), &country(0)), Some(&"d0-0".into()));
}

/// Random small plans with random languages, interpreted rooms and rule:
/// every schedule passes the checker, and under the rule no session needing
/// interpretation is in a room without it.
#[test]
fn schedules_with_language_rules_pass_the_checker() {
    const CODES: [&str; 4] = ["es", "pt", "fr", "en"];
    let mut flagged_by_preference = 0;
    for seed in 0..300u64 {
        let mut plan = build(&random_spec(seed));
        let mut rng = Rng::new(seed ^ 0x1a6);
        for d in &mut plan.delegates {
            d.languages = CODES.iter().filter(|_| rng.below(3) == 0).map(|&l| l.to_owned()).collect();
        }
        for r in &mut plan.event.rooms {
            r.interpretation = rng.below(3) == 0;
        }
        let rule = if rng.below(2) == 0 { Interpretation::Require } else { Interpretation::Prefer };
        plan.event.interpretation = rule;
        let out = solve(&plan, seed);
        let found = check(&plan, &out.schedule.sessions);
        assert!(found.is_empty(), "seed {seed}: {found:?}");
        assert!(out.objective <= out.bound, "seed {seed}");
        let languages = Languages::new(&plan);
        for s in &out.schedule.sessions {
            let need = languages.need(s);
            if rule == Interpretation::Require {
                assert!(need.as_ref().is_none_or(|n| n.room_has_it), "seed {seed}: {s:?}");
            } else if need.is_some_and(|n| !n.room_has_it) {
                flagged_by_preference += 1;
            }
        }
        // Explanations never panic and cover what is left out.
        let left_out = explain(&plan, &out.schedule.sessions).len();
        assert_eq!(left_out, out.interests - out.interests_met, "seed {seed}");
    }
    assert!(flagged_by_preference > 0, "the preference lets some sessions go without when it must");
}
