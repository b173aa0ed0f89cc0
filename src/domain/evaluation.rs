//! The committee's scores summed up: per action the weighted mean and the
//! median of its evaluators' scores, their spread and a disagreement flag;
//! per evaluator how many they scored and how they lean; a ranked list.
//!
//! An evaluator's score of an action is the weighted mean of the criteria
//! they scored (weights of the criteria left out do not count). Scores of
//! an evaluator whose country is a side of the action are a conflict of
//! interest and are left out of everything.

use super::actions::candidates;
use super::ids::{ActionId, EvaluatorId};
use super::model::{Criterion, Plan, Score};
use serde::Serialize;
use std::collections::BTreeMap;

/// A spread (highest minus lowest evaluator score) from which the
/// committee disagrees about an action, on the 1–5 scale.
pub const DISAGREEMENT_SPREAD: f64 = 1.5;

/// One action's scores summed up.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActionSummary {
    pub action: ActionId,
    /// Evaluators whose scores count.
    pub evaluators: usize,
    /// Evaluators kept out by a conflict of interest.
    pub excluded: Vec<EvaluatorId>,
    /// Weighted mean and median of the evaluators' scores (1–5); `None`
    /// when nobody's score counts.
    pub mean: Option<f64>,
    pub median: Option<f64>,
    /// Highest minus lowest evaluator score.
    pub spread: f64,
    /// Whether the spread reaches [`DISAGREEMENT_SPREAD`].
    pub disagreement: bool,
    /// Mean of each criterion over the evaluators who scored it.
    pub by_criterion: BTreeMap<String, f64>,
    /// 1 for the best mean; `None` when unscored.
    pub rank: Option<usize>,
}

/// How one evaluator scored.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EvaluatorSummary {
    pub evaluator: EvaluatorId,
    /// Actions they scored that count, and the candidates they may score.
    pub scored: usize,
    pub eligible: usize,
    /// Actions kept from them by a conflict of interest.
    pub conflicts: usize,
    pub mean: Option<f64>,
    /// Standard deviation of their scores.
    pub stdev: f64,
    /// Mean of (their score − the action's mean): above 0, they score high.
    pub bias: f64,
}

/// The whole committee's evaluation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    /// Every candidate action, best first (ranked, then unscored by id).
    pub actions: Vec<ActionSummary>,
    pub evaluators: Vec<EvaluatorSummary>,
}

impl Summary {
    /// The summary of `action`, if it is a candidate.
    pub fn of(&self, action: &ActionId) -> Option<&ActionSummary> {
        self.actions.iter().find(|a| &a.action == action)
    }
}

/// The weighted mean of the criteria a score gives, if it gives any.
pub fn weighted(score: &Score, criteria: &[Criterion]) -> Option<f64> {
    let (sum, weights) = criteria.iter().fold((0.0, 0.0), |(sum, weights), k| match score.values.get(&k.id) {
        Some(v) => (sum + f64::from(k.weight) * f64::from(*v), weights + f64::from(k.weight)),
        None => (sum, weights),
    });
    (weights > 0.0).then(|| sum / weights)
}

/// Whether `score` counts: its evaluator has no conflict with its action.
pub fn counts(plan: &Plan, score: &Score) -> bool {
    match (plan.evaluator(&score.evaluator), plan.action(&score.action)) {
        (Some(e), Some(a)) => !e.conflicts_with(&a.offering, &a.receiving),
        _ => false,
    }
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

fn median(values: &[f64]) -> Option<f64> {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2]),
        _ => Some((v[n / 2 - 1] + v[n / 2]) / 2.0),
    }
}

/// The committee's evaluation of `plan`'s candidate actions.
pub fn summarize(plan: &Plan) -> Summary {
    let criteria = plan.criteria();
    let mut actions: Vec<ActionSummary> = candidates(plan)
        .into_iter()
        .map(|a| {
            let excluded: Vec<EvaluatorId> = plan
                .evaluators
                .iter()
                .filter(|e| e.conflicts_with(&a.offering, &a.receiving))
                .map(|e| e.id.clone())
                .collect();
            let scores: Vec<&Score> =
                plan.scores.iter().filter(|s| s.action == a.id && !excluded.contains(&s.evaluator)).collect();
            let values: Vec<f64> = scores.iter().filter_map(|s| weighted(s, &criteria)).collect();
            let by_criterion = criteria
                .iter()
                .filter_map(|k| {
                    let given: Vec<f64> =
                        scores.iter().filter_map(|s| s.values.get(&k.id)).map(|v| f64::from(*v)).collect();
                    mean(&given).map(|m| (k.id.to_string(), m))
                })
                .collect();
            let spread = values
                .iter()
                .copied()
                .fold(None, |acc: Option<(f64, f64)>, v| Some(acc.map_or((v, v), |(lo, hi)| (lo.min(v), hi.max(v)))));
            let spread = spread.map_or(0.0, |(lo, hi)| hi - lo);
            ActionSummary {
                action: a.id.clone(),
                evaluators: values.len(),
                excluded,
                mean: mean(&values),
                median: median(&values),
                spread,
                disagreement: spread >= DISAGREEMENT_SPREAD,
                by_criterion,
                rank: None,
            }
        })
        .collect();
    actions.sort_by(|a, b| {
        let key = |s: &ActionSummary| (s.mean.unwrap_or(-1.0), s.median.unwrap_or(-1.0));
        let (ka, kb) = (key(a), key(b));
        kb.0.total_cmp(&ka.0).then(kb.1.total_cmp(&ka.1)).then_with(|| a.action.cmp(&b.action))
    });
    for (i, a) in actions.iter_mut().enumerate() {
        a.rank = a.mean.map(|_| i + 1);
    }
    let evaluators = evaluator_summaries(plan, &actions, &criteria);
    Summary { actions, evaluators }
}

fn evaluator_summaries(plan: &Plan, actions: &[ActionSummary], criteria: &[Criterion]) -> Vec<EvaluatorSummary> {
    let means: BTreeMap<&ActionId, f64> = actions.iter().filter_map(|a| a.mean.map(|m| (&a.action, m))).collect();
    plan.evaluators
        .iter()
        .map(|e| {
            let conflicts = actions.iter().filter(|a| a.excluded.contains(&e.id)).count();
            let mut own = Vec::new();
            let mut gaps = Vec::new();
            for s in plan.scores.iter().filter(|s| s.evaluator == e.id && counts(plan, s)) {
                let (Some(v), Some(m)) = (weighted(s, criteria), means.get(&s.action)) else { continue };
                own.push(v);
                gaps.push(v - m);
            }
            let avg = mean(&own);
            let stdev =
                avg.map_or(0.0, |m| (own.iter().map(|v| (v - m).powi(2)).sum::<f64>() / own.len() as f64).sqrt());
            EvaluatorSummary {
                evaluator: e.id.clone(),
                scored: own.len(),
                eligible: actions.len() - conflicts,
                conflicts,
                mean: avg,
                stdev,
                bias: mean(&gaps).unwrap_or(0.0),
            }
        })
        .collect()
}
