//! The plan file: round trips, versions, and the messages of refused files.

use rondas::domain::date::DateError;
use rondas::domain::format::{from_json, read, text_of, to_json, to_json_compact, FormatError, MAX_BYTES, VERSION};
use rondas::domain::model::Priority;
use rondas::domain::validate::ProblemKind;
use rondas::i18n::Lang;

const V1: &str = include_str!("fixtures/plan-v1.json");
const V2: &str = include_str!("fixtures/plan-v2.json");
const V3: &str = include_str!("fixtures/plan-v3.json");
const V4: &str = include_str!("fixtures/plan-v4.json");

#[test]
fn golden_v1_file_reads_and_round_trips() {
    let plan = from_json(V1).expect("the v1 fixture reads");
    assert_eq!(plan.id.as_str(), "fixture-v1");
    assert_eq!(plan.offers[0].title, "Pensión 65");
    assert_eq!(plan.delegates[0].position, "", "defaults fill optional fields");
    for text in [to_json(&plan), to_json_compact(&plan)] {
        assert_eq!(from_json(&text).expect("round trip"), plan);
    }
    assert!(to_json(&plan).contains(&format!("\"version\": {VERSION}")));
    assert!(plan.interests.is_empty() && plan.theme_interests.is_empty(), "v1 migrates to no demand");
}

#[test]
fn golden_v2_file_reads_and_round_trips() {
    let plan = from_json(V2).expect("the v2 fixture reads");
    assert_eq!(plan.id.as_str(), "fixture-v2");
    let interest = &plan.interests[0];
    assert_eq!((interest.country.as_str(), interest.offer.as_str()), ("py", "off-pe-pension65"));
    assert_eq!(interest.priority, Priority::High);
    assert_eq!(interest.note, "Focalización con el padrón de hogares.");
    assert_eq!(interest.delegate.as_ref().map(|d| d.as_str()), Some("del-2"));
    assert_eq!(interest.agency.as_ref().map(|a| a.as_str()), Some("ag-py-mds"));
    assert_eq!(interest.updated_at.map(|t| t.to_string()).as_deref(), Some("2025-04-20T15:30:00Z"));
    let themes: Vec<(&str, &str, Priority)> =
        plan.theme_interests.iter().map(|t| (t.country.as_str(), t.theme.as_str(), t.priority)).collect();
    assert_eq!(themes, [("py", "digital-inclusion", Priority::Low), ("pe", "elderly-care", Priority::Medium)]);
    assert_eq!(plan.theme_interests[1].updated_at, None, "optional fields stay optional");
    for text in [to_json(&plan), to_json_compact(&plan)] {
        assert_eq!(from_json(&text).expect("round trip"), plan);
    }
}

#[test]
fn golden_v4_file_reads_and_round_trips() {
    let plan = from_json(V4).expect("the v4 fixture reads");
    assert_eq!(plan.id.as_str(), "fixture-v4");
    let schedule = plan.schedule.as_ref().expect("the v4 fixture has a schedule");
    assert_eq!(schedule.sessions[0].delegates.len(), 2, "chosen delegates survive the migration");
    assert_eq!((plan.actions.len(), plan.scores.len(), plan.follow_ups.len()), (1, 1, 1));
    assert_eq!(plan.selection.as_ref().map(|s| s.chosen.len()), Some(1));
    for text in [to_json(&plan), to_json_compact(&plan)] {
        assert_eq!(from_json(&text).expect("round trip"), plan);
    }
}

#[test]
fn golden_v3_file_reads_and_round_trips() {
    let plan = from_json(V3).expect("the v3 fixture reads");
    assert_eq!(plan.id.as_str(), "fixture-v3");
    let schedule = plan.schedule.as_ref().expect("the v3 fixture has a schedule");
    assert_eq!(schedule.sessions.len(), 1);
    assert!(schedule.sessions[0].locked, "a lock survives the migration");
    for text in [to_json(&plan), to_json_compact(&plan)] {
        assert_eq!(from_json(&text).expect("round trip"), plan);
    }
}

#[test]
fn syntax_errors_name_line_and_column() {
    let broken = "{\n  \"format\": \"rondas-plan\",\n  \"version\": 1,\n  oops\n}";
    match from_json(broken) {
        Err(FormatError::Syntax { line, column, .. }) => assert_eq!((line, column), (4, 3)),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn other_files_and_versions_are_refused() {
    assert_eq!(from_json("[1, 2]"), Err(FormatError::NotAPlan));
    assert_eq!(from_json(r#"{"format": "other", "version": 1}"#), Err(FormatError::NotAPlan));
    let newer = V1.replacen("\"version\": 1", "\"version\": 99", 1);
    assert_eq!(from_json(&newer), Err(FormatError::UnsupportedVersion { found: "99".into() }));
    let text = V1.replacen("\"version\": 1", "\"version\": \"one\"", 1);
    assert!(matches!(from_json(&text), Err(FormatError::UnsupportedVersion { .. })));
}

#[test]
fn wrong_types_and_unknown_fields_name_the_path() {
    let text = V1.replacen("\"capacity\": 4", "\"capacity\": \"four\"", 1);
    match from_json(&text) {
        Err(FormatError::Shape { path, .. }) => assert_eq!(path, "plan.event.rooms[0].capacity"),
        other => panic!("{other:?}"),
    }
    let text = V1.replacen("\"title\": \"Pensión 65\"", "\"title\": \"Pensión 65\", \"colour\": \"red\"", 1);
    match from_json(&text) {
        Err(FormatError::Shape { path, detail }) => {
            assert_eq!(path, "plan.offers[0].colour");
            assert!(detail.contains("unknown field"), "{detail}");
        }
        other => panic!("{other:?}"),
    }
    let empty = r#"{"format": "rondas-plan", "version": 1, "plan": {}}"#;
    assert!(matches!(from_json(empty), Err(FormatError::Shape { path, .. }) if path == "plan"));
    let text = V1.replacen("2025-05-06", "2025-02-30", 1);
    match from_json(&text) {
        Err(e @ FormatError::BadDate { .. }) => {
            assert_eq!(
                e,
                FormatError::BadDate {
                    path: "plan.event.starts_on".into(),
                    error: DateError::Date("2025-02-30".into())
                }
            );
            let pt = Lang::from_code("pt").expect("Portuguese");
            assert_eq!(
                pt.format_error(&e),
                "Em plan.event.starts_on: “2025-02-30” não é uma data no formato AAAA-MM-DD"
            );
            assert_eq!(e.to_string(), "At plan.event.starts_on: “2025-02-30” is not a date of the form YYYY-MM-DD");
        }
        other => panic!("{other:?}"),
    }
    let text = V1.replacen("non-contributory-pension", "basic-income", 1);
    assert!(matches!(from_json(&text), Err(FormatError::Shape { path, .. }) if path == "plan.offers[0].program_type"));
}

#[test]
fn duplicate_ids_and_missing_references_name_record_and_field() {
    let text = V1.replacen("\"id\": \"pe\"", "\"id\": \"py\"", 1);
    let Err(FormatError::Invalid(problems)) = from_json(&text) else { panic!("expected invalid") };
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(shown.contains(&"countries/py, field “id”: another record has the same id".to_owned()), "{shown:?}");
    assert!(problems.iter().any(|p| p.record == "offers/off-pe-pension65"
        && p.field == "country"
        && p.kind == ProblemKind::MissingReference { collection: "countries", id: "pe".into() }));
    let message = FormatError::Invalid(problems).to_string();
    assert!(message.contains("agencies/ag-pe-midis, field “country”"), "{message}");
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let plan = from_json(V1).expect("the v1 fixture reads");
    assert_eq!(from_json(&format!("\u{feff}{V1}")), Ok(plan.clone()));
    let bytes = [&[0xef, 0xbb, 0xbf][..], V1.as_bytes()].concat();
    assert_eq!(text_of(&bytes).map(from_json), Ok(Ok(plan)));
}

#[test]
fn invalid_utf8_is_named_by_its_byte_offset() {
    let mut bytes = V1.as_bytes().to_vec();
    let at = V1.find("Pensión").expect("the title") + 3;
    bytes[at] = 0xff;
    assert_eq!(text_of(&bytes), Err(FormatError::NotUtf8 { offset: at }));
    assert!(FormatError::NotUtf8 { offset: at }.to_string().contains(&format!("offset {at}")));
}

#[test]
fn a_file_over_the_limit_is_refused_and_a_20_mb_plan_opens() {
    assert_eq!(text_of(&vec![b' '; MAX_BYTES + 1]), Err(FormatError::TooLarge));
    assert_eq!(read(&" ".repeat(MAX_BYTES + 1)), Err(FormatError::TooLarge));
    let mut plan = from_json(V1).expect("the v1 fixture reads");
    let summary = "Un programa de protección social que llega a cada hogar. ".repeat(20_000);
    let template = plan.offers[0].clone();
    plan.offers = (0..18)
        .map(|n| {
            let mut offer = template.clone();
            offer.id = format!("off-{n}").as_str().into();
            offer.summary = summary.clone();
            offer
        })
        .collect();
    let text = to_json(&plan);
    assert!(text.len() > 20_000_000 && text.len() < MAX_BYTES, "{}", text.len());
    assert_eq!(from_json(&text).map(|p| p.offers.len()), Ok(18));
}

#[test]
fn messages_quote_only_an_excerpt_of_a_huge_value() {
    let huge = "x".repeat(1_000_000);
    let wrong_type = V1.replacen("\"capacity\": 4", &format!("\"capacity\": \"{huge}\""), 1);
    let missing = V1.replacen("\"country\": \"pe\"", &format!("\"country\": \"{huge}\""), 1);
    let version = V1.replacen("\"version\": 1", &format!("\"version\": \"{huge}\""), 1);
    let key = V1.replacen("\"title\": \"Pensión 65\"", &format!("\"title\": \"Pensión 65\", \"{huge}\": 1"), 1);
    let date = V1.replacen("2025-05-06", &huge, 1);
    for text in [wrong_type, missing, version, key, date] {
        let message = from_json(&text).expect_err("refused").to_string();
        assert!(message.len() < 1_000, "{} bytes: {}", message.len(), &message[..200]);
        assert!(message.contains("xxxx…[") && message.contains("characters]…x"), "{message}");
    }
}
