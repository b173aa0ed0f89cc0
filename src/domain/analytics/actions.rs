//! The cooperation actions the rounds led to: how many (the committee's
//! candidates: two sides' linked forms count once), by type, theme and
//! country; their evaluation by the committee; and the funding and
//! follow-up outcomes.

use crate::domain::actions::{candidates, counterpart_of, other_form};
use crate::domain::evaluation::{counts, summarize};
use crate::domain::model::{code_of, Action, ActionType, Plan, Status};
use serde::Serialize;
use std::collections::BTreeMap;

/// Every figure about the actions.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ActionFigures {
    /// Potential cooperation actions: the candidates of [`candidates`].
    pub potential: usize,
    /// Forms registered, and actions registered by both sides.
    pub forms: usize,
    pub both_sides: usize,
    /// Actions by type (every type in force listed, in its order), by theme
    /// id of their offer (every theme listed), by offering and by receiving
    /// country id.
    pub by_type: Vec<TypeCount>,
    pub by_theme: BTreeMap<String, usize>,
    pub by_offering: BTreeMap<String, usize>,
    pub by_receiving: BTreeMap<String, usize>,
    pub evaluation: Evaluation,
    pub funding: Funding,
}

/// How many actions are of one type.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TypeCount {
    pub action_type: ActionType,
    pub actions: usize,
}

/// What the committee did.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Evaluation {
    pub evaluators: usize,
    /// Scores that count (no conflict of interest), and the actions with at
    /// least one.
    pub scores: usize,
    pub actions_scored: usize,
    /// The mean, over scored actions, of their weighted mean score (1 to 5).
    pub mean_score: Option<f64>,
}

/// What was chosen, what it costs, and where the chosen actions stand.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Funding {
    /// The selection's budget and currency (none before a selection).
    pub budget: Option<u64>,
    pub currency: String,
    /// Actions chosen, and their total cost in the budget's currency.
    pub chosen: usize,
    pub chosen_cost: u64,
    /// Chosen actions by follow-up status code (`selected` when none recorded).
    pub by_status: BTreeMap<String, usize>,
}

/// The action figures of `plan`.
pub fn of(plan: &Plan) -> ActionFigures {
    let candidates = candidates(plan);
    let mut by_type: Vec<TypeCount> =
        plan.action_types().into_iter().map(|t| TypeCount { action_type: t, actions: 0 }).collect();
    let mut by_theme: BTreeMap<String, usize> = plan.themes.iter().map(|t| (t.id.to_string(), 0)).collect();
    let mut by_offering = BTreeMap::new();
    let mut by_receiving = BTreeMap::new();
    for a in &candidates {
        if let Some(t) = by_type.iter_mut().find(|t| t.action_type.id == a.kind) {
            t.actions += 1;
        }
        *by_offering.entry(a.offering.to_string()).or_default() += 1;
        *by_receiving.entry(a.receiving.to_string()).or_default() += 1;
        for theme in a.offer.as_ref().and_then(|o| plan.offer(o)).map_or(&[][..], |o| o.themes.as_slice()) {
            *by_theme.entry(theme.to_string()).or_default() += 1;
        }
    }
    ActionFigures {
        potential: candidates.len(),
        forms: plan.actions.len(),
        both_sides: candidates.iter().filter(|a| other_form(plan, a).is_some()).count(),
        by_type,
        by_theme,
        by_offering,
        by_receiving,
        evaluation: evaluation(plan),
        funding: funding(plan),
    }
}

/// The committee's figures, from [`crate::domain::evaluation::summarize`].
fn evaluation(plan: &Plan) -> Evaluation {
    let means: Vec<f64> = summarize(plan).actions.iter().filter_map(|a| a.mean).collect();
    Evaluation {
        evaluators: plan.evaluators.len(),
        scores: plan.scores.iter().filter(|s| counts(plan, s)).count(),
        actions_scored: means.len(),
        mean_score: (!means.is_empty()).then(|| means.iter().sum::<f64>() / means.len() as f64),
    }
}

/// The chosen candidates (a counterpart form stands for its action), their
/// cost in the budget's currency, and their follow-up status (either form's).
fn funding(plan: &Plan) -> Funding {
    let Some(selection) = &plan.selection else { return Funding::default() };
    let mut chosen: Vec<&Action> = selection
        .chosen
        .iter()
        .filter_map(|id| plan.action(id))
        .map(|a| counterpart_of(plan, a).unwrap_or(a))
        .collect();
    chosen.sort_by(|a, b| a.id.cmp(&b.id));
    chosen.dedup_by(|a, b| a.id == b.id);
    let currency = &selection.rules.currency;
    let mut by_status: BTreeMap<String, usize> = Status::ALL.iter().map(|s| (code_of(s), 0)).collect();
    for a in &chosen {
        let status = plan
            .follow_up(&a.id)
            .or_else(|| other_form(plan, a).and_then(|o| plan.follow_up(&o.id)))
            .map_or(Status::Selected, |f| f.status);
        *by_status.entry(code_of(&status)).or_default() += 1;
    }
    Funding {
        budget: Some(selection.rules.budget),
        currency: currency.clone(),
        chosen: chosen.len(),
        chosen_cost: chosen
            .iter()
            .filter(|a| &a.cost.currency == currency)
            .fold(0u64, |sum, a| sum.saturating_add(a.cost.total())),
        by_status,
    }
}
