//! Adopting the selection of cooperation actions.

use super::{land, Outcome};
use crate::domain::date::Timestamp;
use crate::domain::edit::Edit;
use crate::domain::model::{FollowUp, Plan, Selection, Status};

/// Makes `selection` the plan's, stamped `computed_at`, and starts the
/// follow-up (status selected) of each chosen action that has none;
/// follow-ups of actions no longer chosen stay. The summary is the number
/// of actions chosen.
pub fn adopt(plan: &Plan, mut selection: Selection, computed_at: Option<Timestamp>) -> Outcome<usize> {
    selection.computed_at = computed_at;
    let chosen = selection.chosen.len();
    let starts =
        selection.chosen.iter().filter(|id| plan.follow_up(id).is_none()).map(|id| {
            Edit::PutFollowUp(FollowUp { action: id.clone(), status: Status::Selected, ..FollowUp::default() })
        });
    let mut edits: Vec<Edit> = starts.collect();
    edits.push(Edit::SetSelection(Some(selection)));
    land(plan, edits, chosen)
}
