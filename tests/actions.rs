//! What follows the rounds, in the file: action forms, evaluators, criteria,
//! scores, the selection and follow-up read and write back whole, and
//! validation names the record and field of every broken reference.

mod support;

use rondas::domain::demo::demo_plan;
use rondas::domain::edit::{apply, Edit};
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
        Evaluator {
            id: "ev-1".into(),
            name: "Secretaría".into(),
            kind: EvaluatorKind::Secretariat,
            ..Evaluator::default()
        },
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
        rules: SelectionRules {
            budget: 100_000,
            currency: "USD".into(),
            max_per_country: Some(2),
            ..Default::default()
        },
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
    let demo = demo_plan().expect("the demo reads");
    let plan =
        Plan { actions: vec![], evaluators: vec![], scores: vec![], selection: None, follow_ups: vec![], ..demo };
    let text = to_json(&plan);
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
    own.action_types =
        vec![ActionType { id: "mentoring".into(), labels: BTreeMap::from([("en".into(), "Mentoring".into())]) }];
    assert!(problems_of(&own).contains(
        &"actions/act-br-1, field “type”: refers to “expert-visit”, which is not among the action types".to_owned()
    ));
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
        "actions/act-br-1, field “receiving”: the offering and the receiving country must differ",
        "actions/act-br-1, field “linked”: must be the other side’s form about the same action (same countries, other side)",
        "actions/act-pe-1, field “offer”: belongs to country “pe”, not to this one",
        "actions/act-pe-1, field “cost.currency”: must be a three-letter ISO 4217 code such as USD",
        "scores/ev-1:act-br-1, field “values”: refers to “beauty”, which is not among the criteria",
        "scores/ev-1:act-br-1, field “values”: must be between 1 and 5",
        "scores/ev-9:act-zz, field “evaluator”: refers to “ev-9”, which is not among the evaluators",
        "scores/ev-9:act-zz, field “action”: refers to “act-zz”, which is not among the cooperation actions",
        "follow_ups/act-br-1, field “responsible”: refers to “ag-zz”, which is not among the agencies",
        "selection/selection, field “overrides”: refers to “act-zz”, which is not among the cooperation actions",
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
    assert!(problems
        .iter()
        .any(|p| p.starts_with("actions/act-br-1, field “session”: the session presents the offer")));
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
    assert!(problems.contains(&"response/response, field “evaluator”: a country’s response holds no scores, and an evaluator’s holds only scores".to_owned()));
    assert!(problems
        .contains(&"scores/ev-2:act-br-1, field “evaluator”: belongs to evaluator “ev-2”, not to this one".to_owned()));
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
    assert_eq!(
        problems[0].to_string(),
        "actions/act-br-1, field “registered_by”: belongs to country “br”, not to this one"
    );
}

mod merging {
    use super::*;
    use rondas::domain::edit::{apply as edit, Edit, RecordRef};
    use rondas::domain::merge::{diff, Change, Conflict, Skipped};
    use rondas::i18n::Lang;
    use support::accept_changes as apply;

    fn at(text: &str) -> rondas::domain::date::Timestamp {
        text.parse().expect("a time stamp")
    }

    #[test]
    fn a_delegation_s_forms_are_added_changed_and_withdrawn_one_by_one() {
        let plan = plan_with_actions();
        let mut response = Response::of(&plan, &"pe".into(), at("2026-03-21T09:00:00Z"));
        let forms = response.actions.as_mut().expect("forms");
        forms[0].cost.other = 900;
        let mut new_form = forms[0].clone();
        new_form.id = "act-pe-2".into();
        new_form.linked = None;
        new_form.kind = "internship".into();
        forms.push(new_form);
        let d = &diff(&plan, &[("pe.json".into(), response.clone())])[0];
        assert_eq!(d.conflicts, vec![]);
        assert!(
            matches!(&d.changes[..], [Change::ChangeAction { .. }, Change::AddAction(a)] if a.id.as_str() == "act-pe-2")
        );
        let merged = apply(&plan, &d.changes).expect("it lands");
        assert_eq!(merged.action(&"act-pe-1".into()).map(|a| a.cost.other), Some(900));
        assert_eq!(merged.action(&"act-pe-2".into()).and_then(|a| a.updated_at), Some(at("2026-03-21T09:00:00Z")));

        let empty = Response { actions: Some(vec![]), ..response.clone() };
        let d = &diff(&merged, &[("pe-2.json".into(), empty)])[0];
        let text = Lang::default().merge_text(&merged, d);
        assert_eq!(d.changes.len(), 2, "both forms withdrawn: {text}");
        assert!(text.contains("  - Withdraw: form act-pe-1"), "{text}");
        let silent = Response { actions: None, ..response };
        assert!(diff(&merged, &[("pe-3.json".into(), silent)])[0].changes.is_empty(), "no actions key: no change");
    }

    #[test]
    fn forms_that_cannot_stand_or_are_another_country_s_are_skipped() {
        let plan = plan_with_actions();
        let mut response = Response::of(&plan, &"pe".into(), at("2026-03-21T09:00:00Z"));
        let forms = response.actions.as_mut().expect("forms");
        forms[0].kind = "sightseeing".into();
        let mut theirs = plan.actions[0].clone();
        theirs.registered_by = Side::Receiving;
        theirs.linked = None;
        forms.push(theirs);
        let d = &diff(&plan, &[("pe.json".into(), response)])[0];
        assert!(d.changes.is_empty(), "{d:?}");
        assert!(matches!(&d.skipped[0], Skipped::BadForm { problems, .. } if problems[0].field == "type"));
        assert!(matches!(&d.skipped[1], Skipped::FormOfOtherCountry { country, .. } if country.as_str() == "br"));
    }

    #[test]
    fn two_evaluators_files_merge_and_a_conflict_of_interest_is_skipped() {
        let mut plan = plan_with_actions();
        plan.scores.clear();
        let mut scored = plan.clone();
        let values = BTreeMap::from([("relevance".into(), 4), ("impact".into(), 5)]);
        for e in ["ev-1", "ev-2"] {
            scored.scores.push(Score {
                evaluator: e.into(),
                action: "act-br-1".into(),
                values: values.clone(),
                ..Score::default()
            });
        }
        scored.evaluators[1].country = None;
        let files: Vec<(String, Response)> = ["ev-1", "ev-2"]
            .iter()
            .map(|e| (format!("{e}.json"), Response::of_evaluator(&scored, &(*e).into(), at("2026-04-01T10:00:00Z"))))
            .collect();
        plan.evaluators[1].country = Some("pe".into());
        let diffs = diff(&plan, &files);
        assert_eq!(diffs[0].changes.len(), 1);
        let text = Lang::default().merge_text(&plan, &diffs[0]);
        assert!(text.starts_with("ev-1.json: "), "{text}");
        assert!(diffs[1].changes.is_empty());
        assert!(matches!(&diffs[1].skipped[..], [Skipped::ConflictOfInterest(_)]));
        let merged = apply(&plan, &diffs[0].changes).expect("it lands");
        assert_eq!(merged.scores.len(), 1);

        let stranger = Response::of_evaluator(&scored, &"ev-1".into(), at("2026-04-01T10:00:00Z"));
        let stranger = Response { evaluator: Some("ev-9".into()), scores: vec![], ..stranger };
        let d = &diff(&plan, &[("ev-9.json".into(), stranger)])[0];
        assert_eq!(d.conflicts, vec![Conflict::UnknownEvaluator]);
    }

    #[test]
    fn removing_a_form_or_a_country_takes_what_depends_on_it() {
        let plan = plan_with_actions();
        let after = edit(&plan, Edit::RemoveAction("act-br-1".into())).expect("it lands");
        assert!(after.scores.is_empty() && after.follow_ups.is_empty());
        assert_eq!(after.selection.as_ref().map(|s| s.chosen.len()), Some(0));
        assert_eq!(after.action(&"act-pe-1".into()).and_then(|a| a.linked.clone()), None, "the link to it is cleared");
        let after = edit(&plan, Edit::Delete(RecordRef::Country("pe".into()))).expect("it lands");
        assert!(after.actions.is_empty() && after.scores.is_empty());
        let after = edit(&plan, Edit::SetSchedule(None)).expect("it lands");
        assert!(after.actions.iter().all(|a| a.session.is_none()), "sessions gone: references cleared");
        let Err(problems) =
            edit(&plan, Edit::PutAction(Action { session: Some("s-999".into()), ..plan.actions[0].clone() }))
        else {
            panic!("a session that never was is refused")
        };
        assert_eq!(
            problems[0].to_string(),
            "actions/act-br-1, field “session”: refers to “s-999”, which is not among the sessions"
        );
    }

    #[test]
    fn a_new_action_type_can_be_used_and_a_deleted_offer_leaves_its_forms() {
        let plan = plan_with_actions();
        let mut types = plan.action_types();
        types.push(ActionType { id: "mentoring".into(), labels: BTreeMap::from([("es".into(), "Mentoría".into())]) });
        let plan = edit(&plan, Edit::SetActionTypes(types)).expect("it lands");
        let form = Action { kind: "mentoring".into(), ..plan.actions[0].clone() };
        let plan = edit(&plan, Edit::PutAction(form)).expect("the new type is known");
        assert_eq!(plan.action_type_label(&"mentoring".into(), "en"), "Mentoría");
        let after = edit(&plan, Edit::Delete(RecordRef::Offer("off-br-paa".into()))).expect("it lands");
        assert_eq!(after.actions.len(), 2);
        assert!(after.actions.iter().all(|a| a.offer.is_none() && a.session.is_none()));
    }

    #[test]
    fn adopting_a_selection_starts_the_follow_up_of_its_actions() {
        use rondas::domain::command::selection::adopt;
        let mut plan = plan_with_actions();
        plan.follow_ups.clear();
        let selection = Selection { chosen: vec!["act-br-1".into()], ..plan.selection.clone().unwrap_or_default() };
        let after = adopt(&plan, selection, None).expect("it lands").plan;
        assert_eq!(after.follow_ups.len(), 1);
        assert_eq!(after.follow_ups[0].status, Status::Selected);
    }
}

mod selecting {
    use rondas::domain::demo::demo_plan;
    use rondas::domain::ids::ActionId;
    use rondas::domain::model::{Override, SelectionRules};
    use rondas::domain::select::{propose, Reason};
    use std::collections::{BTreeMap, HashMap};

    fn rules(budget: u64) -> SelectionRules {
        SelectionRules {
            budget,
            currency: "USD".into(),
            max_per_country: Some(2),
            min_per_subregion: true,
            min_per_theme: true,
        }
    }

    #[test]
    fn the_demo_selection_keeps_every_rule_and_explains_every_action() {
        let plan = demo_plan().expect("the demo reads");
        let p = propose(&plan, &rules(60_000), &BTreeMap::new());
        assert!(p.feasible, "{:?}", p.unmet);
        assert!(p.total_cost <= 60_000);
        let mut per_country: HashMap<&str, u32> = HashMap::new();
        for id in &p.chosen {
            let a = plan.action(id).expect("a chosen action exists");
            *per_country.entry(a.receiving.as_str()).or_default() += 1;
        }
        assert!(per_country.values().all(|n| *n <= 2), "{per_country:?}");
        let subregions: std::collections::HashSet<&str> = plan.countries.iter().map(|c| c.subregion.as_str()).collect();
        for s in subregions {
            let covered = p
                .chosen
                .iter()
                .filter_map(|id| plan.action(id))
                .any(|a| plan.country(&a.receiving).is_some_and(|c| c.subregion == s));
            assert!(
                covered || !plan.actions.iter().any(|a| plan.country(&a.receiving).is_some_and(|c| c.subregion == s)),
                "{s}"
            );
        }
        assert_eq!(p.decisions.len(), 50);
        for d in &p.decisions {
            match &d.reason {
                Reason::Best | Reason::Covers { .. } | Reason::Included => assert!(d.selected),
                _ => assert!(!d.selected),
            }
        }
        assert_eq!(propose(&plan, &rules(60_000), &BTreeMap::new()), p, "the same every time");
    }

    #[test]
    fn overrides_put_an_action_in_or_out_whatever_it_scores() {
        let plan = demo_plan().expect("the demo reads");
        let free = propose(&plan, &rules(60_000), &BTreeMap::new());
        let worst_out =
            free.decisions.iter().rev().find(|d| !d.selected && d.cost < 10_000).expect("an action out").action.clone();
        let best_in: ActionId = free.chosen[0].clone();
        let overrides = BTreeMap::from([(worst_out.clone(), Override::Include), (best_in.clone(), Override::Exclude)]);
        let p = propose(&plan, &rules(60_000), &overrides);
        assert!(p.chosen.contains(&worst_out) && !p.chosen.contains(&best_in));
        let reason = |id: &ActionId| p.decisions.iter().find(|d| &d.action == id).map(|d| d.reason.clone());
        assert_eq!(reason(&worst_out), Some(Reason::Included));
        assert_eq!(reason(&best_in), Some(Reason::Excluded));
        assert!(p.total_score <= free.total_score);
    }

    #[test]
    fn a_budget_too_small_for_the_rules_proposes_the_best_without_them() {
        let plan = demo_plan().expect("the demo reads");
        let p = propose(&plan, &rules(400), &BTreeMap::new());
        assert!(!p.feasible && !p.unmet.is_empty());
        assert!(p.total_cost <= 400);
    }
}

#[test]
fn removing_an_evaluator_or_a_criterion_removes_their_scores_and_values() {
    let plan = demo_plan().expect("the demo reads");
    let evaluator = plan.scores[0].evaluator.clone();
    let next = apply(&plan, Edit::RemoveEvaluator(evaluator.clone())).expect("lands");
    assert!(next.scores.iter().all(|s| s.evaluator != evaluator));
    assert!(next.scores.len() < plan.scores.len());

    let mut criteria = plan.criteria();
    let dropped = criteria.remove(0).id;
    let next = apply(&plan, Edit::SetCriteria(criteria)).expect("lands");
    assert_eq!(next.scores.len(), plan.scores.len(), "the scores stay");
    assert!(next.scores.iter().all(|s| !s.values.contains_key(&dropped)), "without the criterion's values");
}
