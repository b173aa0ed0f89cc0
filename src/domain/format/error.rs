//! Why a plan file was refused.

use crate::domain::validate::Problem;

/// Why a plan file could not be read. Every variant names the place.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum FormatError {
    /// The text is not JSON.
    #[error("not valid JSON at line {line}, column {column}: {detail}")]
    Syntax { line: usize, column: usize, detail: String },
    /// The JSON lacks `"format": "rondas-plan"`.
    #[error("not a Rondas plan file (no \"format\": \"rondas-plan\")")]
    NotAPlan,
    /// The version is missing, newer than this build, or not a number.
    #[error("unsupported version {found}; this build reads versions 1 to {}", super::VERSION)]
    UnsupportedVersion { found: String },
    /// A plan was expected, but the file is a delegation's response.
    #[error("this is a response file from country \"{country}\", not a plan: merge it into a plan instead")]
    IsResponse { country: String },
    /// A field is missing, unknown or of the wrong type.
    #[error("{path}: {detail}")]
    Shape { path: String, detail: String },
    /// The records are well formed but inconsistent.
    #[error("{} problem(s): {}", .0.len(), .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<Problem>),
}
