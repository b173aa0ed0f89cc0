//! Why a plan, a file or a record is refused, in words: the validation
//! problems and the file errors. Their `Display` (for `?` and logs) is the
//! same words in English.

use super::{fill, Key, Lang};
use crate::domain::date::DateError;
use crate::domain::format::FormatError;
use crate::domain::validate::{Problem, ProblemKind};
use std::fmt;

impl Lang {
    /// A validation problem, naming its record and field.
    pub fn problem(self, p: &Problem) -> String {
        let rule = match &p.kind {
            ProblemKind::DuplicateId => self.t(Key::ProblemDuplicateId).to_owned(),
            ProblemKind::MissingReference { collection, id } => {
                self.fill(fill::ProblemMissingReference { id, collection: self.collection(collection) })
            }
            ProblemKind::AgencyOfOtherCountry { agency } => self.fill(fill::ProblemAgencyOfOtherCountry { agency }),
            ProblemKind::Empty => self.t(Key::ProblemEmpty).to_owned(),
            ProblemKind::BadIsoCode => self.t(Key::ProblemBadIsoCode).to_owned(),
            ProblemKind::EndsBeforeStart => self.t(Key::ProblemEndsBeforeStart).to_owned(),
            ProblemKind::OutsideEvent => self.t(Key::ProblemOutsideEvent).to_owned(),
            ProblemKind::ZeroCapacity => self.t(Key::ProblemZeroCapacity).to_owned(),
            ProblemKind::OwnOffer => self.t(Key::ProblemOwnOffer).to_owned(),
            ProblemKind::Zero => self.t(Key::ProblemZero).to_owned(),
            ProblemKind::OtherCountry { country } => self.fill(fill::ProblemOtherCountry { country }),
            ProblemKind::NotInSession { country } => self.fill(fill::ProblemNotInSession { country }),
            ProblemKind::SecondDelegate { country } => self.fill(fill::ProblemSecondDelegate { country }),
            ProblemKind::SameCountries => self.t(Key::ProblemSameCountries).to_owned(),
            ProblemKind::OtherOffer { offer } => self.fill(fill::ProblemOtherOffer { offer }),
            ProblemKind::BadLink => self.t(Key::ProblemBadLink).to_owned(),
            ProblemKind::OutOfRange { min, max } => {
                self.fill(fill::ProblemOutOfRange { min: &min.to_string(), max: &max.to_string() })
            }
            ProblemKind::BadCurrency => self.t(Key::ProblemBadCurrency).to_owned(),
            ProblemKind::OtherEvaluator { evaluator } => self.fill(fill::ProblemOtherEvaluator { evaluator }),
            ProblemKind::UnknownLanguage => self.t(Key::ProblemUnknownLanguage).to_owned(),
            ProblemKind::NotForRespondent => self.t(Key::ProblemNotForRespondent).to_owned(),
        };
        self.fill(fill::ProblemAt { record: &p.record, field: &p.field, rule: &rule })
    }

    /// Why a text is not a date, a time or a time stamp.
    pub fn date_error(self, e: &DateError) -> String {
        match e {
            DateError::Date(text) => self.fill(fill::ProblemBadDate { text }),
            DateError::Time(text) => self.fill(fill::ProblemBadTime { text }),
            DateError::Timestamp(text) => self.fill(fill::ProblemBadTimestamp { text }),
        }
    }

    /// Why a file could not be read, naming the place.
    pub fn format_error(self, e: &FormatError) -> String {
        match e {
            FormatError::TooLarge => {
                self.fill(fill::FileErrorTooLarge { limit: &(crate::domain::format::MAX_BYTES >> 20).to_string() })
            }
            FormatError::NotUtf8 { offset } => self.fill(fill::FileErrorNotUtf8 { offset: &offset.to_string() }),
            FormatError::Unreadable { detail } => self.fill(fill::FileErrorUnreadable { detail }),
            FormatError::Syntax { line, column, detail } => {
                self.fill(fill::FileErrorSyntax { line: &line.to_string(), column: &column.to_string(), detail })
            }
            FormatError::NotAPlan => self.t(Key::FileErrorNotAPlan).to_owned(),
            FormatError::IsResponse { country } => self.fill(fill::FileErrorIsResponse { country }),
            FormatError::UnsupportedVersion { found } => {
                self.fill(fill::FileErrorVersion { found, newest: &crate::domain::format::VERSION.to_string() })
            }
            FormatError::Shape { path, detail } => self.fill(fill::FileErrorShape { path, detail }),
            FormatError::BadDate { path, error } => {
                self.fill(fill::FileErrorShape { path, detail: &self.date_error(error) })
            }
            FormatError::Invalid(problems) => {
                let list: Vec<String> = problems.iter().map(|p| self.problem(p)).collect();
                self.fill(fill::FileErrorInvalid { count: &problems.len().to_string(), list: &list.join("; ") })
            }
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Lang::default().problem(self))
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Lang::default().format_error(self))
    }
}
