//! Commands: what a user does to a plan that takes more than one step, each
//! orchestrated once here and called alike by the app's store, the command
//! line and the workers. A command reads the plan, works out the edits it
//! makes and lands them together ([`crate::domain::edit::apply_all`]): it
//! gives the new plan with a summary of what it did, or the problems that
//! kept it from landing (the plan is then as it was).
//!
//! * [`schedule::adopt`]: a schedule the solver made becomes the plan's;
//! * [`responses::accept`]: the changes accepted from response files land;
//! * [`replan::replan`] (or [`replan::prepare`], the solver, then
//!   [`replan::adopt`]): the rounds re-planned from a slot on the day;
//! * [`selection::adopt`]: the selection is adopted and its follow-up starts;
//! * [`edit`]: one edit, as a command.

pub mod replan;
pub mod responses;
pub mod schedule;
pub mod selection;

use super::edit::{apply_all, Edit};
use super::model::Plan;
use super::validate::Problem;

/// What a command did: the plan it made and its summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Done<S = ()> {
    pub plan: Plan,
    pub summary: S,
}

/// A command's result: what it did, or the problems of the plan it would
/// have made.
pub type Outcome<S = ()> = Result<Done<S>, Vec<Problem>>;

/// One edit, as a command.
pub fn edit(plan: &Plan, edit: Edit) -> Outcome {
    land(plan, vec![edit], ())
}

/// Lands `edits` together, with the command's `summary`.
fn land<S>(plan: &Plan, edits: Vec<Edit>, summary: S) -> Outcome<S> {
    Ok(Done { plan: apply_all(plan, edits)?, summary })
}
