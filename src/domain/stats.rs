//! Headline counts of a plan, as `rondas-cli stats` prints them.

use super::model::{code_of, Plan, ProgramType};
use serde::Serialize;
use std::collections::BTreeMap;

/// How many of each record a plan holds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stats {
    pub countries: usize,
    pub delegates: usize,
    pub agencies: usize,
    pub mechanisms: usize,
    pub offers: usize,
    pub conditional_cash_transfers: usize,
    /// Offers by program type (kebab-case name), every type listed.
    pub offers_by_type: BTreeMap<String, usize>,
    /// Offers by theme id, every theme listed.
    pub offers_by_theme: BTreeMap<String, usize>,
}

impl Stats {
    /// Counts the records of `plan`.
    pub fn of(plan: &Plan) -> Self {
        let mut offers_by_type: BTreeMap<String, usize> = ProgramType::ALL.iter().map(|t| (code_of(t), 0)).collect();
        let mut offers_by_theme: BTreeMap<String, usize> = plan.themes.iter().map(|t| (t.id.to_string(), 0)).collect();
        for offer in &plan.offers {
            *offers_by_type.entry(code_of(&offer.program_type)).or_default() += 1;
            for theme in &offer.themes {
                *offers_by_theme.entry(theme.to_string()).or_default() += 1;
            }
        }
        Self {
            countries: plan.countries.len(),
            delegates: plan.delegates.len(),
            agencies: plan.agencies.len(),
            mechanisms: plan.mechanisms.len(),
            offers: plan.offers.len(),
            conditional_cash_transfers: offers_by_type.get("conditional-cash-transfer").copied().unwrap_or(0),
            offers_by_type,
            offers_by_theme,
        }
    }
}
