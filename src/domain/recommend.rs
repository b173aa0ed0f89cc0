//! Recommendations: offers a country has not asked for yet that fit what it
//! said it wants to learn, ranked, each with the reasons that put it there.
//!
//! An offer earns points for each of its themes that the country declared an
//! interest in (twice the priority weight: a theme interest speaks for the
//! whole theme) and for each of its themes the country's interests already
//! cover (the priority weights of those interests, 3/2/1 each). When it
//! earned any, it also earns a point for every other country of the same
//! subregion that asked for it: popularity ranks offers that fit, it never
//! recommends one on its own.

use super::ids::{CountryId, OfferId, ThemeId};
use super::model::{Offer, Plan, Priority};
use std::collections::{HashMap, HashSet};

/// Points per priority weight of a declared theme interest.
const THEME_INTEREST_POINTS: u32 = 2;

/// One offer recommended to a country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    /// The offer recommended.
    pub offer: OfferId,
    /// The sum of the points of its reasons; higher ranks first.
    pub score: u32,
    /// Why, strongest first.
    pub reasons: Vec<Reason>,
}

/// Why an offer is recommended; [`crate::i18n::Lang::recommend_reason`] says it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The country declared an interest in one of the offer's themes.
    ThemeInterest { theme: ThemeId, priority: Priority },
    /// The country asked for `count` offers of one of the offer's themes,
    /// whose priority weights add up to `weight`.
    AskedForTheme { theme: ThemeId, count: u32, weight: u32 },
    /// `count` other countries of the country's subregion asked for the offer.
    PopularWithSubregion { subregion: String, count: u32 },
}

impl Reason {
    /// What this reason adds to the score.
    pub fn points(&self) -> u32 {
        match self {
            Self::ThemeInterest { priority, .. } => THEME_INTEREST_POINTS * priority.weight(),
            Self::AskedForTheme { weight, .. } => *weight,
            Self::PopularWithSubregion { count, .. } => *count,
        }
    }
}

/// What one country has said it wants, gathered once for all offers.
struct Demand<'p> {
    /// Priority of each declared theme interest.
    themes: HashMap<&'p ThemeId, Priority>,
    /// Per theme, how many offers of it the country asked for and their weight.
    asked_themes: HashMap<&'p ThemeId, (u32, u32)>,
    asked: HashSet<&'p OfferId>,
    subregion: Option<&'p str>,
    /// Per offer, how many other countries of the subregion asked for it.
    neighbours: HashMap<&'p OfferId, u32>,
}

impl<'p> Demand<'p> {
    fn of(plan: &'p Plan, country: &CountryId) -> Self {
        let offers: HashMap<&OfferId, &Offer> = plan.offers.iter().map(|o| (&o.id, o)).collect();
        let mut themes = HashMap::new();
        for i in plan.theme_interests.iter().filter(|i| &i.country == country) {
            themes.entry(&i.theme).or_insert(i.priority);
        }
        let mut asked_themes: HashMap<&ThemeId, (u32, u32)> = HashMap::new();
        let mut asked = HashSet::new();
        for i in plan.interests.iter().filter(|i| &i.country == country) {
            asked.insert(&i.offer);
            for theme in distinct(offers.get(&i.offer).map_or(&[][..], |o| &o.themes)) {
                let entry = asked_themes.entry(theme).or_default();
                *entry = (entry.0 + 1, entry.1 + i.priority.weight());
            }
        }
        let subregion = plan.country(country).map(|c| c.subregion.as_str()).filter(|s| !s.trim().is_empty());
        let neighbour_ids: HashSet<&CountryId> = plan
            .countries
            .iter()
            .filter(|c| Some(c.subregion.as_str()) == subregion && &c.id != country)
            .map(|c| &c.id)
            .collect();
        let mut neighbours: HashMap<&OfferId, u32> = HashMap::new();
        for i in plan.interests.iter().filter(|i| neighbour_ids.contains(&i.country)) {
            *neighbours.entry(&i.offer).or_default() += 1;
        }
        Self { themes, asked_themes, asked, subregion, neighbours }
    }

    /// The recommendation of `offer`, if it fits at all.
    fn score(&self, offer: &Offer) -> Option<Recommendation> {
        let mut reasons = Vec::new();
        for theme in distinct(&offer.themes) {
            if let Some(&priority) = self.themes.get(theme) {
                reasons.push(Reason::ThemeInterest { theme: theme.clone(), priority });
            }
            if let Some(&(count, weight)) = self.asked_themes.get(theme) {
                reasons.push(Reason::AskedForTheme { theme: theme.clone(), count, weight });
            }
        }
        if reasons.is_empty() {
            return None;
        }
        if let (Some(subregion), Some(&count)) = (self.subregion, self.neighbours.get(&offer.id)) {
            reasons.push(Reason::PopularWithSubregion { subregion: subregion.to_owned(), count });
        }
        reasons.sort_by_key(|r| std::cmp::Reverse(r.points()));
        let score = reasons.iter().map(Reason::points).sum();
        Some(Recommendation { offer: offer.id.clone(), score, reasons })
    }
}

/// Each theme of `themes` once, in order (so a file that lists a theme twice
/// does not count it twice).
fn distinct(themes: &[ThemeId]) -> impl Iterator<Item = &ThemeId> {
    themes.iter().enumerate().filter(|(n, t)| !themes[..*n].contains(t)).map(|(_, t)| t)
}

/// The offers recommended to `country`, best first (ties by offer id): not
/// its own, not already asked for, and fitting its theme interests or the
/// themes of what it asked for. Offers that fit nothing are left out.
pub fn recommend(plan: &Plan, country: &CountryId) -> Vec<Recommendation> {
    let demand = Demand::of(plan, country);
    let mut found: Vec<Recommendation> = plan
        .offers
        .iter()
        .filter(|o| &o.country != country && !demand.asked.contains(&o.id))
        .filter_map(|o| demand.score(o))
        .collect();
    found.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.offer.cmp(&b.offer)));
    found
}
