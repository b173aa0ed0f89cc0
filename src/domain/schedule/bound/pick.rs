//! The exhaustive pick of a repeating offer's sessions in one slot class:
//! how many in each room class, when there are few ways to choose.

/// Most ways of picking a repeating offer's sessions in a slot class for
/// the exact search; past it, the offer is relaxed slot by slot.
pub(super) const MAX_WAYS: u64 = 512;

/// Multisets of at most `n` items among `k` kinds: C(n + k, k), saturating.
pub(super) fn multisets(n: u64, k: u64) -> u64 {
    (1..=k).fold(1u64, |acc, j| acc.saturating_mul(n + j) / j)
}

/// A room class as a repeating offer sees it in a slot class: seats, cost
/// of a session there, rooms it may take.
#[derive(Clone, Copy, Debug)]
pub(super) struct Way {
    pub(super) cap: usize,
    pub(super) cost: f64,
    pub(super) rooms: usize,
}

/// What bounds a pick: sessions, minimum attendees per session, interests
/// with a positive reduced weight, interests available.
#[derive(Clone, Copy, Debug)]
pub(super) struct Limits {
    pub(super) most: usize,
    pub(super) min: usize,
    pub(super) positive: usize,
    pub(super) available: usize,
}

/// The search of [`best_pick`]: counts per room class, the best value and
/// its counts.
pub(super) struct Pick {
    pub(super) counts: Vec<usize>,
    pub(super) best: f64,
    pub(super) best_counts: Vec<usize>,
}

/// Tries every number of sessions in room classes `k..`, given those
/// chosen before (`sessions`, `seats`, `cost`), keeping the best value:
/// the best prefix of the reduced weights the seats allow, less the cost.
pub(super) fn best_pick(
    ways: &[Way],
    prefix: &[f64],
    limits: Limits,
    k: usize,
    so_far: (usize, usize, f64),
    pick: &mut Pick,
) {
    let (sessions, seats, cost) = so_far;
    if k == ways.len() {
        if sessions > 0 && sessions * limits.min <= limits.available {
            let filled = limits.positive.clamp(sessions * limits.min, seats.min(limits.available));
            let v = prefix[filled.min(prefix.len() - 1)] - cost;
            if v > pick.best {
                pick.best = v;
                pick.best_counts.clone_from(&pick.counts);
            }
        }
        return;
    }
    let way = ways[k];
    for n in 0..=way.rooms.min(limits.most - sessions) {
        pick.counts[k] = n;
        let next = (sessions + n, seats + n * way.cap, cost + n as f64 * way.cost);
        best_pick(ways, prefix, limits, k + 1, next, pick);
    }
    pick.counts[k] = 0;
}
