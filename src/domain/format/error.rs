//! Why a plan file was refused.

use crate::domain::validate::Problem;

/// Why a plan file could not be read. Every variant names the place. Its
/// words (and its `Display`, in English) are in [`crate::i18n`].
#[derive(Clone, Debug, PartialEq)]
pub enum FormatError {
    /// The text is not JSON.
    Syntax { line: usize, column: usize, detail: String },
    /// The JSON lacks `"format": "rondas-plan"`.
    NotAPlan,
    /// The version is missing, newer than this build, or not a number.
    UnsupportedVersion { found: String },
    /// A plan was expected, but the file is a delegation's response.
    IsResponse { country: String },
    /// A field is missing, unknown or of the wrong type.
    Shape { path: String, detail: String },
    /// The records are well formed but inconsistent.
    Invalid(Vec<Problem>),
}

impl std::error::Error for FormatError {}
