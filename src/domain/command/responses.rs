//! Accepting the changes of delegations' and evaluators' response files
//! (see [`crate::domain::merge`]).

use super::{land, Outcome};
use crate::domain::merge::{Change, FileDiff};
use crate::domain::model::Plan;

/// Lands the changes of `diffs` that `take(file, change)` picks (indexes
/// in `diffs` and in its changes): files oldest first, so the newest answer
/// wins, and a change that two files make lands once. The summary is the
/// number of changes landed.
pub fn accept(plan: &Plan, diffs: &[FileDiff], take: impl Fn(usize, usize) -> bool) -> Outcome<usize> {
    let mut files: Vec<usize> = (0..diffs.len()).collect();
    files.sort_by_key(|&f| diffs[f].created_at);
    let mut accepted: Vec<&Change> = Vec::new();
    for f in files {
        for (c, change) in diffs[f].changes.iter().enumerate() {
            if take(f, c) && !accepted.contains(&change) {
                accepted.push(change);
            }
        }
    }
    let count = accepted.len();
    land(plan, accepted.into_iter().cloned().map(Change::edit).collect(), count)
}
