//! Start-up. The store is provided at once, empty and not ready; then the
//! plans of earlier versions move over, the saved plans are read, and only
//! then is a plan shown and anything saved: the demo is never saved over a
//! key before the saved plans have been read.

use super::{fresh_id, PlanStore, SavedPlan};
use crate::app::clock::now_ms;
use crate::app::i18n::I18n;
use crate::app::notices::{Level, Notices};
use crate::app::persist::{self, db, legacy, prefs, room};
use crate::domain::demo::demo_plan;
use crate::domain::Plan;
use crate::i18n::{fill, Key};
use leptos::prelude::*;

/// Provides the store, and starts reading the saved plans.
pub fn provide(i18n: I18n, notices: Notices) -> PlanStore {
    let store = PlanStore {
        plan: RwSignal::new(Plan::default()),
        saved: RwSignal::new(Vec::new()),
        aside: RwSignal::new(Vec::new()),
        unsaved: RwSignal::new(false),
        ready: RwSignal::new(false),
        conflict: RwSignal::new(None),
        room: RwSignal::new((None, false)),
        db: StoredValue::new_local(None),
        revisions: StoredValue::new(Default::default()),
        blocked: StoredValue::new(Vec::new()),
        replacing: StoredValue::new(None),
        dirty: StoredValue::new(false),
        saving: StoredValue::new(false),
        i18n,
        notices,
    };
    provide_context(store);
    leptos::task::spawn_local(store.start());
    store
}

impl PlanStore {
    async fn start(self) {
        match self.read_saved().await {
            Some(plan) => self.reload(plan),
            None => self.open_demo(),
        }
        self.ready.set(true);
        self.flush();
        self.follow_other_tabs();
        let kept = room::ask_to_keep().await;
        self.room.update(|r| r.1 = kept);
        self.measure();
    }

    /// Opens the database, moves the old version's plans over and reads
    /// every saved plan; returns the one to open. When storage cannot be
    /// read, says so and keeps the database closed: nothing will be saved.
    async fn read_saved(&self) -> Option<persist::Saved> {
        let lang = self.i18n.lang_untracked();
        let Ok(db) = db::open().await else {
            self.notices.push(Level::Error, lang.t(Key::StorageOff).to_owned());
            return None;
        };
        if let Err(error) = legacy::migrate(&db, now_ms()).await {
            let why = self.why(&error);
            self.notices.push(Level::Error, lang.fill(fill::StorageMigrateFailed { why: &why }));
        }
        let loaded = match persist::load(&db, now_ms()).await {
            Ok(loaded) => loaded,
            Err(_) => {
                self.notices.push(Level::Error, lang.t(Key::StorageOff).to_owned());
                return None;
            }
        };
        self.db.set_value(Some(db.clone()));
        self.saved.set(loaded.plans.iter().map(|s| SavedPlan::of(&s.plan, s.bytes)).collect());
        self.revisions.set_value(loaded.plans.iter().map(|s| (s.plan.id.clone(), s.revision)).collect());
        self.aside.set(persist::stored_aside(&db).await);
        self.report_unreadable(&db, loaded.unreadable).await;
        let active = prefs::load_active();
        let mut plans = loaded.plans;
        let chosen = plans.iter().position(|s| Some(s.plan.id.as_str()) == active.as_deref());
        chosen.or((!plans.is_empty()).then_some(0)).map(|i| plans.swap_remove(i))
    }

    /// Opens the demo workshop, under a new id when its own holds a plan
    /// that could not be read nor set aside.
    fn open_demo(&self) {
        match demo_plan() {
            Ok(mut plan) => {
                if self.blocked.with_value(|b| b.contains(&plan.id.0)) {
                    plan.id = fresh_id();
                }
                self.open(plan);
            }
            Err(e) => self.notices.push(Level::Error, e.to_string()),
        }
    }
}
