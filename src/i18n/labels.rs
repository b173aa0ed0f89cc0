//! Words for the core's enums in the interface's language.

use super::{Key, Lang};
use crate::domain::model::{Modality, Priority, ProgramType, Status};

impl Lang {
    /// The word for a priority.
    pub fn priority(self, p: Priority) -> &'static str {
        self.t(match p {
            Priority::High => Key::PriorityHigh,
            Priority::Medium => Key::PriorityMedium,
            Priority::Low => Key::PriorityLow,
        })
    }

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
            "outcomes" => Key::CollectionOutcomes,
            _ => Key::CollectionRecords,
        })
    }
}

impl Lang {
    /// The name of a language of the plan's texts (`pt` → "Portuguese" / "Portugués"), or its code.
    pub fn language_name(self, code: &str) -> String {
        let key = match code {
            "es" => Key::SpokenEs,
            "pt" => Key::SpokenPt,
            "en" => Key::SpokenEn,
            "fr" => Key::SpokenFr,
            _ => return code.to_owned(),
        };
        self.t(key).to_owned()
    }
}
