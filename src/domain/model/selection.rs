//! The selection of actions to fund: the budget and rules, the organizer's
//! overrides, what-if scenarios and the chosen actions (since version 4).

use crate::domain::date::Timestamp;
use crate::domain::ids::ActionId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The budget and rules a selection keeps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SelectionRules {
    /// Total budget, in whole units of currency.
    pub budget: u64,
    /// ISO 4217 code (USD); actions costed in another currency are left out.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(regex(pattern = r"^[A-Z]{3}$")))]
    pub currency: String,
    /// At most this many actions per receiving country. Null or missing: no limit (not written
    /// then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_per_country: Option<u32>,
    /// At least one action per sub-region of the receiving countries (among those with a
    /// candidate). Optional, false when missing (and then not written).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub min_per_subregion: bool,
    /// At least one action per theme of the actions' offers (among those with a candidate).
    /// Optional, false when missing (and then not written).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub min_per_theme: bool,
}

/// The organizer's decision about one action, over the proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Override {
    /// Always in the selection.
    Include,
    /// Never in the selection.
    Exclude,
}

/// A named set of rules to compare with the selection's (what if…).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Name of the scenario.
    pub name: String,
    /// Its budget and rules.
    pub rules: SelectionRules,
}

/// The selection of actions to fund (since version 4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Selection {
    /// Budget and rules.
    pub rules: SelectionRules,
    /// The organizer's decisions over the proposal, by action id: include (always in) or exclude
    /// (never in). Optional, empty when missing (and then not written).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub overrides: BTreeMap<ActionId, Override>,
    /// Ids of the actions chosen, in ranking order, no repeats. Optional, empty when missing.
    #[serde(default)]
    pub chosen: Vec<ActionId>,
    /// What-if scenarios: other rules to compare side by side. Optional, empty when missing (and
    /// then not written).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scenarios: Vec<Scenario>,
    /// When the selection was computed. Null or missing when not known (not written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub computed_at: Option<Timestamp>,
}
