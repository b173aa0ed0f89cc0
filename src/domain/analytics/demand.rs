//! The demand left without an answer (themes asked for that nobody offers,
//! offers nobody asked for, interests the rounds did not meet) and the share
//! of the demand the rounds met.

use crate::domain::interpretation::{count, Count};
use crate::domain::matrix::themes_without_offer;
use crate::domain::model::Plan;
use crate::domain::schedule::{check, explain, inputs_fingerprint, summarize, Reason, Violation};
use serde::Serialize;

/// What the workshop left unanswered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Unmet {
    /// Themes countries asked for that no offer covers, with how many asked.
    pub themes_without_offer: Vec<ThemeAsked>,
    /// Offers no country declared an interest in.
    pub offers_without_interest: Vec<OfferRef>,
    /// Interests the schedule leaves out (empty without a schedule).
    pub interests_not_met: Vec<NotMet>,
}

/// A theme asked for, and by how many countries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ThemeAsked {
    pub theme: String,
    pub countries: usize,
}

/// An offer, with its title and its country's name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OfferRef {
    pub offer: String,
    pub title: String,
    pub country: String,
}

/// An interest the rounds did not meet, and why in one word.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NotMet {
    pub country: String,
    pub country_name: String,
    pub offer: String,
    pub offer_title: String,
    pub weight: u32,
    /// `cannot-run` (too few interested), `not-scheduled` or `blocked`.
    pub reason: String,
}

/// How much of the demand the rounds met.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Coverage {
    pub sessions: usize,
    pub interests: u32,
    pub interests_met: u32,
    pub weight: u64,
    pub weight_met: u64,
    /// Shares met, from 0 to 1.
    pub share: f64,
    pub weight_share: f64,
    /// Whether the plan changed since the schedule was computed.
    pub stale: bool,
    /// The rules of the rounds the schedule breaks (hand edits may keep some).
    pub violations: Vec<Violation>,
    /// Sessions needing interpretation, and those of them in a room without it.
    pub interpretation: Count,
}

/// The unanswered demand of `plan`.
pub fn unmet(plan: &Plan) -> Unmet {
    let sessions = plan.schedule.as_ref().map_or(&[][..], |s| s.sessions.as_slice());
    Unmet {
        themes_without_offer: themes_without_offer(plan)
            .into_iter()
            .map(|(theme, countries)| ThemeAsked { theme: theme.to_string(), countries })
            .collect(),
        offers_without_interest: plan
            .offers
            .iter()
            .filter(|o| !plan.interests.iter().any(|i| i.offer == o.id && i.country != o.country))
            .map(|o| OfferRef {
                offer: o.id.to_string(),
                title: plan.title_for_plan(o).to_owned(),
                country: plan.country_name(&o.country),
            })
            .collect(),
        interests_not_met: if plan.schedule.is_none() {
            Vec::new()
        } else {
            explain(plan, sessions)
                .into_iter()
                .map(|e| NotMet {
                    country: e.country.to_string(),
                    country_name: e.country_name,
                    offer: e.offer.to_string(),
                    offer_title: e.offer_title,
                    weight: e.weight,
                    reason: match e.reason {
                        Reason::CannotRun { .. } => "cannot-run",
                        Reason::NotScheduled { .. } => "not-scheduled",
                        Reason::Blocked(_) => "blocked",
                    }
                    .to_owned(),
                })
                .collect()
        },
    }
}

/// What the plan's schedule met, if it has one.
pub fn coverage(plan: &Plan) -> Option<Coverage> {
    let schedule = plan.schedule.as_ref()?;
    let s = summarize(plan, &schedule.sessions, schedule.bound);
    let ratio = |a: f64, b: f64| if b == 0.0 { 0.0 } else { a / b };
    Some(Coverage {
        sessions: schedule.sessions.len(),
        interests: s.interests,
        interests_met: s.interests_met,
        weight: s.total_weight,
        weight_met: s.objective,
        share: ratio(f64::from(s.interests_met), f64::from(s.interests)),
        weight_share: ratio(s.objective as f64, s.total_weight as f64),
        stale: schedule.inputs != inputs_fingerprint(plan),
        violations: check(plan, &schedule.sessions),
        interpretation: count(plan),
    })
}
