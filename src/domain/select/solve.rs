//! The exact selection: a 0–1 knapsack with side rules, solved by branch and
//! bound. Items are tried best value per cost first; a branch is cut when
//! an upper bound of what is left (the fractional knapsack, tightened by a
//! Lagrangian bound that keeps the per-country limit) cannot beat the best
//! selection found, or when a required group can no longer be covered. Ties keep the first selection found, so the answer depends only
//! on the problem, never on luck.

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

/// The best selection of a problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Solution {
    /// Indices of the chosen items, in increasing order.
    pub chosen: Vec<usize>,
    pub value: u64,
    pub cost: u64,
    /// Branch-and-bound nodes visited.
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

struct Search<'p> {
    p: &'p Problem,
    /// Free items, best ratio first.
    order: Vec<usize>,
    /// For each group, the last position in `order` of an item covering it.
    last: Vec<Option<usize>>,
    per_country: Vec<u32>,
    covered: Vec<u32>,
    taken: Vec<usize>,
    best: Option<(u64, Vec<usize>)>,
    nodes: u64,
    /// Scratch space of the Lagrangian bound: (country, reduced value).
    reduced: Vec<(usize, i128)>,
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

    /// An upper bound of what the items from position `at` can still add:
    /// the least of two valid bounds. The LP bound (Dantzig: best ratio
    /// first, the first item that does not fit taken in part) ignores the
    /// per-country limit; the Lagrangian bound at the LP's critical ratio λ,
    /// `λ·room + Σ per country the largest (value − λ·cost) > 0 it may
    /// still take`, keeps it. Without a limit the two are equal.
    fn bound(&mut self, at: usize, room: u64) -> u64 {
        let mut left = room;
        let mut gain = 0u64;
        let mut critical = None;
        for &i in &self.order[at..] {
            let item = &self.p.items[i];
            if !self.fits_country(item) {
                continue;
            }
            if item.cost <= left {
                left -= item.cost;
                gain = gain.saturating_add(item.value);
            } else {
                let part = u128::from(item.value) * u128::from(left) / u128::from(item.cost);
                gain = gain.saturating_add(part as u64);
                critical = Some(i);
                break;
            }
        }
        match (self.p.max_per_country, critical) {
            (Some(k), Some(c)) => gain.min(self.lagrangian(at, room, k, c)),
            _ => gain,
        }
    }

    /// The Lagrangian bound with λ = value / cost of item `c`, in whole units.
    fn lagrangian(&mut self, at: usize, room: u64, k: u32, c: usize) -> u64 {
        let (vc, cc) = (i128::from(self.p.items[c].value), i128::from(self.p.items[c].cost));
        self.reduced.clear();
        for &i in &self.order[at..] {
            let item = &self.p.items[i];
            let r = i128::from(item.value) * cc - vc * i128::from(item.cost);
            if r > 0 && self.fits_country(item) {
                self.reduced.push((item.country, r));
            }
        }
        self.reduced.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut total = vc * i128::from(room);
        let mut run = (usize::MAX, 0u32);
        for &(country, r) in &self.reduced {
            run = if run.0 == country { (country, run.1 + 1) } else { (country, 1) };
            if run.1 + self.per_country[country] <= k {
                total += r;
            }
        }
        u64::try_from(total / cc).unwrap_or(u64::MAX)
    }

    /// Whether every required group is covered, or can still be from `at` on.
    fn coverable(&self, at: usize) -> bool {
        self.p.required.iter().all(|&g| self.covered[g] > 0 || self.last[g].is_some_and(|l| l >= at))
    }

    fn covers_all(&self) -> bool {
        self.p.required.iter().all(|&g| self.covered[g] > 0)
    }

    fn dfs(&mut self, at: usize, room: u64, value: u64) {
        self.nodes += 1;
        if self.covers_all() && self.best.as_ref().is_none_or(|(b, _)| value > *b) {
            self.best = Some((value, self.taken.clone()));
        }
        if at == self.order.len() || !self.coverable(at) {
            return;
        }
        if let Some(best) = self.best.as_ref().map(|b| b.0) {
            if value.saturating_add(self.bound(at, room)) <= best {
                return;
            }
        }
        let i = self.order[at];
        let item = &self.p.items[i];
        if item.cost <= room && self.fits_country(item) {
            let (cost, gain) = (item.cost, item.value);
            self.take(i, true);
            self.taken.push(i);
            self.dfs(at + 1, room - cost, value + gain);
            self.taken.pop();
            self.take(i, false);
        }
        self.dfs(at + 1, room, value);
    }
}

/// The selection of greatest total value that keeps the budget and every
/// rule, with all forced items in; `None` when no selection can.
pub fn solve(p: &Problem) -> Option<Solution> {
    let countries = p.items.iter().map(|i| i.country + 1).max().unwrap_or(0);
    let groups = p.items.iter().flat_map(|i| i.groups.iter().map(|g| g + 1)).chain(p.required.iter().map(|g| g + 1));
    let groups = groups.max().unwrap_or(0);
    let mut order: Vec<usize> = (0..p.items.len()).filter(|&i| !p.items[i].forced).collect();
    order.sort_by(|&a, &b| by_ratio(&p.items, a, b));
    let mut last = vec![None; groups];
    for (at, &i) in order.iter().enumerate() {
        p.items[i].groups.iter().for_each(|&g| last[g] = Some(at));
    }
    let mut search = Search {
        p,
        order,
        last,
        per_country: vec![0; countries],
        covered: vec![0; groups],
        taken: Vec::new(),
        best: None,
        nodes: 0,
        reduced: Vec::new(),
    };
    let mut room = p.budget;
    let mut value = 0u64;
    for (i, item) in p.items.iter().enumerate().filter(|(_, it)| it.forced) {
        if item.cost > room || !search.fits_country(item) {
            return None;
        }
        room -= item.cost;
        value = value.saturating_add(item.value);
        search.take(i, true);
        search.taken.push(i);
    }
    search.dfs(0, room, value);
    let nodes = search.nodes;
    search.best.map(|(value, mut chosen)| {
        chosen.sort_unstable();
        let cost = chosen.iter().map(|&i| p.items[i].cost).sum();
        Solution { chosen, value, cost, nodes }
    })
}
