//! The scheduler: the indexed instance, known answers, the bound, locks,
//! re-runs, explanations, and properties over many random small plans.

mod support;

use rondas::domain::model::Schedule;
use rondas::domain::schedule::{Instance, InstanceError};
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
