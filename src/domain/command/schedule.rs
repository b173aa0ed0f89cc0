//! Adopting a schedule made by the solver (in the app's worker or by
//! `rondas-cli schedule`).

use super::{land, Outcome};
use crate::domain::date::Timestamp;
use crate::domain::edit::Edit;
use crate::domain::ids::{DelegateId, OfferId, SessionId};
use crate::domain::model::{Plan, Schedule, Session};
use crate::domain::schedule::{check, diff, ScheduleDiff, Violation};
use std::collections::HashMap;

/// What adopting a schedule changed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Adopted {
    /// From the plan's previous schedule to the new one.
    pub changes: ScheduleDiff,
    /// The rules the new schedule breaks (only its locked sessions can:
    /// the solver keeps the others within the rules).
    pub violations: Vec<Violation>,
}

/// Makes `schedule` the plan's, stamped `computed_at`: the delegates the
/// organizer chose for a session are carried to the new session that
/// continues it (same id and offer) when it chose none, and what pointed at
/// a session the new schedule drops (an action form's session) is cleared,
/// as after any edit.
pub fn adopt(plan: &Plan, schedule: Schedule, computed_at: Option<Timestamp>) -> Outcome<Adopted> {
    adopt_with(plan, Vec::new(), schedule, computed_at)
}

/// [`adopt`], landing `edits` first, together with the schedule.
pub(super) fn adopt_with(
    plan: &Plan,
    mut edits: Vec<Edit>,
    mut schedule: Schedule,
    computed_at: Option<Timestamp>,
) -> Outcome<Adopted> {
    schedule.computed_at = computed_at;
    let before = plan.schedule.as_ref().map_or(&[][..], |s| &s.sessions[..]);
    carry_choices(before, &mut schedule.sessions);
    let changes = diff(before, &schedule.sessions);
    edits.push(Edit::SetSchedule(Some(schedule)));
    let mut done = land(plan, edits, Adopted { changes, violations: Vec::new() })?;
    let sessions = done.plan.schedule.as_ref().map_or(&[][..], |s| &s.sessions[..]);
    done.summary.violations = check(&done.plan, sessions);
    Ok(done)
}

/// Carries the chosen delegates of the sessions `before` to the sessions
/// `after` of the same id and offer that chose none. (Choices that no
/// longer fit are dropped when the schedule lands.)
fn carry_choices(before: &[Session], after: &mut [Session]) {
    let chosen: HashMap<(&SessionId, &OfferId), &Vec<DelegateId>> =
        before.iter().filter(|s| !s.delegates.is_empty()).map(|s| ((&s.id, &s.offer), &s.delegates)).collect();
    for s in after.iter_mut().filter(|s| s.delegates.is_empty()) {
        if let Some(&list) = chosen.get(&(&s.id, &s.offer)) {
            s.delegates = list.clone();
        }
    }
}
