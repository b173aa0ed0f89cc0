//! The proposed selection of actions to fund: the candidates of greatest
//! total score within the budget and the rules (exact, see [`solve`]), and
//! why each action is in or out.
//!
//! An action's value is its committee mean (see
//! [`crate::domain::evaluation`]) in thousandths, its cost the total of its
//! form. Actions the organizer excludes, costed in another currency or not
//! scored yet are left out before solving; actions the organizer includes
//! are in whatever they cost. When the sub-region or theme rules cannot all
//! be kept, the best selection without them is proposed and the groups left
//! uncovered are listed.

pub mod bound;
pub mod solve;

use super::evaluation::{summarize, Summary};
use super::ids::{ActionId, CountryId};
use super::model::{Action, Override, Plan, SelectionRules};
use serde::{Deserialize, Serialize};
use solve::{Item, Problem};
use std::collections::BTreeMap;

/// Why an action is in the proposal or out of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Reason {
    /// In: the organizer includes it.
    Included,
    /// In: part of the best selection.
    Best,
    /// In: the only chosen action of a sub-region or theme the rules require.
    Covers { group: String },
    /// Out: the organizer excludes it.
    Excluded,
    /// Out: costed in another currency than the budget.
    OtherCurrency { currency: String },
    /// Out: no evaluator's score counts yet.
    NotScored,
    /// Out: it costs more than the whole budget.
    OverBudget,
    /// Out: its receiving country already has the most actions allowed.
    CountryLimit { country: CountryId },
    /// Out: it costs `short` more than the budget left by the selection.
    DoesNotFit { short: u64 },
    /// Out: it fits, but the selection is no better with it.
    NotBetter,
}

/// One candidate's place in the proposal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub action: ActionId,
    pub selected: bool,
    #[serde(flatten)]
    pub reason: Reason,
    /// Committee mean (1–5), if scored.
    pub score: Option<f64>,
    pub cost: u64,
}

/// The proposed selection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    pub budget: u64,
    pub currency: String,
    /// The chosen actions, best score first.
    pub chosen: Vec<ActionId>,
    pub total_cost: u64,
    /// Sum of the chosen actions' committee means.
    pub total_score: f64,
    /// Whether every rule is kept; when not, `unmet` lists the sub-regions
    /// (`subregion:Andina`) and themes (`theme:care-systems`) left uncovered,
    /// or `included` when the included actions alone break the budget or limit.
    pub feasible: bool,
    pub unmet: Vec<String>,
    /// Every candidate, chosen first, each group by score.
    pub decisions: Vec<Decision>,
    /// Whether the selection is proven the best the rules allow.
    pub proven_optimal: bool,
    /// No selection keeping the rules scores more than this (the total
    /// score when proven optimal).
    pub score_bound: f64,
    /// How much more score a selection could have at most: `score_bound`
    /// less the proposal's score, 0 when proven optimal.
    pub gap: f64,
    /// Branch-and-bound nodes visited (see [`WORK_LIMIT`]).
    pub nodes: u64,
}

/// The work a search may do, in nodes times candidates (a node's bound looks
/// at every candidate): counted, not timed, so a proposal is the same on
/// every machine. When the search ends within it, the proposal is proven
/// optimal; otherwise it is the best found, with a proven bound of what any
/// selection could score. About half a second natively, whatever the size.
pub const WORK_LIMIT: u64 = 5_000_000;

/// The position of `x` in `list`, where it is added if missing.
fn index<T: PartialEq>(list: &mut Vec<T>, x: T) -> usize {
    list.iter().position(|y| *y == x).unwrap_or_else(|| {
        list.push(x);
        list.len() - 1
    })
}

/// A candidate before solving: its item, or why it is out already.
enum Entry<'p> {
    Item(&'p Action, Item),
    Out(&'p Action, Reason),
}

/// The proposal for `plan` under `rules` and the organizer's `overrides`.
pub fn propose(plan: &Plan, rules: &SelectionRules, overrides: &BTreeMap<ActionId, Override>) -> Proposal {
    let summary = summarize(plan);
    let mut countries: Vec<&CountryId> = Vec::new();
    let mut groups: Vec<String> = Vec::new();
    let entries: Vec<Entry> = super::actions::candidates(plan)
        .into_iter()
        .map(|a| {
            let mean = summary.of(&a.id).and_then(|s| s.mean);
            let forced = overrides.get(&a.id) == Some(&Override::Include);
            let out = match overrides.get(&a.id) {
                Some(Override::Exclude) => Some(Reason::Excluded),
                _ if a.cost.currency != rules.currency && a.cost.total() > 0 => {
                    Some(Reason::OtherCurrency { currency: a.cost.currency.clone() })
                }
                _ if mean.is_none() && !forced => Some(Reason::NotScored),
                _ => None,
            };
            if let Some(reason) = out {
                return Entry::Out(a, reason);
            }
            let country = index(&mut countries, &a.receiving);
            let mut covers = Vec::new();
            let subregion = plan.country(&a.receiving).map(|c| c.subregion.trim()).unwrap_or_default();
            if rules.min_per_subregion && !subregion.is_empty() {
                covers.push(index(&mut groups, format!("subregion:{subregion}")));
            }
            if rules.min_per_theme {
                for t in a.offer.as_ref().and_then(|o| plan.offer(o)).map(|o| o.themes.clone()).unwrap_or_default() {
                    covers.push(index(&mut groups, format!("theme:{t}")));
                }
            }
            let value = (mean.unwrap_or(0.0) * 1000.0).round() as u64;
            Entry::Item(a, Item { value, cost: a.cost.total(), country, groups: covers, forced })
        })
        .collect();
    let items: Vec<Item> =
        entries.iter().filter_map(|e| if let Entry::Item(_, it) = e { Some(it.clone()) } else { None }).collect();
    let mut problem = Problem {
        items,
        budget: rules.budget,
        max_per_country: rules.max_per_country,
        required: (0..groups.len()).collect(),
    };
    let mut unmet = Vec::new();
    let limit = WORK_LIMIT / (problem.items.len() as u64 + 1);
    let mut outcome = solve::solve(&problem, limit);
    if outcome.best.is_none() {
        // No selection keeps every rule (or none was found): the best without
        // the sub-region and theme rules, with the groups it leaves uncovered.
        problem.required.clear();
        let strict = outcome.clone();
        outcome = solve::solve(&problem, limit);
        outcome.nodes += strict.nodes;
        outcome.complete &= strict.complete;
        if outcome.best.is_none() {
            unmet.push("included".to_owned());
        }
    }
    let chosen_items: Vec<usize> = match &outcome.best {
        Some(s) => s.chosen.clone(),
        None => (0..problem.items.len()).filter(|&i| problem.items[i].forced).collect(),
    };
    if outcome.best.is_some() {
        let covered = |g: usize| chosen_items.iter().any(|&i| problem.items[i].groups.contains(&g));
        unmet.extend((0..groups.len()).filter(|&g| !covered(g)).map(|g| groups[g].clone()));
    }
    let mut proposal = explain(&summary, entries, &problem, &chosen_items, &groups, rules, unmet);
    let value = outcome.best.as_ref().map_or(0, |b| b.value);
    proposal.proven_optimal = outcome.complete;
    proposal.nodes = outcome.nodes;
    if !outcome.complete {
        proposal.gap = outcome.bound.saturating_sub(value) as f64 / 1000.0;
    }
    proposal.score_bound = proposal.total_score + proposal.gap;
    proposal
}

fn explain(
    summary: &Summary,
    entries: Vec<Entry>,
    problem: &Problem,
    chosen: &[usize],
    groups: &[String],
    rules: &SelectionRules,
    unmet: Vec<String>,
) -> Proposal {
    let total_cost: u64 = chosen.iter().map(|&i| problem.items[i].cost).sum();
    let left = rules.budget.saturating_sub(total_cost);
    let mut per_country = vec![0u32; problem.items.iter().map(|i| i.country + 1).max().unwrap_or(0)];
    chosen.iter().for_each(|&i| per_country[problem.items[i].country] += 1);
    let score = |a: &Action| summary.of(&a.id).and_then(|s| s.mean);
    let mut decisions = Vec::new();
    let mut item_at = 0;
    for entry in entries {
        let (action, selected, reason) = match entry {
            Entry::Out(a, reason) => (a, false, reason),
            Entry::Item(a, item) => {
                let i = item_at;
                item_at += 1;
                let selected = chosen.contains(&i);
                let reason = if item.forced {
                    Reason::Included
                } else if selected {
                    let only = item
                        .groups
                        .iter()
                        .find(|g| chosen.iter().filter(|&&j| problem.items[j].groups.contains(g)).count() == 1);
                    only.map_or(Reason::Best, |g| Reason::Covers { group: groups[*g].clone() })
                } else if item.cost > rules.budget {
                    Reason::OverBudget
                } else if rules.max_per_country.is_some_and(|k| per_country[item.country] >= k) {
                    Reason::CountryLimit { country: a.receiving.clone() }
                } else if item.cost > left {
                    Reason::DoesNotFit { short: item.cost - left }
                } else {
                    Reason::NotBetter
                };
                (a, selected, reason)
            }
        };
        decisions.push(Decision {
            action: action.id.clone(),
            selected,
            reason,
            score: score(action),
            cost: action.cost.total(),
        });
    }
    decisions.sort_by(|a, b| {
        b.selected
            .cmp(&a.selected)
            .then(b.score.unwrap_or(-1.0).total_cmp(&a.score.unwrap_or(-1.0)))
            .then_with(|| a.action.cmp(&b.action))
    });
    let chosen_ids: Vec<ActionId> = decisions.iter().filter(|d| d.selected).map(|d| d.action.clone()).collect();
    let total_score = decisions.iter().filter(|d| d.selected).filter_map(|d| d.score).sum::<f64>() + 0.0;
    Proposal {
        budget: rules.budget,
        currency: rules.currency.clone(),
        chosen: chosen_ids,
        total_cost,
        total_score,
        feasible: unmet.is_empty(),
        unmet,
        decisions,
        proven_optimal: true,
        score_bound: total_score,
        gap: 0.0,
        nodes: 0,
    }
}
