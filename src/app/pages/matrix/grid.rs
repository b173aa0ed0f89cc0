//! The matrix grid, virtualised: rows have a fixed height and only those
//! near the scrolled window are in the DOM, between two spacer rows. Rows
//! are keyed, so scrolling only builds the rows that come into view, and one
//! click handler on the body serves every cell.

use crate::app::components::local_text::{offer_title, LocalText};
use crate::app::i18n::use_i18n;
use crate::app::query::QueryParam;
use crate::app::state::use_store;
use crate::domain::matrix::{Line, Matrix};
use crate::domain::model::code_of;
use crate::i18n::{fill, Key};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Row height in pixels; `style/main.css` sets the same on `.matrix tbody tr`.
const ROW: f64 = 30.0;
/// The id of the note that describes the rows of offers nobody asked for.
const NOBODY_NOTE: &str = "matrix-nobody-note";
/// Rows rendered above and below the visible ones.
const MARGIN: usize = 8;

/// The grid of `matrix`; a click on a cell selects it (`cell=country:offer`).
#[component]
pub fn Grid(matrix: Memo<Matrix>, cell: QueryParam) -> impl IntoView {
    let i18n = use_i18n();
    let scroll = RwSignal::new((0.0_f64, 720.0_f64));
    // Bumped whenever the matrix changes, so kept rows are rebuilt then.
    let generation = Memo::new(move |previous: Option<&u64>| matrix.with(|_| previous.map_or(0, |g| g + 1)));
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
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let button = target.and_then(|t| t.closest("button[data-cell]").ok().flatten());
        if let Some(key) = button.and_then(|b| b.get_attribute("data-cell")) {
            cell.set(Some(key));
        }
    };
    let columns = move || matrix.with(|m| m.columns.len());
    let spacer = move |rows: usize| format!("{}px", rows as f64 * ROW);
    view! {
        <span id=NOBODY_NOTE class="visually-hidden">{move || i18n.t(Key::MatrixNobody)}</span>
        <div class="matrix-scroll" on:scroll=on_scroll tabindex="0" data-testid="matrix">
            <table class="matrix">
                <thead>
                    <tr>
                        <th scope="col" class="offer">{move || i18n.t(Key::MatrixOffer)}</th>
                        <Header matrix=matrix />
                        <th scope="col" class="sum" title=move || i18n.t(Key::MatrixCountries)>"Σ"</th>
                        <th scope="col" class="sum" title=move || i18n.t(Key::MatrixWeight)>"W"</th>
                    </tr>
                </thead>
                <tbody on:click=on_click>
                    <tr aria-hidden="true" class="spacer" style:height=move || spacer(window.get().0)></tr>
                    <For
                        each=move || { let (first, last, _) = window.get(); let g = generation.get(); (first..last).map(move |i| (g, i)).collect::<Vec<_>>() }
                        key=|k| *k
                        let:((_, index))
                    >
                        <MatrixLine matrix=matrix index=index columns=columns() />
                    </For>
                    <tr aria-hidden="true" class="spacer" style:height=move || { let (_, last, total) = window.get(); spacer(total - last) }></tr>
                </tbody>
            </table>
        </div>
    }
}

/// The column headings: each country's ISO code and its number of interests.
#[component]
fn Header(matrix: Memo<Matrix>) -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    move || {
        let lang = i18n.lang();
        matrix.with(|m| {
            plan.with(|p| {
                m.columns
                    .iter()
                    .zip(&m.column_totals)
                    .map(|(c, (n, _))| {
                        let iso = p.country(c).map(|c| c.iso.clone()).unwrap_or_default();
                        let few = m.few_interests.contains(c);
                        let title =
                            lang.fill(fill::MatrixColumnTitle { country: &p.country_name(c), n: &n.to_string() });
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
    }
}

/// Line `index` of the matrix: a group heading or an offer's row.
#[component]
fn MatrixLine(matrix: Memo<Matrix>, index: usize, columns: usize) -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let lang = i18n.lang_untracked();
    matrix.with_untracked(|m| {
        plan.with_untracked(|p| match m.lines.get(index) {
            None => ().into_any(),
            Some(Line::Group { label, offers }) => view! {
                <tr class="group">
                    <th scope="rowgroup" colspan=columns + 3>{label.clone()} " " <span class="count">{*offers}</span></th>
                </tr>
            }
            .into_any(),
            Some(Line::Offer(i)) => {
                let row = &m.rows[*i];
                let offer = p.offer(&row.offer);
                let shown = offer_title(p, &row.offer, lang.code());
                let title = shown.text.clone();
                let owner = offer.map(|o| o.country.clone());
                let cells = m
                    .columns
                    .iter()
                    .zip(&row.cells)
                    .map(|(c, priority)| {
                        if owner.as_ref() == Some(c) {
                            return view! { <td class="cell own"></td> }.into_any();
                        }
                        let class = priority.map_or_else(|| "cell".to_owned(), |p| format!("cell {}", code_of(&p)));
                        let said = priority.map_or_else(|| lang.t(Key::PriorityNone), |pr| lang.priority(pr));
                        let label = format!("{} — {title}: {said}", p.country_name(c));
                        let mark = priority.map(|pr| lang.priority(pr).chars().take(1).collect::<String>());
                        view! {
                            <td class=class>
                                <button type="button" data-cell=format!("{c}:{}", row.offer) aria-label=label.clone() title=label>
                                    {mark}
                                </button>
                            </td>
                        }
                        .into_any()
                    })
                    .collect_view();
                let unwanted = row.count == 0;
                view! {
                    <tr class:unwanted=unwanted data-testid="matrix-row">
                        <th scope="row" class="offer" title=title.clone() aria-describedby=unwanted.then_some(NOBODY_NOTE)>
                            <LocalText text=shown />
                        </th>
                        {cells}
                        <td class="sum">{row.count}</td>
                        <td class="sum">{row.weight}</td>
                    </tr>
                }
                .into_any()
            }
        })
    })
}
