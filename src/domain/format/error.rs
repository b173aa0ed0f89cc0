//! Why a plan file was refused.

use crate::domain::date::DateError;
use crate::domain::validate::{Problem, ProblemKind};

/// Why a plan file could not be read. Every variant names the place. Its
/// words (and its `Display`, in English) are in [`crate::i18n`].
#[derive(Clone, Debug, PartialEq)]
pub enum FormatError {
    /// The file is larger than [`super::MAX_BYTES`].
    TooLarge,
    /// The file is not UTF-8 text.
    NotUtf8 { offset: usize },
    /// The file could not be read at all (the browser's or system's words).
    Unreadable { detail: String },
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
    /// A date, time or time stamp field does not hold one.
    BadDate { path: String, error: DateError },
    /// The records are well formed but inconsistent.
    Invalid(Vec<Problem>),
}

/// The most characters of a value from the file that a message quotes.
pub const EXCERPT_CHARS: usize = 80;

/// `text`, or when it is longer than [`EXCERPT_CHARS`] its start and end
/// around an ellipsis that says how much was left out: a message about a
/// 1 MB value stays a line.
pub fn excerpt(text: &str) -> String {
    let count = text.chars().count();
    if count <= EXCERPT_CHARS {
        return text.to_owned();
    }
    let (head, tail) = (EXCERPT_CHARS / 2, EXCERPT_CHARS / 4);
    let start: String = text.chars().take(head).collect();
    let end: String = text.chars().skip(count - tail).collect();
    format!("{start}…[{} characters]…{end}", count - head - tail)
}

impl FormatError {
    /// The same error, quoting at most an excerpt of each value of the file.
    pub fn shortened(self) -> Self {
        match self {
            Self::Unreadable { detail } => Self::Unreadable { detail: excerpt(&detail) },
            Self::Syntax { line, column, detail } => Self::Syntax { line, column, detail: excerpt(&detail) },
            Self::UnsupportedVersion { found } => Self::UnsupportedVersion { found: excerpt(&found) },
            Self::IsResponse { country } => Self::IsResponse { country: excerpt(&country) },
            Self::Shape { path, detail } => Self::Shape { path: excerpt(&path), detail: excerpt(&detail) },
            Self::BadDate { path, error } => {
                let error = match error {
                    DateError::Date(text) => DateError::Date(excerpt(&text)),
                    DateError::Time(text) => DateError::Time(excerpt(&text)),
                    DateError::Timestamp(text) => DateError::Timestamp(excerpt(&text)),
                };
                Self::BadDate { path: excerpt(&path), error }
            }
            Self::Invalid(problems) => Self::Invalid(problems.into_iter().map(shortened_problem).collect()),
            kept @ (Self::TooLarge | Self::NotUtf8 { .. } | Self::NotAPlan) => kept,
        }
    }
}

/// A problem whose record, field and named ids are excerpts.
fn shortened_problem(p: Problem) -> Problem {
    use ProblemKind as K;
    let kind = match p.kind {
        K::MissingReference { collection, id } => K::MissingReference { collection, id: excerpt(&id) },
        K::AgencyOfOtherCountry { agency } => K::AgencyOfOtherCountry { agency: excerpt(&agency) },
        K::OtherCountry { country } => K::OtherCountry { country: excerpt(&country) },
        K::NotInSession { country } => K::NotInSession { country: excerpt(&country) },
        K::SecondDelegate { country } => K::SecondDelegate { country: excerpt(&country) },
        K::OtherOffer { offer } => K::OtherOffer { offer: excerpt(&offer) },
        K::OtherEvaluator { evaluator } => K::OtherEvaluator { evaluator: excerpt(&evaluator) },
        quoting_nothing @ (K::DuplicateId
        | K::Empty
        | K::BadIsoCode
        | K::EndsBeforeStart
        | K::OutsideEvent
        | K::ZeroCapacity
        | K::OwnOffer
        | K::Zero
        | K::SameCountries
        | K::BadLink
        | K::OutOfRange { .. }
        | K::BadCurrency
        | K::UnknownLanguage
        | K::NotForRespondent) => quoting_nothing,
    };
    Problem { record: excerpt(&p.record), field: excerpt(&p.field), kind }
}

impl std::error::Error for FormatError {}
