//! The one store of the plan, provided in context. Every change to the plan
//! and to the list of saved plans goes through its methods, which save at once
//! and report a failed save instead of losing it silently.

use super::clock::now_ms;
use super::i18n::I18n;
use super::notices::{Level, Notices};
use super::persist::{self, AsideEntry, WriteError};
use crate::domain::demo::demo_plan;
use crate::domain::edit::{apply, Edit};
use crate::domain::ids::PlanId;
use crate::domain::validate::Problem;
use crate::domain::Plan;
use crate::i18n::{fill, Key};
use leptos::prelude::*;

/// A saved plan as listed on the plans page.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedPlan {
    pub id: PlanId,
    pub name: String,
    pub offers: usize,
    pub countries: usize,
}

impl SavedPlan {
    fn of(plan: &Plan) -> Self {
        Self {
            id: plan.id.clone(),
            name: plan.event.name.clone(),
            offers: plan.offers.len(),
            countries: plan.countries.len(),
        }
    }
}

/// The plan store.
#[derive(Clone, Copy)]
pub struct PlanStore {
    plan: RwSignal<Plan>,
    saved: RwSignal<Vec<SavedPlan>>,
    aside: RwSignal<Vec<AsideEntry>>,
    /// Whether the open plan has changes that could not be saved.
    unsaved: RwSignal<bool>,
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

    /// The plans set aside because they could not be read (tracked).
    pub fn aside(&self) -> ReadSignal<Vec<AsideEntry>> {
        self.aside.read_only()
    }

    /// Whether the last change could not be saved (tracked).
    pub fn unsaved(&self) -> ReadSignal<bool> {
        self.unsaved.read_only()
    }

    /// Applies an edit to the open plan; on problems nothing changes.
    pub fn edit(&self, edit: Edit) -> Result<(), Vec<Problem>> {
        let next = apply(&self.plan.get_untracked(), edit)?;
        self.commit(next);
        Ok(())
    }

    /// Opens `plan`, saving it (it replaces a saved plan with the same id).
    pub fn open(&self, plan: Plan) {
        let _ = persist::save_active(&plan.id);
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

    /// Switches to the saved plan `id`. An unreadable one is set aside.
    pub fn switch(&self, id: &PlanId) {
        let (plans, unreadable) = persist::load_plans(now_ms());
        self.report_unreadable(&unreadable);
        match plans.into_iter().find(|p| &p.id == id) {
            Some(plan) => self.open(plan),
            None => self.refresh_lists(),
        }
    }

    /// Deletes the saved plan `id`; the open plan cannot be deleted.
    pub fn delete_saved(&self, id: &PlanId) {
        if &self.plan.get_untracked().id != id {
            persist::delete_plan(id);
            self.saved.update(|s| s.retain(|p| &p.id != id));
        }
    }

    /// Deletes a set-aside entry.
    pub fn delete_aside(&self, key: &str) {
        persist::delete_aside(key);
        self.aside.set(persist::aside_entries());
    }

    fn commit(&self, plan: Plan) {
        let result = persist::save_plan(&plan);
        let summary = SavedPlan::of(&plan);
        self.plan.set(plan);
        self.saved.update(|saved| match saved.iter_mut().find(|s| s.id == summary.id) {
            Some(entry) => *entry = summary,
            None => saved.push(summary),
        });
        match result {
            Ok(()) => self.unsaved.set(false),
            Err(error) => {
                self.unsaved.set(true);
                let lang = self.i18n.lang();
                let text = match error {
                    WriteError::Full => lang.t(Key::StorageFull).to_owned(),
                    WriteError::Unavailable(why) => lang.fill(fill::StorageUnavailable { detail: &why }),
                };
                self.notices.push(Level::Error, text);
            }
        }
    }

    fn refresh_lists(&self) {
        let (plans, _) = persist::load_plans(now_ms());
        self.saved.set(plans.iter().map(SavedPlan::of).collect());
        self.aside.set(persist::aside_entries());
    }

    fn report_unreadable(&self, unreadable: &[persist::Unreadable]) {
        let lang = self.i18n.lang_untracked();
        for u in unreadable {
            let (key, error) = (u.key.as_str(), &lang.format_error(&u.error));
            let text = if u.moved {
                lang.fill(fill::StorageSetAside { key, error })
            } else {
                lang.fill(fill::StorageUnreadable { key, error })
            };
            self.notices.push(Level::Error, text);
        }
        if !unreadable.is_empty() {
            self.aside.set(persist::aside_entries());
        }
    }
}

/// Loads the saved plans, opens the last one (or the demo) and provides the store.
pub fn provide(i18n: I18n, notices: Notices) -> PlanStore {
    let (plans, unreadable) = persist::load_plans(now_ms());
    let active = persist::load_active();
    let store = PlanStore {
        plan: RwSignal::new(Plan::default()),
        saved: RwSignal::new(plans.iter().map(SavedPlan::of).collect()),
        aside: RwSignal::new(persist::aside_entries()),
        unsaved: RwSignal::new(false),
        i18n,
        notices,
    };
    store.report_unreadable(&unreadable);
    if !persist::available() {
        notices.push(Level::Error, i18n.lang_untracked().t(Key::StorageOff).to_owned());
    }
    let chosen =
        plans.iter().position(|p| Some(p.id.as_str()) == active.as_deref()).or((!plans.is_empty()).then_some(0));
    match chosen.and_then(|i| plans.into_iter().nth(i)) {
        Some(plan) => store.plan.set(plan),
        None => match demo_plan() {
            Ok(plan) => store.open(plan),
            Err(e) => notices.push(Level::Error, e.to_string()),
        },
    }
    provide_context(store);
    store
}

/// The plan store in context.
pub fn use_store() -> PlanStore {
    expect_context::<PlanStore>()
}
