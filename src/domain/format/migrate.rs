//! Migrations from every earlier file version to the current one.
//!
//! Each step rewrites the raw JSON of version `n` into version `n + 1`, so a
//! file of any age is brought forward one step at a time. Version 1 is the
//! first published version: there is nothing to migrate yet, and the steps
//! of later versions are added to [`STEPS`] as the format grows.

use super::{FormatError, VERSION};
use serde_json::Value;

/// `STEPS[i]` turns version `i + 1` into version `i + 2`.
const STEPS: [fn(&mut Value) -> Result<(), FormatError>; (VERSION - 1) as usize] = [];

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
