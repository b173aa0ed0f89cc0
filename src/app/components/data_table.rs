//! A table of figures: a caption, a heading per column and per row, the
//! cells right-aligned; and how a theme's supply and demand reads in a cell.

use crate::domain::analytics::themes::SupplyDemand;
use crate::i18n::{fill, Lang};
use leptos::prelude::*;

/// The table, scrolling sideways on narrow screens.
#[component]
pub fn DataTable(
    caption: String,
    testid: &'static str,
    /// The heading of the row-heading column.
    corner: String,
    /// The other column headings (`<th scope="col">` elements).
    heads: AnyView,
    /// Each row's heading and cells.
    rows: Vec<(String, Vec<String>)>,
) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|(label, cells)| {
            let cells = cells.into_iter().map(|c| view! { <td class="num">{c}</td> }).collect_view();
            view! { <tr><th scope="row">{label}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table data-testid=testid>
                <caption>{caption}</caption>
                <thead><tr><th scope="col">{corner}</th>{heads}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// "programs · interests" of a theme, in the language's digits.
pub fn supply_demand(lang: Lang, sd: &SupplyDemand) -> String {
    lang.fill(fill::AnalyticsCell {
        offers: &lang.integer(sd.offers as i64),
        interests: &lang.integer(sd.interests as i64),
    })
}
