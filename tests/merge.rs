//! Merging response files: what a diff finds, what it flags, and that only
//! accepted changes land.

mod support;

use rondas::domain::date::Timestamp;
use rondas::domain::demo::demo_plan;
use rondas::domain::edit::{self, Edit, RecordRef};
use rondas::domain::format::to_json;
use rondas::domain::merge::{diff, Change, Conflict, FileDiff, Skipped, Stance, Subject};
use rondas::domain::model::{Interest, Plan, Priority, Response, ThemeInterest};
use rondas::domain::validate::ProblemKind;
use rondas::i18n::Lang;

/// The diff as `rondas-cli merge` prints it, in English.
fn text(plan: &Plan, d: &FileDiff) -> String {
    Lang::default().merge_text(plan, d)
}

fn at(text: &str) -> Timestamp {
    text.parse().expect("a time stamp")
}

fn interest(country: &str, offer: &str, priority: Priority, note: &str) -> Interest {
    Interest { country: country.into(), offer: offer.into(), priority, note: note.into(), ..Interest::default() }
}

fn theme(country: &str, theme: &str, priority: Priority) -> ThemeInterest {
    ThemeInterest { country: country.into(), theme: theme.into(), priority, ..ThemeInterest::default() }
}

/// The demo with Peru's answers given on 1 March, and one of Brazil's.
fn plan() -> Plan {
    let mut plan = demo_plan().expect("the demo is valid");
    let stamped = |mut i: Interest| {
        i.updated_at = Some(at("2026-03-01T09:00:00Z"));
        i
    };
    plan.interests = vec![
        stamped(interest("pe", "off-mx-pension-adultos-mayores", Priority::Medium, "")),
        stamped(interest("pe", "off-cl-rsh", Priority::Low, "")),
        stamped(interest("pe", "off-br-cadunico", Priority::High, "registry")),
        interest("br", "off-pe-pension65", Priority::High, ""),
    ];
    plan.theme_interests =
        vec![theme("pe", "elderly-care", Priority::Low), theme("br", "care-systems", Priority::High)];
    assert!(rondas::domain::validate::validate(&plan).is_empty());
    plan
}

/// Peru's answers as the plan holds them, written on `when`.
fn peru(plan: &Plan, when: &str) -> Response {
    Response::of(plan, &"pe".into(), at(when))
}

fn one(plan: &Plan, file: &str, response: Response) -> FileDiff {
    let mut diffs = diff(plan, &[(file.to_owned(), response)]);
    assert_eq!(diffs.len(), 1);
    diffs.remove(0)
}

#[test]
fn adds_changes_and_removes_sorted_by_offer_and_stamped() {
    let plan = plan();
    let mut r = peru(&plan, "2026-03-05T12:00:00Z");
    r.interests.retain(|i| i.offer.as_str() != "off-cl-rsh");
    r.interests[0].priority = Priority::High;
    r.interests[1].updated_at = Some(at("2026-03-04T00:00:00Z")); // a new time alone changes nothing
    r.interests.push(interest("pe", "off-br-paa", Priority::High, "school meals"));
    let d = one(&plan, "pe.json", r);

    let stamp = Some(at("2026-03-05T12:00:00Z"));
    let mut added = interest("pe", "off-br-paa", Priority::High, "school meals");
    added.updated_at = stamp;
    let before = plan.interests[0].clone();
    let after = Interest { priority: Priority::High, updated_at: stamp, ..before.clone() };
    assert_eq!(
        d.changes,
        vec![
            Change::AddInterest(added),
            Change::RemoveInterest(plan.interests[1].clone()),
            Change::ChangeInterest { before, after },
        ]
    );
    assert!(d.conflicts.is_empty() && d.skipped.is_empty());
    assert_eq!((d.file.as_str(), d.country.as_str()), ("pe.json", "pe"));
    assert_eq!(diff(&plan, &[("pe.json".into(), peru(&plan, "2026-03-05T12:00:00Z"))])[0].changes, vec![]);
}

#[test]
fn a_new_note_is_a_change_and_the_text_says_what_changed() {
    let plan = plan();
    let mut r = peru(&plan, "2026-03-05T12:00:00Z");
    r.interests[0].note = "how they target".into();
    r.interests[0].priority = Priority::High;
    r.interests.retain(|i| i.offer.as_str() != "off-cl-rsh");
    r.interests.push(interest("pe", "off-br-paa", Priority::High, "school meals"));
    let text = text(&plan, &one(&plan, "pe.json", r));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "pe.json: Perú, Thursday, March 5, 2026: 3 changes");
    assert_eq!(lines[1], "  + Add: Food Acquisition Programme (PAA) — High — “school meals”");
    assert_eq!(lines[2], "  - Withdraw: Registro Social de Hogares");
    assert_eq!(lines[3], "  ~ Change: Welfare Pension for Older People: Medium → High — “how they target”");
}

#[test]
fn a_response_holds_all_answers_so_missing_ones_were_withdrawn() {
    let plan = plan();
    let mut r = peru(&plan, "2026-03-05T12:00:00Z");
    r.interests.clear();
    r.theme_interests.clear();
    let d = one(&plan, "pe.json", r);
    assert_eq!(d.changes.len(), 4);
    assert!(d.changes.iter().all(|c| c.after().is_none() && c.country().as_str() == "pe"));
    let merged = support::accept_changes(&plan, &d.changes).expect("withdrawals keep the plan valid");
    assert_eq!(merged.interests, vec![plan.interests[3].clone()], "Brazil's answer stays");
    assert_eq!(merged.theme_interests, vec![plan.theme_interests[1].clone()]);
}

#[test]
fn theme_interests_are_added_changed_removed_and_unknown_themes_skipped() {
    let plan = plan();
    let mut r = peru(&plan, "2026-03-05T12:00:00Z");
    r.theme_interests = vec![
        theme("pe", "disability", Priority::Medium),
        theme("pe", "care-systems", Priority::High),
        theme("pe", "astrology", Priority::High),
    ];
    let mut first = one(&plan, "pe.json", r.clone());
    r.theme_interests[0].priority = Priority::Low;
    r.theme_interests.push(theme("pe", "elderly-care", Priority::Low));
    let subjects: Vec<Subject> = first.changes.iter().map(Change::subject).collect();
    assert_eq!(subjects, ["care-systems", "disability", "elderly-care"].map(|t| Subject::Theme(t.into())).to_vec());
    assert!(matches!(&first.changes[2], Change::RemoveThemeInterest(i) if i.theme.as_str() == "elderly-care"));
    assert_eq!(first.skipped, vec![Skipped::UnknownTheme(theme("pe", "astrology", Priority::High))]);

    let merged = support::accept_changes(&plan, &std::mem::take(&mut first.changes)).expect("valid");
    let second = one(&merged, "pe-2.json", Response { created_at: at("2026-03-06T00:00:00Z"), ..r });
    assert!(matches!(
        &second.changes[..],
        [Change::ChangeThemeInterest { before, after }, Change::AddThemeInterest(added)]
            if before.priority == Priority::Medium && after.priority == Priority::Low
                && added.theme.as_str() == "elderly-care"
    ));
    assert!(text(&plan, &second).contains("  ~ Change: theme “Disability”: Medium → Low"));
}

#[test]
fn a_country_that_is_not_in_the_plan_lists_its_changes_but_applies_none() {
    let plan = plan();
    let r = Response {
        plan: plan.id.clone(),
        country: "zz".into(),
        created_at: at("2026-03-05T12:00:00Z"),
        interests: vec![interest("zz", "off-br-paa", Priority::High, "")],
        theme_interests: vec![],
        evaluator: None,
        actions: None,
        scores: vec![],
        outcomes: None,
    };
    let d = one(&plan, "zz.json", r);
    assert_eq!(d.conflicts, vec![Conflict::UnknownCountry]);
    assert_eq!(d.changes.len(), 1);
    assert_eq!(d.accepted(true).count(), 0);
    let problems = support::accept_changes(&plan, &d.changes).expect_err("the country is missing");
    assert!(problems.iter().any(|p| p.field == "country"));
    assert!(text(&plan, &d)
        .contains("  ! The country “zz” is not in the plan: none of this file’s changes can be applied."));
}

#[test]
fn an_older_response_or_one_of_another_plan_is_withheld_unless_accepted() {
    let plan = plan();
    let mut r = peru(&plan, "2026-02-27T08:00:00Z");
    r.interests[0].priority = Priority::Low;
    let d = one(&plan, "old.json", r.clone());
    assert_eq!(d.conflicts, vec![Conflict::OlderThanPlan { plan_updated_at: at("2026-03-01T09:00:00Z") }]);
    assert_eq!(d.accepted(false).count(), 0);
    assert_eq!(d.accepted(true).count(), 1);
    assert!(text(&plan, &d).contains("applying it could undo newer answers."));

    let same_time = one(&plan, "pe.json", Response { created_at: at("2026-03-01T09:00:00Z"), ..r.clone() });
    assert!(same_time.conflicts.is_empty());

    let elsewhere = Response { plan: "plan-x".into(), created_at: at("2026-03-09T00:00:00Z"), ..r };
    let other = one(&plan, "other.json", elsewhere);
    assert_eq!(other.conflicts, vec![Conflict::OtherPlan { expected: plan.id.clone(), found: "plan-x".into() }]);
    assert_eq!((other.accepted(false).count(), other.accepted(true).count()), (0, 1));
}

#[test]
fn two_files_of_one_country_flag_their_disagreements_on_both() {
    let plan = plan();
    let mut a = peru(&plan, "2026-03-05T12:00:00Z");
    a.interests[0].priority = Priority::High;
    a.interests.push(interest("pe", "off-br-paa", Priority::High, ""));
    a.theme_interests.push(theme("pe", "disability", Priority::Low));
    let mut b = peru(&plan, "2026-03-06T12:00:00Z");
    b.interests[0].priority = Priority::Low;
    b.theme_interests.push(theme("pe", "disability", Priority::Low));
    let diffs = diff(&plan, &[("a.json".into(), a), ("b.json".into(), b)]);

    let mx = Subject::Offer("off-mx-pension-adultos-mayores".into());
    let paa = Subject::Offer("off-br-paa".into());
    let stance = |priority| Some(Stance { priority, note: String::new(), delegate: None, agency: None });
    assert_eq!(
        diffs[0].conflicts,
        vec![
            Conflict::Disagrees {
                other_file: "b.json".into(),
                subject: paa.clone(),
                this: stance(Priority::High),
                other: None
            },
            Conflict::Disagrees {
                other_file: "b.json".into(),
                subject: mx.clone(),
                this: stance(Priority::High),
                other: stance(Priority::Low)
            },
        ]
    );
    assert_eq!(diffs[1].conflicts.len(), 2);
    assert!(matches!(&diffs[1].conflicts[1], Conflict::Disagrees { other_file, subject, .. }
        if other_file == "a.json" && *subject == mx));
    // The theme both add agrees, so it is not withheld; the rest is.
    let accepted: Vec<Subject> = diffs[0].accepted(false).map(Change::subject).collect();
    assert_eq!(accepted, vec![Subject::Theme("disability".into())]);
    let text = text(&plan, &diffs[1]);
    let expected = "  ! a.json answers differently about Food Acquisition Programme (PAA): Not asked here, High there.";
    assert!(text.contains(expected), "{text}");
}

#[test]
fn answers_that_cannot_apply_are_skipped_and_not_taken_as_withdrawals() {
    let plan = plan();
    let mut r = peru(&plan, "2026-03-05T12:00:00Z");
    r.interests.push(interest("pe", "off-zz-nothing", Priority::High, ""));
    r.interests.push(interest("pe", "off-pe-pension65", Priority::High, ""));
    r.interests.push(interest("pe", "off-cl-rsh", Priority::High, ""));
    r.interests.push(interest("cl", "off-br-paa", Priority::High, ""));
    r.interests[1].delegate = Some("del-1".into()); // an Argentinian delegate
    let d = one(&plan, "pe.json", r.clone());
    assert_eq!(d.changes, vec![]);
    assert_eq!(
        d.skipped,
        vec![
            Skipped::UnknownDelegate(r.interests[1].clone()),
            Skipped::UnknownOffer(r.interests[3].clone()),
            Skipped::OwnOffer(r.interests[4].clone()),
            Skipped::Duplicate(Subject::Offer("off-cl-rsh".into())),
            Skipped::OtherCountry { country: "cl".into(), subject: Subject::Offer("off-br-paa".into()) },
        ]
    );
    let text = text(&plan, &d);
    assert!(text.contains("  ? The offer “off-zz-nothing” is not in the plan."), "{text}");
    assert!(text.contains("  ? Programa Nacional de Asistencia Solidaria Pensión 65 is the country’s own offer."));
}

#[test]
fn applying_some_changes_leaves_everything_else_as_it_was() {
    let plan = plan();
    let mut r = peru(&plan, "2026-03-05T12:00:00Z");
    r.interests[0].priority = Priority::High;
    r.interests.retain(|i| i.offer.as_str() != "off-cl-rsh");
    r.interests.push(interest("pe", "off-br-paa", Priority::High, "school meals"));
    let d = one(&plan, "pe.json", r);
    assert_eq!(d.changes.len(), 3);

    assert_eq!(to_json(&support::accept_changes(&plan, &[]).expect("valid")), to_json(&plan));
    let add = d.changes[0].clone();
    let Change::AddInterest(added) = &add else { panic!("expected an addition first") };
    let mut expected = plan.clone();
    expected.interests.push(added.clone());
    assert_eq!(
        to_json(&support::accept_changes(&plan, std::slice::from_ref(&add)).expect("valid")),
        to_json(&expected)
    );

    let change = d.changes[2].clone();
    let Change::ChangeInterest { after, .. } = &change else { panic!("expected a change last") };
    expected.interests[0] = after.clone();
    let via_edit = edit::apply_all(&plan, vec![add.edit(), change.edit()]).expect("valid");
    assert_eq!(to_json(&via_edit), to_json(&expected));
}

#[test]
fn applying_after_the_offer_was_deleted_fails_cleanly() {
    let plan = plan();
    let mut r = peru(&plan, "2026-03-05T12:00:00Z");
    r.interests.push(interest("pe", "off-br-paa", Priority::High, ""));
    let d = one(&plan, "pe.json", r);
    let since = edit::apply(&plan, Edit::Delete(RecordRef::Offer("off-br-paa".into()))).expect("valid");
    let problems = support::accept_changes(&since, &d.changes).expect_err("the offer is gone");
    assert!(problems.iter().any(|p| p.record == "interests/pe:off-br-paa"
        && p.kind == ProblemKind::MissingReference { collection: "offers", id: "off-br-paa".into() }));
}

mod cli {
    use super::{at, plan};
    use rondas::domain::format::{from_json, read, response_to_json, to_json, PlanFile};
    use rondas::domain::model::Priority;
    use std::process::Command;

    fn cli(args: &[&str]) -> (bool, String, String) {
        let out = Command::new(env!("CARGO_BIN_EXE_rondas-cli")).args(args).output().expect("runs");
        (out.status.success(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
    }

    fn temp_path(name: &str) -> String {
        let path = std::env::temp_dir().join(format!("rondas-merge-test-{}-{name}", std::process::id()));
        path.to_string_lossy().into_owned()
    }

    fn temp_file(name: &str, text: &str) -> String {
        let path = temp_path(name);
        std::fs::write(&path, text).expect("write temp file");
        path
    }

    #[test]
    fn respond_then_merge_round_trips() {
        let plan_file = temp_file("plan.json", &to_json(&plan()));
        let response_file = temp_path("pe.json");
        let (ok, out, err) =
            cli(&["respond", &plan_file, "--country", "pe", "-o", &response_file, "--at", "2026-03-05T12:00:00Z"]);
        assert!(ok, "{err}");
        assert!(out.contains("intereses: 3; intereses por tema: 1"), "{out}");

        let merged_file = temp_path("unchanged.json");
        let (ok, out, err) = cli(&["merge", &plan_file, &response_file, "-o", &merged_file, "--lang", "en"]);
        assert!(ok, "{err}");
        assert!(out.contains(": 0 changes\n") && out.contains("Changes applied: 0 of 0."), "{out}");
        let (_, out, _) = cli(&["merge", &plan_file, &response_file, "-o", &merged_file]);
        assert!(out.contains("Cambios aplicados: 0 de 0."), "the plan's language by default: {out}");
        assert_eq!(std::fs::read_to_string(&merged_file).expect("written"), to_json(&plan()));

        let written = std::fs::read_to_string(&response_file).expect("written");
        let Ok(PlanFile::Response(mut response)) = read(&written) else {
            panic!("respond writes a response file");
        };
        response.interests[0].priority = Priority::High;
        let changed_file = temp_file("pe-changed.json", &response_to_json(&response));
        let (ok, out, err) = cli(&["merge", "--lang", "en", &plan_file, &changed_file, "-o", &merged_file]);
        assert!(ok, "{err}");
        assert!(out.contains("  ~ Change: Welfare Pension for Older People: Medium → High"), "{out}");
        assert!(out.contains("changes applied: 1 of 1, from 1 files."), "{out}");
        let merged = from_json(&std::fs::read_to_string(&merged_file).expect("written")).expect("a valid plan");
        assert_eq!(merged.interests[0].priority, Priority::High);
        assert_eq!(merged.interests[0].updated_at, Some(at("2026-03-05T12:00:00Z")));
    }

    #[test]
    fn conflicts_are_withheld_unless_accepted() {
        let plan_file = temp_file("plan-c.json", &to_json(&plan()));
        let old = temp_path("old.json");
        let (ok, _, err) = cli(&["respond", &plan_file, "--country", "pe", "-o", &old, "--at", "2026-02-01T00:00:00Z"]);
        assert!(ok, "{err}");
        let text = std::fs::read_to_string(&old).expect("written").replace("\"low\"", "\"high\"");
        std::fs::write(&old, text).expect("rewrite");
        let out_file = temp_path("merged-c.json");
        let (ok, out, _) = cli(&["merge", &plan_file, &old, "-o", &out_file, "--lang", "en"]);
        assert!(ok);
        assert!(out.contains("[withheld: a conflict touches it]") && out.contains("Changes applied: 0 of 2."), "{out}");
        assert!(out.contains("--accept-conflicts applies them"), "{out}");
        let (ok, out, _) = cli(&["merge", &plan_file, &old, "-o", &out_file, "--accept-conflicts", "--lang", "en"]);
        assert!(ok);
        assert!(out.contains("changes applied: 2 of 2"), "{out}");
    }

    #[test]
    fn a_bad_file_is_named_and_nothing_is_written() {
        let plan_file = temp_file("plan-b.json", &to_json(&plan()));
        let text = r#"{"format": "rondas-plan", "version": 2, "response": {"plan": 1}}"#;
        let broken = temp_file("broken.json", text);
        let out_file = temp_path("never.json");
        let (ok, _, err) = cli(&["merge", &plan_file, &broken, "-o", &out_file]);
        assert!(!ok);
        assert!(err.contains(&broken) && err.contains("response.plan"), "{err}");
        let (ok, _, err) = cli(&["merge", &plan_file, &plan_file, "-o", &out_file, "--lang", "en"]);
        assert!(!ok && err.contains(&plan_file) && err.contains("not a response file"), "{err}");
        assert!(!std::path::Path::new(&out_file).exists());
        let (ok, _, err) = cli(&["merge", &plan_file, "-o", &out_file]);
        assert!(!ok && err.contains("Usage:"), "{err}");
        let (ok, _, err) = cli(&["respond", &plan_file, "--country", "zz", "-o", &out_file]);
        assert!(!ok && err.contains("no hay país «zz»"), "{err}");
    }
}
