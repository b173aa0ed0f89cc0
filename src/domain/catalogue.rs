//! Browsing the offer catalogue: search that understands words, and filters.
//!
//! Every text of every offer is cut into words, folded and stemmed once, into
//! a [`SearchIndex`] (the app keeps it in a memo, rebuilt when the plan
//! changes); a search while the user types then only compares stems. Offers
//! that match everything the query asks come first, then those that match
//! some of it; within each, the better matches (the query's own words, in
//! the title or a theme) first, then catalogue order.

use super::ids::{next_id, CountryId, OfferId, ThemeId};
use super::model::{Modality, Offer, Plan, ProgramType, Theme};
use super::search::concepts::{named_in, CONCEPTS};
use super::search::{words, Query, Strength, Unit, Word};
use super::text::slug;
use std::cmp::Reverse;

/// What a delegate is looking for. Empty fields do not filter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CatalogueFilter {
    /// What they typed, searched in every text of an offer (see
    /// [`offer_texts`]) as a [`Query`].
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

/// Where a text of an offer comes from: a match in a weightier one ranks first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Theme,
    Country,
    Agency,
    Population,
    Summary,
}

impl Field {
    fn weight(self) -> u32 {
        match self {
            Field::Title => 6,
            Field::Theme | Field::Country => 4,
            Field::Agency => 3,
            Field::Population => 2,
            Field::Summary => 1,
        }
    }
}

/// The weight of a match by the kind of program a concept stands for.
const PROGRAM_WEIGHT: u32 = 4;

/// Every text `offer` can be found by, with where it comes from: its title,
/// summary (and their translations) and target population, the labels of its themes in every
/// language, its country's name, its agency's name and acronym. (A
/// translation of a text belongs here, under the field it translates.)
pub fn offer_texts<'p>(plan: &'p Plan, offer: &'p Offer) -> Vec<(Field, &'p str)> {
    let mut texts = vec![
        (Field::Title, offer.title.as_str()),
        (Field::Summary, offer.summary.as_str()),
        (Field::Population, offer.target_population.as_str()),
    ];
    for translation in offer.translations.values() {
        texts.extend([(Field::Title, translation.title.as_str()), (Field::Summary, translation.summary.as_str())]);
    }
    for theme in offer.themes.iter().filter_map(|t| plan.theme(t)) {
        texts.extend(theme.labels.values().map(|label| (Field::Theme, label.as_str())));
    }
    if let Some(country) = plan.country(&offer.country) {
        texts.push((Field::Country, &country.name));
    }
    if let Some(agency) = offer.agency.as_ref().and_then(|a| plan.agency(a)) {
        texts.extend([(Field::Agency, agency.name.as_str()), (Field::Agency, &agency.acronym)]);
    }
    texts
}

/// One text of an offer, ready to search.
#[derive(Clone, Debug, PartialEq)]
struct IndexedText {
    field: Field,
    words: Vec<Word>,
    /// The concepts it names, sorted.
    concepts: Vec<usize>,
}

/// One offer, ready to filter and search.
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    id: OfferId,
    themes: Vec<ThemeId>,
    country: CountryId,
    modalities: Vec<Modality>,
    program_type: ProgramType,
    texts: Vec<IndexedText>,
}

impl Entry {
    fn passes(&self, filter: &CatalogueFilter) -> bool {
        filter.theme.as_ref().is_none_or(|t| self.themes.contains(t))
            && filter.country.as_ref().is_none_or(|c| &self.country == c)
            && filter.modality.is_none_or(|m| self.modalities.contains(&m))
            && filter.program_type.is_none_or(|t| self.program_type == t)
    }

    /// How well the offer meets `unit`: 0 when it does not.
    fn score(&self, unit: &Unit) -> u32 {
        let texts = self.texts.iter().map(|t| match unit.meets(&t.words, &t.concepts) {
            Strength::Exact => 2 * t.field.weight(),
            Strength::Near => t.field.weight(),
            Strength::None => 0,
        });
        let program = match unit {
            Unit::Concept { concept, .. }
                if CONCEPTS.get(*concept).is_some_and(|c| c.programs.contains(&self.program_type)) =>
            {
                PROGRAM_WEIGHT
            }
            _ => 0,
        };
        texts.chain([program]).max().unwrap_or(0)
    }
}

/// The plan's offers, folded and stemmed once for search.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

/// The offers a search found, best first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Found {
    /// Those that match everything the query asks (every offer that passes
    /// the filters, for an empty query).
    pub all: Vec<OfferId>,
    /// Those that match only some of it.
    pub some: Vec<OfferId>,
}

impl SearchIndex {
    /// The index of `plan`'s offers, in catalogue order.
    pub fn new(plan: &Plan) -> Self {
        let entries = plan
            .offers
            .iter()
            .map(|offer| Entry {
                id: offer.id.clone(),
                themes: offer.themes.clone(),
                country: offer.country.clone(),
                modalities: offer.modalities.clone(),
                program_type: offer.program_type,
                texts: offer_texts(plan, offer)
                    .into_iter()
                    .map(|(field, text)| {
                        let words = words(text);
                        // Prose names many themes in passing: a summary meets
                        // a concept only by the query's own words.
                        let concepts = if field == Field::Summary { Vec::new() } else { named_in(&words) };
                        IndexedText { field, concepts, words }
                    })
                    .collect(),
            })
            .collect();
        Self { entries }
    }

    /// The offers that pass `filter` and match its text, best first.
    pub fn search(&self, filter: &CatalogueFilter) -> Found {
        let query = Query::parse(&filter.text);
        let passing = self.entries.iter().filter(|e| e.passes(filter));
        if query.is_empty() {
            return Found { all: passing.map(|e| e.id.clone()).collect(), some: Vec::new() };
        }
        let mut ranked: Vec<(usize, u32, &Entry)> = passing
            .filter_map(|e| {
                let scores: Vec<u32> = query.units.iter().map(|u| e.score(u)).filter(|&s| s > 0).collect();
                (!scores.is_empty()).then(|| (scores.len(), scores.iter().sum(), e))
            })
            .collect();
        ranked.sort_by_key(|&(matched, score, _)| (Reverse(matched), Reverse(score)));
        let (all, some): (Vec<_>, Vec<_>) =
            ranked.into_iter().partition(|&(matched, _, _)| matched == query.units.len());
        let ids = |found: Vec<(usize, u32, &Entry)>| found.into_iter().map(|(_, _, e)| e.id.clone()).collect();
        Found { all: ids(all), some: ids(some) }
    }
}

/// The offers of `plan` that pass `filter`, best first: those that match
/// everything asked, then those that match some of it.
pub fn search<'p>(plan: &'p Plan, filter: &CatalogueFilter) -> Vec<&'p Offer> {
    let found = SearchIndex::new(plan).search(filter);
    found.all.iter().chain(&found.some).filter_map(|id| plan.offer(id)).collect()
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
