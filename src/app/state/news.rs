//! What the other tabs saved: the list of saved plans follows, and the open
//! plan is reloaded, unless this tab holds a change of it that is not saved,
//! in which case the user is shown both versions ([`super::Conflict`]).

use super::PlanStore;
use crate::app::clock::now_ms;
use crate::app::persist::tabs::{self, News};
use crate::app::persist::{self, Saved};
use leptos::prelude::*;

impl PlanStore {
    /// Listens to the other tabs for as long as the page lives.
    pub(super) fn follow_other_tabs(&self) {
        let store = *self;
        tabs::listen(move |news| store.hear(news));
    }

    fn hear(&self, news: News) {
        let store = *self;
        match news {
            News::Saved { id, revision } => self.with_db(move |db| async move {
                let seen = store.revisions.with_value(|r| r.iter().any(|(k, &v)| k.0 == id && v >= revision));
                if seen {
                    return;
                }
                let Ok(Some(record)) = db.plan(&id).await else { return };
                let is_open = store.plan.with_untracked(|p| p.id.0 == id);
                if is_open && store.unsaved.get_untracked() {
                    // A save of this tab's change runs or waits: it will find the
                    // newer revision and ask. A failed one asks now.
                    if !store.saving.get_value() && !store.dirty.get_value() {
                        store.stale(store.plan.get_untracked(), record);
                    }
                    return;
                }
                match persist::examine(&db, record, now_ms()).await {
                    Ok(saved) if is_open => store.reload(saved),
                    Ok(saved) => store.list(&saved.plan, saved.bytes),
                    Err(unreadable) => store.report_unreadable(&db, vec![unreadable]).await,
                }
                store.measure();
            }),
            News::Deleted { id } => {
                self.saved.update(|s| s.retain(|p| p.id.0 != id));
                self.measure();
            }
            News::Aside => self.with_db(move |db| async move {
                let mut entries = persist::stored_aside(&db).await;
                let in_place = store
                    .aside
                    .with_untracked(|a| a.iter().filter(|e| e.in_place.is_some()).cloned().collect::<Vec<_>>());
                entries.extend(in_place);
                store.aside.set(entries);
            }),
        }
    }

    /// Shows the open plan as another tab saved it.
    pub(super) fn reload(&self, saved: Saved) {
        self.revisions.update_value(|r| {
            r.insert(saved.plan.id.clone(), saved.revision);
        });
        self.list(&saved.plan, saved.bytes);
        self.plan.set(saved.plan);
    }
}
