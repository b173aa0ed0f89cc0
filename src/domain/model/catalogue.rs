//! The offer catalogue: programs and projects countries offer to share.

use crate::domain::ids::{AgencyId, CountryId, OfferId, ThemeId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A theme of the catalogue, labelled in one or more languages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Stable id of the theme; not blank, unique among the themes.
    pub id: ThemeId,
    /// Label by language code (en, es, pt, fr); at least one label not blank. English is the
    /// fallback for a missing language.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "crate::domain::format::schema::Labels"))]
    pub labels: BTreeMap<String, String>,
}

impl Theme {
    /// The label in `lang`, else in English, else any label, else the id.
    pub fn label(&self, lang: &str) -> &str {
        label_in(&self.labels, lang, self.id.as_str())
    }

    /// The name for a reader of `lang`: its label in `lang`, else in the plan's language
    /// `plan_lang`, else in English, else any label (blank labels skipped), else the id.
    pub fn name_in<'a>(&'a self, lang: &str, plan_lang: &str) -> Localized<'a> {
        let label = |code: &str| self.labels.get_key_value(code).filter(|(_, l)| !l.trim().is_empty());
        label(lang)
            .or_else(|| label(plan_lang))
            .or_else(|| label("en"))
            .or_else(|| self.labels.iter().find(|(_, l)| !l.trim().is_empty()))
            .map_or(Localized { text: self.id.as_str(), lang: "" }, |(code, text)| Localized { text, lang: code })
    }
}

/// The language codes a plan's texts may be written or translated in.
pub const LANGUAGES: [&str; 4] = ["es", "pt", "en", "fr"];

/// A text of the plan with the language it is written in (empty when unknown), so that a page
/// can mark a text shown in another language than the reader's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    pub lang: &'a str,
}

impl Localized<'_> {
    /// Whether a reader of `lang` gets it in another language (an original shown as such).
    pub fn is_foreign_to(&self, lang: &str) -> bool {
        !self.lang.is_empty() && self.lang != lang
    }
}

/// An offer's title and summary in another language than the original.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OfferText {
    /// The title in that language; not blank.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "crate::domain::format::schema::NonBlank"))]
    pub title: String,
    /// The summary in that language. Optional, empty when missing (the original's is shown).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
}

/// The label of `labels` in `lang`, else in English, else any label, else `id`.
pub fn label_in<'a>(labels: &'a BTreeMap<String, String>, lang: &str, id: &'a str) -> &'a str {
    labels.get(lang).or_else(|| labels.get("en")).or_else(|| labels.values().next()).map_or(id, String::as_str)
}

/// Labels in English, Spanish, Portuguese and French, for the built-in lists.
pub(crate) fn labels4([en, es, pt, fr]: [&str; 4]) -> BTreeMap<String, String> {
    ["en", "es", "pt", "fr"].into_iter().zip([en, es, pt, fr]).map(|(l, t)| (l.to_owned(), t.to_owned())).collect()
}

/// A program or project a country offers to share.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Offer {
    /// Stable id of the offer; not blank, unique among the offers.
    pub id: OfferId,
    /// Id of the offering country.
    pub country: CountryId,
    /// Id of the agency running it, of the same country; null or missing when none.
    pub agency: Option<AgencyId>,
    /// Name of the program or project; not blank.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "crate::domain::format::schema::NonBlank"))]
    pub title: String,
    /// What it is and does.
    pub summary: String,
    /// Ids of its themes.
    pub themes: Vec<ThemeId>,
    /// Who it serves. Optional, empty when missing.
    #[serde(default)]
    pub target_population: String,
    /// Ways the country can share it.
    pub modalities: Vec<Modality>,
    /// What kind of program it is.
    pub program_type: ProgramType,
    /// How many sessions it may be presented in (a popular program repeats); at least 1 (since
    /// version 3). Optional, 1 when missing.
    #[serde(default = "one")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1)))]
    pub max_sessions: u32,
    /// Attending delegations a session of it needs to take place; at least 1 (since version 3).
    /// Optional, 1 when missing.
    #[serde(default = "one")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1)))]
    pub min_attendees: u32,
    /// Language code (es, pt, en, fr) the title and summary are written in (since version 5).
    /// Optional, empty when missing: the plan's `event.language`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// The title and summary translated, by language code (es, pt, en, fr), other than the
    /// original's (since version 5). Optional, empty when missing.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, OfferText>,
}

impl Offer {
    /// The language the offer is written in: its own, else the plan's `plan_lang`.
    pub fn original_language<'a>(&'a self, plan_lang: &'a str) -> &'a str {
        if self.language.is_empty() {
            plan_lang
        } else {
            &self.language
        }
    }

    /// The translation a reader of `lang` gets, if the offer has one (with its language code).
    fn translation(&self, lang: &str, plan_lang: &str) -> Option<(&String, &OfferText)> {
        if lang == self.original_language(plan_lang) {
            return None;
        }
        self.translations.get_key_value(lang).filter(|(_, t)| !t.title.trim().is_empty())
    }

    /// The title for a reader of `lang`: its translation, else the original.
    pub fn title_in<'a>(&'a self, lang: &str, plan_lang: &'a str) -> Localized<'a> {
        match self.translation(lang, plan_lang) {
            Some((code, t)) => Localized { text: &t.title, lang: code },
            None => Localized { text: &self.title, lang: self.original_language(plan_lang) },
        }
    }

    /// The summary for a reader of `lang`: its translation, else the original (also when the
    /// translation has a title but no summary).
    pub fn summary_in<'a>(&'a self, lang: &str, plan_lang: &'a str) -> Localized<'a> {
        match self.translation(lang, plan_lang).filter(|(_, t)| !t.summary.trim().is_empty()) {
            Some((code, t)) => Localized { text: &t.summary, lang: code },
            None => Localized { text: &self.summary, lang: self.original_language(plan_lang) },
        }
    }
}

fn one() -> u32 {
    1
}

/// A way a country can share what it knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Modality {
    ExpertVisit,
    Internship,
    AcademicActivity,
    TechnicalAssistance,
    DocumentExchange,
    VirtualSeminar,
}

impl Modality {
    /// Every modality, in display order.
    pub const ALL: [Modality; 6] = [
        Self::ExpertVisit,
        Self::Internship,
        Self::AcademicActivity,
        Self::TechnicalAssistance,
        Self::DocumentExchange,
        Self::VirtualSeminar,
    ];
}

/// What kind of program an offer is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ProgramType {
    ConditionalCashTransfer,
    UnconditionalCashTransfer,
    NonContributoryPension,
    FoodAndNutrition,
    CareServices,
    EarlyChildhood,
    SocialRegistry,
    PovertyMeasurement,
    ProductiveInclusion,
    #[default]
    Other,
}

impl ProgramType {
    /// Every program type, in display order.
    pub const ALL: [ProgramType; 10] = [
        Self::ConditionalCashTransfer,
        Self::UnconditionalCashTransfer,
        Self::NonContributoryPension,
        Self::FoodAndNutrition,
        Self::CareServices,
        Self::EarlyChildhood,
        Self::SocialRegistry,
        Self::PovertyMeasurement,
        Self::ProductiveInclusion,
        Self::Other,
    ];
}

impl Default for Offer {
    fn default() -> Self {
        Self {
            id: OfferId::default(),
            country: CountryId::default(),
            agency: None,
            title: String::new(),
            summary: String::new(),
            themes: Vec::new(),
            target_population: String::new(),
            modalities: Vec::new(),
            program_type: ProgramType::default(),
            max_sessions: 1,
            min_attendees: 1,
            language: String::new(),
            translations: BTreeMap::new(),
        }
    }
}
