//! Words for the core's enums and errors in the interface's language.

use super::{Key, Lang};
use crate::domain::format::FormatError;
use crate::domain::model::{Modality, ProgramType, Status};
use crate::domain::validate::{Problem, ProblemKind};

impl Lang {
    /// The name of a modality of cooperation.
    pub fn modality(self, m: Modality) -> &'static str {
        self.t(match m {
            Modality::ExpertVisit => Key::ModalityExpertVisit,
            Modality::Internship => Key::ModalityInternship,
            Modality::AcademicActivity => Key::ModalityAcademicActivity,
            Modality::TechnicalAssistance => Key::ModalityTechnicalAssistance,
            Modality::DocumentExchange => Key::ModalityDocumentExchange,
            Modality::VirtualSeminar => Key::ModalityVirtualSeminar,
        })
    }

    /// The name of a program type.
    pub fn program_type(self, t: ProgramType) -> &'static str {
        self.t(match t {
            ProgramType::ConditionalCashTransfer => Key::TypeConditionalCashTransfer,
            ProgramType::UnconditionalCashTransfer => Key::TypeUnconditionalCashTransfer,
            ProgramType::NonContributoryPension => Key::TypeNonContributoryPension,
            ProgramType::FoodAndNutrition => Key::TypeFoodAndNutrition,
            ProgramType::CareServices => Key::TypeCareServices,
            ProgramType::EarlyChildhood => Key::TypeEarlyChildhood,
            ProgramType::SocialRegistry => Key::TypeSocialRegistry,
            ProgramType::PovertyMeasurement => Key::TypePovertyMeasurement,
            ProgramType::ProductiveInclusion => Key::TypeProductiveInclusion,
            ProgramType::Other => Key::TypeOther,
        })
    }

    /// The name of a follow-up status of a selected action.
    pub fn status(self, s: Status) -> &'static str {
        self.t(match s {
            Status::Selected => Key::FollowupStatusSelected,
            Status::Funded => Key::FollowupStatusFunded,
            Status::Planned => Key::FollowupStatusPlanned,
            Status::InProgress => Key::FollowupStatusInProgress,
            Status::Completed => Key::FollowupStatusCompleted,
            Status::Cancelled => Key::FollowupStatusCancelled,
        })
    }

    /// The name of a collection of the plan file (`countries` → "countries" / "países").
    pub fn collection(self, name: &str) -> &'static str {
        self.t(match name {
            "countries" => Key::CollectionCountries,
            "agencies" => Key::CollectionAgencies,
            "delegates" => Key::CollectionDelegates,
            "offers" => Key::CollectionOffers,
            "themes" => Key::CollectionThemes,
            "slots" => Key::CollectionSlots,
            "rooms" => Key::CollectionRooms,
            "actions" => Key::CollectionActions,
            "action_types" => Key::CollectionActionTypes,
            "evaluators" => Key::CollectionEvaluators,
            "criteria" => Key::CollectionCriteria,
            "sessions" => Key::CollectionSessions,
            _ => Key::CollectionRecords,
        })
    }

    /// A validation problem, naming its record and field.
    pub fn problem(self, p: &Problem) -> String {
        let rule = match &p.kind {
            ProblemKind::DuplicateId => self.t(Key::ProblemDuplicateId).to_owned(),
            ProblemKind::MissingReference { collection, id } => {
                self.fill(Key::ProblemMissingReference, &[("id", id), ("collection", self.collection(collection))])
            }
            ProblemKind::AgencyOfOtherCountry { agency } => {
                self.fill(Key::ProblemAgencyOfOtherCountry, &[("agency", agency)])
            }
            ProblemKind::Empty => self.t(Key::ProblemEmpty).to_owned(),
            ProblemKind::BadIsoCode => self.t(Key::ProblemBadIsoCode).to_owned(),
            ProblemKind::EndsBeforeStart => self.t(Key::ProblemEndsBeforeStart).to_owned(),
            ProblemKind::OutsideEvent => self.t(Key::ProblemOutsideEvent).to_owned(),
            ProblemKind::ZeroCapacity => self.t(Key::ProblemZeroCapacity).to_owned(),
            ProblemKind::OwnOffer => self.t(Key::ProblemOwnOffer).to_owned(),
            ProblemKind::Zero => self.t(Key::ProblemZero).to_owned(),
            ProblemKind::OtherCountry { country } => self.fill(Key::ProblemOtherCountry, &[("country", country)]),
            ProblemKind::SameCountries => self.t(Key::ProblemSameCountries).to_owned(),
            ProblemKind::OtherOffer { offer } => self.fill(Key::ProblemOtherOffer, &[("offer", offer)]),
            ProblemKind::BadLink => self.t(Key::ProblemBadLink).to_owned(),
            ProblemKind::OutOfRange { min, max } => {
                self.fill(Key::ProblemOutOfRange, &[("min", &min.to_string()), ("max", &max.to_string())])
            }
            ProblemKind::BadCurrency => self.t(Key::ProblemBadCurrency).to_owned(),
            ProblemKind::OtherEvaluator { evaluator } => {
                self.fill(Key::ProblemOtherEvaluator, &[("evaluator", evaluator)])
            }
            ProblemKind::NotForRespondent => self.t(Key::ProblemNotForRespondent).to_owned(),
        };
        self.fill(Key::ProblemAt, &[("record", &p.record), ("field", &p.field), ("rule", &rule)])
    }

    /// Why a file could not be read, naming the place.
    pub fn format_error(self, e: &FormatError) -> String {
        match e {
            FormatError::Syntax { line, column, detail } => self.fill(
                Key::FileErrorSyntax,
                &[("line", &line.to_string()), ("column", &column.to_string()), ("detail", detail)],
            ),
            FormatError::NotAPlan => self.t(Key::FileErrorNotAPlan).to_owned(),
            FormatError::IsResponse { country } => self.fill(Key::FileErrorIsResponse, &[("country", country)]),
            FormatError::UnsupportedVersion { found } => self.fill(
                Key::FileErrorVersion,
                &[("found", found), ("newest", &crate::domain::format::VERSION.to_string())],
            ),
            FormatError::Shape { path, detail } => {
                self.fill(Key::FileErrorShape, &[("path", path), ("detail", detail)])
            }
            FormatError::Invalid(problems) => {
                let list: Vec<String> = problems.iter().map(|p| self.problem(p)).collect();
                self.fill(Key::FileErrorInvalid, &[("count", &problems.len().to_string()), ("list", &list.join("; "))])
            }
        }
    }
}
