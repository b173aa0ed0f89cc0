//! The supply-demand matrix, the organizers' main screen: offers by row,
//! countries by column, cells coloured by priority. Only the rows in view
//! are in the DOM, so 600 offers by 120 countries stay fast.

mod cell_editor;
mod grid;

use crate::app::files::download;
use crate::app::i18n::{tr, use_i18n};
use crate::app::query::use_query_param;
use crate::app::state::use_store;
use crate::domain::matrix::{Grouping, Matrix, RowOrder};
use crate::domain::text::slug;
use crate::i18n::{fill, Key};
use cell_editor::CellEditor;
use grid::Grid;
use leptos::prelude::*;

const ORDERS: &[(&str, Key)] = &[
    ("", Key::MatrixOrderCatalogue),
    ("demand", Key::MatrixOrderDemand),
    ("country", Key::MatrixOrderCountry),
    ("theme", Key::MatrixOrderTheme),
];

const GROUPINGS: &[(&str, Key)] =
    &[("", Key::MatrixGroupNone), ("theme", Key::MatrixGroupTheme), ("country", Key::MatrixGroupCountry)];

fn order_of(code: Option<String>) -> RowOrder {
    match code.as_deref() {
        Some("demand") => RowOrder::Demand,
        Some("country") => RowOrder::Country,
        Some("theme") => RowOrder::Theme,
        _ => RowOrder::Catalogue,
    }
}

fn grouping_of(code: Option<String>) -> Grouping {
    match code.as_deref() {
        Some("theme") => Grouping::Theme,
        Some("country") => Grouping::Country,
        _ => Grouping::None,
    }
}

/// Sorting and grouping controls, the grid, the gaps and the CSV export.
#[component]
pub fn MatrixPage() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let order = use_query_param("order", true);
    let group = use_query_param("group", true);
    let cell = use_query_param("cell", false);
    let matrix = Memo::new(move |_| {
        let lang = i18n.lang().code();
        plan.with(|p| Matrix::of(p, order_of(order.value.get()), grouping_of(group.value.get()), lang))
    });
    let export = move |_| {
        let Ok(csv) = plan.with_untracked(|p| matrix.with_untracked(|m| m.to_csv(p))) else { return };
        let name = plan.with_untracked(|p| format!("{}-matrix.csv", slug(&p.event.name)));
        let _ = download(&name, "text/csv;charset=utf-8", &csv);
    };
    let select = move |label: Key, param: crate::app::query::QueryParam, options: &'static [(&'static str, Key)]| {
        view! {
            <label class="field">
                <span>{move || i18n.t(label)}</span>
                <select
                    prop:value=move || param.value.get().unwrap_or_default()
                    on:change=move |ev| param.set(Some(event_target_value(&ev)))
                >
                    {options
                        .iter()
                        .map(|&(value, key)| view! { <option value=value>{move || i18n.t(key)}</option> })
                        .collect_view()}
                </select>
            </label>
        }
    };
    let gaps = move || {
        let lang = i18n.lang();
        let m = matrix.get();
        plan.with(|p| {
            let unwanted: Vec<String> =
                m.unwanted().filter_map(|o| p.offer_title(o, lang.code())).map(|t| t.text.to_owned()).collect();
            let few: Vec<String> = m.few_interests.iter().map(|c| p.country_name(c)).collect();
            let themes: Vec<String> = m
                .themes_without_offer
                .iter()
                .map(|(t, n)| lang.fill(fill::MatrixThemeAsking { theme: &p.theme_label(t, lang.code()), n: &n.to_string() }))
                .collect();
            [
                (Key::MatrixUnwanted, unwanted, "gap-unwanted"),
                (Key::MatrixFew, few, "gap-few"),
                (Key::MatrixThemesWithoutOffer, themes, "gap-themes"),
            ]
            .into_iter()
            .map(|(key, items, id)| {
                let empty = items.is_empty();
                view! {
                    <section class="card" data-testid=id>
                        <h2>{lang.t(key)} " " <span class="count">{items.len()}</span></h2>
                        {if empty {
                            view! { <p class="muted">{lang.t(Key::MatrixNoGap)}</p> }.into_any()
                        } else {
                            view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any()
                        }}
                    </section>
                }
            })
            .collect_view()
        })
    };
    view! {
        <section class="page matrix-page">
            <header class="page-head">
                <h1>{tr!(i18n, MatrixTitle)}</h1>
                <button type="button" data-testid="matrix-csv" on:click=export>{tr!(i18n, MatrixExportCsv)}</button>
            </header>
            <div class="filters">
                {select(Key::MatrixOrder, order, ORDERS)}
                {select(Key::MatrixGroup, group, GROUPINGS)}
            </div>
            <p class="legend" aria-hidden="true">
                <span class="pill high">{tr!(i18n, PriorityHigh)}</span>
                <span class="pill medium">{tr!(i18n, PriorityMedium)}</span>
                <span class="pill low">{tr!(i18n, PriorityLow)}</span>
                <span class="muted">{tr!(i18n, MatrixLegend)}</span>
            </p>
            <Grid matrix=matrix cell=cell />
            <div class="columns gaps">{gaps}</div>
            <CellEditor cell=cell />
        </section>
    }
}
