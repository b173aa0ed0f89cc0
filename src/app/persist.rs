//! Local storage, isolated here: what is saved is the plan file itself
//! (the same versioned format as an export), one key per plan.
//!
//! Reading never loses data: a saved plan that cannot be read is moved to a
//! "set aside" key, kept until the user downloads or deletes it, and never
//! overwritten. Writing reports failures (a full quota) instead of ignoring them.

use crate::domain::format::{self, FormatError};
use crate::domain::ids::PlanId;
use crate::domain::Plan;
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

/// Every key Rondas writes.
enum StorageKey<'a> {
    Language,
    ActivePlan,
    Plan(&'a str),
    Aside(&'a str),
}

const PLAN_PREFIX: &str = "rondas.plan.";
const ASIDE_PREFIX: &str = "rondas.aside.";

impl StorageKey<'_> {
    fn name(&self) -> String {
        match self {
            Self::Language => "rondas.language".into(),
            Self::ActivePlan => "rondas.active-plan".into(),
            Self::Plan(id) => format!("{PLAN_PREFIX}{id}"),
            Self::Aside(name) => format!("{ASIDE_PREFIX}{name}"),
        }
    }
}

/// Why a write failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The browser's storage quota is used up.
    Full,
    /// Storage is disabled or refused the write for another reason.
    Unavailable(String),
}

/// A saved plan that could not be read, kept aside under its own key.
#[derive(Clone, Debug, PartialEq)]
pub struct AsideEntry {
    pub key: String,
    pub text: String,
}

/// A saved plan that failed to load, and why.
pub struct Unreadable {
    pub key: String,
    pub error: FormatError,
    /// Whether it could be moved aside (else it stays where it was).
    pub moved: bool,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether local storage can be used at all.
pub fn available() -> bool {
    storage().is_some()
}

fn keys_with(prefix: &str) -> Vec<String> {
    let Some(s) = storage() else { return Vec::new() };
    let len = s.length().unwrap_or(0);
    let mut keys: Vec<String> =
        (0..len).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect();
    keys.sort();
    keys
}

fn write_raw(key: &str, text: &str) -> Result<(), WriteError> {
    let s = storage().ok_or_else(|| WriteError::Unavailable("localStorage".into()))?;
    s.set_item(key, text).map_err(|e| match e.dyn_ref::<web_sys::DomException>() {
        Some(ex) if ex.name() == "QuotaExceededError" => WriteError::Full,
        Some(ex) => WriteError::Unavailable(ex.message()),
        None => WriteError::Unavailable(format!("{e:?}")),
    })
}

fn read_raw(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn remove_raw(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Saves `plan` under its id.
pub fn save_plan(plan: &Plan) -> Result<(), WriteError> {
    write_raw(&StorageKey::Plan(plan.id.as_str()).name(), &format::to_json_compact(plan))
}

/// Deletes the saved plan with this id.
pub fn delete_plan(id: &PlanId) {
    remove_raw(&StorageKey::Plan(id.as_str()).name());
}

/// Reads every saved plan. Unreadable ones are moved aside and reported.
pub fn load_plans(now_ms: u64) -> (Vec<Plan>, Vec<Unreadable>) {
    let mut plans = Vec::new();
    let mut unreadable = Vec::new();
    for key in keys_with(PLAN_PREFIX) {
        let Some(text) = read_raw(&key) else { continue };
        match format::from_json(&text) {
            Ok(plan) => plans.push(plan),
            Err(error) => {
                let id = key.trim_start_matches(PLAN_PREFIX);
                let aside = StorageKey::Aside(&format!("{id}.{now_ms}")).name();
                let moved = write_raw(&aside, &text).is_ok();
                if moved {
                    remove_raw(&key);
                }
                unreadable.push(Unreadable { key, error, moved });
            }
        }
    }
    (plans, unreadable)
}

/// The plans kept aside because they could not be read.
pub fn aside_entries() -> Vec<AsideEntry> {
    keys_with(ASIDE_PREFIX).into_iter().filter_map(|key| read_raw(&key).map(|text| AsideEntry { key, text })).collect()
}

/// Deletes a set-aside entry, once the user chose to.
pub fn delete_aside(key: &str) {
    if key.starts_with(ASIDE_PREFIX) {
        remove_raw(key);
    }
}

/// The id of the plan that was open last.
pub fn load_active() -> Option<String> {
    available().then(|| LocalStorage::get(StorageKey::ActivePlan.name()).ok()).flatten()
}

/// Remembers which plan is open.
pub fn save_active(id: &PlanId) -> Result<(), WriteError> {
    let json = serde_json::to_string(id.as_str()).unwrap_or_default();
    write_raw(&StorageKey::ActivePlan.name(), &json)
}

/// The saved interface language.
pub fn load_language() -> Option<String> {
    available().then(|| LocalStorage::get(StorageKey::Language.name()).ok()).flatten()
}

/// Remembers the interface language; a preference, so a failure is ignored.
pub fn save_language(code: &str) {
    if available() {
        let _ = LocalStorage::set(StorageKey::Language.name(), code);
    }
}
