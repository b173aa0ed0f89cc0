//! Upper bounds of what the undecided items can still add to a selection,
//! given the budget left and the places left per country. Any valid upper
//! bound keeps branch and bound exact; the tighter it is, the sooner a
//! branch is cut.
//!
//! Without a per-country limit the bound is the LP relaxation of the
//! knapsack (Dantzig: best value per cost first, the first item that does
//! not fit taken in part). With a limit it is the Lagrangian relaxation of
//! the budget: for any price λ ≥ 0 of a unit of money,
//! `λ·room + Σ per country the largest (value − λ·cost) > 0 it may still
//! take` bounds every selection; λ is found by bisection on the sign of the
//! budget's slack (the function is convex in λ, and its minimum is the LP
//! bound that keeps both the budget and the limit), then the bound is
//! evaluated exactly, in integers, at that λ.

/// An undecided item that could still be taken: its country, value, cost.
#[derive(Clone, Copy, Debug)]
pub struct Open {
    pub country: usize,
    pub value: u64,
    pub cost: u64,
}

/// Denominator of the price λ in the exact evaluation.
const SCALE: i128 = 1 << 24;
/// Bisection steps on λ.
const STEPS: u32 = 24;

/// Scratch space, reused from one bound to the next.
#[derive(Default)]
pub struct Bounds {
    open: Vec<Open>,
    /// (reduced value, cost) of one country's items, in floats then integers.
    floats: Vec<(f64, u64)>,
    ints: Vec<i128>,
}

impl Bounds {
    /// The LP bound of `items`, already in order of value per cost, with
    /// `room` left (no per-country limit).
    pub fn dantzig(items: impl Iterator<Item = Open>, room: u64) -> u64 {
        let mut left = room;
        let mut gain = 0u64;
        for item in items.filter(|it| it.cost <= room) {
            if item.cost <= left {
                left -= item.cost;
                gain = gain.saturating_add(item.value);
            } else {
                let part = u128::from(item.value) * u128::from(left) / u128::from(item.cost);
                return gain.saturating_add(part as u64);
            }
        }
        gain
    }

    /// The Lagrangian bound of `items` with `room` left and `places[c]`
    /// more items allowed in country `c`.
    pub fn lagrangian(&mut self, items: impl Iterator<Item = Open>, room: u64, places: &[u32]) -> u64 {
        self.priced(items, room, places).0
    }

    /// The Lagrangian bound and the price λ it was taken at.
    pub fn priced(&mut self, items: impl Iterator<Item = Open>, room: u64, places: &[u32]) -> (u64, f64) {
        self.open.clear();
        self.open.extend(items.filter(|it| it.cost <= room && places[it.country] > 0));
        self.open.sort_unstable_by_key(|it| it.country);
        let (_, slack) = self.at_price(0.0, room, places);
        if slack >= 0.0 {
            return (self.exact(0, room, places), 0.0);
        }
        let ratio = |it: &Open| if it.cost == 0 { 0.0 } else { it.value as f64 / it.cost as f64 };
        let (mut low, mut high) = (0.0, self.open.iter().map(ratio).fold(0.0, f64::max));
        for _ in 0..STEPS {
            let mid = (low + high) / 2.0;
            if self.at_price(mid, room, places).1 < 0.0 {
                low = mid;
            } else {
                high = mid;
            }
        }
        let at = |x: f64| (x * SCALE as f64) as i128;
        let (below, above) = (self.exact(at(low), room, places), self.exact(at(high), room, places));
        if below < above {
            (below, low)
        } else {
            (above, high)
        }
    }

    /// The bound at price `lambda` and the budget's slack there, in floats.
    fn at_price(&mut self, lambda: f64, room: u64, places: &[u32]) -> (f64, f64) {
        let mut total = lambda * room as f64;
        let mut slack = room as f64;
        for group in self.open.chunk_by(|a, b| a.country == b.country) {
            let country = group[0].country;
            self.floats.clear();
            self.floats.extend(
                group.iter().map(|it| (it.value as f64 - lambda * it.cost as f64, it.cost)).filter(|r| r.0 > 0.0),
            );
            let take = (places[country] as usize).min(self.floats.len());
            if take < self.floats.len() {
                self.floats.select_nth_unstable_by(take, |a, b| b.0.total_cmp(&a.0));
            }
            for &(r, cost) in &self.floats[..take] {
                total += r;
                slack -= cost as f64;
            }
        }
        (total, slack)
    }

    /// The bound at price `p / SCALE`, exactly, rounded down.
    fn exact(&mut self, p: i128, room: u64, places: &[u32]) -> u64 {
        let mut total = p.saturating_mul(i128::from(room));
        for group in self.open.chunk_by(|a, b| a.country == b.country) {
            let country = group[0].country;
            self.ints.clear();
            self.ints.extend(
                group
                    .iter()
                    .map(|it| i128::from(it.value) * SCALE - p.saturating_mul(i128::from(it.cost)))
                    .filter(|r| *r > 0),
            );
            let take = (places[country] as usize).min(self.ints.len());
            if take < self.ints.len() {
                self.ints.select_nth_unstable_by(take, |a, b| b.cmp(a));
            }
            total = self.ints[..take].iter().fold(total, |t, r| t.saturating_add(*r));
        }
        u64::try_from(total / SCALE).unwrap_or(u64::MAX)
    }
}
