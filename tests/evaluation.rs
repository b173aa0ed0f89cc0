//! The committee's aggregates: weighted mean and median per action, spread
//! and disagreement, conflict-of-interest exclusion, per-evaluator figures
//! and the ranking.

use rondas::domain::evaluation::summarize;
use rondas::domain::ids::*;
use rondas::domain::model::*;
use std::collections::BTreeMap;

/// Three countries, two actions (ar → br, br → cl), two criteria weighted 3
/// and 1, and three evaluators, one of them Chilean.
fn plan() -> Plan {
    let country = |id: &str| Country { id: id.into(), iso: id.to_uppercase(), name: id.into(), ..Country::default() };
    let action = |id: &str, from: &str, to: &str| Action {
        id: id.into(),
        kind: "expert-visit".into(),
        offering: from.into(),
        receiving: to.into(),
        title: id.into(),
        cost: Cost { currency: "USD".into(), travel: 100, ..Cost::default() },
        ..Action::default()
    };
    let evaluator = |id: &str, country: Option<&str>| Evaluator {
        id: id.into(),
        name: id.into(),
        country: country.map(CountryId::from),
        ..Evaluator::default()
    };
    let mut plan = Plan { id: "p".into(), ..Plan::default() };
    plan.event.name = "E".into();
    plan.event.language = "en".into();
    plan.countries = vec![country("ar"), country("br"), country("cl")];
    plan.actions = vec![action("a1", "ar", "br"), action("a2", "br", "cl")];
    plan.evaluators = vec![evaluator("e1", None), evaluator("e2", None), evaluator("e3", Some("cl"))];
    plan.criteria = vec![
        Criterion { id: "k1".into(), labels: BTreeMap::from([("en".into(), "K1".into())]), weight: 3 },
        Criterion { id: "k2".into(), labels: BTreeMap::from([("en".into(), "K2".into())]), weight: 1 },
    ];
    plan
}

fn score(evaluator: &str, action: &str, k1: u8, k2: Option<u8>) -> Score {
    let mut values = BTreeMap::from([(CriterionId::from("k1"), k1)]);
    if let Some(v) = k2 {
        values.insert("k2".into(), v);
    }
    Score { evaluator: evaluator.into(), action: action.into(), values, ..Score::default() }
}

#[test]
fn weighted_mean_median_spread_and_disagreement() {
    let mut plan = plan();
    // a1: e1 (3·5 + 1·1)/4 = 4, e2 (3·2 + 1·2)/4 = 2, e3 only k1 = 3 → mean 3, median 3, spread 2.
    plan.scores = vec![score("e1", "a1", 5, Some(1)), score("e2", "a1", 2, Some(2)), score("e3", "a1", 3, None)];
    let s = summarize(&plan);
    let a1 = s.of(&"a1".into()).expect("a1");
    assert_eq!((a1.evaluators, a1.mean, a1.median, a1.spread), (3, Some(3.0), Some(3.0), 2.0));
    assert!(a1.disagreement);
    assert_eq!(a1.by_criterion["k1"], (5.0 + 2.0 + 3.0) / 3.0);
    assert_eq!(a1.by_criterion["k2"], 1.5);
    let a2 = s.of(&"a2".into()).expect("a2");
    assert_eq!((a2.evaluators, a2.mean, a2.rank), (0, None, None));
    assert_eq!(s.actions[0].action.as_str(), "a1", "scored actions rank first");
}

#[test]
fn an_evaluator_is_kept_out_of_the_actions_of_their_country() {
    let mut plan = plan();
    plan.scores = vec![score("e1", "a2", 4, Some(4)), score("e3", "a2", 1, Some(1))];
    let s = summarize(&plan);
    let a2 = s.of(&"a2".into()).expect("a2");
    assert_eq!(a2.excluded, vec![EvaluatorId::from("e3")]);
    assert_eq!((a2.evaluators, a2.mean, a2.spread, a2.disagreement), (1, Some(4.0), 0.0, false));
    let e3 = s.evaluators.iter().find(|e| e.evaluator.as_str() == "e3").expect("e3");
    assert_eq!((e3.scored, e3.conflicts, e3.eligible), (0, 1, 1));
}

#[test]
fn per_evaluator_figures_show_who_scores_high() {
    let mut plan = plan();
    plan.scores = vec![
        score("e1", "a1", 5, Some(5)),
        score("e2", "a1", 3, Some(3)),
        score("e1", "a2", 3, Some(3)),
        score("e2", "a2", 1, Some(1)),
    ];
    let s = summarize(&plan);
    let e1 = s.evaluators.iter().find(|e| e.evaluator.as_str() == "e1").expect("e1");
    let e2 = s.evaluators.iter().find(|e| e.evaluator.as_str() == "e2").expect("e2");
    assert_eq!((e1.scored, e1.mean, e1.stdev, e1.bias), (2, Some(4.0), 1.0, 1.0));
    assert_eq!((e2.mean, e2.bias), (Some(2.0), -1.0));
    let ranks: Vec<(&str, Option<usize>)> = s.actions.iter().map(|a| (a.action.as_str(), a.rank)).collect();
    assert_eq!(ranks, [("a1", Some(1)), ("a2", Some(2))]);
}

#[test]
fn a_linked_counterpart_form_is_not_a_second_candidate() {
    let mut plan = plan();
    let mut other = plan.actions[0].clone();
    other.id = "a1-br".into();
    other.registered_by = Side::Receiving;
    other.linked = Some("a1".into());
    plan.actions.push(other);
    let s = summarize(&plan);
    let ids: Vec<&str> = s.actions.iter().map(|a| a.action.as_str()).collect();
    assert_eq!(ids, ["a1", "a2"]);
}
