//! Local storage: the small preferences (the interface language, the plan
//! open last), and the plans that earlier versions of Rondas kept there.

use super::WriteError;
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

const LANGUAGE: &str = "rondas.language";
const ACTIVE_PLAN: &str = "rondas.active-plan";
/// Where earlier versions saved each plan, and what they set aside.
pub const LEGACY_PLAN: &str = "rondas.plan.";
pub const LEGACY_ASIDE: &str = "rondas.aside.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether local storage can be used at all.
pub fn available() -> bool {
    storage().is_some()
}

/// The entries whose key starts with `prefix`, as (key, text), sorted by key.
pub fn entries_with(prefix: &str) -> Vec<(String, String)> {
    let Some(s) = storage() else { return Vec::new() };
    let len = s.length().unwrap_or(0);
    let mut keys: Vec<String> =
        (0..len).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect();
    keys.sort();
    keys.into_iter().filter_map(|key| s.get_item(&key).ok().flatten().map(|text| (key, text))).collect()
}

/// Removes a key of local storage.
pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

fn write(key: &str, text: &str) -> Result<(), WriteError> {
    let s = storage().ok_or_else(|| WriteError::Unavailable("localStorage".into()))?;
    s.set_item(key, text).map_err(|e| match e.dyn_ref::<web_sys::DomException>() {
        Some(ex) if ex.name() == "QuotaExceededError" => WriteError::Full,
        Some(ex) => WriteError::Unavailable(ex.message()),
        None => WriteError::Unavailable(format!("{e:?}")),
    })
}

/// The id of the plan that was open last.
pub fn load_active() -> Option<String> {
    available().then(|| LocalStorage::get(ACTIVE_PLAN).ok()).flatten()
}

/// Remembers which plan is open.
pub fn save_active(id: &str) -> Result<(), WriteError> {
    write(ACTIVE_PLAN, &serde_json::to_string(id).unwrap_or_default())
}

/// The saved interface language.
pub fn load_language() -> Option<String> {
    available().then(|| LocalStorage::get(LANGUAGE).ok()).flatten()
}

/// Remembers the interface language; a preference, so a failure is ignored.
pub fn save_language(code: &str) {
    if available() {
        let _ = LocalStorage::set(LANGUAGE, code);
    }
}
