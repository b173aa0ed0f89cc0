//! Demand: what each country wants to learn, about offers and about themes.

use crate::domain::date::Timestamp;
use crate::domain::ids::{AgencyId, CountryId, DelegateId, OfferId, ThemeId};
use serde::{Deserialize, Serialize};

/// How much a country wants something; the scheduler weighs a satisfied interest high 3, medium 2,
/// low 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Priority {
    High,
    #[default]
    Medium,
    Low,
}

impl Priority {
    /// Every priority, highest first.
    pub const ALL: [Priority; 3] = [Self::High, Self::Medium, Self::Low];

    /// The weight of a satisfied interest of this priority: 3, 2 or 1.
    pub fn weight(self) -> u32 {
        match self {
            Self::High => 3,
            Self::Medium => 2,
            Self::Low => 1,
        }
    }
}

/// A country's interest in one offer (since version 2). (country, offer) is its id: a country has
/// at most one interest per offer, and none in its own offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Interest {
    /// Id of the interested country.
    pub country: CountryId,
    /// Id of the offer it wants to learn about; an offer of another country.
    pub offer: OfferId,
    /// How much the country wants it.
    pub priority: Priority,
    /// What the country wants to learn. Optional, empty when missing (and then not written).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Id of the delegate who asked, of the same country; null or missing when not known (not
    /// written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegate: Option<DelegateId>,
    /// Id of the agency that asked, of the same country; null or missing when not known (not
    /// written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<AgencyId>,
    /// When the answer was given: the created_at of the response file it was merged from, or the
    /// time of the edit in the app. Null or missing when not known (not written then); merging uses
    /// it to flag a response older than the plan's answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

/// A country's interest in a theme ("we want to learn about elderly care", since version 2).
/// (country, theme) is its id: a country has at most one interest per theme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ThemeInterest {
    /// Id of the interested country.
    pub country: CountryId,
    /// Id of the theme.
    pub theme: ThemeId,
    /// How much the country wants it.
    pub priority: Priority,
    /// What the country wants to learn. Optional, empty when missing (and then not written).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When the answer was given, as for an interest. Null or missing when not known (not written
    /// then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}
