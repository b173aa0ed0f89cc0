//! Migrations from every earlier file version to the current one.
//!
//! Each step rewrites the raw JSON of version `n` into version `n + 1`, so a
//! file of any age is brought forward one step at a time. Every old version
//! keeps a golden file in `tests/fixtures/` that must still read.

use super::{FormatError, VERSION};
use serde_json::Value;

/// One migration step, rewriting a file in place.
type Step = fn(&mut Value) -> Result<(), FormatError>;

/// `STEPS[i]` turns version `i + 1` into version `i + 2`.
const STEPS: [Step; (VERSION - 1) as usize] = [v1_to_v2];

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
