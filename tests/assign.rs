//! Delegate assignment: a valid matching, optimal, and explained.

mod support;

use rondas::domain::assign::{assign, best_matching, Reason};
use rondas::domain::ids::{AgencyId, DelegateId};
use rondas::domain::model::Agency;
use std::collections::HashSet;
use support::*;

#[test]
fn on_the_demo_picks_are_own_delegates_never_twice_in_a_slot() {
    let plan = scheduled_demo();
    let sessions = sessions_of(&plan);
    let assignment = assign(&plan, sessions);
    assert!(!assignment.picks.is_empty());
    let mut busy = HashSet::new();
    for ((session, country), pick) in &assignment.picks {
        let s = sessions.iter().find(|s| &s.id == session).expect("a session");
        let d = plan.delegate(&pick.delegate).expect("a delegate of the plan");
        assert_eq!(&d.country, country, "only the country's own delegates");
        assert!(busy.insert((s.slot.clone(), pick.delegate.clone())), "{} twice in slot {}", pick.delegate, s.slot);
    }
    // Every (session, country) gets someone: the schedule never books a
    // country into more sessions than it has delegates.
    let involved: usize = sessions.iter().map(|s| s.attendees.len() + 1).sum();
    assert_eq!(assignment.picks.len(), involved);
    // The demo's interests name who asked: many picks follow them.
    let asked = assignment.picks.values().filter(|p| p.reason == Reason::AskedForIt).count();
    assert!(asked * 2 > sessions.iter().map(|s| s.attendees.len()).sum::<usize>(), "{asked}");
    assert_eq!(assign(&plan, sessions), assignment, "deterministic");
}

#[test]
fn the_asker_then_the_agency_then_the_owner_agency() {
    // c0 presents o0 (agency a0); c1 attends o0 and o1 in the same slot.
    let mut plan = build(&Spec {
        slots: 1,
        rooms: vec![2, 2],
        delegates: vec![2, 3, 1],
        offers: vec![(0, 1, 1), (2, 1, 1)],
        interests: vec![(1, 0, 3), (1, 1, 2)],
        ..Spec::default()
    });
    for (id, c) in [("a0", 0), ("a1", 1), ("a2", 1)] {
        plan.agencies.push(Agency { id: id.into(), country: country(c), ..Agency::default() });
    }
    plan.offers[0].agency = Some("a0".into());
    let agency = |d: &str, a: &str| (DelegateId::from(d), Some(AgencyId::from(a)));
    for (d, a) in [agency("d0-1", "a0"), agency("d1-0", "a1"), agency("d1-1", "a2"), agency("d1-2", "a2")] {
        plan.delegate_mut(&d).expect("delegate").agency = a;
    }
    plan.interests[0].delegate = Some("d1-2".into());
    plan.interests[1].agency = Some("a2".into());
    let sessions = vec![session("s-1", 0, 0, 0, &[1]), session("s-2", 1, 0, 1, &[1])];
    let a = assign(&plan, &sessions);
    let pick = |s: &str, c: usize| a.pick(&s.into(), &country(c)).expect("a pick").clone();
    assert_eq!((pick("s-1", 1).delegate, pick("s-1", 1).reason), ("d1-2".into(), Reason::AskedForIt));
    assert_eq!(
        (pick("s-2", 1).delegate, pick("s-2", 1).reason),
        ("d1-1".into(), Reason::AgencyAskedForIt { agency: "a2".into() })
    );
    assert_eq!(
        (pick("s-1", 0).delegate, pick("s-1", 0).reason),
        ("d0-1".into(), Reason::OwnAgencyOffer { agency: "a0".into() })
    );
    assert_eq!((pick("s-2", 2).delegate, pick("s-2", 2).reason), ("d2-0".into(), Reason::Available));
    assert_eq!(a.score(), 4 + 3 + 2);
}

#[test]
fn a_country_without_delegates_gets_no_picks() {
    let plan =
        build(&Spec { slots: 1, rooms: vec![2], delegates: vec![1, 0], offers: vec![(0, 1, 1)], ..Spec::default() });
    let a = assign(&plan, &[session("s-1", 0, 0, 0, &[1])]);
    assert_eq!(a.picks.len(), 1);
    assert_eq!(a.delegate(&"s-1".into(), &country(0)), Some(&"d0-0".into()));
}

/// The best total over every injective assignment, by brute force.
fn brute_force(scores: &[Vec<u32>], m: usize) -> (usize, u32) {
    fn go(scores: &[Vec<u32>], m: usize, row: usize, used: &mut Vec<bool>) -> (usize, u32) {
        if row == scores.len() {
            return (0, 0);
        }
        let mut best = go(scores, m, row + 1, used);
        for j in 0..m {
            if !used[j] {
                used[j] = true;
                let (n, w) = go(scores, m, row + 1, used);
                best = best.max((n + 1, w + scores[row][j]));
                used[j] = false;
            }
        }
        best
    }
    go(scores, m, 0, &mut vec![false; m])
}

/// Checks `pairs` is a matching of `scores` of the best size and total.
fn assert_best(scores: &[Vec<u32>], m: usize, pairs: &[(usize, usize)], best: (usize, u32)) {
    let rows: HashSet<usize> = pairs.iter().map(|p| p.0).collect();
    let cols: HashSet<usize> = pairs.iter().map(|p| p.1).collect();
    assert_eq!((rows.len(), cols.len()), (pairs.len(), pairs.len()), "a matching: {scores:?}");
    assert!(pairs.iter().all(|&(k, j)| k < scores.len() && j < m), "{scores:?}");
    let total: u32 = pairs.iter().map(|&(k, j)| scores[k][j]).sum();
    assert_eq!((pairs.len(), total), best, "{scores:?}");
}

/// The matching as it was made before the Hungarian method (dynamic
/// programming over sets of sessions, exact up to 16): the reference for
/// which matching ties give.
fn by_sets_of_sessions(scores: &[Vec<u32>], m: usize) -> Vec<(usize, usize)> {
    let pair = 1 + scores.iter().flatten().sum::<u32>();
    let n = scores.len();
    let mut best = vec![vec![0u32; 1 << m]; n + 1];
    for k in (0..n).rev() {
        for mask in 0..1 << m {
            let mut value = best[k + 1][mask];
            for j in (0..m).filter(|j| mask & (1 << j) == 0) {
                value = value.max(pair + scores[k][j] + best[k + 1][mask | 1 << j]);
            }
            best[k][mask] = value;
        }
    }
    let mut pairs = Vec::new();
    let mut mask = 0;
    for k in 0..n {
        let take = (0..m)
            .filter(|j| mask & (1 << j) == 0)
            .find(|&j| pair + scores[k][j] + best[k + 1][mask | 1 << j] == best[k][mask]);
        if let Some(j) = take {
            pairs.push((k, j));
            mask |= 1 << j;
        }
    }
    pairs
}

#[test]
fn the_matching_is_optimal_against_brute_force() {
    let mut rng = Rng::from_state(42);
    for round in 0..600 {
        let most = if round < 500 { 6 } else { 8 };
        let n = rng.range(0, most) as usize;
        let m = rng.range(0, most) as usize;
        let scores: Vec<Vec<u32>> = (0..n).map(|_| (0..m).map(|_| rng.range(0, 4) as u32).collect()).collect();
        let pairs = best_matching(&scores, m);
        assert_best(&scores, m, &pairs, brute_force(&scores, m));
        assert_eq!(pairs.len(), n.min(m));
        assert_eq!(pairs, by_sets_of_sessions(&scores, m), "the same pairs as before: {scores:?}");
    }
}

#[test]
fn ties_go_to_the_smaller_delegate_id() {
    assert_eq!(best_matching(&[vec![1], vec![1], vec![1]], 1), vec![(0, 0)]);
    assert_eq!(best_matching(&[vec![0, 0], vec![0, 0]], 2), vec![(0, 0), (1, 1)]);
    // Row 0 keeps column 0 when it can, even if a later row would score
    // the same there; a row is left out only when none can take it.
    assert_eq!(best_matching(&[vec![2, 2], vec![2, 0]], 2), vec![(0, 1), (1, 0)]);
    assert_eq!(best_matching(&[vec![1, 1], vec![1, 1], vec![1, 1]], 2), vec![(0, 0), (1, 1)]);
    assert_eq!(best_matching(&[vec![0], vec![3]], 1), vec![(1, 0)]);
}

#[test]
fn the_matching_is_exact_at_any_size() {
    // Twelve traps side by side (24 delegates, 24 sessions, plus two extra
    // delegates): in each, taking the first delegate for the first session
    // (3) leaves the second session a 0; the best gives 3 + 2.
    let blocks = 12;
    let m = 2 * blocks;
    let scores: Vec<Vec<u32>> = (0..m + 2)
        .map(|k| {
            (0..m)
                .map(|j| match (k / 2 == j / 2 && k < m, k % 2, j % 2) {
                    (true, 0, 0) | (true, 1, 0) => 3,
                    (true, 0, 1) => 2,
                    _ => 0,
                })
                .collect()
        })
        .collect();
    let pairs = best_matching(&scores, m);
    assert_best(&scores, m, &pairs, (m, 5 * blocks as u32));
    assert!(pairs.iter().all(|&(k, _)| k < m), "the extra delegates are left out: {pairs:?}");
}
