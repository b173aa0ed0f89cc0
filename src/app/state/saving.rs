//! Saving the open plan: one save at a time, of the latest version, each
//! refused when storage holds a revision this tab has not seen (another tab
//! saved since). A refused change is never dropped: the user settles the
//! [`Conflict`] by keeping both versions or taking the other tab's.

use super::{fresh_id, PlanStore};
use crate::app::notices::Level;
use crate::app::persist::db::{Expect, Record, SaveError};
use crate::app::persist::{self, tabs};
use crate::domain::format;
use crate::domain::Plan;
use crate::i18n::fill;
use leptos::prelude::*;

/// This tab's unsaved version of a plan and the one another tab saved.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// The plan as this tab holds it.
    pub mine: Plan,
    /// The plan as the other tab saved it (`None`: this version of Rondas
    /// cannot read it).
    pub theirs: Option<Plan>,
    /// The revision the other tab saved.
    pub revision: u64,
}

impl PlanStore {
    /// Makes `plan` the open plan and saves it (soon, after the saves running).
    pub(super) fn commit(&self, plan: Plan) {
        self.list(&plan, self.size_of(&plan));
        self.plan.set(plan);
        self.unsaved.set(true);
        self.dirty.set_value(true);
        self.flush();
    }

    /// The size of the open plan's last save, while it is being saved again.
    fn size_of(&self, plan: &Plan) -> usize {
        self.saved.with_untracked(|s| s.iter().find(|p| p.id == plan.id).map_or(0, |p| p.bytes))
    }

    /// Saves the open plan until no change waits, unless the saved plans
    /// are not read yet, a save runs already, or a conflict waits for the user.
    pub(super) fn flush(&self) {
        if !self.ready.get_untracked() || self.saving.get_value() || self.conflict.with_untracked(Option::is_some) {
            return;
        }
        let Some(db) = self.db.get_value() else { return };
        self.saving.set_value(true);
        let store = *self;
        leptos::task::spawn_local(async move {
            while store.dirty.get_value() && store.conflict.with_untracked(Option::is_none) {
                store.dirty.set_value(false);
                let plan = store.plan.get_untracked();
                if store.blocked.with_value(|b| b.contains(&plan.id.0)) {
                    store.report_blocked(&plan);
                    break;
                }
                let expect = if store.replacing.get_value().as_ref() == Some(&plan.id) {
                    Expect::Anything
                } else {
                    Expect::Revision(store.revisions.with_value(|r| r.get(&plan.id).copied()))
                };
                let text = format::to_json_compact(&plan);
                match db.save(plan.id.as_str(), &text, expect).await {
                    Ok(revision) => {
                        store.replacing.update_value(|r| {
                            if r.as_ref() == Some(&plan.id) {
                                *r = None;
                            }
                        });
                        store.revisions.update_value(|r| {
                            r.insert(plan.id.clone(), revision);
                        });
                        tabs::announce(&tabs::News::Saved { id: plan.id.0.clone(), revision });
                        store.list(&plan, text.len());
                        if !store.dirty.get_value() {
                            store.unsaved.set(false);
                        }
                    }
                    Err(SaveError::Stale(record)) => store.stale(plan, record),
                    Err(SaveError::Write(error)) => store.report_write(&error),
                }
            }
            store.saving.set_value(false);
            store.measure();
        });
    }

    /// Another tab saved `record` over the revision this tab's `mine` was based on.
    pub(super) fn stale(&self, mine: Plan, record: Record) {
        let theirs = format::from_json(&record.text).ok();
        self.conflict.set(Some(Conflict { mine, theirs, revision: record.revision }));
    }

    /// Keeps both versions: the other tab's stays saved under its id, and this
    /// tab's is saved as a new plan, "… (copy from this tab)", and stays open.
    pub fn keep_both(&self) {
        let Some(conflict) = self.conflict.get_untracked() else { return };
        let mut mine = self.plan.get_untracked();
        self.forget_change(&conflict);
        if let Some(theirs) = &conflict.theirs {
            self.list(theirs, self.size_of(theirs));
        }
        let name = self.i18n.lang_untracked().fill(fill::ConflictCopyName { name: &mine.event.name });
        mine.event.name = name;
        mine.id = fresh_id();
        self.open(mine);
    }

    /// Takes the other tab's version and drops this tab's change.
    pub fn take_theirs(&self) {
        let Some(conflict) = self.conflict.get_untracked() else { return };
        self.forget_change(&conflict);
        if let Some(theirs) = conflict.theirs {
            self.list(&theirs, self.size_of(&theirs));
            self.plan.set(theirs);
            self.unsaved.set(false);
        }
    }

    /// Closes the conflict: the other tab's revision is the one now seen.
    fn forget_change(&self, conflict: &Conflict) {
        self.revisions.update_value(|r| {
            r.insert(conflict.mine.id.clone(), conflict.revision);
        });
        self.dirty.set_value(false);
        self.conflict.set(None);
    }

    fn report_blocked(&self, plan: &Plan) {
        let lang = self.i18n.lang_untracked();
        let key = persist::plan_key(plan.id.as_str());
        self.notices.push(Level::Error, lang.fill(fill::StorageBlocked { name: &plan.event.name, key: &key }));
    }

    /// Asks the browser again how much room is used and left.
    pub(super) fn measure(&self) {
        let room = self.room;
        leptos::task::spawn_local(async move {
            let estimate = persist::room::estimate().await;
            room.update(|r| r.0 = estimate);
        });
    }
}
