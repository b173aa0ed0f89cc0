//! The selection: a 0–1 knapsack with side rules, solved by depth-first
//! branch and bound within a work limit (nodes, so the answer is the same on
//! every machine). A branch is cut when an upper bound of what is left (see
//! [`super::bound`]) cannot beat the best selection found, when the groups
//! still to cover can no longer be (none of their items left, or covering
//! them costs more than the budget left), or when an item is dominated by
//! one left out before it. When the search ends within the limit, the best
//! found is optimal; otherwise the greatest bound of the branches left open
//! says how much better a selection could be at most. Ties keep the first
//! selection found, so the answer depends only on the problem.

use super::bound::{Bounds, Open};
use std::cmp::Ordering;

/// One action, as the solver sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// What choosing it is worth (its score, scaled to a whole number).
    pub value: u64,
    pub cost: u64,
    /// Index of its country, for the per-country limit.
    pub country: usize,
    /// Groups it covers (sub-regions, themes), as indices.
    pub groups: Vec<usize>,
    /// Chosen whatever it costs (the organizer's override).
    pub forced: bool,
}

/// A selection problem.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Problem {
    pub items: Vec<Item>,
    pub budget: u64,
    /// At most this many items per country.
    pub max_per_country: Option<u32>,
    /// Groups the selection must each cover at least once.
    pub required: Vec<usize>,
}

/// A selection that keeps the budget and every rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Solution {
    /// Indices of the chosen items, in increasing order.
    pub chosen: Vec<usize>,
    pub value: u64,
    pub cost: u64,
}

/// What a search within a work limit established.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The best selection found, if any.
    pub best: Option<Solution>,
    /// No selection the problem admits is worth more: the best's value when
    /// the search is complete, else the least bound of what it left open.
    pub bound: u64,
    /// Whether the search ran to its end: the best is then optimal (or, with
    /// none, no selection keeps every rule).
    pub complete: bool,
    /// Branch-and-bound nodes visited (at most the work limit).
    pub nodes: u64,
}

impl Problem {
    /// Whether `chosen` keeps the budget and every rule (forced items included).
    pub fn admits(&self, chosen: &[usize]) -> bool {
        let cost: u128 = chosen.iter().map(|&i| u128::from(self.items[i].cost)).sum();
        let mut per_country = std::collections::HashMap::new();
        for &i in chosen {
            *per_country.entry(self.items[i].country).or_insert(0u32) += 1;
        }
        let within = |n: &u32| self.max_per_country.is_none_or(|k| *n <= k);
        let forced = self.items.iter().enumerate().all(|(i, it)| !it.forced || chosen.contains(&i));
        let covered = self.required.iter().all(|g| chosen.iter().any(|&i| self.items[i].groups.contains(g)));
        cost <= u128::from(self.budget) && per_country.values().all(within) && forced && covered
    }
}

/// Best value per cost first; free items first; then higher value, then index.
fn by_ratio(items: &[Item], a: usize, b: usize) -> Ordering {
    let (x, y) = (&items[a], &items[b]);
    let left = u128::from(y.value) * u128::from(x.cost);
    let right = u128::from(x.value) * u128::from(y.cost);
    left.cmp(&right).then(y.value.cmp(&x.value)).then(a.cmp(&b))
}

/// An item as the bounds see it.
fn open(item: &Item) -> Open {
    Open { country: item.country, value: item.value, cost: item.cost }
}

/// Whether item `i` dominates item `j`: worth as much, costs no more,
/// covers every group `j` covers, and (under a per-country limit) is of the
/// same country. Swapping `j` for `i` then never makes a selection worse.
fn dominates(p: &Problem, i: usize, j: usize) -> bool {
    let (a, b) = (&p.items[i], &p.items[j]);
    a.value >= b.value
        && a.cost <= b.cost
        && (p.max_per_country.is_none() || a.country == b.country)
        && b.groups.iter().all(|g| a.groups.contains(g))
}

struct Search<'p> {
    p: &'p Problem,
    /// Free items, in the order they are decided.
    order: Vec<usize>,
    /// For each position, the earlier positions whose items dominate its
    /// item: it is taken only after all of them (some best selection does).
    dominators: Vec<Vec<usize>>,
    /// For each group, the last position of an item covering it.
    last: Vec<Option<usize>>,
    per_country: Vec<u32>,
    covered: Vec<u32>,
    /// Whether the item at each position is taken, on the current path.
    taken_at: Vec<bool>,
    taken: Vec<usize>,
    best: Option<(u64, Vec<usize>)>,
    nodes: u64,
    limit: u64,
    /// The greatest bound of a branch left unexplored when the work ran out.
    open: Option<u64>,
    bounds: Bounds,
    /// Places left per country, for the bound.
    places: Vec<u32>,
    /// Whether each group is required.
    required: Vec<bool>,
    /// Scratch space of [`Self::coverable`]: per group, the least share.
    share: Vec<f64>,
}

impl Search<'_> {
    fn fits_country(&self, item: &Item) -> bool {
        self.p.max_per_country.is_none_or(|k| self.per_country[item.country] < k)
    }

    fn take(&mut self, i: usize, sign: bool) {
        let item = &self.p.items[i];
        if sign {
            self.per_country[item.country] += 1;
            item.groups.iter().for_each(|g| self.covered[*g] += 1);
        } else {
            self.per_country[item.country] -= 1;
            item.groups.iter().for_each(|g| self.covered[*g] -= 1);
        }
    }

    /// An upper bound of what the items from position `at` can still add
    /// (see [`super::bound`]).
    fn bound(&mut self, at: usize, room: u64) -> u64 {
        let items = self.order[at..].iter().map(|&i| open(&self.p.items[i]));
        match self.p.max_per_country {
            None => Bounds::dantzig(items, room),
            Some(k) => {
                self.places.clear();
                self.places.extend(self.per_country.iter().map(|n| k.saturating_sub(*n)));
                self.bounds.lagrangian(items, room, &self.places)
            }
        }
    }

    /// Whether every required group is covered, or can still be from `at` on
    /// with `room` left. Covering the groups still open costs at least the
    /// sum, over them, of the least share of an item's cost per open group
    /// it covers (exact when each item covers one group).
    fn coverable(&mut self, at: usize, room: u64) -> bool {
        let uncovered = |g: &usize| self.covered[*g] == 0;
        if !self.p.required.iter().filter(|g| uncovered(g)).all(|&g| self.last[g].is_some_and(|l| l >= at)) {
            return false;
        }
        self.share.iter_mut().for_each(|s| *s = f64::INFINITY);
        for &i in &self.order[at..] {
            let item = &self.p.items[i];
            if item.cost > room || !self.fits_country(item) {
                continue;
            }
            let n = item.groups.iter().filter(|g| self.required[**g] && uncovered(g)).count();
            for &g in item.groups.iter().filter(|g| self.required[**g] && uncovered(g)) {
                self.share[g] = self.share[g].min(item.cost as f64 / n as f64);
            }
        }
        let need: f64 = self.p.required.iter().filter(|g| uncovered(g)).map(|&g| self.share[g]).sum();
        need <= room as f64 * (1.0 + 1e-9) + 1e-6
    }

    fn covers_all(&self) -> bool {
        self.p.required.iter().all(|&g| self.covered[g] > 0)
    }

    fn dfs(&mut self, at: usize, room: u64, value: u64) {
        if self.nodes >= self.limit {
            // Out of work: this branch stays open, worth at most its bound.
            if self.coverable(at, room) {
                let bound = value.saturating_add(self.bound(at, room));
                self.open = Some(self.open.map_or(bound, |b| b.max(bound)));
            }
            return;
        }
        self.nodes += 1;
        if self.covers_all() && self.best.as_ref().is_none_or(|(b, _)| value > *b) {
            self.best = Some((value, self.taken.clone()));
        }
        if at == self.order.len() || !self.coverable(at, room) {
            return;
        }
        if let Some(best) = self.best.as_ref().map(|b| b.0) {
            if value.saturating_add(self.bound(at, room)) <= best {
                return;
            }
        }
        let i = self.order[at];
        let item = &self.p.items[i];
        let free = self.dominators[at].iter().all(|&d| self.taken_at[d]);
        if free && item.cost <= room && self.fits_country(item) {
            let (cost, gain) = (item.cost, item.value);
            self.take(i, true);
            self.taken.push(i);
            self.taken_at[at] = true;
            self.dfs(at + 1, room - cost, value.saturating_add(gain));
            self.taken_at[at] = false;
            self.taken.pop();
            self.take(i, false);
        }
        self.dfs(at + 1, room, value);
    }
}

/// The order in which free items are decided: best value per cost first;
/// under a per-country limit, greatest value less its cost at the root's
/// price of money first (the items the relaxation takes whole come first).
fn decision_order(p: &Problem) -> Vec<usize> {
    let mut order: Vec<usize> = (0..p.items.len()).filter(|&i| !p.items[i].forced).collect();
    order.sort_by(|&a, &b| by_ratio(&p.items, a, b));
    if let Some(k) = p.max_per_country {
        let countries = p.items.iter().map(|i| i.country + 1).max().unwrap_or(0);
        let (_, price) =
            Bounds::default().priced(order.iter().map(|&i| open(&p.items[i])), p.budget, &vec![k; countries]);
        let reduced = |i: usize| p.items[i].value as f64 - price * p.items[i].cost as f64;
        order.sort_by(|&a, &b| reduced(b).total_cmp(&reduced(a)).then(by_ratio(&p.items, a, b)));
    }
    order
}

/// The selection of greatest total value that keeps the budget and every
/// rule, with all forced items in, searched within `limit` nodes: the best
/// found and how far from the optimum it can be at most.
pub fn solve(p: &Problem, limit: u64) -> Outcome {
    let countries = p.items.iter().map(|i| i.country + 1).max().unwrap_or(0);
    let groups = p.items.iter().flat_map(|i| i.groups.iter().map(|g| g + 1)).chain(p.required.iter().map(|g| g + 1));
    let groups = groups.max().unwrap_or(0);
    let order = decision_order(p);
    let mut last = vec![None; groups];
    for (at, &i) in order.iter().enumerate() {
        p.items[i].groups.iter().for_each(|&g| last[g] = Some(at));
    }
    let dominators = (0..order.len()).map(|j| (0..j).filter(|&i| dominates(p, order[i], order[j])).collect()).collect();
    let mut search = Search {
        p,
        taken_at: vec![false; order.len()],
        order,
        dominators,
        last,
        per_country: vec![0; countries],
        covered: vec![0; groups],
        taken: Vec::new(),
        best: None,
        nodes: 0,
        limit,
        open: None,
        bounds: Bounds::default(),
        places: Vec::new(),
        required: (0..groups).map(|g| p.required.contains(&g)).collect(),
        share: vec![f64::INFINITY; groups],
    };
    let infeasible = Outcome { best: None, bound: 0, complete: true, nodes: 0 };
    let mut room = p.budget;
    let mut value = 0u64;
    for (i, item) in p.items.iter().enumerate().filter(|(_, it)| it.forced) {
        if item.cost > room || !search.fits_country(item) {
            return infeasible;
        }
        room -= item.cost;
        value = value.saturating_add(item.value);
        search.take(i, true);
        search.taken.push(i);
    }
    search.dfs(0, room, value);
    let best = search.best.map(|(value, mut chosen)| {
        chosen.sort_unstable();
        let cost = chosen.iter().map(|&i| p.items[i].cost).sum();
        Solution { chosen, value, cost }
    });
    let found = best.as_ref().map_or(0, |b| b.value);
    Outcome {
        bound: search.open.map_or(found, |b| b.max(found)),
        complete: search.open.is_none_or(|b| best.is_some() && b <= found),
        best,
        nodes: search.nodes,
    }
}
