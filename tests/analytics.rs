//! The analytics core on the demo and on actions added to it: themes
//! offered against demanded, sub-regions, actions counted once per pair of
//! linked forms, evaluation, funding, and editions compared.

use rondas::domain::analytics::editions::{compare, Figure};
use rondas::domain::analytics::Report;
use rondas::domain::demo::demo_plan;
use rondas::domain::ids::EvaluatorId;
use rondas::domain::model::*;
use rondas::report::{compose, to_markdown};
use std::collections::BTreeMap;

fn action(
    id: &str,
    (offering, receiving): (&str, &str),
    offer: &str,
    kind: &str,
    side: Side,
    linked: Option<&str>,
    cost: u64,
) -> Action {
    Action {
        id: id.into(),
        kind: kind.into(),
        offering: offering.into(),
        receiving: receiving.into(),
        offer: Some(offer.into()),
        registered_by: side,
        title: format!("Action {id}"),
        cost: Cost { currency: "USD".into(), travel: cost, per_diem: 0, other: 0 },
        linked: linked.map(Into::into),
        ..Action::default()
    }
}

/// The demo with three actions (the first registered by both sides), an
/// evaluator's scores, a selection of two and one follow-up.
fn with_actions() -> Plan {
    let mut plan = demo_plan().expect("demo");
    plan.scores.clear();
    plan.follow_ups.clear();
    plan.actions = vec![
        action("a1", ("ar", "gt"), "off-ar-tarjeta-alimentar", "expert-visit", Side::Offering, Some("a1r"), 5000),
        action("a1r", ("ar", "gt"), "off-ar-tarjeta-alimentar", "expert-visit", Side::Receiving, Some("a1"), 5000),
        action("a2", ("ar", "pe"), "off-ar-primera-infancia", "internship", Side::Offering, None, 3000),
        action("a3", ("ar", "pe"), "off-ar-primera-infancia", "internship", Side::Receiving, None, 9000),
    ];
    plan.evaluators =
        vec![Evaluator { id: "e1".into(), name: "E".into(), kind: EvaluatorKind::External, ..Evaluator::default() }];
    let score = |action: &str, v: u8| Score {
        evaluator: EvaluatorId::from("e1"),
        action: action.into(),
        values: Criterion::defaults().into_iter().map(|c| (c.id, v)).collect::<BTreeMap<_, _>>(),
        ..Score::default()
    };
    plan.scores = vec![score("a1", 4), score("a2", 3)];
    plan.selection = Some(Selection {
        rules: SelectionRules { budget: 20_000, currency: "USD".into(), ..SelectionRules::default() },
        chosen: vec!["a1".into(), "a2".into()],
        ..Selection::default()
    });
    plan.follow_ups = vec![FollowUp { action: "a1r".into(), status: Status::Completed, ..FollowUp::default() }];
    plan
}

#[test]
fn themes_offered_against_demanded_and_the_themes_that_stand_out() {
    let r = Report::of(&demo_plan().expect("demo"));
    let offers: Vec<(&str, usize)> =
        r.themes.iter().take(4).map(|t| (t.theme.id.as_str(), t.supply_demand.offers)).collect();
    assert_eq!(
        offers,
        [("food-security", 11), ("child-welfare", 10), ("elderly-care", 7), ("multidimensional-poverty", 6)]
    );
    assert_eq!(r.standout_themes, ["food-security", "child-welfare", "elderly-care", "multidimensional-poverty"]);
    // Per sub-region, the theme figures add up to the whole.
    for theme in &r.themes {
        let (offers, interests): (usize, usize) = r
            .subregion_themes
            .iter()
            .filter_map(|s| s.themes.iter().find(|(id, _)| id == theme.theme.id.as_str()))
            .fold((0, 0), |(o, i), (_, sd)| (o + sd.offers, i + sd.interests));
        assert_eq!(
            (offers, interests),
            (theme.supply_demand.offers, theme.supply_demand.interests),
            "{}",
            theme.theme.id
        );
    }
    // Mechanisms add up their participating members.
    let mercosur = r.mechanisms.iter().find(|m| m.acronym == "MERCOSUR").expect("MERCOSUR");
    assert_eq!(mercosur.members.len(), 4);
    let members: usize = r
        .countries
        .iter()
        .filter(|c| ["ar", "br", "py", "uy"].contains(&c.country.as_str()))
        .map(|c| c.part.offers)
        .sum();
    assert_eq!(mercosur.part.offers, members);
}

#[test]
fn actions_count_linked_forms_once_with_their_evaluation_and_funding() {
    let plan = with_actions();
    let r = Report::of(&plan);
    let a = &r.actions;
    assert_eq!((a.potential, a.forms, a.both_sides), (3, 4, 1));
    let by_type: Vec<(&str, usize)> = a.by_type.iter().map(|t| (t.action_type.id.as_str(), t.actions)).collect();
    assert_eq!(&by_type[..2], [("expert-visit", 1), ("internship", 2)]);
    assert_eq!(a.by_theme["food-security"], 1);
    assert_eq!(a.by_theme["child-welfare"], 2);
    assert_eq!(a.by_offering["ar"], 3);
    assert_eq!((a.by_receiving["pe"], a.by_receiving["gt"]), (2, 1));
    assert_eq!((a.evaluation.evaluators, a.evaluation.scores, a.evaluation.actions_scored), (1, 2, 2));
    assert_eq!(a.evaluation.mean_score, Some(3.5));
    assert_eq!((a.funding.chosen, a.funding.chosen_cost, a.funding.budget), (2, 8000, Some(20_000)));
    assert_eq!((a.funding.by_status["completed"], a.funding.by_status["selected"]), (1, 1));
    let md = to_markdown(&compose(&plan, &r, rondas::report::language_of(&r)));
    assert!(md.contains("34 programas, 3 acciones potenciales de cooperación."), "{md}");
    assert!(md.contains("| Visita de expertos | 1 |"), "{md}");
    assert!(
        md.contains("La selección financia 2 acciones por un costo de 8.000 USD, de un presupuesto de 20.000 USD."),
        "{md}"
    );
    assert!(md.contains("se puntuaron 2 de 3 acciones, con un puntaje ponderado medio de 3,5 sobre 5."), "{md}");
}

#[test]
fn editions_compare_the_same_figures_earliest_first() {
    let now = demo_plan().expect("demo");
    let mut before = now.clone();
    before.event.starts_on = rondas::domain::date::Date::new(2024, 3, 5).expect("date");
    before.offers.truncate(20);
    before.themes.push(Theme { id: "old-theme".into(), labels: BTreeMap::from([("en".into(), "Old".into())]) });
    before.schedule = None;
    let (now, before) = (Report::of(&now), Report::of(&before));
    let c = compare(&[&now, &before]);
    assert_eq!(c.order, [1, 0]);
    let row = |f: Figure| c.figures.iter().find(|(g, _)| *g == f).map(|(_, v)| v.clone()).expect("figure");
    assert_eq!(row(Figure::Offers), [20, 34]);
    assert_eq!(row(Figure::Sessions), [0, 30]);
    let old = c.themes.iter().find(|(t, _)| t.id.as_str() == "old-theme").expect("a theme of one edition");
    assert_eq!(old.1.len(), 2);
}

#[test]
fn an_empty_plan_has_a_report_too() {
    let plan =
        Plan { event: Event { name: "Empty".into(), language: "xx".into(), ..Event::default() }, ..Plan::default() };
    let r = Report::of(&plan);
    assert!(r.standout_themes.is_empty() && r.coverage.is_none() && r.actions.potential == 0);
    let md = to_markdown(&compose(&plan, &r, rondas::report::language_of(&r)));
    assert!(md.starts_with("# Empty\n"), "{md}");
    assert!(md.contains("0 delegates from 0 countries representing 0 ministries or agencies, 0 sub-regional mechanisms, 0 programs."), "{md}");
    assert!(
        !md.contains("conditional cash transfer") && md.contains("The business rounds are not scheduled yet."),
        "{md}"
    );
    assert!(md.contains("No cooperation action has been registered yet."), "{md}");
}
