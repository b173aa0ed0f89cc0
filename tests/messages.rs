//! Messages are written once: a broken rule of the rounds reads the same
//! through `rondas-cli` and in the report, in every language, because both
//! say it from the same key of the locale files.

mod support;

use rondas::domain::analytics::Report;
use rondas::domain::format::to_json;
use rondas::domain::model::Schedule;
use rondas::domain::schedule::{check, Violation};
use rondas::domain::Plan;
use rondas::i18n::{fill, Lang};
use rondas::report::{compose, to_markdown};
use std::process::Command;
use support::*;

/// Two slots; c0 has one delegate, and its schedule puts it in two sessions
/// of the first slot: the checker's `CountryOverbooked`.
fn overbooked() -> Plan {
    let mut plan = build(&Spec {
        slots: 2,
        rooms: vec![2, 2],
        delegates: vec![1, 2, 2],
        offers: vec![(1, 1, 1), (2, 1, 1)],
        interests: vec![(0, 0, 3), (0, 1, 3)],
        availability: vec![],
    });
    let sessions = vec![session("s-1", 0, 0, 0, &[0]), session("s-2", 1, 0, 1, &[0])];
    plan.schedule = Some(Schedule { sessions, ..Schedule::default() });
    plan
}

fn cli(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_rondas-cli")).args(args).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_broken_rule_reads_the_same_in_the_cli_and_the_report_in_every_language() {
    let plan = overbooked();
    let found = check(&plan, &plan.schedule.as_ref().expect("scheduled").sessions);
    let [Violation::CountryOverbooked { delegates: 1, sessions: 2, .. }] = &found[..] else {
        panic!("one overbooked country: {found:?}")
    };
    let file = std::env::temp_dir().join(format!("rondas-messages-{}.json", std::process::id()));
    std::fs::write(&file, to_json(&plan)).expect("write the plan");
    let file = file.to_string_lossy().into_owned();
    let report = Report::of(&plan);
    for lang in Lang::all() {
        // The sentence, straight from the key `violation.overbooked(_one)`.
        let said = lang.fill(fill::ViolationOverbooked {
            n: 1,
            country: &plan.country_name(&country(0)),
            sessions: "2",
            slot: "1",
            list: "s-1, s-2",
        });
        assert_eq!(lang.violation(&plan, &found[0]), said);
        let printed = cli(&["check", &file, "--lang", lang.code()]);
        assert!(printed.lines().any(|l| l == format!("  - {said}")), "{}: {printed}", lang.code());
        let written = to_markdown(&compose(&plan, &report, lang));
        assert!(written.lines().any(|l| l == format!("- {said}")), "{}: {written}", lang.code());
    }
    let en = Lang::default().violation(&plan, &found[0]);
    assert_eq!(en, "Country 0 has 1 delegate and would be in 2 sessions in slot 1 (s-1, s-2).");
    let es = Lang::from_code("es").expect("Spanish").violation(&plan, &found[0]);
    assert_eq!(es, "Country 0 tiene 1 delegado y estaría en 2 sesiones en la franja 1 (s-1, s-2).");
}
