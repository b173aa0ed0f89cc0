//! The workshop's figures, computed from a plan: what the analytics page
//! charts and the workshop report states, and what `rondas-cli report`
//! prints as JSON.
//!
//! * [`themes`]: themes offered against themes demanded, the themes that
//!   stand out, and the same by sub-region;
//! * [`participation`]: countries, sub-regions and mechanisms;
//! * [`demand`]: the demand with no offer and the share the rounds met;
//! * [`actions`]: the cooperation actions, their evaluation and funding;
//! * [`outcomes`]: what happened in the rounds (held, no-shows, usefulness);
//! * [`editions`]: several editions compared.

pub mod actions;
pub mod demand;
pub mod editions;
pub mod outcomes;
pub mod participation;
pub mod themes;

use super::date::Date;
use super::model::Plan;
use super::stats::Stats;
use actions::ActionFigures;
use demand::{Coverage, Unmet};
use participation::{CountryFigures, MechanismFigures, SubregionFigures};
use serde::Serialize;
use themes::{SubregionThemes, ThemeFigures};

/// Every figure of the workshop report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub event: EventFacts,
    /// The headline counts (countries, delegates, agencies, mechanisms,
    /// offers, conditional cash transfers, offers by type and theme).
    pub figures: Stats,
    /// Interests in offers and in themes.
    pub interests: usize,
    pub theme_interests: usize,
    /// Every theme, most offered first.
    pub themes: Vec<ThemeFigures>,
    /// The themes that stand out: offered more than the average offered theme.
    pub standout_themes: Vec<String>,
    pub countries: Vec<CountryFigures>,
    pub subregions: Vec<SubregionFigures>,
    /// Offers and interests per theme within each sub-region.
    pub subregion_themes: Vec<SubregionThemes>,
    pub mechanisms: Vec<MechanismFigures>,
    pub unmet: Unmet,
    /// What the rounds met, once scheduled.
    pub coverage: Option<Coverage>,
    /// The cooperation actions, their evaluation and funding.
    pub actions: ActionFigures,
    /// What happened in the rounds, once scheduled.
    pub outcomes: Option<outcomes::OutcomeFigures>,
}

/// The event as the report introduces it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventFacts {
    pub name: String,
    pub language: String,
    pub organizer: String,
    pub venue: String,
    pub city: String,
    pub starts_on: Date,
    pub ends_on: Date,
}

impl Report {
    /// The figures of `plan`.
    pub fn of(plan: &Plan) -> Self {
        let figures = Stats::of(plan);
        let themes = themes::of(plan);
        let e = &plan.event;
        Self {
            event: EventFacts {
                name: e.name.clone(),
                language: e.language.clone(),
                organizer: e.organizer.clone(),
                venue: e.venue.clone(),
                city: e.city.clone(),
                starts_on: e.starts_on,
                ends_on: e.ends_on,
            },
            figures,
            interests: plan.interests.len(),
            theme_interests: plan.theme_interests.len(),
            standout_themes: themes::standouts(&themes),
            themes,
            countries: participation::countries(plan),
            subregions: participation::subregions(plan),
            subregion_themes: themes::by_subregion(plan),
            mechanisms: participation::mechanisms(plan),
            unmet: demand::unmet(plan),
            coverage: demand::coverage(plan),
            actions: actions::of(plan),
            outcomes: outcomes::of(plan),
        }
    }

    /// The report as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
