//! The plan: one whole workshop, from its event to its offer catalogue.

mod actions;
mod catalogue;
mod demand;
mod evaluation;
mod event;
mod followup;
mod participants;
mod response;
mod schedule;
mod selection;

pub use actions::{Action, ActionType, Cost, Side};
pub use catalogue::{label_in, Modality, Offer, ProgramType, Theme};
pub use demand::{Interest, Priority, ThemeInterest};
pub use evaluation::{Confidence, Criterion, Evaluator, EvaluatorKind, Score, SCORE_MAX, SCORE_MIN};
pub use event::{Event, Room, Slot};
pub use followup::{FollowUp, Status};
pub use participants::{Agency, Country, Delegate, Mechanism};
pub use response::Response;
pub use schedule::{Schedule, Session};
pub use selection::{Override, Scenario, Selection, SelectionRules};

use super::ids::*;
use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// A workshop plan. Every record has a stable id, so that plans and the
/// response files sent back by delegations can be merged record by record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub id: PlanId,
    pub event: Event,
    pub themes: Vec<Theme>,
    pub countries: Vec<Country>,
    pub mechanisms: Vec<Mechanism>,
    pub agencies: Vec<Agency>,
    pub delegates: Vec<Delegate>,
    pub offers: Vec<Offer>,
    /// Countries' interests in offers (since version 2).
    #[serde(default)]
    pub interests: Vec<Interest>,
    /// Countries' interests in themes (since version 2).
    #[serde(default)]
    pub theme_interests: Vec<ThemeInterest>,
    /// The business rounds, once scheduled (since version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Schedule>,
    /// The types of cooperation action; none listed: the six defaults
    /// (since version 4, like every field below).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub action_types: Vec<ActionType>,
    /// The potential cooperation actions, one per side's form.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// The evaluation committee.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evaluators: Vec<Evaluator>,
    /// The weighted criteria; none listed: the five defaults.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<Criterion>,
    /// The committee's scores, one per (evaluator, action).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<Score>,
    /// The selection of actions to fund, once the organizer set a budget.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selection: Option<Selection>,
    /// The follow-up of the selected actions, one per action.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<FollowUp>,
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

    /// The label of a theme in `lang`, or its id when it is missing.
    pub fn theme_label(&self, id: &ThemeId, lang: &str) -> String {
        self.theme(id).map_or_else(|| id.to_string(), |t| t.label(lang).to_owned())
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
