//! A response file's body: one country's answers and outcomes, or one evaluator's scores,
//! sent back to the organizers.

use super::actions::Action;
use super::demand::{Interest, ThemeInterest};
use super::evaluation::Score;
use super::outcome::SessionOutcome;
use crate::domain::date::Timestamp;
use crate::domain::ids::{CountryId, EvaluatorId, PlanId};
use serde::{Deserialize, Serialize};

/// A response file's body (since version 2): all of one country's answers, sent back by its
/// delegation to the organizers. It holds every answer of the country, so an interest the plan
/// holds for that country but the response lacks was withdrawn; merging a response sets the
/// country's answers to exactly these, change by change, each accepted or not on its own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), schemars(transform = crate::domain::format::schema::one_responder))]
pub struct Response {
    /// Id of the plan (the workshop) these answers are about; merging into another plan flags a
    /// conflict.
    pub plan: PlanId,
    /// Id of the responding country; every answer below is filed under it. Required in a country's
    /// response; missing in an evaluator's.
    #[serde(default, skip_serializing_if = "is_blank")]
    pub country: CountryId,
    /// Id of the responding evaluator, in an evaluator's response (since version 4), which has no
    /// country and holds only scores.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluator: Option<EvaluatorId>,
    /// When the response was written; merged answers take it as their updated_at, and files of one
    /// country apply oldest first.
    pub created_at: Timestamp,
    /// The country's interests in offers, at most one per offer. Optional, empty when missing: no
    /// interest in any offer.
    #[serde(default)]
    pub interests: Vec<Interest>,
    /// The country's interests in themes, at most one per theme. Optional, empty when missing: no
    /// interest in any theme.
    #[serde(default)]
    pub theme_interests: Vec<ThemeInterest>,
    /// All the action forms the country registered (since version 4), each with registered_by on
    /// the country's side. Optional: missing, the file says nothing about the country's forms and
    /// merging keeps them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<Vec<Action>>,
    /// All of the evaluator's scores, at most one per action (since version 4). Optional, empty
    /// when missing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<Score>,
    /// All the outcomes of sessions the country reported (since version 5), each with country set
    /// to the response's. Optional: missing, the file says nothing about outcomes and merging
    /// keeps the country's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcomes: Option<Vec<SessionOutcome>>,
}

fn is_blank(id: &CountryId) -> bool {
    id.as_str().is_empty()
}

impl Response {
    /// The response of `country` as the plan now holds it: its interests,
    /// theme interests, action forms and outcomes.
    pub fn of(plan: &super::Plan, country: &CountryId, created_at: Timestamp) -> Self {
        Self {
            plan: plan.id.clone(),
            country: country.clone(),
            evaluator: None,
            created_at,
            interests: plan.interests.iter().filter(|i| &i.country == country).cloned().collect(),
            theme_interests: plan.theme_interests.iter().filter(|i| &i.country == country).cloned().collect(),
            actions: Some(plan.actions.iter().filter(|a| a.registrant() == country).cloned().collect()),
            scores: Vec::new(),
            outcomes: Some(plan.outcomes.iter().filter(|o| o.country.as_ref() == Some(country)).cloned().collect()),
        }
    }

    /// The response of `evaluator`: all of their scores as the plan holds them.
    pub fn of_evaluator(plan: &super::Plan, evaluator: &EvaluatorId, created_at: Timestamp) -> Self {
        Self {
            plan: plan.id.clone(),
            country: CountryId::default(),
            evaluator: Some(evaluator.clone()),
            created_at,
            interests: Vec::new(),
            theme_interests: Vec::new(),
            actions: None,
            scores: plan.scores.iter().filter(|s| &s.evaluator == evaluator).cloned().collect(),
            outcomes: None,
        }
    }
}
