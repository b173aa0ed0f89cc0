//! The selection is exact when it says so: on many small random problems a
//! complete search's value equals the best a brute force finds; a search
//! cut short by its work limit keeps every rule and bounds the optimum
//! from above; both are the same on every run and whatever the order of
//! the actions.

use rondas::domain::rng::Rng;
use rondas::domain::select::solve::{solve, Item, Outcome, Problem};

/// Work enough for every small problem here.
const PLENTY: u64 = 1 << 40;

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

/// The best selection's value, after checking it keeps every rule and its
/// value and cost add up.
fn checked_value(p: &Problem, out: &Outcome, seed: u64) -> Option<u64> {
    let s = out.best.as_ref()?;
    assert!(p.admits(&s.chosen), "seed {seed}: the selection breaks a rule");
    let value: u64 = s.chosen.iter().map(|&i| p.items[i].value).sum();
    let cost: u64 = s.chosen.iter().map(|&i| p.items[i].cost).sum();
    assert_eq!((s.value, s.cost), (value, cost), "seed {seed}");
    assert!(out.bound >= s.value, "seed {seed}: the bound is below the selection");
    Some(s.value)
}

#[test]
fn the_selection_is_optimal_on_many_small_random_problems() {
    let mut feasible = 0;
    for seed in 0..1500 {
        let p = random_problem(seed, 1 + (seed % 12) as usize);
        let best = brute_force(&p);
        let out = solve(&p, PLENTY);
        assert!(out.complete, "seed {seed}: small problems are solved to the end");
        assert_eq!(checked_value(&p, &out, seed), best, "seed {seed}: {p:?}");
        assert_eq!(out.bound, best.unwrap_or(0), "seed {seed}: a complete search's bound is the optimum");
        feasible += usize::from(best.is_some());
    }
    assert!(feasible > 1000, "too few feasible problems to mean much: {feasible}");
}

#[test]
fn cut_short_the_search_keeps_the_rules_and_bounds_the_optimum() {
    let (mut cut, mut found) = (0, 0);
    for seed in 0..400 {
        let p = random_problem(seed, 6 + (seed % 7) as usize);
        let best = brute_force(&p);
        for limit in [0, 1, 3, 10, 40] {
            let out = solve(&p, limit);
            assert!(out.nodes <= limit, "seed {seed}: {} nodes past the limit {limit}", out.nodes);
            let value = checked_value(&p, &out, seed);
            if let Some(best) = best {
                assert!(out.bound >= best, "seed {seed}, limit {limit}: bound {} below the optimum {best}", out.bound);
                assert!(value <= Some(best));
                if out.complete {
                    assert_eq!(value, Some(best), "seed {seed}, limit {limit}: complete but not optimal");
                }
            } else {
                assert_eq!(value, None, "seed {seed}");
            }
            cut += usize::from(!out.complete);
            found += usize::from(!out.complete && value.is_some());
        }
    }
    assert!(cut > 800 && found > 300, "too few searches cut short to mean much: {cut}, {found} with a selection");
}

#[test]
fn the_selection_is_the_same_on_every_run_and_in_any_order() {
    for seed in 0..200 {
        let p = random_problem(seed, 16);
        for limit in [25, PLENTY] {
            let first = solve(&p, limit);
            assert_eq!(solve(&p, limit), first, "seed {seed}");
            if limit == PLENTY {
                let mut reversed = p.clone();
                reversed.items.reverse();
                let back = solve(&reversed, limit);
                assert_eq!(back.best.map(|b| b.value), first.best.map(|b| b.value), "seed {seed}");
            }
        }
    }
}

#[test]
fn forced_items_that_break_the_budget_leave_no_selection() {
    let item = |cost, forced| Item { value: 10, cost, country: 0, groups: vec![], forced };
    let p = Problem { items: vec![item(80, true), item(30, true)], budget: 100, ..Problem::default() };
    let out = solve(&p, PLENTY);
    assert_eq!((out.best, out.complete), (None, true));
    let p =
        Problem { items: vec![item(80, true), item(30, false), item(20, false)], budget: 100, ..Problem::default() };
    assert_eq!(solve(&p, PLENTY).best.map(|s| s.chosen), Some(vec![0, 2]));
}

#[test]
fn a_large_problem_stops_at_its_work_limit_with_a_valid_bound() {
    let mut cut = 0;
    for seed in 0..6 {
        // Strongly correlated values and costs: the hard knapsacks.
        let mut rng = Rng::from_state(1000 + seed);
        let items: Vec<Item> = (0..400)
            .map(|i| {
                let cost = 1 + rng.below(1000) as u64;
                Item { value: cost + 100, cost, country: i % 7, groups: vec![i % 5], forced: false }
            })
            .collect();
        let budget = items.iter().map(|i| i.cost).sum::<u64>() / 2;
        let p =
            Problem { items, budget, max_per_country: (seed % 2 == 0).then_some(40), required: vec![0, 1, 2, 3, 4] };
        let limit = 1000;
        let out = solve(&p, limit);
        assert!(out.nodes <= limit, "seed {seed}: {} nodes", out.nodes);
        let value = checked_value(&p, &out, seed);
        // The bound is no less than the best found, and no less than what a
        // longer search finds.
        let longer = solve(&p, 20 * limit);
        assert!(longer.best.as_ref().map(|b| b.value) >= value, "seed {seed}: more work, worse selection");
        assert!(out.bound >= longer.best.map_or(0, |b| b.value), "seed {seed}: a selection beats the bound");
        assert!(longer.bound <= out.bound || longer.complete, "seed {seed}");
        assert_eq!(solve(&p, limit), out, "seed {seed}: the same on every run");
        cut += usize::from(!out.complete);
    }
    assert!(cut > 0, "no search was cut short");
}

#[test]
fn on_the_demo_any_budget_is_proven_optimal_and_survives_the_trip_to_the_page() {
    use rondas::domain::demo::demo_plan;
    use rondas::domain::select::{propose, Proposal, WORK_LIMIT};
    let plan = demo_plan().expect("the demo");
    let selection = plan.selection.clone().unwrap_or_default();
    for budget in [0, 50_000, 100_000, 300_000, 1_000_000, 10_000_000] {
        let mut rules = selection.rules.clone();
        rules.budget = budget;
        let p = propose(&plan, &rules, &selection.overrides);
        assert!(p.proven_optimal, "budget {budget}: {} nodes", p.nodes);
        assert_eq!((p.gap, p.score_bound), (0.0, p.total_score), "budget {budget}");
        assert!(p.nodes < WORK_LIMIT / 100, "budget {budget}: {} nodes", p.nodes);
        assert!(p.total_cost <= budget);
        // The worker sends it to the page as JSON.
        let back: Proposal = serde_json::from_str(&serde_json::to_string(&p).unwrap_or_default()).expect("a proposal");
        assert_eq!((&back.chosen, &back.decisions.len(), back.proven_optimal), (&p.chosen, &p.decisions.len(), true));
        assert_eq!(propose(&plan, &rules, &selection.overrides), p, "budget {budget}: the same every time");
    }
}
