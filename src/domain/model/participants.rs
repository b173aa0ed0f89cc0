//! Who takes part: countries, sub-regional mechanisms, agencies, delegates.

use crate::domain::ids::{AgencyId, CountryId, DelegateId, MechanismId, SlotId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A participating country.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub id: CountryId,
    /// ISO 3166-1 alpha-2 code, upper case (`PE`).
    pub iso: String,
    pub name: String,
    /// Sub-region, for analytics (`Andean`, `Southern Cone`, …).
    #[serde(default)]
    pub subregion: String,
    /// Delegates available in a slot, where fewer than the whole delegation
    /// (arriving late, leaving early); slots not listed have everyone.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub availability: BTreeMap<SlotId, u32>,
}

/// A sub-regional cooperation mechanism, taking part as an observer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Mechanism {
    pub id: MechanismId,
    pub acronym: String,
    pub name: String,
    /// Participating countries that are members of it.
    #[serde(default)]
    pub members: Vec<CountryId>,
}

/// A ministry or agency of a country.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    pub id: AgencyId,
    pub country: CountryId,
    pub acronym: String,
    pub name: String,
}

/// A member of a country's delegation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Delegate {
    pub id: DelegateId,
    pub name: String,
    pub country: CountryId,
    pub agency: Option<AgencyId>,
    #[serde(default)]
    pub position: String,
    /// Languages spoken, as ISO 639-1 codes (`es`, `pt`, `en`, `fr`).
    #[serde(default)]
    pub languages: Vec<String>,
}
