//! A response file's body: one country's answers, or one evaluator's scores,
//! sent back to the organizers.

use super::actions::Action;
use super::demand::{Interest, ThemeInterest};
use super::evaluation::Score;
use crate::domain::date::Timestamp;
use crate::domain::ids::{CountryId, EvaluatorId, PlanId};
use serde::{Deserialize, Serialize};

/// What a delegation sends back: all of its country's answers (so an
/// interest the plan holds but the response lacks was withdrawn), tagged with
/// the country and the time it was written. An evaluator's response names
/// the `evaluator` instead of a country and holds all of their scores.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// The plan these answers are about.
    pub plan: PlanId,
    /// The responding country (empty in an evaluator's response).
    #[serde(default, skip_serializing_if = "is_blank")]
    pub country: CountryId,
    /// The responding evaluator, in an evaluator's response (since version 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluator: Option<EvaluatorId>,
    pub created_at: Timestamp,
    #[serde(default)]
    pub interests: Vec<Interest>,
    #[serde(default)]
    pub theme_interests: Vec<ThemeInterest>,
    /// All the action forms the country registered (since version 4);
    /// missing: the file says nothing about them, and merging keeps them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<Vec<Action>>,
    /// All of the evaluator's scores (since version 4).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<Score>,
}

fn is_blank(id: &CountryId) -> bool {
    id.as_str().is_empty()
}

impl Response {
    /// The response of `country` as the plan now holds it: its interests,
    /// theme interests and action forms.
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
        }
    }
}
