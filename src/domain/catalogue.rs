//! Browsing the offer catalogue (text search and filters) and what its themes carry.

use super::ids::{next_id, CountryId, ThemeId};
use super::model::{Modality, Offer, Plan, ProgramType, Theme};
use super::text::{fold, slug};

/// What a delegate is looking for. Empty fields do not filter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CatalogueFilter {
    /// Words that must all occur (case and accents ignored) in the offer's
    /// title, summary (original or translated), population, themes, country or agency.
    pub text: String,
    pub theme: Option<ThemeId>,
    pub country: Option<CountryId>,
    pub modality: Option<Modality>,
    pub program_type: Option<ProgramType>,
}

impl CatalogueFilter {
    /// Whether the filter lets every offer through.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
            && self.theme.is_none()
            && self.country.is_none()
            && self.modality.is_none()
            && self.program_type.is_none()
    }
}

/// Everything an offer can be found by, folded for search.
fn haystack(plan: &Plan, offer: &Offer) -> String {
    let mut text: Vec<&str> = offer.texts(&plan.event.language).iter().map(|t| t.text).collect();
    text.push(&offer.target_population);
    if let Some(country) = plan.country(&offer.country) {
        text.push(&country.name);
    }
    if let Some(agency) = offer.agency.as_ref().and_then(|a| plan.agency(a)) {
        text.extend([agency.name.as_str(), &agency.acronym]);
    }
    for theme in offer.themes.iter().filter_map(|t| plan.theme(t)) {
        text.extend(theme.labels.values().map(String::as_str));
    }
    fold(&text.join(" "))
}

/// The offers that pass `filter`, in catalogue order.
pub fn search<'p>(plan: &'p Plan, filter: &CatalogueFilter) -> Vec<&'p Offer> {
    let words: Vec<String> = fold(&filter.text).split_whitespace().map(str::to_owned).collect();
    plan.offers
        .iter()
        .filter(|o| filter.theme.as_ref().is_none_or(|t| o.themes.contains(t)))
        .filter(|o| filter.country.as_ref().is_none_or(|c| &o.country == c))
        .filter(|o| filter.modality.is_none_or(|m| o.modalities.contains(&m)))
        .filter(|o| filter.program_type.is_none_or(|t| o.program_type == t))
        .filter(|o| {
            words.is_empty() || {
                let hay = haystack(plan, o);
                words.iter().all(|w| hay.contains(w.as_str()))
            }
        })
        .collect()
}

/// What goes with a theme when it is deleted: its tags on offers and the countries' interests in it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ThemeUsage {
    /// Offers tagged with the theme.
    pub offers: usize,
    /// Countries' interests in the theme.
    pub interests: usize,
}

/// How much the plan uses the theme `id`.
pub fn theme_usage(plan: &Plan, id: &ThemeId) -> ThemeUsage {
    ThemeUsage {
        offers: plan.offers.iter().filter(|o| o.themes.contains(id)).count(),
        interests: plan.theme_interests.iter().filter(|i| &i.theme == id).count(),
    }
}

/// A new theme named `name` in `lang`, its id made from the name and free in the plan.
pub fn new_theme(plan: &Plan, lang: &str, name: &str) -> Theme {
    let stem = slug(name);
    let taken = |id: &str| plan.themes.iter().any(|t| t.id.as_str() == id);
    let id = if taken(&stem) { next_id(&stem, plan.themes.iter().map(|t| t.id.as_str())) } else { stem };
    Theme { id: ThemeId(id), labels: [(lang.to_owned(), name.trim().to_owned())].into() }
}
