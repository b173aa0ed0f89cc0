//! The offer catalogue: programs and projects countries offer to share.

use crate::domain::ids::{AgencyId, CountryId, OfferId, ThemeId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A theme, labelled in one or more languages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: ThemeId,
    /// Label by language code; at least one.
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

/// Labels in English and Spanish, for the built-in lists.
pub(super) fn en_es(en: &str, es: &str) -> BTreeMap<String, String> {
    BTreeMap::from([("en".to_owned(), en.to_owned()), ("es".to_owned(), es.to_owned())])
}

/// A program or project offered by a country.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    pub id: OfferId,
    pub country: CountryId,
    pub agency: Option<AgencyId>,
    pub title: String,
    pub summary: String,
    pub themes: Vec<ThemeId>,
    #[serde(default)]
    pub target_population: String,
    pub modalities: Vec<Modality>,
    pub program_type: ProgramType,
    /// How many sessions it may be presented in (a popular program repeats).
    #[serde(default = "one")]
    pub max_sessions: u32,
    /// Delegations a session needs to take place.
    #[serde(default = "one")]
    pub min_attendees: u32,
}

fn one() -> u32 {
    1
}

/// A way a country can share what it knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
