//! The scheduler: the indexed instance, known answers, the bound, locks,
//! re-runs, explanations, and properties over many random small plans.

mod support;

use rondas::domain::model::Schedule;
use rondas::domain::schedule::{check, schedule_plan, Instance, InstanceError, Options, Outcome};
use rondas::domain::Plan;
use support::*;

#[test]
fn the_instance_indexes_the_plan() {
    let mut plan = build(&Spec {
        slots: 7,
        rooms: vec![3, 2],
        delegates: vec![2, 0, 3],
        offers: vec![(0, 2, 1), (1, 1, 2)],
        interests: vec![(1, 0, 1), (2, 0, 3), (0, 1, 2), (1, 1, 3), (2, 0, 1)],
        availability: vec![(0, 3, 1), (2, 0, 5)],
    });
    plan.schedule = Some(Schedule {
        sessions: vec![session("s-1", 0, 0, 0, &[2]), {
            let mut s = session("s-2", 1, 6, 1, &[0]);
            s.locked = true;
            s
        }],
        ..Schedule::default()
    });
    let inst = Instance::new(&plan, false).expect("indexes");
    assert_eq!((inst.n_slots(), inst.n_rooms(), inst.n_cells()), (7, 2, 14));
    assert_eq!(inst.days, vec![vec![0, 1, 2, 3, 4, 5], vec![6]]);
    assert_eq!(inst.delegates, vec![2, 1, 3], "a country without delegates counts one");
    assert_eq!(
        (inst.available(0, 3), inst.available(0, 2), inst.available(2, 0)),
        (1, 2, 3),
        "availability only lowers"
    );
    // The own-offer interest (c1 in o1) and the repeated pair are left out, heaviest first.
    assert_eq!(inst.interests.len(), 3);
    assert_eq!(
        inst.offer_interests(0).iter().map(|&i| inst.interests[i as usize].weight).collect::<Vec<_>>(),
        vec![3, 1]
    );
    assert_eq!(inst.interest(2, 0), Some(1));
    assert_eq!(inst.interest(1, 1), None);
    assert_eq!(inst.total_weight(), 6);
    assert_eq!((inst.locked.len(), inst.previous.len()), (1, 1));
    assert_eq!((inst.locked[0].slot, inst.locked[0].room, inst.locked[0].attendees.clone()), (6, 1, vec![0]));
    let all_locked = Instance::new(&plan, true).expect("indexes");
    assert_eq!((all_locked.locked.len(), all_locked.previous.len()), (2, 0));

    plan.schedule.as_mut().map(|s| s.sessions[1].room = "r9".into());
    assert_eq!(
        Instance::new(&plan, false),
        Err(InstanceError::UnknownReference { session: "s-2".into(), what: "room", id: "r9".into() })
    );
}

/// Schedules `plan` with `moves` search moves and no time limit to speak of.
fn solve(plan: &Plan, seed: u64, moves: u64) -> Outcome {
    let options = Options { seed, moves: Some(moves), time_limit_ms: 1e9, ..Options::default() };
    schedule_plan(plan, options, &|| 0.0, &mut |_| true).expect("schedules")
}

#[test]
fn known_answers() {
    // One room seating two, three interested countries: the two heaviest.
    let plan = build(&Spec {
        slots: 1,
        rooms: vec![2],
        delegates: vec![1, 1, 1, 1],
        offers: vec![(0, 1, 1)],
        interests: vec![(1, 0, 3), (2, 0, 2), (3, 0, 1)],
        ..Spec::default()
    });
    let out = solve(&plan, 1, 50);
    assert_eq!((out.objective, out.bound), (5, 5));
    assert_eq!(out.schedule.sessions[0].attendees, vec![country(1), country(2)]);

    // A one-person delegation wants two offers: they go to different slots.
    let plan = build(&Spec {
        slots: 2,
        rooms: vec![3, 3],
        delegates: vec![1, 1, 1],
        offers: vec![(1, 1, 1), (2, 1, 1)],
        interests: vec![(0, 0, 3), (0, 1, 3), (2, 0, 1)],
        ..Spec::default()
    });
    let out = solve(&plan, 1, 50);
    assert_eq!((out.objective, out.bound), (7, 7));
    let slots: Vec<_> = out.schedule.sessions.iter().map(|s| s.slot.clone()).collect();
    assert_ne!(slots[0], slots[1]);

    // One slot: presenting keeps c0's only delegate from attending.
    let plan = build(&Spec {
        slots: 1,
        rooms: vec![2, 2],
        delegates: vec![1, 1, 1],
        offers: vec![(0, 1, 1), (1, 1, 1)],
        interests: vec![(0, 1, 3), (2, 0, 1), (2, 1, 1)],
        ..Spec::default()
    });
    let out = solve(&plan, 1, 50);
    // c0 in o1 (3) needs o1 to run while c0 does not present o0; c2 can
    // only be in one of them: o1 with c0 and c2 (4) beats o0 with c2 (1).
    assert_eq!((out.objective, out.bound), (4, 4));

    // A repeating offer at tables for one: a session per interested country.
    let plan = build(&Spec {
        slots: 2,
        rooms: vec![1],
        delegates: vec![1, 1, 1],
        offers: vec![(0, 2, 1)],
        interests: vec![(1, 0, 2), (2, 0, 1)],
        ..Spec::default()
    });
    let out = solve(&plan, 1, 50);
    assert_eq!((out.objective, out.bound, out.schedule.sessions.len()), (3, 3, 2));

    // A session needs three, only two are interested: nothing can run.
    let plan = build(&Spec {
        slots: 2,
        rooms: vec![5],
        delegates: vec![1, 1, 1],
        offers: vec![(0, 1, 3)],
        interests: vec![(1, 0, 2), (2, 0, 1)],
        ..Spec::default()
    });
    let out = solve(&plan, 1, 50);
    assert_eq!((out.objective, out.bound, out.schedule.sessions.len()), (0, 0, 0));
}

#[test]
fn random_plans_give_feasible_schedules_within_the_bound() {
    for seed in 0..150 {
        let plan = build(&random_spec(seed));
        let out = solve(&plan, seed, 200);
        let violations = check(&plan, &out.schedule.sessions);
        assert!(violations.is_empty(), "seed {seed}: {violations:?}");
        assert!(out.bound >= out.objective, "seed {seed}");
        assert!(out.objective >= out.naive_objective.min(out.greedy_objective), "seed {seed}");
        let again = solve(&plan, seed, 200);
        assert_eq!(again.schedule, out.schedule, "seed {seed}: the same seed gives the same schedule");
    }
}

#[test]
fn the_bound_holds_and_the_optimum_is_found_on_tiny_plans() {
    let mut found = 0;
    for seed in 0..120 {
        let spec = tiny_spec(seed);
        let optimum = optimum(&spec);
        let out = solve(&build(&spec), seed, 200);
        assert!(out.bound >= optimum, "seed {seed}: bound {} below the optimum {optimum}", out.bound);
        assert!(out.objective <= optimum, "seed {seed}");
        found += usize::from(out.objective == optimum);
    }
    assert!(found >= 118, "optima found: {found} of 120");
}
