//! The selection of actions to fund: the budget and rules, the organizer's
//! overrides, what-if scenarios and the chosen actions (since version 4).

use crate::domain::date::Timestamp;
use crate::domain::ids::ActionId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The budget and the rules a selection keeps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct SelectionRules {
    /// Total budget, in whole units of `currency`.
    pub budget: u64,
    /// ISO 4217 code (`USD`); actions costed in another currency are left out.
    pub currency: String,
    /// At most this many actions per receiving country (none: no limit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_per_country: Option<u32>,
    /// At least one action per sub-region of the receiving countries.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub min_per_subregion: bool,
    /// At least one action per theme of the actions' offers.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub min_per_theme: bool,
}

/// The organizer's decision about one action, over the proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Override {
    /// Always in the selection.
    Include,
    /// Never in the selection.
    Exclude,
}

/// A named set of rules to compare with the selection's (what if…).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub name: String,
    pub rules: SelectionRules,
}

/// The selection: its rules, the overrides, and the actions chosen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Selection {
    pub rules: SelectionRules,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub overrides: BTreeMap<ActionId, Override>,
    /// The actions chosen, in ranking order.
    #[serde(default)]
    pub chosen: Vec<ActionId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scenarios: Vec<Scenario>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub computed_at: Option<Timestamp>,
}
