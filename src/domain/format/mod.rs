//! The plan file: a versioned JSON envelope around a [`Plan`], or around a
//! [`Response`] (one delegation's answers).
//!
//! ```json
//! { "format": "rondas-plan", "version": 5, "plan": { … } }
//! { "format": "rondas-plan", "version": 5, "response": { … } }
//! ```
//!
//! The same text is what local storage keeps and what an export downloads.
//! Reading goes: JSON syntax → envelope → migrations up to [`VERSION`] →
//! typed records (with the path of any wrong field) → validation. See
//! `FORMAT.md` beside this file, and [`schema`] for the JSON Schema derived
//! from the types (`public/rondas-plan.schema.json`).

mod error;
mod migrate;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;

pub use error::{excerpt, FormatError};

use crate::domain::date::DateError;
use crate::domain::model::{Plan, Response};
use crate::domain::validate::{validate, validate_response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// The `format` name every plan file carries.
pub const FORMAT_NAME: &str = "rondas-plan";
/// The version this build writes; every earlier one is migrated on reading.
pub const VERSION: u64 = 5;

/// The most bytes a plan file may hold: 32 MiB, room for a plan of 20 MB
/// (600 offers with every note filled take 2.6 MB) while a wrong file
/// (a video, `/dev/zero`) is refused before it is read whole.
pub const MAX_BYTES: usize = 32 * 1024 * 1024;

/// What a file holds.
// One value per file read: boxing the plan would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum PlanFile {
    /// A plan (boxed: it is much larger than a response).
    Plan(Box<Plan>),
    Response(Response),
}

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<&'a Plan>,
    #[serde(skip_serializing_if = "Option::is_none")]
    response: Option<&'a Response>,
}

impl<'a> Envelope<'a> {
    fn new(plan: Option<&'a Plan>, response: Option<&'a Response>) -> Self {
        Self { format: FORMAT_NAME, version: VERSION, plan, response }
    }
}

// Serialising plain structs with string keys cannot fail: `unwrap_or_default`
// only satisfies the type.

/// The plan as a pretty-printed plan file, for export.
pub fn to_json(plan: &Plan) -> String {
    serde_json::to_string_pretty(&Envelope::new(Some(plan), None)).unwrap_or_default()
}

/// The plan as a compact plan file, for local storage.
pub fn to_json_compact(plan: &Plan) -> String {
    serde_json::to_string(&Envelope::new(Some(plan), None)).unwrap_or_default()
}

/// A response as a pretty-printed file.
pub fn response_to_json(response: &Response) -> String {
    serde_json::to_string_pretty(&Envelope::new(None, Some(response))).unwrap_or_default()
}

/// The text of a file's bytes: at most [`MAX_BYTES`], UTF-8 (an invalid
/// sequence is named by its byte offset), without the byte-order mark that
/// Windows editors write.
pub fn text_of(bytes: &[u8]) -> Result<&str, FormatError> {
    if bytes.len() > MAX_BYTES {
        return Err(FormatError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| FormatError::NotUtf8 { offset: e.valid_up_to() })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Reads a plan or response file of any supported version, migrating and
/// validating it. A byte-order mark is skipped; every message quotes at most
/// an [`excerpt`] of a value of the file.
pub fn read(text: &str) -> Result<PlanFile, FormatError> {
    read_unshortened(text).map_err(FormatError::shortened)
}

fn read_unshortened(text: &str) -> Result<PlanFile, FormatError> {
    let text = text_of(text.as_bytes())?;
    let mut value: Value = serde_json::from_str(text).map_err(|e| FormatError::Syntax {
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    })?;
    let version = read_envelope(&value)?;
    migrate::to_current(&mut value, version)?;
    if let Some(body) = value.get_mut("response").map(Value::take) {
        let response: Response = typed(body, "response")?;
        return match validate_response(&response) {
            problems if problems.is_empty() => Ok(PlanFile::Response(response)),
            problems => Err(FormatError::Invalid(problems)),
        };
    }
    let plan: Plan = typed(value.get_mut("plan").map(Value::take).unwrap_or(Value::Null), "plan")?;
    match validate(&plan) {
        problems if problems.is_empty() => Ok(PlanFile::Plan(Box::new(plan))),
        problems => Err(FormatError::Invalid(problems)),
    }
}

/// Reads a plan file; a response file is refused with [`FormatError::IsResponse`].
pub fn from_json(text: &str) -> Result<Plan, FormatError> {
    match read(text)? {
        PlanFile::Plan(plan) => Ok(*plan),
        PlanFile::Response(r) => Err(FormatError::IsResponse { country: r.country.to_string() }),
    }
}

/// Deserialises `body`, naming the path of a wrong field from `root`.
fn typed<T: DeserializeOwned>(body: Value, root: &str) -> Result<T, FormatError> {
    serde_path_to_error::deserialize(body).map_err(|e| {
        let inner = e.path().to_string();
        let path = if inner == "." { root.into() } else { format!("{root}.{inner}") };
        let detail = e.inner().to_string();
        match DateError::from_message(&detail) {
            Some(error) => FormatError::BadDate { path, error },
            None => FormatError::Shape { path, detail },
        }
    })
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
