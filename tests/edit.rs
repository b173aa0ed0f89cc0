//! Edits land whole or not at all; deletions cascade as announced.

use rondas::domain::demo::demo_plan;
use rondas::domain::edit::{apply, deletion_impact, Edit, RecordRef};
use rondas::domain::ids::{next_id, CountryId};

#[test]
fn a_valid_edit_lands_and_an_invalid_one_changes_nothing() {
    let plan = demo_plan().unwrap();
    let mut offer = plan.offers[0].clone();
    offer.title = "Nuevo título".into();
    let next = apply(&plan, Edit::PutOffer(offer.clone())).expect("valid edit");
    assert_eq!(next.offer(&offer.id).unwrap().title, "Nuevo título");
    assert_eq!(next.offers.len(), plan.offers.len());

    offer.country = CountryId("zz".into());
    let problems = apply(&plan, Edit::PutOffer(offer)).expect_err("missing country");
    assert_eq!(problems[0].field, "country");
}

#[test]
fn put_appends_new_records() {
    let plan = demo_plan().unwrap();
    let mut offer = plan.offers[0].clone();
    offer.id = next_id("offer", plan.offers.iter().map(|o| o.id.as_str())).into();
    let next = apply(&plan, Edit::PutOffer(offer)).unwrap();
    assert_eq!(next.offers.len(), 35);
}

#[test]
fn deleting_a_country_takes_its_records_and_says_so() {
    let plan = demo_plan().unwrap();
    let peru = RecordRef::Country("pe".into());
    let impact = deletion_impact(&plan, &peru);
    let next = apply(&plan, Edit::Delete(peru)).expect("cascade keeps the plan valid");
    let gone = plan.offers.len() - next.offers.len() + plan.agencies.len() - next.agencies.len() + plan.delegates.len()
        - next.delegates.len()
        + plan.actions.len()
        - next.actions.len();
    assert_eq!(impact.len(), gone);
    assert!(impact.iter().any(|r| matches!(r, RecordRef::Action(_))), "Peru's action forms are named");
    assert!(next.actions.iter().all(|a| a.offering.as_str() != "pe" && a.receiving.as_str() != "pe"));
    assert!(next.mechanisms.iter().all(|m| !m.members.contains(&"pe".into())));
}

#[test]
fn deleting_an_agency_or_theme_clears_references() {
    let plan = demo_plan().unwrap();
    let agency = plan.offers[0].agency.clone().unwrap();
    let next = apply(&plan, Edit::Delete(RecordRef::Agency(agency.clone()))).unwrap();
    assert!(next.offers.iter().all(|o| o.agency.as_ref() != Some(&agency)));
    assert_eq!(next.offers.len(), plan.offers.len());
    let next = apply(&plan, Edit::Delete(RecordRef::Theme("food-security".into()))).unwrap();
    assert!(next.offers.iter().all(|o| !o.themes.contains(&"food-security".into())));
}
