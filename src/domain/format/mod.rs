//! The plan file: a versioned JSON envelope around a [`Plan`].
//!
//! ```json
//! { "format": "rondas-plan", "version": 1, "plan": { … } }
//! ```
//!
//! The same text is what local storage keeps and what an export downloads.
//! Reading goes: JSON syntax → envelope → migrations up to [`VERSION`] →
//! typed records (with the path of any wrong field) → [`validate`]. See
//! `FORMAT.md` beside this file and `public/rondas-plan.schema.json`.

mod error;
mod migrate;

pub use error::FormatError;

use crate::domain::model::Plan;
use crate::domain::validate::validate;
use serde::Serialize;
use serde_json::Value;

/// The `format` name every plan file carries.
pub const FORMAT_NAME: &str = "rondas-plan";
/// The version this build writes; every earlier one is migrated on reading.
pub const VERSION: u64 = 1;

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u64,
    plan: &'a Plan,
}

/// The plan as a pretty-printed plan file, for export.
pub fn to_json(plan: &Plan) -> String {
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string_pretty(&envelope(plan)).unwrap_or_default()
}

/// The plan as a compact plan file, for local storage.
pub fn to_json_compact(plan: &Plan) -> String {
    serde_json::to_string(&envelope(plan)).unwrap_or_default()
}

fn envelope(plan: &Plan) -> Envelope<'_> {
    Envelope { format: FORMAT_NAME, version: VERSION, plan }
}

/// Reads a plan file of any supported version, migrating and validating it.
pub fn from_json(text: &str) -> Result<Plan, FormatError> {
    let mut value: Value = serde_json::from_str(text).map_err(|e| FormatError::Syntax {
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    })?;
    let version = read_envelope(&value)?;
    migrate::to_current(&mut value, version)?;
    let body = value.get_mut("plan").map(Value::take).unwrap_or(Value::Null);
    let plan: Plan = serde_path_to_error::deserialize(body).map_err(|e| {
        let inner = e.path().to_string();
        FormatError::Shape {
            path: if inner == "." { "plan".into() } else { format!("plan.{inner}") },
            detail: e.inner().to_string(),
        }
    })?;
    let problems = validate(&plan);
    if problems.is_empty() {
        Ok(plan)
    } else {
        Err(FormatError::Invalid(problems))
    }
}

/// Checks the format name and returns the version.
fn read_envelope(value: &Value) -> Result<u64, FormatError> {
    let object = value.as_object().ok_or(FormatError::NotAPlan)?;
    if object.get("format").and_then(Value::as_str) != Some(FORMAT_NAME) {
        return Err(FormatError::NotAPlan);
    }
    match object.get("version").and_then(Value::as_u64) {
        Some(v) if (1..=VERSION).contains(&v) => Ok(v),
        Some(v) => Err(FormatError::UnsupportedVersion { found: v.to_string() }),
        None => Err(FormatError::UnsupportedVersion {
            found: object.get("version").map_or_else(|| "none".into(), Value::to_string),
        }),
    }
}
