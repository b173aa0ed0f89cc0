//! What happened in the rounds, from the sessions' outcomes: how many were
//! held, moved or not held, the no-shows, the mean usefulness and the
//! actions wanted.

use crate::domain::model::{held_of, Held, Plan};
use serde::Serialize;

/// The outcomes of the scheduled sessions, counted.
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
pub struct OutcomeFigures {
    /// Scheduled sessions.
    pub sessions: usize,
    /// Sessions held where planned, moved, not held (see [`held_of`]: the organizer's word counts).
    pub held: usize,
    pub moved: usize,
    pub not_held: usize,
    /// Sessions nobody said anything of yet, or the delegations disagree about with no word from
    /// the organizer.
    pub unknown: usize,
    /// Attending countries the organizer marked absent from a session that took place.
    pub no_shows: usize,
    /// Usefulness ratings given (the organizer's and each delegation's count apart), and their mean.
    pub ratings: usize,
    pub mean_usefulness: Option<f64>,
    /// Sessions where the organizer or a delegation wants a cooperation action.
    pub actions_wanted: usize,
}

impl OutcomeFigures {
    /// Whether any outcome was recorded at all.
    pub fn any(&self) -> bool {
        self.sessions > self.unknown || self.ratings > 0 || self.actions_wanted > 0
    }
}

/// The outcome figures of `plan`'s schedule; `None` before the rounds are scheduled.
pub fn of(plan: &Plan) -> Option<OutcomeFigures> {
    let sessions = &plan.schedule.as_ref()?.sessions;
    let mut f = OutcomeFigures { sessions: sessions.len(), ..OutcomeFigures::default() };
    let mut sum = 0u64;
    for s in sessions {
        let held = held_of(plan.outcomes_of(&s.id));
        match held {
            Some(Held::Held) => f.held += 1,
            Some(Held::Moved) => f.moved += 1,
            Some(Held::NotHeld) => f.not_held += 1,
            None => f.unknown += 1,
        }
        if held.is_some_and(Held::took_place) {
            f.no_shows += plan.outcome(&s.id, None).map_or(0, |o| o.absent.len());
        }
        for u in plan.outcomes_of(&s.id).filter_map(|o| o.usefulness) {
            f.ratings += 1;
            sum += u64::from(u);
        }
        f.actions_wanted += usize::from(plan.outcomes_of(&s.id).any(|o| o.action_wanted));
    }
    f.mean_usefulness = (f.ratings > 0).then(|| sum as f64 / f.ratings as f64);
    Some(f)
}
