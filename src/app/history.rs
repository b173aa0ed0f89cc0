//! Undo and redo of the organizer's edits of the schedule: each edit or
//! command run through [`History::run`] remembers the schedule before and after it, so
//! that it can be taken back and done again (on the plan it was made in).

use super::state::PlanStore;
use crate::domain::command::{self, Outcome};
use crate::domain::edit::Edit;
use crate::domain::ids::PlanId;
use crate::domain::model::Schedule;
use crate::domain::Plan;
use leptos::prelude::*;

/// Edits remembered; older ones are forgotten.
const LIMIT: usize = 100;

/// One edit: the plan it was made in, and its schedule before and after.
#[derive(Clone, Debug)]
struct Step {
    plan: PlanId,
    before: Option<Schedule>,
    after: Option<Schedule>,
}

/// The undo and redo stacks of schedule edits.
#[derive(Clone, Copy)]
pub struct History {
    store: PlanStore,
    undo: RwSignal<Vec<Step>>,
    redo: RwSignal<Vec<Step>>,
}

impl History {
    /// Runs `command` through the store (which reports a refusal) and
    /// remembers the change it made to the schedule; gives its summary.
    pub fn run<S>(&self, command: impl FnOnce(&Plan) -> Outcome<S>) -> Option<S> {
        let before = self.store.plan().with_untracked(|p| p.schedule.clone());
        let summary = self.store.run(command)?;
        let (plan, after) = self.store.plan().with_untracked(|p| (p.id.clone(), p.schedule.clone()));
        if after != before {
            self.undo.update(|u| {
                u.push(Step { plan, before, after });
                if u.len() > LIMIT {
                    u.remove(0);
                }
            });
            self.redo.update(Vec::clear);
        }
        Some(summary)
    }

    /// Applies `edit` as [`run`](Self::run) does: whether it landed.
    pub fn edit(&self, edit: Edit) -> bool {
        self.run(|plan| command::edit(plan, edit)).is_some()
    }

    /// Whether there is an edit of the open plan to undo (tracked).
    pub fn can_undo(&self) -> bool {
        self.top(self.undo)
    }

    /// Whether there is an undone edit of the open plan to redo (tracked).
    pub fn can_redo(&self) -> bool {
        self.top(self.redo)
    }

    /// Takes the last edit back.
    pub fn undo(&self) {
        self.step(self.undo, self.redo, |s| s.before.clone())
    }

    /// Does the last undone edit again.
    pub fn redo(&self) {
        self.step(self.redo, self.undo, |s| s.after.clone())
    }

    fn top(&self, stack: RwSignal<Vec<Step>>) -> bool {
        let plan = self.store.plan().with(|p| p.id.clone());
        stack.with(|s| s.last().is_some_and(|step| step.plan == plan))
    }

    /// Pops a step of `from` (when it is of the open plan), sets the schedule
    /// it names and pushes it on `to`. A step the plan no longer accepts (its
    /// offer deleted since, say) stays where it was, and the store says why.
    fn step(&self, from: RwSignal<Vec<Step>>, to: RwSignal<Vec<Step>>, schedule: impl Fn(&Step) -> Option<Schedule>) {
        if !self.top(from) {
            return;
        }
        let Some(step) = from.with_untracked(|s| s.last().cloned()) else { return };
        if self.store.edit(Edit::SetSchedule(schedule(&step))) {
            from.update(|s| {
                s.pop();
            });
            to.update(|s| s.push(step));
        }
    }
}

/// Provides the history of the plan store in context.
pub fn provide(store: PlanStore) {
    provide_context(History { store, undo: RwSignal::new(Vec::new()), redo: RwSignal::new(Vec::new()) });
}

/// The history in context.
pub fn use_history() -> History {
    expect_context::<History>()
}
