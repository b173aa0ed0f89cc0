//! `rondas-cli` end to end: demo, check, stats, recommend, generate.

use std::process::Command;

fn cli(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rondas-cli")).args(args).output().expect("runs");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

fn temp_file(name: &str, text: &str) -> String {
    let path = std::env::temp_dir().join(format!("rondas-cli-test-{}-{name}", std::process::id()));
    std::fs::write(&path, text).expect("write temp file");
    path.to_string_lossy().into_owned()
}

#[test]
fn stats_of_the_demo() {
    let (ok, demo, _) = cli(&["demo"]);
    assert!(ok);
    let file = temp_file("demo.json", &demo);
    let (ok, out, _) = cli(&["stats", &file]);
    assert!(ok);
    let stats: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    for (field, n) in [
        ("countries", 13),
        ("delegates", 54),
        ("agencies", 20),
        ("mechanisms", 5),
        ("offers", 34),
        ("conditional_cash_transfers", 2),
    ] {
        assert_eq!(stats[field], n, "{field}");
    }
    assert_eq!(stats["offers_by_type"]["conditional-cash-transfer"], 2);
    assert_eq!(stats["offers_by_theme"]["food-security"], 11);
    let (ok, out, _) = cli(&["check", &file]);
    assert!(ok, "{out}");
}

#[test]
fn check_fails_with_the_place() {
    let (_, demo, _) = cli(&["demo"]);
    let broken = demo.replacen("\"country\": \"pe\"", "\"country\": \"zz\"", 1);
    let file = temp_file("broken.json", &broken);
    let (ok, _, err) = cli(&["check", &file]);
    assert!(!ok);
    assert!(err.contains(&file) && err.contains("field “country”") && err.contains("“zz”"), "{err}");
    let (_, _, err) = cli(&["check", &file, "--lang", "es"]);
    assert!(err.contains("campo «country»"), "{err}");
    let (ok, _, err) = cli(&["check", "/nonexistent/plan.json"]);
    assert!(!ok && err.contains("/nonexistent/plan.json"));
    let (ok, _, err) = cli(&["frobnicate"]);
    assert!(!ok && err.contains("Usage:"));
}

#[test]
fn recommend_prints_ranked_offers_with_reasons() {
    let (_, demo, _) = cli(&["demo"]);
    let file = temp_file("demo-recommend.json", &demo);
    let (ok, out, err) = cli(&["recommend", &file, "gt", "--lang", "en"]);
    assert!(ok, "{err}");
    let first = out.lines().next().unwrap_or_default();
    assert!(first.contains("26  off-ar-tarjeta-alimentar"), "{first}");
    let reasons = "you asked for 8 Food security programs; you declared an interest in Food security (priority: High)";
    assert!(first.ends_with(reasons), "{first}");
    let (ok, _, err) = cli(&["recommend", &file, "zz"]);
    assert!(!ok && err.contains("no hay país «zz»"), "in the plan's language: {err}");
    let (ok, _, err) = cli(&["recommend", &file, "gt", "--lang", "xx"]);
    assert!(!ok && err.contains("--lang: no language “xx”; there are: en, es"), "{err}");
}

#[test]
fn generate_writes_a_valid_seeded_plan() {
    let out = temp_file("generated.json", "");
    let (ok, said, err) = cli(&["generate", "demo-like-tight", "--seed", "7", "-o", &out]);
    assert!(ok, "{err}");
    assert!(said.contains("13 countries") && said.contains("150 interests") && said.contains("load 1.70"), "{said}");
    let text = std::fs::read_to_string(&out).expect("written");
    assert!(text.contains("\"id\": \"gen-demo-like-tight-7\""));
    let (ok, _, err) = cli(&["check", &out]);
    assert!(ok, "{err}");
    let (ok, _, err) = cli(&["generate", "enormous", "-o", &out]);
    assert!(!ok && err.contains("no preset \"enormous\"") && err.contains("medium-tight"), "{err}");
    let (ok, _, err) = cli(&["generate", "medium", "--seed", "x", "-o", &out]);
    assert!(!ok && err.contains("--seed"), "{err}");
    let (ok, _, err) = cli(&["generate", "medium"]);
    assert!(!ok && err.contains("Usage:"), "{err}");
}

#[test]
fn select_prints_the_proposed_selection_as_json() {
    let (_, demo, _) = cli(&["demo"]);
    let file = temp_file("demo-select.json", &demo);
    let (ok, out, err) = cli(&["select", &file, "--budget", "50000", "--max-per-country", "2"]);
    assert!(ok, "{err}");
    let p: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(p["budget"], 50000);
    assert_eq!(p["currency"], "USD");
    assert!(p["total_cost"].as_u64().is_some_and(|c| c <= 50000));
    assert_eq!(p["decisions"].as_array().map(Vec::len), Some(50));
    assert!(p["decisions"][0]["reason"].is_string());
    let (ok, _, err) = cli(&["select", &file, "--budget", "lots"]);
    assert!(!ok && err.contains("--budget"), "{err}");
    let (ok, _, err) = cli(&["select", &file]);
    assert!(!ok && err.contains("Usage:"), "{err}");
}

#[test]
fn help_lists_every_command_and_bad_options_are_named() {
    let (ok, out, _) = cli(&["--help"]);
    assert!(ok, "{out}");
    for command in [
        "demo",
        "check",
        "schema",
        "stats",
        "merge",
        "respond",
        "recommend",
        "generate",
        "schedule",
        "explain",
        "export-ics",
        "export-csv",
        "select",
        "report",
    ] {
        assert!(out.lines().any(|l| l.trim_start().starts_with(&format!("{command} "))), "{command}: {out}");
    }
    let (ok, _, err) = cli(&[]);
    assert!(!ok && err.contains("Usage:"), "{err}");
    let (ok, _, err) = cli(&["schedule", "plan.json", "-o", "out.json", "--time-limit", "-3"]);
    assert!(!ok && err.contains("--time-limit") && err.contains("positive"), "{err}");
    let (ok, _, err) = cli(&["respond", "plan.json", "--country", "pe", "--evaluator", "ev-1", "-o", "out.json"]);
    assert!(!ok && err.contains("cannot be used with"), "{err}");
    let (ok, _, err) = cli(&["export-csv", "plan.json", "-o", "a.csv", "-o", "b.csv"]);
    assert!(!ok && err.contains("-o"), "{err}");
}

#[test]
fn input_edges_bom_invalid_utf8_and_no_end() {
    let (_, demo, _) = cli(&["demo"]);
    let bom = temp_file("bom.json", &format!("\u{feff}{demo}"));
    let (ok, out, err) = cli(&["check", &bom, "--lang", "en"]);
    assert!(ok && out.contains("valid plan"), "{err}");

    let mut bytes = demo.clone().into_bytes();
    let at = demo.find("Taller").expect("the event's name");
    bytes[at] = 0xc3;
    let path = std::env::temp_dir().join(format!("rondas-cli-test-{}-latin1.json", std::process::id()));
    std::fs::write(&path, &bytes).expect("write");
    let (ok, _, err) = cli(&["check", &path.to_string_lossy()]);
    assert!(!ok && err.contains(&format!("offset {at}")), "{err}");

    let started = std::time::Instant::now();
    let (ok, _, err) = cli(&["check", "/dev/zero"]);
    assert!(!ok && err.contains("too large"), "{err}");
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}

#[test]
fn replan_writes_the_plan_and_prints_the_changes_by_delegation() {
    let (ok, demo, _) = cli(&["demo"]);
    assert!(ok);
    let file = temp_file("replan-demo.json", &demo);
    let out_file = temp_file("replan-out.json", "");
    let plan = rondas::domain::format::from_json(&demo).expect("demo");
    let uy: Vec<&str> = plan.delegates.iter().filter(|d| d.country.as_str() == "uy").map(|d| d.name.as_str()).collect();
    let (ok, out, err) = cli(&[
        "replan",
        &file,
        "--from",
        "4",
        "--absent",
        uy[0],
        "--absent",
        "del-1",
        "--room-closed",
        "Sala Nazca",
        "-o",
        &out_file,
        "--moves",
        "300",
    ]);
    assert!(ok, "{err}");
    let report: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(report["from"], "slot-4");
    assert!(report["rooms"].as_array().is_some_and(|r| r.iter().any(|x| x == "room-2")), "{out}");
    let changes = report["delegations"].as_array().expect("delegations");
    assert!(changes.iter().all(|d| d["changes"].as_array().is_some_and(|c| !c.is_empty())));
    let written = std::fs::read_to_string(&out_file).expect("written");
    let replanned = rondas::domain::format::from_json(&written).expect("valid plan");
    assert_eq!(replanned.day.closed_rooms.get(&"room-2".into()).map(|s| s.as_str()), Some("slot-4"));
    assert_eq!(replanned.day.presence.len(), 2);
    let (ok, _, err) = cli(&["replan", &file, "--from", "99", "-o", &out_file]);
    assert!(!ok && err.contains("--from 99"), "{err}");
    let (ok, _, err) = cli(&["replan", &file, "--from", "slot-2", "--absent", "Nobody At All", "-o", &out_file]);
    assert!(!ok && err.contains("no such delegate"), "{err}");
}
