//! Consistency rules, on the demo and on records broken one at a time.

use rondas::domain::demo::demo_plan;
use rondas::domain::validate::{validate, ProblemKind};
use rondas::domain::Plan;

fn demo() -> Plan {
    demo_plan().expect("the demo is valid")
}

fn kinds(plan: &Plan) -> Vec<(String, String, ProblemKind)> {
    validate(plan).into_iter().map(|p| (p.record, p.field, p.kind)).collect()
}

#[test]
fn the_demo_has_no_problems() {
    assert!(validate(&demo()).is_empty());
}

#[test]
fn an_agency_of_another_country_is_refused() {
    let mut plan = demo();
    let foreign = plan.agencies.iter().find(|a| a.country != plan.offers[0].country).unwrap().id.clone();
    plan.offers[0].agency = Some(foreign.clone());
    let id = plan.offers[0].id.to_string();
    assert_eq!(
        kinds(&plan),
        vec![(
            format!("offers/{id}"),
            "agency".into(),
            ProblemKind::AgencyOfOtherCountry { agency: foreign.to_string() }
        )]
    );
}

#[test]
fn event_rules() {
    let mut plan = demo();
    plan.event.ends_on = plan.event.starts_on;
    plan.event.name = "  ".into();
    plan.event.rooms[0].capacity = 0;
    plan.event.slots[0].end = plan.event.slots[0].start;
    let found = kinds(&plan);
    assert!(found.contains(&("event/event".into(), "name".into(), ProblemKind::Empty)));
    assert!(found.contains(&("rooms/room-1".into(), "capacity".into(), ProblemKind::ZeroCapacity)));
    assert!(found.contains(&("slots/slot-1".into(), "end".into(), ProblemKind::EndsBeforeStart)));
    assert!(found.iter().any(|(_, field, kind)| field == "date" && *kind == ProblemKind::OutsideEvent));
}

#[test]
fn iso_codes_and_theme_references() {
    let mut plan = demo();
    plan.countries[0].iso = "per".into();
    plan.offers[0].themes.push("astrology".into());
    let found = kinds(&plan);
    assert!(found.iter().any(|(_, f, k)| f == "iso" && *k == ProblemKind::BadIsoCode));
    assert!(found.iter().any(|(_, f, k)| f == "themes"
        && *k == ProblemKind::MissingReference { collection: "themes", id: "astrology".into() }));
}
