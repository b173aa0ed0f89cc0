//! Demand: what each country wants to learn, about offers and about themes.

use crate::domain::date::Timestamp;
use crate::domain::ids::{AgencyId, CountryId, DelegateId, OfferId, ThemeId};
use serde::{Deserialize, Serialize};

/// How much a country wants something; the scheduler uses it as a weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
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

/// A country's interest in one offer. A country has at most one per offer,
/// never in its own offers; `(country, offer)` is its id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Interest {
    pub country: CountryId,
    pub offer: OfferId,
    pub priority: Priority,
    /// What the country wants to learn.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The delegate who asked, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegate: Option<DelegateId>,
    /// The agency that asked, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<AgencyId>,
    /// When the answer was given (from its response file, or the edit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

/// A country's interest in a theme ("we want to learn about elderly care");
/// `(country, theme)` is its id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ThemeInterest {
    pub country: CountryId,
    pub theme: ThemeId,
    pub priority: Priority,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}
