//! The cooperation actions the rounds led to: how many (one per action, the
//! two sides' linked forms counted once), by type, theme and country; their
//! evaluation by the committee; and the funding and follow-up outcomes.

use crate::domain::ids::ActionId;
use crate::domain::model::{code_of, Action, ActionType, Plan, Status};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Every figure about the actions.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ActionFigures {
    /// Potential cooperation actions (linked forms counted once).
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
    pub scores: usize,
    /// Actions with at least one score.
    pub actions_scored: usize,
    /// The mean, over scored actions, of their weighted score (1 to 5).
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
    let groups = distinct(&plan.actions);
    let firsts: Vec<&Action> = groups.iter().map(|g| &plan.actions[g[0]]).collect();
    let mut by_type: Vec<TypeCount> = plan.action_types().into_iter().map(|t| TypeCount { action_type: t, actions: 0 }).collect();
    let mut by_theme: BTreeMap<String, usize> = plan.themes.iter().map(|t| (t.id.to_string(), 0)).collect();
    let mut by_offering = BTreeMap::new();
    let mut by_receiving = BTreeMap::new();
    for a in &firsts {
        if let Some(t) = by_type.iter_mut().find(|t| t.action_type.id == a.kind) {
            t.actions += 1;
        }
        *by_offering.entry(a.offering.to_string()).or_default() += 1;
        *by_receiving.entry(a.receiving.to_string()).or_default() += 1;
        for theme in a.offer.as_ref().and_then(|o| plan.offer(o)).map_or(&[][..], |o| o.themes.as_slice()) {
            *by_theme.entry(theme.to_string()).or_default() += 1;
        }
    }
    let group_of: HashMap<&ActionId, usize> =
        groups.iter().enumerate().flat_map(|(g, members)| members.iter().map(move |&k| (&plan.actions[k].id, g))).collect();
    ActionFigures {
        potential: groups.len(),
        forms: plan.actions.len(),
        both_sides: groups.iter().filter(|g| g.len() > 1).count(),
        by_type,
        by_theme,
        by_offering,
        by_receiving,
        evaluation: evaluation(plan, &group_of, groups.len()),
        funding: funding(plan, &group_of, &firsts),
    }
}

/// The actions' forms grouped by action: a form and the one it links to are
/// the same action. Groups in the order of their first form.
fn distinct(actions: &[Action]) -> Vec<Vec<usize>> {
    let index: HashMap<&ActionId, usize> = actions.iter().enumerate().map(|(k, a)| (&a.id, k)).collect();
    let mut parent: Vec<usize> = (0..actions.len()).collect();
    fn root(parent: &mut [usize], mut k: usize) -> usize {
        while parent[k] != k {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        k
    }
    for (k, a) in actions.iter().enumerate() {
        if let Some(&j) = a.linked.as_ref().and_then(|l| index.get(l)) {
            let (rk, rj) = (root(&mut parent, k), root(&mut parent, j));
            parent[rk.max(rj)] = rk.min(rj);
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of_root: HashMap<usize, usize> = HashMap::new();
    for k in 0..actions.len() {
        let r = root(&mut parent, k);
        let g = *group_of_root.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(k);
    }
    groups
}

/// Scores per action: each score's criteria weighted by the plan's criteria,
/// then the mean of the evaluators' weighted scores.
fn evaluation(plan: &Plan, group_of: &HashMap<&ActionId, usize>, groups: usize) -> Evaluation {
    let weights: HashMap<_, u32> = plan.criteria().into_iter().map(|c| (c.id, c.weight)).collect();
    let mut per_action: Vec<Vec<f64>> = vec![Vec::new(); groups];
    for s in &plan.scores {
        let Some(&g) = group_of.get(&s.action) else { continue };
        let (sum, weight) = s.values.iter().fold((0.0, 0.0), |(sum, weight), (c, &v)| {
            let w = f64::from(weights.get(c).copied().unwrap_or(0));
            (sum + w * f64::from(v), weight + w)
        });
        if weight > 0.0 {
            per_action[g].push(sum / weight);
        }
    }
    let means: Vec<f64> = per_action.iter().filter(|v| !v.is_empty()).map(|v| v.iter().sum::<f64>() / v.len() as f64).collect();
    Evaluation {
        evaluators: plan.evaluators.len(),
        scores: plan.scores.len(),
        actions_scored: means.len(),
        mean_score: (!means.is_empty()).then(|| means.iter().sum::<f64>() / means.len() as f64),
    }
}

fn funding(plan: &Plan, group_of: &HashMap<&ActionId, usize>, firsts: &[&Action]) -> Funding {
    let Some(selection) = &plan.selection else { return Funding::default() };
    let mut chosen: Vec<usize> = selection.chosen.iter().filter_map(|id| group_of.get(id).copied()).collect();
    chosen.sort_unstable();
    chosen.dedup();
    let currency = &selection.rules.currency;
    let mut by_status: BTreeMap<String, usize> =
        Status::ALL.iter().map(|s| (code_of(s), 0)).collect();
    for &g in &chosen {
        let status = plan
            .actions
            .iter()
            .filter(|a| group_of.get(&a.id) == Some(&g))
            .find_map(|a| plan.follow_up(&a.id))
            .map_or(Status::Selected, |f| f.status);
        *by_status.entry(code_of(&status)).or_default() += 1;
    }
    Funding {
        budget: Some(selection.rules.budget),
        currency: currency.clone(),
        chosen: chosen.len(),
        chosen_cost: chosen
            .iter()
            .map(|&g| firsts[g])
            .filter(|a| &a.cost.currency == currency)
            .fold(0u64, |sum, a| sum.saturating_add(a.cost.total())),
        by_status,
    }
}
