//! The matrix grid, virtualised: rows have a fixed height and only those
//! near the scrolled window are rendered, between two spacer rows.

use crate::app::components::priority::priority_label;
use crate::app::i18n::use_i18n;
use crate::app::query::QueryParam;
use crate::app::state::use_store;
use crate::domain::matrix::{Line, Matrix};
use crate::domain::model::code_of;
use crate::i18n::Key;
use leptos::prelude::*;

/// Row height in pixels; `style/main.css` sets the same on `.matrix tbody tr`.
const ROW: f64 = 30.0;
/// Rows rendered above and below the visible ones.
const MARGIN: usize = 12;

/// The grid of `matrix`; a click on a cell selects it (`cell=country:offer`).
#[component]
pub fn Grid(matrix: Memo<Matrix>, cell: QueryParam) -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let scroll = RwSignal::new((0.0_f64, 720.0_f64));
    let window = Memo::new(move |_| {
        let (top, height) = scroll.get();
        let total = matrix.with(|m| m.lines.len());
        let first = ((top / ROW) as usize).saturating_sub(MARGIN).min(total);
        let last = (((top + height) / ROW).ceil() as usize + MARGIN).min(total);
        (first, last, total)
    });
    let on_scroll = move |ev: leptos::ev::Event| {
        let el: web_sys::Element = event_target(&ev);
        scroll.set((f64::from(el.scroll_top()), f64::from(el.client_height())));
    };
    let header = move || {
        let lang = i18n.lang();
        matrix.with(|m| {
            plan.with(|p| {
                m.columns
                    .iter()
                    .zip(&m.column_totals)
                    .map(|(c, (n, _))| {
                        let country = p.country(c);
                        let iso = country.map(|c| c.iso.clone()).unwrap_or_default();
                        let name = p.country_name(c);
                        let few = m.few_interests.contains(c);
                        let title = lang.fill(Key::MatrixColumnTitle, &[("country", &name), ("n", &n.to_string())]);
                        view! {
                            <th scope="col" class="col" class:few=few title=title.clone() aria-label=title>
                                <span class="iso">{iso}</span>
                                <span class="total">{*n}</span>
                            </th>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let body = move || {
        let (first, last, _) = window.get();
        let lang = i18n.lang();
        let columns = matrix.with(|m| m.columns.len());
        matrix.with(|m| {
            plan.with(|p| {
                m.lines[first..last]
                    .iter()
                    .map(|line| match line {
                        Line::Group { label, offers } => view! {
                            <tr class="group">
                                <th scope="rowgroup" colspan=columns + 3>{label.clone()} " " <span class="count">{*offers}</span></th>
                            </tr>
                        }
                        .into_any(),
                        Line::Offer(i) => {
                            let row = &m.rows[*i];
                            let offer = p.offer(&row.offer);
                            let title = offer.map(|o| o.title.clone()).unwrap_or_default();
                            let owner = offer.map(|o| o.country.clone());
                            let cells = m
                                .columns
                                .iter()
                                .zip(&row.cells)
                                .map(|(c, priority)| {
                                    if owner.as_ref() == Some(c) {
                                        return view! { <td class="cell own"></td> }.into_any();
                                    }
                                    let key = format!("{c}:{}", row.offer);
                                    let class = priority.map(|p| format!("cell {}", code_of(&p))).unwrap_or_else(|| "cell".into());
                                    let said = priority.map(|pr| priority_label(lang, pr)).unwrap_or_else(|| lang.t(Key::PriorityNone));
                                    let label = format!("{} — {title}: {said}", p.country_name(c));
                                    let mark = priority.map(|pr| priority_label(lang, pr).chars().next().unwrap_or(' ').to_string());
                                    view! {
                                        <td class=class>
                                            <button type="button" aria-label=label.clone() title=label on:click=move |_| cell.set(Some(key.clone()))>
                                                {mark}
                                            </button>
                                        </td>
                                    }
                                    .into_any()
                                })
                                .collect_view();
                            view! {
                                <tr class:unwanted=row.count == 0 data-testid="matrix-row">
                                    <th scope="row" class="offer" title=title.clone()>{title.clone()}</th>
                                    {cells}
                                    <td class="sum">{row.count}</td>
                                    <td class="sum">{row.weight}</td>
                                </tr>
                            }
                            .into_any()
                        }
                    })
                    .collect_view()
            })
        })
    };
    let spacer = move |rows: usize| format!("height: {}px", rows as f64 * ROW);
    view! {
        <div class="matrix-scroll" on:scroll=on_scroll tabindex="0" data-testid="matrix">
            <table class="matrix">
                <thead>
                    <tr>
                        <th scope="col" class="offer">{move || i18n.t(Key::MatrixOffer)}</th>
                        {header}
                        <th scope="col" class="sum" title=move || i18n.t(Key::MatrixCountries)>"Σ"</th>
                        <th scope="col" class="sum" title=move || i18n.t(Key::MatrixWeight)>"W"</th>
                    </tr>
                </thead>
                <tbody>
                    <tr aria-hidden="true" class="spacer" style=move || spacer(window.get().0)></tr>
                    {body}
                    <tr aria-hidden="true" class="spacer" style=move || { let (_, last, total) = window.get(); spacer(total - last) }></tr>
                </tbody>
            </table>
        </div>
    }
}
