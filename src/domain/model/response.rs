//! A response file's body: one country's answers, sent back to the organizers.

use super::demand::{Interest, ThemeInterest};
use crate::domain::date::Timestamp;
use crate::domain::ids::{CountryId, PlanId};
use serde::{Deserialize, Serialize};

/// What a delegation sends back: all of its country's answers (so an
/// interest the plan holds but the response lacks was withdrawn), tagged with
/// the country and the time it was written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// The plan these answers are about.
    pub plan: PlanId,
    pub country: CountryId,
    pub created_at: Timestamp,
    #[serde(default)]
    pub interests: Vec<Interest>,
    #[serde(default)]
    pub theme_interests: Vec<ThemeInterest>,
}

impl Response {
    /// The response of `country` as the plan now holds it.
    pub fn of(plan: &super::Plan, country: &CountryId, created_at: Timestamp) -> Self {
        Self {
            plan: plan.id.clone(),
            country: country.clone(),
            created_at,
            interests: plan.interests.iter().filter(|i| &i.country == country).cloned().collect(),
            theme_interests: plan.theme_interests.iter().filter(|i| &i.country == country).cloned().collect(),
        }
    }
}
