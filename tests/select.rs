//! The selection is exact: on many small random problems its value equals
//! the best a brute force finds, it keeps every rule, and it is the same on
//! every run and whatever the order of the actions.

use rondas::domain::rng::Rng;
use rondas::domain::select::solve::{solve, Item, Problem};

/// A random problem of `n` items: values 1–5000, costs 0–100, 1–4
/// countries, 0–4 groups, sometimes a per-country limit and a forced item.
fn random_problem(seed: u64, n: usize) -> Problem {
    let mut rng = Rng::from_state(seed);
    let countries = 1 + rng.below(4);
    let groups = rng.below(5);
    let items: Vec<Item> = (0..n)
        .map(|_| Item {
            value: 1 + rng.below(5000) as u64,
            cost: rng.below(101) as u64,
            country: rng.below(countries),
            groups: (0..groups).filter(|_| rng.below(3) == 0).collect(),
            forced: rng.below(12) == 0,
        })
        .collect();
    let total: u64 = items.iter().map(|i| i.cost).sum();
    Problem {
        budget: rng.below(total.max(1) as usize) as u64,
        max_per_country: (rng.below(2) == 0).then(|| 1 + rng.below(3) as u32),
        required: (0..groups).filter(|_| rng.below(2) == 0).collect(),
        items,
    }
}

/// The best value over every subset that the problem admits.
fn brute_force(p: &Problem) -> Option<u64> {
    let n = p.items.len();
    (0u32..1 << n)
        .map(|mask| (0..n).filter(|i| mask & (1 << i) != 0).collect::<Vec<usize>>())
        .filter(|chosen| p.admits(chosen))
        .map(|chosen| chosen.iter().map(|&i| p.items[i].value).sum())
        .max()
}

#[test]
fn the_selection_is_optimal_on_many_small_random_problems() {
    let mut feasible = 0;
    for seed in 0..1500 {
        let p = random_problem(seed, 1 + (seed % 12) as usize);
        let best = brute_force(&p);
        let found = solve(&p);
        assert_eq!(found.as_ref().map(|s| s.value), best, "seed {seed}: {p:?}");
        if let Some(s) = found {
            feasible += 1;
            assert!(p.admits(&s.chosen), "seed {seed}: the selection breaks a rule");
            let value: u64 = s.chosen.iter().map(|&i| p.items[i].value).sum();
            let cost: u64 = s.chosen.iter().map(|&i| p.items[i].cost).sum();
            assert_eq!((s.value, s.cost), (value, cost), "seed {seed}");
        }
    }
    assert!(feasible > 1000, "too few feasible problems to mean much: {feasible}");
}

#[test]
fn the_selection_is_the_same_on_every_run_and_in_any_order() {
    for seed in 0..200 {
        let p = random_problem(seed, 16);
        let first = solve(&p);
        assert_eq!(solve(&p), first, "seed {seed}");
        let mut reversed = p.clone();
        reversed.items.reverse();
        let n = p.items.len();
        let back = solve(&reversed).map(|s| {
            let mut chosen: Vec<usize> = s.chosen.iter().map(|i| n - 1 - i).collect();
            chosen.sort_unstable();
            (s.value, chosen)
        });
        assert_eq!(back.as_ref().map(|b| b.0), first.as_ref().map(|s| s.value), "seed {seed}");
    }
}

#[test]
fn forced_items_that_break_the_budget_leave_no_selection() {
    let item = |cost, forced| Item { value: 10, cost, country: 0, groups: vec![], forced };
    let p = Problem { items: vec![item(80, true), item(30, true)], budget: 100, ..Problem::default() };
    assert_eq!(solve(&p), None);
    let p =
        Problem { items: vec![item(80, true), item(30, false), item(20, false)], budget: 100, ..Problem::default() };
    assert_eq!(solve(&p).map(|s| s.chosen), Some(vec![0, 2]));
}
