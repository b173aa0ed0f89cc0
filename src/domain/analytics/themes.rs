//! Themes offered against themes demanded: per theme, the offers that cover
//! it, the interests in those offers and their weight, and the countries
//! that asked for the theme itself.

use crate::domain::model::{Plan, Theme};
use serde::Serialize;
use std::collections::HashMap;

/// Supply and demand of one theme.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ThemeFigures {
    /// The theme's id and labels.
    pub theme: Theme,
    #[serde(flatten)]
    pub supply_demand: SupplyDemand,
    /// Countries that declared an interest in the theme itself.
    pub theme_interests: usize,
}

/// Offers of a theme, interests in them and those interests' weight.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SupplyDemand {
    pub offers: usize,
    pub interests: usize,
    pub weight: u32,
}

/// The themes' supply and demand within one sub-region: its countries'
/// offers, and its countries' interests, per theme (in the plan's theme order).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SubregionThemes {
    pub subregion: String,
    pub themes: Vec<(String, SupplyDemand)>,
}

/// Every theme's figures, most offered first, then most demanded (weight),
/// then in the plan's order.
pub fn of(plan: &Plan) -> Vec<ThemeFigures> {
    let totals = tally(plan, |_| true);
    let mut out: Vec<ThemeFigures> = plan
        .themes
        .iter()
        .zip(totals)
        .map(|(t, supply_demand)| ThemeFigures {
            theme: t.clone(),
            supply_demand,
            theme_interests: plan.theme_interests.iter().filter(|i| i.theme == t.id).count(),
        })
        .collect();
    out.sort_by_key(|t| (std::cmp::Reverse(t.supply_demand.offers), std::cmp::Reverse(t.supply_demand.weight)));
    out
}

/// The themes that stand out: those with more offers than the average theme
/// that has any, most offered first.
pub fn standouts(themes: &[ThemeFigures]) -> Vec<String> {
    let offered: Vec<usize> = themes.iter().map(|t| t.supply_demand.offers).filter(|&n| n > 0).collect();
    if offered.is_empty() {
        return Vec::new();
    }
    let total: usize = offered.iter().sum();
    // n > total / count, in integers.
    themes.iter().filter(|t| t.supply_demand.offers * offered.len() > total).map(|t| t.theme.id.to_string()).collect()
}

/// Per sub-region (in the order countries list them), per theme: the
/// sub-region's offers and its countries' interests.
pub fn by_subregion(plan: &Plan) -> Vec<SubregionThemes> {
    let mut names: Vec<&str> = Vec::new();
    for c in &plan.countries {
        if !names.contains(&c.subregion.as_str()) {
            names.push(&c.subregion);
        }
    }
    let region: HashMap<_, &str> = plan.countries.iter().map(|c| (&c.id, c.subregion.as_str())).collect();
    names
        .into_iter()
        .map(|name| SubregionThemes {
            subregion: name.to_owned(),
            themes: plan
                .themes
                .iter()
                .map(|t| t.id.to_string())
                .zip(tally(plan, |country| region.get(country) == Some(&name)))
                .collect(),
        })
        .collect()
}

/// Per theme of the plan (in its order): offers of countries `within`, and
/// interests of countries `within`.
fn tally(plan: &Plan, within: impl Fn(&crate::domain::ids::CountryId) -> bool) -> Vec<SupplyDemand> {
    let index: HashMap<_, usize> = plan.themes.iter().enumerate().map(|(k, t)| (&t.id, k)).collect();
    let mut out = vec![SupplyDemand::default(); plan.themes.len()];
    for offer in plan.offers.iter().filter(|o| within(&o.country)) {
        for k in offer.themes.iter().filter_map(|t| index.get(t)) {
            out[*k].offers += 1;
        }
    }
    for interest in plan.interests.iter().filter(|i| within(&i.country)) {
        let Some(offer) = plan.offer(&interest.offer) else { continue };
        for k in offer.themes.iter().filter_map(|t| index.get(t)) {
            out[*k].interests += 1;
            out[*k].weight += interest.priority.weight();
        }
    }
    out
}
