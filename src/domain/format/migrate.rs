//! Migrations from every earlier file version to the current one.
//!
//! Each step rewrites the raw JSON of version `n` into version `n + 1`, so a
//! file of any age is brought forward one step at a time. Every old version
//! keeps a golden file in `tests/fixtures/` that must still read.

use super::{FormatError, VERSION};
use serde_json::Value;

/// One migration step: rewrites a file of one version into the next.
type Step = fn(&mut Value) -> Result<(), FormatError>;

/// `STEPS[i]` turns version `i + 1` into version `i + 2`.
const STEPS: [Step; (VERSION - 1) as usize] = [v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5];

/// Brings `file` from `version` up to [`VERSION`].
pub fn to_current(file: &mut Value, version: u64) -> Result<(), FormatError> {
    for step in STEPS.iter().skip(version.saturating_sub(1) as usize) {
        step(file)?;
    }
    if let Some(object) = file.as_object_mut() {
        object.insert("version".into(), VERSION.into());
    }
    Ok(())
}

/// Version 2 adds demand: `interests` and `theme_interests`, empty in older plans.
fn v1_to_v2(file: &mut Value) -> Result<(), FormatError> {
    if let Some(plan) = file.get_mut("plan").and_then(Value::as_object_mut) {
        for key in ["interests", "theme_interests"] {
            plan.entry(key).or_insert_with(|| Value::Array(Vec::new()));
        }
    }
    Ok(())
}

/// Version 3 adds the schedule (absent until one is computed), offers'
/// `max_sessions` and `min_attendees` (default 1) and countries'
/// `availability` (default: everyone, every slot): old files read unchanged.
fn v2_to_v3(_file: &mut Value) -> Result<(), FormatError> {
    Ok(())
}

/// Version 4 adds what follows the rounds (cooperation actions, the
/// committee's evaluation, the selection and its follow-up) and the
/// schedule's chosen delegates, all optional: old files read unchanged.
fn v3_to_v4(_file: &mut Value) -> Result<(), FormatError> {
    Ok(())
}

/// Version 5 adds the region's languages and the day of the rounds (content
/// translations, interpretation, attendance, outcomes), all optional: old
/// files read unchanged.
fn v4_to_v5(_file: &mut Value) -> Result<(), FormatError> {
    Ok(())
}
