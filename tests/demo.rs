//! The demo workshop holds the real workshop's figures.

use rondas::domain::demo::demo_plan;
use rondas::domain::stats::Stats;

#[test]
fn demo_counts_match_the_workshop() {
    let stats = Stats::of(&demo_plan().expect("valid demo"));
    assert_eq!(
        (stats.countries, stats.delegates, stats.agencies, stats.mechanisms, stats.offers),
        (13, 54, 20, 5, 34)
    );
    assert_eq!(stats.conditional_cash_transfers, 2);
}

#[test]
fn four_themes_lead_the_offer() {
    let stats = Stats::of(&demo_plan().expect("valid demo"));
    let leaders = ["food-security", "child-welfare", "elderly-care", "multidimensional-poverty"];
    let weakest_leader = leaders.iter().map(|t| stats.offers_by_theme[*t]).min().unwrap();
    for (theme, n) in &stats.offers_by_theme {
        if !leaders.contains(&theme.as_str()) {
            assert!(*n < weakest_leader, "{theme} has {n} offers");
        }
    }
}

#[test]
fn every_country_offers_something_and_every_agency_sends_someone() {
    let plan = demo_plan().expect("valid demo");
    for c in &plan.countries {
        assert!(plan.offers.iter().any(|o| o.country == c.id), "{} offers nothing", c.name);
    }
    for a in &plan.agencies {
        assert!(plan.delegates.iter().any(|d| d.agency.as_ref() == Some(&a.id)), "{} sends nobody", a.name);
    }
}
