//! Why an offer is recommended to a country, in words.

use super::{fill, Lang};
use crate::domain::model::Plan;
use crate::domain::recommend::Reason;

impl Lang {
    /// A reason in words, e.g. "you asked for 3 elderly-care programs".
    pub fn recommend_reason(self, plan: &Plan, r: &Reason) -> String {
        match r {
            Reason::ThemeInterest { theme, priority } => self.fill(fill::RecommendThemeInterest {
                theme: &plan.theme_label(theme, self.code()),
                priority: self.priority(*priority),
            }),
            Reason::AskedForTheme { theme, count, .. } => self.fill(fill::RecommendAskedForTheme {
                n: *count as usize,
                theme: &plan.theme_label(theme, self.code()),
            }),
            Reason::PopularWithSubregion { subregion, count } => {
                self.fill(fill::RecommendSubregion { n: *count as usize, subregion })
            }
        }
    }
}
