//! Exports: the iCalendar text read back by a real calendar parser, the CSV
//! tables read back by the csv crate; `rondas-cli export-ics`/`export-csv`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use icalendar::{CalendarDateTime, Component, DatePerhapsTime, EventLike};
use rondas::domain::agenda::country_agendas;
use rondas::domain::date::Timestamp;
use rondas::domain::export::csv::{AGENDA_COLUMNS, SCHEDULE_COLUMNS};
use rondas::domain::export::ics::{escape, fold};
use rondas::domain::export::{agendas_csv, country_ics, event_ics, schedule_csv};
use rondas::domain::model::{Plan, Session};
use std::process::Command;
use support::*;

fn stamp() -> Timestamp {
    "2026-03-01T14:05:07Z".parse().expect("a time stamp")
}

/// A floating date-time as `2026-03-18 09:00`, anything else as `None`.
fn floating(at: Option<DatePerhapsTime>) -> Option<String> {
    match at {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Floating(at))) => {
            Some(at.format("%Y-%m-%d %H:%M").to_string())
        }
        _ => None,
    }
}

/// Every session of `expected` is an event of `text` with its times, title
/// and room; and nothing else is.
fn assert_calendar(plan: &Plan, text: &str, expected: &[&Session]) {
    assert!(text.lines().count() > 0 && text.split("\r\n").all(|l| l.len() <= 75), "folded at 75 octets");
    assert!(!text.replace("\r\n", "").contains('\n'), "CRLF line endings");
    let calendar: icalendar::Calendar = icalendar::parser::unfold(text).parse().expect("a valid calendar");
    assert_eq!(calendar.property_value("VERSION"), Some("2.0"));
    assert!(calendar.property_value("PRODID").is_some());
    let events: Vec<_> = calendar.events().collect();
    assert_eq!(events.len(), expected.len());
    for (event, s) in events.iter().zip(expected) {
        let slot = plan.event.slots.iter().find(|t| t.id == s.slot).expect("slot");
        let offer = plan.offer(&s.offer).expect("offer");
        let room = plan.event.rooms.iter().find(|r| r.id == s.room).expect("room");
        assert_eq!(floating(event.get_start()), Some(format!("{} {}", slot.date, slot.start)));
        assert_eq!(floating(event.get_end()), Some(format!("{} {}", slot.date, slot.end)));
        assert_eq!(event.get_summary(), Some(plan.title_for_plan(offer)));
        assert_eq!(event.get_location(), Some(room.name.as_str()));
        assert!(event.get_uid().is_some_and(|u| u.starts_with(s.id.as_str())));
        assert!(event.get_description().is_some_and(|d| d.contains(s.id.as_str())));
    }
}

#[test]
fn the_event_calendar_holds_every_session() {
    let plan = scheduled_demo();
    let sessions = sessions_of(&plan);
    let text = event_ics(&plan, sessions, stamp());
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    assert!(text.contains("DTSTAMP:20260301T140507Z\r\n"));
    let agendas = country_agendas(&plan, sessions);
    let in_time_order: Vec<&Session> = agendas
        .iter()
        .flat_map(|a| a.slots.iter().flat_map(|s| &s.items))
        .filter(|i| i.role == rondas::domain::agenda::Role::Presenting)
        .filter_map(|i| sessions.iter().find(|s| s.id == i.session))
        .collect();
    let mut expected = in_time_order.clone();
    let slot_index = |s: &Session| plan.event.slots.iter().position(|t| t.id == s.slot);
    let room_index = |s: &Session| plan.event.rooms.iter().position(|r| r.id == s.room);
    expected.sort_by_key(|s| (slot_index(s), room_index(s), s.id.clone()));
    assert_eq!(expected.len(), sessions.len());
    assert_calendar(&plan, &text, &expected);
    assert_eq!(event_ics(&plan, sessions, stamp()), text, "deterministic");
}

#[test]
fn a_delegation_calendar_holds_its_agenda_with_its_delegates() {
    let plan = scheduled_demo();
    let sessions = sessions_of(&plan);
    for agenda in country_agendas(&plan, sessions) {
        let text = country_ics(&plan, sessions, &agenda.country, stamp(), 0);
        let expected: Vec<&Session> = agenda
            .slots
            .iter()
            .flat_map(|s| &s.items)
            .filter_map(|i| sessions.iter().find(|s| s.id == i.session))
            .collect();
        assert_calendar(&plan, &text, &expected);
        if !expected.is_empty() {
            assert!(text.contains("Delegate: "), "{}", agenda.country);
        }
    }
}

#[test]
fn texts_are_escaped_and_lines_folded_on_character_boundaries() {
    assert_eq!(escape("a,b;c\\d\ne\r"), "a\\,b\\;c\\\\d\\ne");
    let line = format!("SUMMARY:{}", "ñ".repeat(60));
    let folded = fold(&line);
    assert!(folded.ends_with("\r\n"));
    for part in folded.trim_end_matches("\r\n").split("\r\n") {
        assert!(part.len() <= 75, "{part}");
    }
    assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
    let mut plan = scheduled_demo();
    let title = "Cuidados, apoyos; y \\ redes\nde barrio ".repeat(4);
    let offer = sessions_of(&plan)[0].offer.clone();
    plan.offer_mut(&offer).expect("offer").title = title.clone();
    let text = event_ics(&plan, sessions_of(&plan), stamp());
    let calendar: icalendar::Calendar = icalendar::parser::unfold(&text).parse().expect("a valid calendar");
    assert!(calendar.events().any(|e| e.get_summary() == Some(title.as_str())));
}

fn read_table(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().expect("headers").iter().map(str::to_owned).collect();
    let rows = reader.records().map(|r| r.expect("a row").iter().map(str::to_owned).collect()).collect();
    (headers, rows)
}

#[test]
fn the_schedule_table_has_a_row_per_session() {
    let plan = scheduled_demo();
    let sessions = sessions_of(&plan);
    let (headers, rows) = read_table(&schedule_csv(&plan, sessions).expect("CSV"));
    assert_eq!(headers, SCHEDULE_COLUMNS);
    assert_eq!(rows.len(), sessions.len());
    for row in &rows {
        let s = sessions.iter().find(|s| s.id.as_str() == row[0]).expect("a session");
        let offer = plan.offer(&s.offer).expect("offer");
        assert_eq!((row[5].as_str(), row[6].as_str()), (s.offer.as_str(), plan.title_for_plan(offer)));
        assert_eq!(row[7], plan.country_name(&offer.country));
        assert_eq!(row[8].split("; ").count(), s.attendees.len());
    }
}

#[test]
fn the_agendas_table_has_a_row_per_session_of_a_country_and_per_free_slot() {
    let plan = scheduled_demo();
    let sessions = sessions_of(&plan);
    let (headers, rows) = read_table(&agendas_csv(&plan, sessions).expect("CSV"));
    assert_eq!(headers, AGENDA_COLUMNS);
    let expected: usize =
        country_agendas(&plan, sessions).iter().flat_map(|a| &a.slots).map(|s| s.items.len().max(1)).sum();
    assert_eq!(rows.len(), expected);
    let involved: usize = sessions.iter().map(|s| s.attendees.len() + 1).sum();
    assert_eq!(rows.iter().filter(|r| r[4] != "free").count(), involved);
    assert!(rows.iter().filter(|r| r[4] != "free").all(|r| !r[9].is_empty()), "every session has a delegate");
    assert!(rows.iter().filter(|r| r[4] == "free").all(|r| r[5..].iter().all(String::is_empty)));
}

fn cli(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rondas-cli")).args(args).output().expect("runs");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

fn temp_path(name: &str) -> String {
    std::env::temp_dir()
        .join(format!("rondas-export-test-{}-{name}", std::process::id()))
        .to_string_lossy()
        .into_owned()
}

#[test]
fn the_cli_exports_and_refuses_a_plan_without_schedule() {
    let plan = scheduled_demo();
    let file = temp_path("plan.json");
    std::fs::write(&file, rondas::domain::format::to_json(&plan)).expect("write");
    let n = sessions_of(&plan).len();

    let ics = temp_path("event.ics");
    let (ok, out, err) = cli(&["export-ics", "--lang", "en", &file, "-o", &ics]);
    assert!(ok, "{err}");
    assert_eq!(out.trim(), format!("{ics}: {n} events"));
    let text = std::fs::read_to_string(&ics).expect("read");
    assert!(text.parse::<icalendar::Calendar>().is_ok());

    let (ok, _, err) = cli(&["export-ics", &file, "--country", "pe", "-o", &ics]);
    assert!(ok, "{err}");
    let (ok, _, err) = cli(&["export-ics", &file, "--country", "zz", "-o", &ics]);
    assert!(!ok && err.contains("«zz»"), "{err}");

    let csv_file = temp_path("schedule.csv");
    let (ok, out, err) = cli(&["export-csv", &file, "-o", &csv_file]);
    assert!(ok, "{err}");
    assert_eq!(out.trim(), format!("{csv_file}: {n} filas"), "the plan's language by default");
    let (ok, out, err) = cli(&["export-csv", "--lang", "en", &file, "-o", &csv_file]);
    assert!(ok, "{err}");
    assert_eq!(out.trim(), format!("{csv_file}: {n} rows"));
    let (ok, _, err) = cli(&["export-csv", &file, "--agendas", "-o", &csv_file]);
    assert!(ok, "{err}");
    let text = std::fs::read_to_string(&csv_file).expect("read");
    assert_eq!(read_table(&text).0, AGENDA_COLUMNS);

    let bare = temp_path("bare.json");
    let (_, demo, _) = cli(&["demo"]);
    let mut demo: serde_json::Value = serde_json::from_str(&demo).expect("the demo is JSON");
    demo["plan"].as_object_mut().expect("a plan").remove("schedule");
    // Action forms name sessions: without a schedule they name none.
    for action in demo["plan"]["actions"].as_array_mut().into_iter().flatten() {
        action.as_object_mut().expect("an action").remove("session");
    }
    std::fs::write(&bare, demo.to_string()).expect("write");
    for args in [vec!["export-ics", &bare, "-o", &ics], vec!["export-csv", &bare, "-o", &csv_file]] {
        // Said in the plan's language (the demo's is Spanish), as every CLI message.
        let (ok, _, err) = cli(&args);
        assert!(!ok && err.contains("el plan no tiene programación"), "{err}");
    }
}

/// Names that a spreadsheet would run as formulas, or that start with a
/// tab or a carriage return (OWASP's CSV injection list).
const FORMULAS: [&str; 6] = ["=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "\tTAB", "\rCR"];

/// The scheduled demo with formulas for the names of countries, offers,
/// rooms and delegates.
fn hostile_demo() -> Plan {
    let mut plan = scheduled_demo();
    let formula = |i: usize| FORMULAS[i % FORMULAS.len()].to_owned();
    plan.countries.iter_mut().enumerate().for_each(|(i, c)| c.name = formula(i));
    plan.offers.iter_mut().enumerate().for_each(|(i, o)| o.title = formula(i + 1));
    plan.event.rooms.iter_mut().enumerate().for_each(|(i, r)| r.name = formula(i + 2));
    plan.delegates.iter_mut().enumerate().for_each(|(i, d)| d.name = formula(i + 3));
    plan
}

/// No cell of `text` begins a formula, and every formula is there,
/// neutralised by a leading `'`.
fn assert_neutralised(what: &str, text: &str) {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    let cells: Vec<String> =
        reader.records().flat_map(|r| r.expect("a row").iter().map(str::to_owned).collect::<Vec<_>>()).collect();
    for cell in &cells {
        let plain_number = cell.strip_prefix('-').is_some_and(|n| n.parse::<f64>().is_ok());
        let runs = cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !plain_number;
        assert!(!runs, "{what}: the cell {cell:?} would run as a formula");
    }
    for formula in FORMULAS {
        assert!(cells.iter().any(|c| *c == format!("'{formula}")), "{what}: {formula:?} is not there, neutralised");
    }
}

#[test]
fn every_csv_export_neutralises_formulas() {
    use rondas::domain::export::csv::neutralised;
    use rondas::domain::matrix::{Grouping, Matrix, RowOrder};
    let plan = hostile_demo();
    let sessions = sessions_of(&plan);
    assert_neutralised("schedule", &schedule_csv(&plan, sessions).expect("CSV"));
    assert_neutralised("agendas", &agendas_csv(&plan, sessions).expect("CSV"));
    let matrix = Matrix::of(&plan, RowOrder::default(), Grouping::None, "en");
    assert_neutralised("matrix", &matrix.to_csv(&plan).expect("CSV"));
    // Plain numbers stay numbers; text that only contains a sign stays as is.
    for kept in ["-12", "-3.5", "42", "2026-03-17", "Perú", "a=b", ""] {
        assert_eq!(neutralised(kept), kept);
    }
    for risky in ["-", "-1e5", "-.5", "- 3", "=1", "+1"] {
        assert_eq!(neutralised(risky), format!("'{risky}"));
    }

    let file = temp_path("hostile.json");
    std::fs::write(&file, rondas::domain::format::to_json(&plan)).expect("write");
    let out = temp_path("hostile.csv");
    for args in [vec!["export-csv", &file, "-o", &out], vec!["export-csv", &file, "--agendas", "-o", &out]] {
        let (ok, _, err) = cli(&args);
        assert!(ok, "{err}");
        assert_neutralised(&args.join(" "), &std::fs::read_to_string(&out).expect("written"));
    }
}
