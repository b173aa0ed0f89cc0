//! What follows the rounds, in the file: action forms, evaluators, criteria,
//! scores, the selection and follow-up read and write back whole, and
//! validation names the record and field of every broken reference.

use rondas::domain::demo::demo_plan;
use rondas::domain::format::{from_json, read, response_to_json, to_json, FormatError, PlanFile};
use rondas::domain::ids::*;
use rondas::domain::model::*;
use rondas::domain::validate::validate;
use std::collections::BTreeMap;

/// The demo plan with two linked forms about one action (Brazil's PAA for
/// Peru), an evaluator of each kind, a score, a selection and a follow-up.
fn plan_with_actions() -> Plan {
    let mut plan = demo_plan().expect("the demo reads");
    let session = plan.schedule.as_ref().and_then(|s| s.sessions.iter().find(|s| s.offer.as_str() == "off-br-paa"));
    let session = session.map(|s| s.id.clone());
    let form = |id: &str, side: Side, linked: &str| Action {
        id: id.into(),
        kind: "expert-visit".into(),
        offering: "br".into(),
        receiving: "pe".into(),
        offer: Some("off-br-paa".into()),
        session: session.clone(),
        registered_by: side,
        title: "Compras públicas a la agricultura familiar".into(),
        description: "Visita de dos expertos del MDS a Lima.".into(),
        cost: Cost { currency: "USD".into(), travel: 3000, per_diem: 1800, other: 200 },
        linked: Some(linked.into()),
        ..Action::default()
    };
    plan.actions = vec![form("act-br-1", Side::Offering, "act-pe-1"), form("act-pe-1", Side::Receiving, "act-br-1")];
    plan.evaluators = vec![
        Evaluator { id: "ev-1".into(), name: "Secretaría".into(), kind: EvaluatorKind::Secretariat, ..Evaluator::default() },
        Evaluator {
            id: "ev-2".into(),
            name: "Ana Pérez".into(),
            kind: EvaluatorKind::External,
            country: Some("cl".into()),
            organization: "Universidad".into(),
        },
    ];
    plan.scores = vec![Score {
        evaluator: "ev-1".into(),
        action: "act-br-1".into(),
        values: BTreeMap::from([("relevance".into(), 5), ("feasibility".into(), 4)]),
        confidence: Some(Confidence::High),
        comment: "Muy pertinente.".into(),
        updated_at: None,
    }];
    plan.selection = Some(Selection {
        rules: SelectionRules { budget: 100_000, currency: "USD".into(), max_per_country: Some(2), ..Default::default() },
        chosen: vec!["act-br-1".into()],
        ..Selection::default()
    });
    plan.follow_ups = vec![FollowUp {
        action: "act-br-1".into(),
        status: Status::Funded,
        responsible: vec!["ag-br-mds".into(), "ag-pe-midis".into()],
        ..FollowUp::default()
    }];
    plan
}

fn problems_of(plan: &Plan) -> Vec<String> {
    validate(plan).iter().map(ToString::to_string).collect()
}

#[test]
fn actions_evaluation_selection_and_follow_up_read_back_whole() {
    let plan = plan_with_actions();
    assert_eq!(problems_of(&plan), Vec::<String>::new());
    let text = to_json(&plan);
    assert!(text.contains("\"type\": \"expert-visit\""));
    assert_eq!(from_json(&text).expect("it reads back"), plan);
}

#[test]
fn a_plan_without_actions_writes_none_of_their_fields() {
    let text = to_json(&demo_plan().expect("the demo reads"));
    for key in ["action_types", "\"actions\"", "evaluators", "criteria", "\"scores\"", "selection", "follow_ups"] {
        assert!(!text.contains(key), "{key} is written");
    }
}

#[test]
fn the_defaults_apply_when_the_plan_lists_no_types_or_criteria() {
    let plan = plan_with_actions();
    assert_eq!(plan.action_types().len(), 6);
    assert_eq!(plan.action_type_label(&"document-exchange".into(), "es"), "Intercambio de documentos");
    let weights: u32 = plan.criteria().iter().map(|k| k.weight).sum();
    assert_eq!((plan.criteria().len(), weights), (5, 100));
    let mut own = plan.clone();
    own.action_types = vec![ActionType { id: "mentoring".into(), labels: BTreeMap::from([("en".into(), "Mentoring".into())]) }];
    assert!(problems_of(&own).contains(&"actions/act-br-1, field type: refers to \"expert-visit\", which is not in action_types".to_owned()));
}

#[test]
fn broken_references_name_their_record_and_field() {
    let mut plan = plan_with_actions();
    plan.actions[0].receiving = "br".into();
    plan.actions[1].offer = Some("off-pe-pension65".into());
    plan.actions[1].cost.currency = "usd".into();
    plan.scores[0].values.insert("beauty".into(), 9);
    plan.scores.push(Score { evaluator: "ev-9".into(), action: "act-zz".into(), ..Score::default() });
    plan.follow_ups[0].responsible.push("ag-zz".into());
    if let Some(s) = &mut plan.selection {
        s.overrides.insert("act-zz".into(), Override::Include);
    }
    let problems = problems_of(&plan);
    for expected in [
        "actions/act-br-1, field receiving: the offering and the receiving country must differ",
        "actions/act-br-1, field linked: must be the other side's form about the same action (same countries, other side)",
        "actions/act-pe-1, field offer: belongs to country \"pe\", not to this one",
        "actions/act-pe-1, field cost.currency: must be a three-letter ISO 4217 code such as USD",
        "scores/ev-1:act-br-1, field values: refers to \"beauty\", which is not in criteria",
        "scores/ev-1:act-br-1, field values: must be between 1 and 5",
        "scores/ev-9:act-zz, field evaluator: refers to \"ev-9\", which is not in evaluators",
        "scores/ev-9:act-zz, field action: refers to \"act-zz\", which is not in actions",
        "follow_ups/act-br-1, field responsible: refers to \"ag-zz\", which is not in agencies",
        "selection/selection, field overrides: refers to \"act-zz\", which is not in actions",
    ] {
        assert!(problems.contains(&expected.to_owned()), "missing {expected:?} in {problems:#?}");
    }
}

#[test]
fn a_session_of_another_offer_is_refused() {
    let mut plan = plan_with_actions();
    plan.actions[0].offer = Some("off-br-cadunico".into());
    plan.actions[1].offer = Some("off-br-cadunico".into());
    let problems = problems_of(&plan);
    assert!(problems.iter().any(|p| p.starts_with("actions/act-br-1, field session: the session presents offer")));
}

#[test]
fn an_evaluator_response_holds_only_their_scores() {
    let plan = plan_with_actions();
    let at = "2026-03-20T10:00:00Z".parse().expect("a time stamp");
    let response = Response::of_evaluator(&plan, &EvaluatorId::from("ev-1"), at);
    let text = response_to_json(&response);
    assert!(!text.contains("\"country\""), "{text}");
    assert!(matches!(read(&text), Ok(PlanFile::Response(r)) if r == response));

    let mut mixed = response.clone();
    mixed.country = "pe".into();
    mixed.scores[0].evaluator = "ev-2".into();
    let Err(FormatError::Invalid(problems)) = read(&response_to_json(&mixed)) else { panic!("a mixed response reads") };
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.contains(&"response/response, field evaluator: a country's response holds no scores, and an evaluator's holds only scores".to_owned()));
    assert!(problems.contains(&"scores/ev-2:act-br-1, field evaluator: belongs to evaluator \"ev-2\", not to this one".to_owned()));
}

#[test]
fn a_country_response_carries_the_forms_it_registered() {
    let plan = plan_with_actions();
    let at = "2026-03-20T10:00:00Z".parse().expect("a time stamp");
    let response = Response::of(&plan, &CountryId::from("pe"), at);
    let forms: Vec<&str> = response.actions.iter().flatten().map(|a| a.id.as_str()).collect();
    assert_eq!(forms, ["act-pe-1"]);
    let mut foreign = response.clone();
    foreign.actions = Some(plan.actions.clone());
    let Err(FormatError::Invalid(problems)) = read(&response_to_json(&foreign)) else { panic!("it reads") };
    assert_eq!(problems[0].to_string(), "actions/act-br-1, field registered_by: belongs to country \"br\", not to this one");
}
