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
        }
    }
}
