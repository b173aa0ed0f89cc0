//! The scheduler: the indexed instance, known answers, the bound, locks,
//! re-runs, explanations, and properties over many random small plans.

mod support;

use rondas::domain::model::{Interest, Priority, Schedule, Session};
use rondas::domain::schedule::{
    bilateral, check, diff, explain, schedule_plan, summarize, Instance, InstanceError, Options, Outcome, Reason,
    Solver, Stop, Violation,
};
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

    if let Some(s) = plan.schedule.as_mut() {
        s.sessions[1].room = "r9".into();
    }
    assert_eq!(
        Instance::new(&plan, false),
        Err(InstanceError::UnknownReference(Violation::UnknownRoom { session: "s-2".into(), room: "r9".into() }))
    );
    let error = Instance::new(&plan, false).expect_err("an unknown room");
    let pt = rondas::i18n::Lang::from_code("pt").expect("Portuguese");
    assert_eq!(pt.instance_error(&plan, &error), "Sessão s-2: a sala “r9” não está no plano.");
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
    // With the default moves (what the page runs).
    let mut found = 0;
    for seed in 0..120 {
        let spec = tiny_spec(seed);
        let optimum = optimum(&spec);
        let options = Options { seed, time_limit_ms: 1e9, ..Options::default() };
        let out = schedule_plan(&build(&spec), options, &|| 0.0, &mut |_| true).expect("schedules");
        assert!(out.bound >= optimum, "seed {seed}: bound {} below the optimum {optimum}", out.bound);
        assert!(out.objective <= optimum, "seed {seed}");
        found += usize::from(out.objective == optimum);
    }
    assert_eq!(found, 120, "optima found");
}

#[test]
fn locked_sessions_stay_exactly_as_they_are() {
    for seed in 0..60 {
        let spec = random_spec(seed);
        let mut plan = build(&spec);
        let first = solve(&plan, seed, 150);
        let mut sessions = first.schedule.sessions.clone();
        for (k, s) in sessions.iter_mut().enumerate() {
            s.locked = (k + seed as usize).is_multiple_of(2);
        }
        let locked: Vec<Session> = sessions.iter().filter(|s| s.locked).cloned().collect();
        plan.schedule = Some(Schedule { sessions, ..first.schedule.clone() });
        // Other weights: the search has reasons to move what it may.
        for i in &mut plan.interests {
            i.priority = match i.priority {
                Priority::High => Priority::Low,
                Priority::Low => Priority::High,
                p => p,
            };
        }
        let again = solve(&plan, seed + 1, 150);
        for s in &locked {
            assert!(again.schedule.sessions.contains(s), "seed {seed}: locked {s:?} lost");
        }
        assert_eq!(check(&plan, &again.schedule.sessions), vec![], "seed {seed}");
        assert!(again.bound >= again.objective, "seed {seed}");

        // Every existing session locked: nothing of them moves.
        let all = Options { lock_existing: true, seed, moves: Some(100), ..Options::default() };
        let kept = schedule_plan(&plan, all, &|| 0.0, &mut |_| true).expect("schedules");
        for s in plan.schedule.iter().flat_map(|s| &s.sessions) {
            assert!(kept.schedule.sessions.contains(s), "seed {seed}: {s:?} lost with --lock-existing");
        }
    }
}

#[test]
fn an_infeasible_lock_is_kept_and_nothing_adds_to_it() {
    // c0 has one delegate; the lock has it present o0 and attend o1 at once.
    let mut plan = build(&Spec {
        slots: 2,
        rooms: vec![2, 2],
        delegates: vec![1, 1, 2],
        offers: vec![(0, 1, 1), (1, 1, 1), (2, 1, 1)],
        interests: vec![(0, 1, 3), (1, 0, 3), (2, 0, 2), (0, 2, 2), (1, 2, 1)],
        ..Spec::default()
    });
    let mut a = session("s-1", 0, 0, 0, &[1]);
    let mut b = session("s-2", 1, 0, 1, &[0]);
    (a.locked, b.locked) = (true, true);
    plan.schedule = Some(Schedule { sessions: vec![a.clone(), b.clone()], ..Schedule::default() });
    let out = solve(&plan, 3, 200);
    assert!(out.schedule.sessions.contains(&a) && out.schedule.sessions.contains(&b));
    // The lock overbooks c0 (presenting and attending) and c1 (presenting
    // o1 and attending o0); nothing else is wrong.
    let violations = check(&plan, &out.schedule.sessions);
    assert_eq!(violations.len(), 2, "{violations:?}");
    assert!(violations.iter().all(|v| v.sessions().iter().all(|s| ["s-1", "s-2"].contains(&s.as_str()))));
    assert!(out.bound >= out.objective);
}

#[test]
fn a_rerun_keeps_what_it_can_and_reports_the_changes() {
    for seed in 0..40 {
        let mut plan = build(&random_spec(seed));
        let first = solve(&plan, seed, 200);
        plan.schedule = Some(first.schedule.clone());
        let again = solve(&plan, seed + 7, 200);
        let changes = diff(&first.schedule.sessions, &again.schedule.sessions);
        assert!(again.objective >= first.objective, "seed {seed}");
        if again.objective == first.objective {
            assert!(changes.is_empty(), "seed {seed}: nothing to gain, yet {changes:?}");
        }
    }
}

#[test]
fn diff_lists_added_removed_moved_and_attendees() {
    let before = vec![session("s-1", 0, 0, 0, &[1, 2]), session("s-2", 1, 0, 1, &[0]), session("s-3", 2, 1, 0, &[1])];
    let mut moved = session("s-1", 0, 1, 1, &[2, 3]);
    moved.locked = true;
    let after = vec![moved, session("s-3", 1, 1, 0, &[1]), session("s-4", 2, 1, 1, &[0])];
    let d = diff(&before, &after);
    assert_eq!(d.added, vec!["s-3".into(), "s-4".into()]);
    assert_eq!(d.removed, vec!["s-2".into(), "s-3".into()]);
    assert_eq!(d.moved.len(), 1);
    assert_eq!((d.moved[0].from.clone(), d.moved[0].to.clone()), ((slot(0), room(0)), (slot(1), room(1))));
    assert_eq!(d.attendees_added, vec![("s-1".into(), country(3))]);
    assert_eq!(d.attendees_removed, vec![("s-1".into(), country(1))]);
    assert!(diff(&after, &after).is_empty());
}

#[test]
fn explanations_name_what_keeps_an_interest_out() {
    // One slot, one room for two, taken by o0 (c0's) with c1 and c2: c3's
    // interest in o0 finds it full, o1 finds no room, o2 needs three.
    let mut spec = Spec {
        slots: 1,
        rooms: vec![2],
        delegates: vec![1, 1, 1, 1],
        offers: vec![(0, 1, 1), (2, 1, 1), (3, 1, 3)],
        interests: vec![(1, 0, 3), (2, 0, 3), (3, 0, 1), (1, 1, 1), (0, 2, 2)],
        ..Spec::default()
    };
    let plan = build(&spec);
    let sessions = vec![session("s-1", 0, 0, 0, &[1, 2])];
    let found = explain(&plan, &sessions);
    let reasons: Vec<(String, String, Reason)> =
        found.iter().map(|e| (e.country.to_string(), e.offer.to_string(), e.reason.clone())).collect();
    assert_eq!(reasons.len(), 3);
    assert!(matches!(&reasons[0].2, Reason::Blocked(b) if b.len() == 1 && b[0].full == Some(2) && b[0].busy.is_none()));
    assert_eq!(reasons[1].2, Reason::NotScheduled { free_cells: 0 });
    assert_eq!(reasons[2].2, Reason::CannotRun { interested: 1, min_attendees: 3, max_sessions: 1 });
    let en = rondas::i18n::Lang::default();
    assert_eq!(en.explanation(&plan, &found[0]), "Country 3 — Offer 0: in slot 1 the room is full (2 delegations)");

    // Two slots; c1 has one delegate, busy in both slots where o0 runs.
    spec.slots = 2;
    spec.rooms = vec![2, 3];
    spec.offers[0].1 = 2;
    spec.interests.push((1, 2, 1));
    let plan = build(&spec);
    let sessions = vec![
        session("s-1", 0, 0, 0, &[2]),
        session("s-2", 0, 1, 0, &[3]),
        session("s-3", 1, 0, 1, &[1]),
        session("s-4", 2, 1, 1, &[1, 0, 2]),
    ];
    let found = explain(&plan, &sessions);
    let peru = found.iter().find(|e| e.country == country(1) && e.offer == offer(0)).expect("c1 in o0 left out");
    assert_eq!(
        en.explanation(&plan, peru),
        "Country 1 — Offer 0: in slot 1 its 1 delegate is busy (Offer 1); in slot 2 its 1 delegate is busy (Offer 2)"
    );
    let Reason::Blocked(blocks) = &peru.reason else { panic!("blocked") };
    assert_eq!(blocks[0].busy.as_ref().map(|b| b.attends.clone()), Some(vec![offer(1)]));

    let summary = summarize(&plan, &sessions, 20);
    assert_eq!((summary.interests, summary.interests_met), (6, 5));
    assert_eq!(summary.countries[1].met, 2);
    assert!((summary.gap - (20.0 - summary.objective as f64) / 20.0).abs() < 1e-12);
}

#[test]
fn the_bilateral_preset_seats_one_visitor_per_table() {
    let mut plan = build(&Spec {
        slots: 3,
        rooms: vec![4, 2],
        delegates: vec![1, 1, 1, 1],
        offers: vec![(0, 1, 2), (1, 1, 1)],
        interests: vec![(1, 0, 3), (2, 0, 2), (3, 0, 1), (0, 1, 2)],
        ..Spec::default()
    });
    bilateral(&mut plan);
    assert!(plan.event.rooms.iter().all(|r| r.capacity == 1));
    assert_eq!(plan.offers.iter().map(|o| (o.max_sessions, o.min_attendees)).collect::<Vec<_>>(), vec![(3, 1), (1, 1)]);
    // c0 has one delegate for three slots: it receives c1 and c2 (3 + 2)
    // and visits c1 (2), rather than receiving c3 (1).
    let out = solve(&plan, 1, 300);
    assert_eq!((out.objective, out.bound), (7, 7));
    assert!(out.schedule.sessions.iter().all(|s| s.attendees.len() == 1));
    assert_eq!(check(&plan, &out.schedule.sessions), vec![]);
}

#[test]
fn the_clock_the_slices_and_cancelling() {
    let plan = build(&random_spec(11));
    // A clock that advances a millisecond per reading: the time budget stops it.
    let tick = std::cell::Cell::new(0.0);
    let clock = || {
        tick.set(tick.get() + 1.0);
        tick.get()
    };
    let options = Options { seed: 1, time_limit_ms: 40.0, moves: Some(1_000_000), ..Options::default() };
    let mut reports = Vec::new();
    let out = schedule_plan(&plan, options.clone(), &clock, &mut |p| {
        reports.push(*p);
        true
    })
    .expect("schedules");
    assert_eq!(out.stop, Stop::Time);
    assert!(reports.windows(2).all(|w| w[0].fraction <= w[1].fraction && w[0].objective <= w[1].objective));
    assert!(reports.last().is_some_and(|p| p.done && p.fraction == 1.0));
    assert_eq!(check(&plan, &out.schedule.sessions), vec![]);

    // Cancelled at the first report (after a 50 ms slice): the best
    // schedule so far, feasible.
    let options = Options { time_limit_ms: 1e9, ..options };
    let out = schedule_plan(&plan, options.clone(), &clock, &mut |_| false).expect("schedules");
    assert_eq!(out.stop, Stop::Cancelled);
    assert_eq!(check(&plan, &out.schedule.sessions), vec![]);

    // Step by step, as a page does between frames.
    let mut solver = Solver::new(&plan, options).expect("solver");
    let first = solver.step(&clock, 5.0);
    assert!(!first.done && first.objective >= solver.outcome().greedy_objective.min(first.objective));
    solver.cancel();
    assert!(solver.step(&clock, 5.0).done);
}

#[test]
fn odd_plans_do_not_panic() {
    let base = build(&random_spec(5));
    let mut odd: Vec<Plan> = Vec::new();
    let mut p = base.clone();
    p.event.rooms.clear();
    odd.push(p);
    let mut p = base.clone();
    p.event.slots.clear();
    odd.push(p);
    let mut p = base.clone();
    p.event.rooms.iter_mut().for_each(|r| r.capacity = 0);
    odd.push(p);
    let mut p = base.clone();
    p.offers.iter_mut().for_each(|o| (o.max_sessions, o.min_attendees) = (0, 0));
    odd.push(p);
    let mut p = base.clone();
    p.offers[0].country = "nowhere".into();
    p.interests.push(Interest { country: country(0), offer: "ghost".into(), ..Interest::default() });
    p.countries[0].availability.insert("no-slot".into(), 3);
    odd.push(p);
    let mut p = base.clone();
    p.countries.clear();
    p.delegates.clear();
    odd.push(p);
    let mut p = base.clone();
    let mut s = session("s-1", 0, 0, 0, &[0, 0, 1, 2, 3]);
    s.locked = true;
    let mut twin = s.clone();
    twin.id = "s-2".into();
    p.schedule = Some(Schedule { sessions: vec![s, twin], ..Schedule::default() });
    odd.push(p);
    for (k, plan) in odd.iter().enumerate() {
        let out = solve(plan, k as u64, 100);
        assert!(out.bound >= out.objective, "plan {k}");
        let _ = check(plan, &out.schedule.sessions);
        let _ = explain(plan, &out.schedule.sessions);
        let _ = summarize(plan, &out.schedule.sessions, out.bound);
        let _ = diff(&[], &out.schedule.sessions);
    }
}
