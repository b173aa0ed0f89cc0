//! The commands of the core, as the app and `rondas-cli` both run them: a
//! re-run of the scheduler keeps the organizer's chosen delegates and tidies
//! the action forms of the sessions it drops, so every plan the CLI writes
//! passes `check`; and a re-run leaves no broken rule on an unlocked session.

mod support;

use rondas::domain::command::responses::accept;
use rondas::domain::demo::demo_plan;
use rondas::domain::edit::{apply_all, Edit};
use rondas::domain::format::{from_json, to_json};
use rondas::domain::ids::{DelegateId, SessionId};
use rondas::domain::merge::diff;
use rondas::domain::model::{Plan, Priority, Response};
use rondas::domain::schedule::{check, schedule_plan, Options};
use std::process::Command;
use support::sessions_of;

/// Runs `rondas-cli`: whether it succeeded, its output and its errors.
fn cli(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rondas-cli")).args(args).output().expect("runs");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

/// A temporary file of this test run.
fn temp(name: &str) -> String {
    let path = std::env::temp_dir().join(format!("rondas-commands-{}-{name}", std::process::id()));
    path.to_string_lossy().into_owned()
}

/// Writes `plan`, re-runs `rondas-cli schedule` on it, checks the written
/// plan with `rondas-cli check`, and gives it with the printed figures.
fn rerun(plan: &Plan, name: &str) -> (Plan, serde_json::Value) {
    let (input, output) = (temp(&format!("{name}.json")), temp(&format!("{name}-out.json")));
    std::fs::write(&input, to_json(plan)).expect("write the plan");
    let (ok, out, err) = cli(&["schedule", &input, "-o", &output, "--seed", "3", "--time-limit", "20"]);
    assert!(ok, "{err}");
    let (ok, _, err) = cli(&["check", &output]);
    assert!(ok, "the written plan passes check: {err}");
    let written = from_json(&std::fs::read_to_string(&output).expect("the written plan")).expect("a plan");
    (written, serde_json::from_str(&out).expect("JSON figures"))
}

#[test]
fn a_session_added_with_a_chosen_delegate_keeps_it_after_a_cli_re_run() {
    let plan = demo_plan().expect("valid demo");
    let old = sessions_of(&plan)[3].clone();
    let presenter = plan.offer(&old.offer).map(|o| o.country.clone()).expect("the offer");
    let delegate: DelegateId =
        plan.delegates.iter().rev().find(|d| d.country == presenter).expect("a delegate").id.clone();
    let added = SessionId::from("s-added");
    // The organizer replaces a session by one of their own, in the same
    // cell, and chooses who presents it.
    let edits = vec![
        Edit::RemoveSession(old.id.clone()),
        Edit::PutSession(rondas::domain::model::Session { id: added.clone(), ..old.clone() }),
        Edit::ChooseDelegate { session: added.clone(), country: presenter, delegate: Some(delegate.clone()) },
    ];
    let plan = apply_all(&plan, edits).expect("the hand edits land");
    let (written, figures) = rerun(&plan, "chosen");
    let kept = sessions_of(&written).iter().find(|s| s.id == added).expect("the re-run keeps the session");
    assert_eq!(kept.offer, old.offer);
    assert_eq!(kept.delegates, vec![delegate], "the organizer's choice survives the re-run");
    assert_eq!(figures["violations"], 0);
}

#[test]
fn a_cli_re_run_that_drops_a_session_tidies_the_forms_that_name_it() {
    let mut plan = demo_plan().expect("valid demo");
    let dropped = sessions_of(&plan)[0].clone();
    let forms: Vec<_> =
        plan.actions.iter().filter(|a| a.session.as_ref() == Some(&dropped.id)).map(|a| a.id.clone()).collect();
    assert!(!forms.is_empty(), "the demo has forms about its first session");
    // No room seats that many delegations: the offer's sessions must go.
    if let Some(o) = plan.offers.iter_mut().find(|o| o.id == dropped.offer) {
        o.min_attendees = 99;
    }
    let (written, figures) = rerun(&plan, "dropped");
    assert!(sessions_of(&written).iter().all(|s| s.offer != dropped.offer && s.id != dropped.id));
    for id in &forms {
        let form = written.action(id).expect("the form stays");
        assert_eq!(form.session, None, "{id} no longer names the dropped session");
    }
    assert_eq!(figures["violations"], 0);
}

#[test]
fn a_re_run_never_leaves_a_broken_rule_on_an_unlocked_session() {
    // Raising every offer's minimum leaves the previous schedule with short
    // sessions: the re-run repairs or drops them.
    let mut base = demo_plan().expect("valid demo");
    for o in &mut base.offers {
        o.min_attendees = o.min_attendees.max(3);
    }
    for locked in [0, 2] {
        let mut plan = base.clone();
        if let Some(schedule) = &mut plan.schedule {
            schedule.sessions.iter_mut().take(locked).for_each(|s| s.locked = true);
        }
        let locks: Vec<SessionId> = sessions_of(&plan).iter().filter(|s| s.locked).map(|s| s.id.clone()).collect();
        for seed in 1..=4 {
            let options = Options { seed, moves: Some(4_000), time_limit_ms: 1e9, ..Options::default() };
            let outcome = schedule_plan(&plan, options, &|| 0.0, &mut |_| true).expect("schedules");
            for v in check(&plan, &outcome.schedule.sessions) {
                assert!(
                    !v.sessions().is_empty() && v.sessions().iter().all(|s| locks.contains(s)),
                    "seed {seed}, {locked} locked: {}",
                    rondas::i18n::Lang::default().violation(&plan, &v)
                );
            }
        }
    }
}

#[test]
fn accepting_responses_lands_the_newest_answer_of_two_files() {
    let plan = demo_plan().expect("valid demo");
    let offer = plan.offers.iter().find(|o| o.country.as_str() != "pe").expect("an offer").id.clone();
    let answer = |at: &str, priority| {
        let mut r = Response::of(&plan, &"pe".into(), at.parse().expect("a time"));
        r.interests.retain(|i| i.offer != offer);
        let mut i = plan.interests.iter().find(|i| i.country.as_str() == "pe").cloned().expect("an interest");
        (i.offer, i.priority) = (offer.clone(), priority);
        r.interests.push(i);
        r
    };
    // The newer file comes first: the older one must not win.
    let files = [
        ("new.json".to_owned(), answer("2030-01-02T00:00:00Z", Priority::High)),
        ("old.json".to_owned(), answer("2030-01-01T00:00:00Z", Priority::Low)),
    ];
    let diffs = diff(&plan, &files);
    let done = accept(&plan, &diffs, |_, _| true).expect("it lands");
    let landed = done.plan.interests.iter().find(|i| i.country.as_str() == "pe" && i.offer == offer);
    assert_eq!(landed.map(|i| i.priority), Some(Priority::High));
    assert!(done.summary > 0);
}
