//! The demo workshop holds the real workshop's figures, and a realistic demand.

use rondas::domain::demo::demo_plan;
use rondas::domain::model::Priority;
use rondas::domain::stats::Stats;

#[test]
fn demo_counts_match_the_workshop() {
    let stats = Stats::of(&demo_plan().expect("valid demo"));
    assert_eq!((stats.countries, stats.delegates, stats.agencies, stats.mechanisms, stats.offers), (13, 54, 20, 5, 34));
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

#[test]
fn every_country_asks_for_eight_to_sixteen_offers_of_others() {
    let plan = demo_plan().expect("valid demo");
    assert!((140..=160).contains(&plan.interests.len()), "{} interests", plan.interests.len());
    for c in &plan.countries {
        let asks = plan.interests.iter().filter(|i| i.country == c.id).count();
        assert!((8..=16).contains(&asks), "{} asks for {asks} offers", c.name);
    }
    let with_note = plan.interests.iter().filter(|i| !i.note.is_empty()).count();
    let with_delegate = plan.interests.iter().filter(|i| i.delegate.is_some()).count();
    assert!((60..=90).contains(&with_note), "{with_note} notes");
    assert!(with_delegate * 4 > plan.interests.len() * 3, "{with_delegate} delegates");
    for p in Priority::ALL {
        assert!(plan.interests.iter().filter(|i| i.priority == p).count() >= 20, "few {p:?}");
    }
}

#[test]
fn some_offers_are_unwanted() {
    let plan = demo_plan().expect("valid demo");
    let unwanted: Vec<&str> =
        plan.offers.iter().filter(|o| plan.interests.iter().all(|i| i.offer != o.id)).map(|o| o.id.as_str()).collect();
    assert!(unwanted.len() >= 4, "{unwanted:?}");
}

#[test]
fn four_themes_lead_the_demand() {
    let plan = demo_plan().expect("valid demo");
    let leaders = ["food-security", "child-welfare", "elderly-care", "multidimensional-poverty"];
    let (mut leading, mut total) = (0, 0);
    for i in &plan.interests {
        let offer = plan.offer(&i.offer).expect("offer");
        for theme in &offer.themes {
            total += i.priority.weight();
            if leaders.contains(&theme.as_str()) {
                leading += i.priority.weight();
            }
        }
    }
    assert!(leading * 2 > total, "{leading} of {total}");
}

#[test]
fn some_demand_has_no_offer() {
    let plan = demo_plan().expect("valid demo");
    assert!((15..=25).contains(&plan.theme_interests.len()));
    let unmet: Vec<&str> = plan
        .theme_interests
        .iter()
        .filter(|t| plan.offers.iter().all(|o| !o.themes.contains(&t.theme)))
        .map(|t| t.theme.as_str())
        .collect();
    assert!(unmet.contains(&"digital-inclusion") && unmet.contains(&"climate-resilience"), "{unmet:?}");
}

#[test]
fn the_demo_carries_an_optimal_current_schedule() {
    use rondas::domain::schedule::{check::check, fingerprint::inputs_fingerprint};
    let plan = demo_plan().expect("valid demo");
    let schedule = plan.schedule.as_ref().expect("the demo is scheduled");
    assert_eq!(schedule.inputs, inputs_fingerprint(&plan), "the demo's schedule is not stale");
    assert!(check(&plan, &schedule.sessions).is_empty(), "the demo's schedule breaks no rule");
    assert_eq!((schedule.objective, schedule.bound), (294, 294));
}

#[test]
fn the_demo_carries_fifty_actions_a_committee_of_five_and_a_selection_within_budget() {
    use rondas::domain::{actions::candidates, evaluation::summarize, select::propose};
    let plan = demo_plan().expect("valid demo");
    assert_eq!(candidates(&plan).len(), 50);
    assert_eq!(plan.evaluators.len(), 5);
    let linked = plan.actions.iter().filter(|a| a.linked.is_some()).count();
    assert_eq!(linked, 16, "8 pairs of linked forms");
    let summary = summarize(&plan);
    assert!(summary.actions.iter().all(|a| a.evaluators >= 3), "every action has 3 scores or more");
    let selection = plan.selection.as_ref().expect("a selection");
    let cost: u64 = selection.chosen.iter().filter_map(|id| plan.action(id)).map(|a| a.cost.total()).sum();
    assert!(!selection.chosen.is_empty() && cost <= selection.rules.budget, "{cost} over the budget");
    let proposal = propose(&plan, &selection.rules, &selection.overrides);
    assert_eq!(proposal.chosen, selection.chosen, "the shipped selection is the proposed one");
    assert!(proposal.feasible);
    assert!(plan.follow_ups.iter().all(|f| selection.chosen.contains(&f.action)));
}
