//! Who takes part: countries, sub-regional mechanisms, agencies, delegates.

use crate::domain::ids::{AgencyId, CountryId, DelegateId, MechanismId, SlotId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A participating country.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// Stable id of the country; not blank, unique among the countries.
    pub id: CountryId,
    /// ISO 3166-1 alpha-2 code, upper case (PE).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(regex(pattern = r"^[A-Z]{2}$")))]
    pub iso: String,
    /// Name of the country; not blank.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "crate::domain::format::schema::NonBlank"))]
    pub name: String,
    /// Sub-region, for analytics (Andean, Southern Cone, …). Optional, empty when missing.
    #[serde(default)]
    pub subregion: String,
    /// Delegates of the country available in a slot, by slot id, where fewer than the whole
    /// delegation (arriving late, leaving early); slots not listed have everyone (since version 3).
    /// Every key must be the id of a slot. Optional, empty when missing (and then not written).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub availability: BTreeMap<SlotId, u32>,
}

/// A sub-regional cooperation mechanism, taking part as an observer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Mechanism {
    /// Stable id of the mechanism; not blank, unique among the mechanisms.
    pub id: MechanismId,
    /// Short name (MERCOSUR, SICA).
    pub acronym: String,
    /// Full name; not blank.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "crate::domain::format::schema::NonBlank"))]
    pub name: String,
    /// Ids of the participating countries that are members of it. Optional, empty when missing.
    #[serde(default)]
    pub members: Vec<CountryId>,
}

/// A ministry or agency of a country.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Agency {
    /// Stable id of the agency; not blank, unique among the agencies.
    pub id: AgencyId,
    /// Id of its country.
    pub country: CountryId,
    /// Short name (MIDIS).
    pub acronym: String,
    /// Full name; not blank.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "crate::domain::format::schema::NonBlank"))]
    pub name: String,
}

/// A member of a country's delegation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Delegate {
    /// Stable id of the delegate; not blank, unique among the delegates.
    pub id: DelegateId,
    /// Full name; not blank.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "crate::domain::format::schema::NonBlank"))]
    pub name: String,
    /// Id of the country whose delegation they belong to.
    pub country: CountryId,
    /// Id of their agency, of the same country; null or missing when none.
    pub agency: Option<AgencyId>,
    /// Job title. Optional, empty when missing.
    #[serde(default)]
    pub position: String,
    /// Languages spoken, as ISO 639-1 codes (es, pt, en, fr). Optional, empty when missing.
    #[serde(default)]
    pub languages: Vec<String>,
}
