//! The one store of the plan, provided in context. Every change to the plan
//! and to the list of saved plans goes through its methods, which save at once
//! and report a failed save instead of losing it silently.
//!
//! Storage is asynchronous: [`provide`] gives a store that is not
//! [`ready`](PlanStore::ready) until the saved plans have been read
//! ([`startup`]); nothing is saved before. Saves run one at a time, each
//! refused when another tab saved the plan since ([`saving`]); the other tabs'
//! saves arrive as news ([`news`]).

mod news;
mod saving;
mod startup;

pub use saving::Conflict;
pub use startup::provide;

use super::clock::now_ms;
use super::i18n::I18n;
use super::notices::{Level, Notices};
use super::persist::db::Db;
use super::persist::room::Room;
use super::persist::{self, AsideEntry, Saved, Unreadable, WriteError};
use crate::domain::command::{self, Done, Outcome};
use crate::domain::demo::demo_plan;
use crate::domain::edit::Edit;
use crate::domain::ids::PlanId;
use crate::domain::validate::Problem;
use crate::domain::Plan;
use crate::i18n::{fill, Key};
use leptos::prelude::*;
use std::collections::HashMap;

/// A saved plan as listed on the plans page.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedPlan {
    pub id: PlanId,
    pub name: String,
    pub offers: usize,
    pub countries: usize,
    /// Its size in storage, in bytes (of its last save).
    pub bytes: usize,
}

impl SavedPlan {
    fn of(plan: &Plan, bytes: usize) -> Self {
        Self {
            id: plan.id.clone(),
            name: plan.event.name.clone(),
            offers: plan.offers.len(),
            countries: plan.countries.len(),
            bytes,
        }
    }
}

/// The plan store.
#[derive(Clone, Copy)]
pub struct PlanStore {
    plan: RwSignal<Plan>,
    saved: RwSignal<Vec<SavedPlan>>,
    aside: RwSignal<Vec<AsideEntry>>,
    /// Whether the open plan has changes not yet saved (pending or failed).
    unsaved: RwSignal<bool>,
    /// Whether the saved plans have been read.
    ready: RwSignal<bool>,
    /// The open plan's change that another tab's save made stale.
    conflict: RwSignal<Option<Conflict>>,
    /// The browser's estimate of the room used and left, and whether it keeps the data.
    room: RwSignal<(Option<Room>, bool)>,
    db: StoredValue<Option<Db>, LocalStorage>,
    /// The revision of each plan as this tab last read or wrote it.
    revisions: StoredValue<HashMap<PlanId, u64>>,
    /// Plans whose id holds an unreadable plan that could not be set aside:
    /// nothing is saved there.
    blocked: StoredValue<Vec<String>>,
    /// The id of a plan the user chose to replace (an import, a new plan).
    replacing: StoredValue<Option<PlanId>>,
    /// Whether a change waits to be saved, and whether a save is running.
    dirty: StoredValue<bool>,
    saving: StoredValue<bool>,
    i18n: I18n,
    notices: Notices,
}

/// A new plan id, unique in practice: time and randomness in base 36.
fn fresh_id() -> PlanId {
    let random = (js_sys::Math::random() * 2_176_782_336.0) as u64;
    PlanId(format!("plan-{}-{}", radix36(now_ms()), radix36(random)))
}

fn radix36(mut n: u64) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

impl PlanStore {
    /// The open plan (tracked).
    pub fn plan(&self) -> ReadSignal<Plan> {
        self.plan.read_only()
    }

    /// The saved plans (tracked).
    pub fn saved(&self) -> ReadSignal<Vec<SavedPlan>> {
        self.saved.read_only()
    }

    /// The saved data that could not be read (tracked).
    pub fn aside(&self) -> ReadSignal<Vec<AsideEntry>> {
        self.aside.read_only()
    }

    /// Whether the open plan has changes not yet saved (tracked).
    pub fn unsaved(&self) -> ReadSignal<bool> {
        self.unsaved.read_only()
    }

    /// Whether the saved plans have been read and the open plan is the one
    /// to show (tracked).
    pub fn ready(&self) -> ReadSignal<bool> {
        self.ready.read_only()
    }

    /// The open plan's change that another tab made stale, for the user to
    /// settle (tracked).
    pub fn conflict(&self) -> ReadSignal<Option<Conflict>> {
        self.conflict.read_only()
    }

    /// The browser's estimate of the room used and left, and whether it
    /// promised to keep the data (tracked).
    pub fn room(&self) -> ReadSignal<(Option<Room>, bool)> {
        self.room.read_only()
    }

    /// Runs `command` on the open plan and saves the plan it makes; gives
    /// its summary. A refusal changes nothing and is shown as a notice,
    /// naming each problem; a failed save is shown too (see `commit`).
    pub fn run<S>(&self, command: impl FnOnce(&Plan) -> Outcome<S>) -> Option<S> {
        match self.try_run(command) {
            Ok(summary) => Some(summary),
            Err(problems) => {
                self.report(&problems);
                None
            }
        }
    }

    /// Applies one edit to the open plan, as [`run`](Self::run) does:
    /// whether it landed.
    pub fn edit(&self, edit: Edit) -> bool {
        self.run(|plan| command::edit(plan, edit)).is_some()
    }

    /// Applies a form's edit: its problems come back to be shown beside the
    /// form's fields (a failed save is still shown as a notice).
    pub fn submit(&self, edit: Edit) -> Result<(), Vec<Problem>> {
        self.try_run(|plan| command::edit(plan, edit))
    }

    /// Runs `command` and saves its plan, or gives its problems.
    fn try_run<S>(&self, command: impl FnOnce(&Plan) -> Outcome<S>) -> Result<S, Vec<Problem>> {
        let Done { plan, summary } = self.plan.with_untracked(command)?;
        self.commit(plan);
        Ok(summary)
    }

    /// Shows why a change was refused.
    fn report(&self, problems: &[Problem]) {
        let lang = self.i18n.lang_untracked();
        let list: Vec<String> = problems.iter().map(|p| lang.problem(p)).collect();
        self.notices.push(Level::Error, lang.fill(fill::EditRefused { list: &list.join("; ") }));
    }

    /// Opens `plan`, saving it (it replaces a saved plan with the same id).
    pub fn open(&self, plan: Plan) {
        let _ = persist::prefs::save_active(plan.id.as_str());
        self.replacing.set_value(Some(plan.id.clone()));
        self.commit(plan);
    }

    /// Opens a fresh copy of the demo workshop as a new plan.
    pub fn open_demo_copy(&self) {
        if let Ok(mut plan) = demo_plan() {
            plan.id = fresh_id();
            self.open(plan);
        }
    }

    /// Opens a new, empty plan.
    pub fn open_empty(&self) {
        let mut plan = Plan { id: fresh_id(), ..Plan::default() };
        plan.event.name = self.i18n.lang().t(Key::PlansUntitled).to_owned();
        plan.event.language = self.i18n.lang().code().to_owned();
        self.open(plan);
    }

    /// Switches to the saved plan `id`, as storage holds it now. An
    /// unreadable one is set aside and reported.
    pub fn switch(&self, id: &PlanId) {
        let (store, id) = (*self, id.clone());
        self.with_db(move |db| async move {
            match db.plan(id.as_str()).await {
                Ok(Some(record)) => match persist::examine(&db, record, now_ms()).await {
                    Ok(saved) => store.show(saved),
                    Err(unreadable) => store.report_unreadable(&db, vec![unreadable]).await,
                },
                Ok(None) => store.saved.update(|s| s.retain(|p| p.id != id)),
                Err(error) => store.report_write(&error),
            }
        });
    }

    /// Deletes the saved plan `id`; the open plan cannot be deleted.
    pub fn delete_saved(&self, id: &PlanId) {
        if &self.plan.get_untracked().id == id {
            return;
        }
        let (store, id) = (*self, id.clone());
        self.with_db(move |db| async move {
            match db.delete(id.as_str()).await {
                Ok(()) => {
                    store.saved.update(|s| s.retain(|p| p.id != id));
                    persist::tabs::announce(&persist::tabs::News::Deleted { id: id.0 });
                    store.measure();
                }
                Err(error) => store.report_write(&error),
            }
        });
    }

    /// Deletes saved data that could not be read (set aside, or still in its
    /// place, which frees that place).
    pub fn delete_aside(&self, key: &str) {
        let Some(entry) = self.aside.with_untracked(|a| a.iter().find(|e| e.key == key).cloned()) else { return };
        let store = *self;
        self.with_db(move |db| async move {
            let deleted = match (&entry.in_place, persist::aside_name(&entry.key)) {
                (Some(id), _) => db.delete(id).await,
                (None, Some(name)) => db.delete_aside(name).await,
                (None, None) => Ok(()),
            };
            match deleted {
                Ok(()) => {
                    if let Some(id) = &entry.in_place {
                        store.blocked.update_value(|b| b.retain(|x| x != id));
                    }
                    store.aside.update(|a| a.retain(|e| e.key != entry.key));
                    persist::tabs::announce(&persist::tabs::News::Aside);
                    store.measure();
                }
                Err(error) => store.report_write(&error),
            }
        });
    }

    /// Runs `task` with the database, if it could be opened.
    fn with_db<F: std::future::Future<Output = ()> + 'static>(&self, task: impl FnOnce(Db) -> F) {
        if let Some(db) = self.db.get_value() {
            leptos::task::spawn_local(task(db));
        }
    }

    /// Shows a plan as read from storage (no save: it is saved already).
    fn show(&self, saved: Saved) {
        let _ = persist::prefs::save_active(saved.plan.id.as_str());
        self.reload(saved);
        self.unsaved.set(false);
    }

    /// Puts `plan` in the list of saved plans, or updates its entry.
    fn list(&self, plan: &Plan, bytes: usize) {
        let summary = SavedPlan::of(plan, bytes);
        self.saved.update(|saved| match saved.iter_mut().find(|s| s.id == summary.id) {
            Some(entry) => *entry = summary,
            None => saved.push(summary),
        });
    }

    /// Reports a failed write in words.
    fn report_write(&self, error: &WriteError) {
        let lang = self.i18n.lang_untracked();
        let text = match error {
            WriteError::Full => lang.t(Key::StorageFull).to_owned(),
            WriteError::Unavailable(why) => lang.fill(fill::StorageUnavailable { detail: why }),
        };
        self.notices.push(Level::Error, text);
    }

    /// Why a write failed, in words.
    fn why(&self, error: &WriteError) -> String {
        match error {
            WriteError::Full => self.i18n.lang_untracked().t(Key::StorageWhyFull).to_owned(),
            WriteError::Unavailable(detail) => detail.clone(),
        }
    }

    /// Reports unreadable saved plans: set aside, or (no room) left in place,
    /// which blocks saving at their id. Refreshes the set-aside list.
    async fn report_unreadable(&self, db: &Db, unreadable: Vec<Unreadable>) {
        let lang = self.i18n.lang_untracked();
        for u in &unreadable {
            let (key, error) = (persist::plan_key(&u.id), lang.format_error(&u.error));
            let text = match &u.moved {
                Ok(()) => {
                    self.blocked.update_value(|b| b.retain(|x| x != &u.id));
                    lang.fill(fill::StorageSetAside { key: &key, error: &error })
                }
                Err(why) => {
                    self.blocked.update_value(|b| b.push(u.id.clone()));
                    let why = self.why(why);
                    lang.fill(fill::StorageNotSetAside { key: &key, error: &error, why: &why })
                }
            };
            self.notices.push(Level::Error, text);
            self.saved.update(|s| s.retain(|p| p.id.as_str() != u.id));
        }
        if !unreadable.is_empty() {
            let reported = |e: &AsideEntry| unreadable.iter().any(|u| e.in_place.as_ref() == Some(&u.id));
            let still: Vec<AsideEntry> = self
                .aside
                .with_untracked(|a| a.iter().filter(|e| e.in_place.is_some() && !reported(e)).cloned().collect());
            let mut entries = persist::stored_aside(db).await;
            entries.extend(still.into_iter().chain(unreadable.iter().filter_map(Unreadable::in_place)));
            self.aside.set(entries);
            persist::tabs::announce(&persist::tabs::News::Aside);
        }
    }
}

/// The plan store in context.
pub fn use_store() -> PlanStore {
    expect_context::<PlanStore>()
}
