//! The differences between two versions of one plan, as two tabs may save it.

use rondas::domain::compare::{differences, Difference};
use rondas::domain::demo::demo_plan;

fn diff(part: &str, changed: usize, only_first: usize, only_second: usize) -> Difference {
    Difference { part: part.into(), changed, only_first, only_second }
}

#[test]
fn one_plan_does_not_differ_from_itself() {
    let plan = demo_plan().expect("demo");
    assert_eq!(differences(&plan, &plan), vec![]);
}

#[test]
fn records_changed_added_and_removed_are_counted_by_id() {
    let first = demo_plan().expect("demo");
    let mut second = first.clone();
    second.offers[0].title = "Renamed in the other tab".into();
    second.offers[1].title = "Renamed too".into();
    let removed = second.countries.pop().expect("a country");
    second.delegates.retain(|d| d.country != removed.id);
    let mut added = second.themes[0].clone();
    added.id = rondas::domain::ids::ThemeId("th-new".into());
    second.themes.push(added);
    second.event.city = "Quito".into();
    let found = differences(&first, &second);
    assert!(found.contains(&diff("offers", 2, 0, 0)), "{found:?}");
    assert!(found.contains(&diff("countries", 0, 1, 0)), "{found:?}");
    assert!(found.contains(&diff("themes", 0, 0, 1)), "{found:?}");
    assert!(found.contains(&diff("event", 1, 0, 0)), "{found:?}");
    assert!(!found.iter().any(|d| d.part == "agencies"), "{found:?}");
}

#[test]
fn a_part_only_one_version_has_counts_as_changed() {
    let first = demo_plan().expect("demo");
    let mut second = first.clone();
    second.schedule = None;
    let found = differences(&first, &second);
    assert_eq!(found.iter().filter(|d| d.part == "schedule").count(), 1, "{found:?}");
}
