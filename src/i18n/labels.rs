//! Words for the core's enums and errors in the interface's language.

use super::{fill, Key, Lang};
use crate::domain::format::FormatError;
use crate::domain::ids::{CountryId, OfferId, RoomId, SessionId, SlotId};
use crate::domain::model::{Modality, Plan, ProgramType, Status};
use crate::domain::schedule::Violation;
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
            ProblemKind::NotForRespondent => self.t(Key::ProblemNotForRespondent).to_owned(),
        };
        self.fill(fill::ProblemAt { record: &p.record, field: &p.field, rule: &rule })
    }

    /// Why a file could not be read, naming the place.
    pub fn format_error(self, e: &FormatError) -> String {
        match e {
            FormatError::Syntax { line, column, detail } => {
                self.fill(fill::FileErrorSyntax { line: &line.to_string(), column: &column.to_string(), detail })
            }
            FormatError::NotAPlan => self.t(Key::FileErrorNotAPlan).to_owned(),
            FormatError::IsResponse { country } => self.fill(fill::FileErrorIsResponse { country }),
            FormatError::UnsupportedVersion { found } => {
                self.fill(fill::FileErrorVersion { found, newest: &crate::domain::format::VERSION.to_string() })
            }
            FormatError::Shape { path, detail } => self.fill(fill::FileErrorShape { path, detail }),
            FormatError::Invalid(problems) => {
                let list: Vec<String> = problems.iter().map(|p| self.problem(p)).collect();
                self.fill(fill::FileErrorInvalid { count: &problems.len().to_string(), list: &list.join("; ") })
            }
        }
    }

    /// A broken rule of the rounds, naming countries, offers and rooms by
    /// their names and slots by their number.
    pub fn violation(self, plan: &Plan, v: &Violation) -> String {
        let country = |c: &CountryId| plan.country_name(c);
        let offer = |o: &OfferId| plan.offer(o).map_or_else(|| o.to_string(), |o| o.title.clone());
        let room =
            |r: &RoomId| plan.event.rooms.iter().find(|x| &x.id == r).map_or_else(|| r.to_string(), |x| x.name.clone());
        let slot = |t: &SlotId| {
            plan.event.slots.iter().position(|x| &x.id == t).map_or_else(|| t.to_string(), |n| (n + 1).to_string())
        };
        let list = |ids: &[SessionId]| ids.iter().map(SessionId::as_str).collect::<Vec<_>>().join(", ");
        let n = |n: &u32| n.to_string();
        match v {
            Violation::DuplicateId { session } => self.fill(fill::ViolationDuplicateId { session: session.as_str() }),
            Violation::UnknownOffer { session, offer } => {
                self.fill(fill::ViolationUnknownOffer { session: session.as_str(), offer: offer.as_str() })
            }
            Violation::UnknownSlot { session, slot } => {
                self.fill(fill::ViolationUnknownSlot { session: session.as_str(), slot: slot.as_str() })
            }
            Violation::UnknownRoom { session, room } => {
                self.fill(fill::ViolationUnknownRoom { session: session.as_str(), room: room.as_str() })
            }
            Violation::UnknownCountry { session, country } => {
                self.fill(fill::ViolationUnknownCountry { session: session.as_str(), country: country.as_str() })
            }
            Violation::TwoSessionsInRoom { slot: t, room: r, first, second } => self.fill(fill::ViolationTwoInRoom {
                first: first.as_str(),
                second: second.as_str(),
                room: &room(r),
                slot: &slot(t),
            }),
            Violation::RoomOverfull { session, room: r, capacity, attendees, .. } => {
                self.fill(fill::ViolationRoomOverfull {
                    session: session.as_str(),
                    room: &room(r),
                    capacity: &n(capacity),
                    attendees: &n(attendees),
                })
            }
            Violation::TooFew { session, offer: o, min_attendees, attendees } => self.fill(fill::ViolationTooFew {
                session: session.as_str(),
                offer: &offer(o),
                min: &n(min_attendees),
                attendees: &n(attendees),
            }),
            Violation::NoInterest { session, offer: o, country: c } => self.fill(fill::ViolationNoInterest {
                session: session.as_str(),
                offer: &offer(o),
                country: &country(c),
            }),
            Violation::AttendsTwice { country: c, offer: o, sessions } => self.fill(fill::ViolationAttendsTwice {
                country: &country(c),
                offer: &offer(o),
                sessions: &list(sessions),
            }),
            Violation::TooManySessions { offer: o, max_sessions, sessions } => {
                self.fill(fill::ViolationTooManySessions {
                    offer: &offer(o),
                    max: &n(max_sessions),
                    sessions: &n(sessions),
                })
            }
            Violation::CountryOverbooked { country: c, slot: t, delegates, sessions, involved } => {
                self.fill(fill::ViolationOverbooked {
                    n: *delegates as usize,
                    country: &country(c),
                    sessions: &n(sessions),
                    slot: &slot(t),
                    list: &list(involved),
                })
            }
        }
    }
}
