//! Several editions of a workshop side by side: the same headline figures
//! and the same themes, edition by edition, earliest first.

use super::themes::SupplyDemand;
use super::Report;
use crate::domain::date::Date;
use crate::domain::model::Theme;

/// A headline figure compared across editions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    Delegates,
    Countries,
    Agencies,
    Mechanisms,
    Offers,
    ConditionalCashTransfers,
    Interests,
    ThemeInterests,
    Sessions,
    InterestsMet,
    Actions,
}

impl Figure {
    /// Every figure, in display order.
    pub const ALL: [Figure; 11] = [
        Self::Delegates,
        Self::Countries,
        Self::Agencies,
        Self::Mechanisms,
        Self::Offers,
        Self::ConditionalCashTransfers,
        Self::Interests,
        Self::ThemeInterests,
        Self::Sessions,
        Self::InterestsMet,
        Self::Actions,
    ];

    /// This figure in `r`; sessions and interests met are 0 before the rounds.
    pub fn of(self, r: &Report) -> usize {
        let f = &r.figures;
        let rounds = r.coverage.as_ref();
        match self {
            Self::Delegates => f.delegates,
            Self::Countries => f.countries,
            Self::Agencies => f.agencies,
            Self::Mechanisms => f.mechanisms,
            Self::Offers => f.offers,
            Self::ConditionalCashTransfers => f.conditional_cash_transfers,
            Self::Interests => r.interests,
            Self::ThemeInterests => r.theme_interests,
            Self::Sessions => rounds.map_or(0, |c| c.sessions),
            Self::InterestsMet => rounds.map_or(0, |c| c.interests_met as usize),
            Self::Actions => r.actions.potential,
        }
    }
}

/// The comparison of some editions.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The editions' names and start dates, earliest first; `order[k]` is
    /// the index, in the list given, of the `k`-th column.
    pub editions: Vec<(String, Date)>,
    pub order: Vec<usize>,
    /// Each figure, one value per column.
    pub figures: Vec<(Figure, Vec<usize>)>,
    /// Each theme of any edition (first seen first), one value per column
    /// (zero where the edition lacks the theme).
    pub themes: Vec<(Theme, Vec<SupplyDemand>)>,
}

/// Compares `reports`, put in the order of their start dates.
pub fn compare(reports: &[&Report]) -> Comparison {
    let mut order: Vec<usize> = (0..reports.len()).collect();
    order.sort_by_key(|&k| (reports[k].event.starts_on, k));
    let columns: Vec<&Report> = order.iter().map(|&k| reports[k]).collect();
    let mut themes: Vec<(Theme, Vec<SupplyDemand>)> = Vec::new();
    for (c, r) in columns.iter().enumerate() {
        for t in &r.themes {
            let k = match themes.iter().position(|(theme, _)| theme.id == t.theme.id) {
                Some(k) => k,
                None => {
                    themes.push((t.theme.clone(), vec![SupplyDemand::default(); columns.len()]));
                    themes.len() - 1
                }
            };
            themes[k].1[c] = t.supply_demand;
        }
    }
    Comparison {
        editions: columns.iter().map(|r| (r.event.name.clone(), r.event.starts_on)).collect(),
        figures: Figure::ALL.iter().map(|&f| (f, columns.iter().map(|r| f.of(r)).collect())).collect(),
        themes,
        order,
    }
}
