//! The plan: one whole workshop, from its event to its offer catalogue.

mod actions;
mod catalogue;
mod day;
mod demand;
mod evaluation;
mod event;
mod followup;
mod outcome;
mod participants;
mod response;
mod schedule;
mod selection;

pub use actions::{Action, ActionType, Cost, Side};
pub(crate) use catalogue::labels4;
pub use catalogue::{label_in, Localized, Modality, Offer, OfferText, ProgramType, Theme, LANGUAGES};
pub use day::{Day, Presence, Replanned};
pub use demand::{Interest, Priority, ThemeInterest};
pub use evaluation::{Confidence, Criterion, Evaluator, EvaluatorKind, Score, SCORE_MAX, SCORE_MIN};
pub use event::{Event, Interpretation, Room, Slot};
pub use followup::{FollowUp, Status};
pub use outcome::{held_of, Held, SessionOutcome, USEFULNESS_MAX, USEFULNESS_MIN};
pub use participants::{Agency, Country, Delegate, Mechanism};
pub use response::Response;
pub use schedule::{Schedule, Session};
pub use selection::{Override, Scenario, Selection, SelectionRules};

use super::ids::*;
use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// One whole workshop, from its event to its offer catalogue, the countries' demand and the
/// schedule.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Stable id of the plan (the workshop), kept across saves and exports.
    pub id: PlanId,
    /// When and where the workshop happens, its rounds and rooms.
    pub event: Event,
    /// Themes of the offer catalogue.
    pub themes: Vec<Theme>,
    /// Participating countries.
    pub countries: Vec<Country>,
    /// Sub-regional cooperation mechanisms taking part as observers.
    pub mechanisms: Vec<Mechanism>,
    /// Ministries and agencies of the countries.
    pub agencies: Vec<Agency>,
    /// Members of the countries' delegations.
    pub delegates: Vec<Delegate>,
    /// The offer catalogue: programs and projects countries offer to share.
    pub offers: Vec<Offer>,
    /// Countries' interests in offers (since version 2); at most one per (country, offer), its id.
    /// Optional, empty when missing (a file of version 1 has none).
    #[serde(default)]
    pub interests: Vec<Interest>,
    /// Countries' interests in themes (since version 2); at most one per (country, theme), its id.
    /// Optional, empty when missing (a file of version 1 has none).
    #[serde(default)]
    pub theme_interests: Vec<ThemeInterest>,
    /// The business rounds, once scheduled (since version 3). Optional: missing (or null) until a
    /// schedule is computed, and then not written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Schedule>,
    /// Types of cooperation action, labelled per language like themes (since version 4). Optional;
    /// when empty or missing, the six defaults apply (expert-visit, internship, academic-activity,
    /// technical-assistance, document-exchange, virtual-seminar), and Rondas does not write it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub action_types: Vec<ActionType>,
    /// Potential cooperation actions, one per side's form (since version 4). Optional, empty when
    /// missing (and then not written).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// The evaluation committee (since version 4). Optional, empty when missing (and then not
    /// written).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evaluators: Vec<Evaluator>,
    /// Weighted criteria the committee scores actions on (since version 4). Optional; when empty or
    /// missing, the five defaults apply (relevance 30, feasibility 20, impact 25,
    /// cost-effectiveness 15, sustainability 10), and Rondas does not write it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<Criterion>,
    /// The committee's scores, at most one per (evaluator, action), its id (since version 4).
    /// Optional, empty when missing (and then not written).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<Score>,
    /// The selection of actions to fund: budget and rules, overrides, what-if scenarios and the
    /// actions chosen (since version 4). Optional: missing (or null) until the organizer sets a
    /// budget, and then not written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selection: Option<Selection>,
    /// Follow-up of the selected actions, at most one per action (since version 4). Optional, empty
    /// when missing (and then not written).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<FollowUp>,
    /// What became of the sessions on the day, by the organizer and by the delegations, at most
    /// one per (session, country) (since version 5). Optional, empty when missing (and then not
    /// written).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcomes: Vec<SessionOutcome>,
    /// The day of the rounds: check-in, late arrivals and absences, rooms lost, the last re-plan
    /// (since version 5). Optional, empty when missing (and then not written).
    #[serde(default, skip_serializing_if = "Day::is_empty")]
    pub day: Day,
}

macro_rules! finders {
    ($($fn:ident, $fn_mut:ident, $field:ident, $id:ty, $rec:ty;)*) => {
        impl Plan {$(
            #[doc = concat!("The record of `", stringify!($field), "` with this id.")]
            pub fn $fn(&self, id: &$id) -> Option<&$rec> {
                self.$field.iter().find(|r| &r.id == id)
            }
            #[doc = concat!("The record of `", stringify!($field), "` with this id, to change it.")]
            pub fn $fn_mut(&mut self, id: &$id) -> Option<&mut $rec> {
                self.$field.iter_mut().find(|r| &r.id == id)
            }
        )*}
    };
}

finders! {
    theme, theme_mut, themes, ThemeId, Theme;
    country, country_mut, countries, CountryId, Country;
    mechanism, mechanism_mut, mechanisms, MechanismId, Mechanism;
    agency, agency_mut, agencies, AgencyId, Agency;
    delegate, delegate_mut, delegates, DelegateId, Delegate;
    offer, offer_mut, offers, OfferId, Offer;
    action, action_mut, actions, ActionId, Action;
    evaluator, evaluator_mut, evaluators, EvaluatorId, Evaluator;
}

impl Plan {
    /// The name of a country, or its id when it is missing.
    pub fn country_name(&self, id: &CountryId) -> String {
        self.country(id).map_or_else(|| id.to_string(), |c| c.name.clone())
    }

    /// The interest of `country` in `offer`, if it has one.
    pub fn interest(&self, country: &CountryId, offer: &OfferId) -> Option<&Interest> {
        self.interests.iter().find(|i| &i.country == country && &i.offer == offer)
    }

    /// The action types in force: the plan's, or the defaults when it lists none.
    pub fn action_types(&self) -> Vec<ActionType> {
        if self.action_types.is_empty() {
            ActionType::defaults()
        } else {
            self.action_types.clone()
        }
    }

    /// The criteria in force: the plan's, or the defaults when it lists none.
    pub fn criteria(&self) -> Vec<Criterion> {
        if self.criteria.is_empty() {
            Criterion::defaults()
        } else {
            self.criteria.clone()
        }
    }

    /// The label of an action type in `lang`, or its id when it is missing.
    pub fn action_type_label(&self, id: &ActionTypeId, lang: &str) -> String {
        let types = self.action_types();
        types.iter().find(|t| &t.id == id).map_or_else(|| id.to_string(), |t| t.label(lang).to_owned())
    }

    /// The score of `evaluator` for `action`, if given.
    pub fn score(&self, evaluator: &EvaluatorId, action: &ActionId) -> Option<&Score> {
        self.scores.iter().find(|s| &s.evaluator == evaluator && &s.action == action)
    }

    /// The follow-up of `action`, if it has one.
    pub fn follow_up(&self, action: &ActionId) -> Option<&FollowUp> {
        self.follow_ups.iter().find(|f| &f.action == action)
    }

    /// The outcomes of `session`: the organizer's and the delegations'.
    pub fn outcomes_of<'a>(&'a self, session: &'a SessionId) -> impl Iterator<Item = &'a SessionOutcome> + 'a {
        self.outcomes.iter().filter(move |o| &o.session == session)
    }

    /// The outcome of `session` by `country` (`None`: the organizer's), if filed.
    pub fn outcome(&self, session: &SessionId, country: Option<&CountryId>) -> Option<&SessionOutcome> {
        self.outcomes.iter().find(|o| &o.session == session && o.country.as_ref() == country)
    }

    /// The name of a theme for a reader of `lang` (see [`Theme::name_in`]), or its id when the
    /// theme is missing.
    pub fn theme_label(&self, id: &ThemeId, lang: &str) -> String {
        self.theme_name(id, lang).map_or_else(|| id.to_string(), |n| n.text.to_owned())
    }

    /// The title of `offer` in the plan's language, for its report and exports.
    pub fn title_for_plan<'a>(&'a self, offer: &'a Offer) -> &'a str {
        offer.title_in(&self.event.language, &self.event.language).text
    }

    /// The name of a theme for a reader of `lang`, with the language it is in.
    pub fn theme_name(&self, id: &ThemeId, lang: &str) -> Option<Localized<'_>> {
        Some(self.theme(id)?.name_in(lang, &self.event.language))
    }

    /// The title of an offer for a reader of `lang`, with the language it is in (see
    /// [`Offer::title_in`]).
    pub fn offer_title(&self, id: &OfferId, lang: &str) -> Option<Localized<'_>> {
        Some(self.offer(id)?.title_in(lang, &self.event.language))
    }
}

/// The file-format code of an enum value (`conditional-cash-transfer`).
pub fn code_of<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// The enum value with this file-format code.
pub fn from_code<T: DeserializeOwned>(code: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(code.to_owned())).ok()
}
