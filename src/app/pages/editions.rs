//! Editions: earlier workshop files loaded beside the current plan (held in
//! memory for the session, never replacing the plan) and the same figures
//! and themes compared over time, in a table and a chart.

use crate::app::components::bar_chart::{BarChart, Chart, Series};
use crate::app::components::data_table::{supply_demand, DataTable};
use crate::app::files::read_text;
use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::analytics::editions::{compare, Comparison, Figure};
use crate::domain::analytics::Report;
use crate::domain::format;
use crate::i18n::{fill, Key, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// An earlier edition: the file it came from and its figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Edition {
    pub file: String,
    pub report: Report,
}

/// The loaded editions, kept while the app is open.
#[derive(Clone, Copy)]
pub struct Editions(RwSignal<Vec<Edition>>);

/// Provides the (empty) list of editions.
pub fn provide() {
    provide_context(Editions(RwSignal::new(Vec::new())));
}

/// The editions page.
#[component]
pub fn EditionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let Editions(editions) = expect_context::<Editions>();
    let errors = RwSignal::new(Vec::<String>::new());
    let current = Memo::new(move |_| plan.with(Report::of));
    let on_pick = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        let Some(list) = input.as_ref().and_then(|i| i.files()) else { return };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|k| list.get(k)).collect();
        if let Some(i) = input {
            i.set_value("");
        }
        errors.set(Vec::new());
        leptos::task::spawn_local(async move {
            let lang = i18n.lang_untracked();
            for file in files {
                let name = file.name();
                let refused = |detail: String| format!("{} {detail}", lang.fill(fill::ImportRefused { file: &name }));
                match read_text(file).await.and_then(|text| format::from_json(&text)) {
                    Ok(p) => editions.update(|list| list.push(Edition { file: name.clone(), report: Report::of(&p) })),
                    Err(e) => errors.update(|list| list.push(refused(lang.format_error(&e)))),
                }
            }
        });
    };
    let loaded = move || {
        editions
            .get()
            .into_iter()
            .enumerate()
            .map(|(k, e)| {
                let remove = move |_| {
                    editions.update(|list| {
                        if k < list.len() {
                            list.remove(k);
                        }
                    })
                };
                let label = i18n.lang().fill(fill::EditionsRemove { file: &e.file });
                view! {
                    <li>
                        <span class="name">{e.report.event.name.clone()}</span>
                        <span class="muted">{e.file.clone()} " · " {i18n.lang().date_long(e.report.event.starts_on)}</span>
                        <button type="button" aria-label=label on:click=remove>{tr!(i18n, EditionsRemoveShort)}</button>
                    </li>
                }
            })
            .collect_view()
    };
    let comparison = move || {
        let lang = i18n.lang();
        let list = editions.get();
        let current = current.get();
        let mut reports: Vec<&Report> = vec![&current];
        reports.extend(list.iter().map(|e| &e.report));
        let c = compare(&reports);
        let is_current: Vec<bool> = c.order.iter().map(|&k| k == 0).collect();
        view! {
            <ComparisonView comparison=c is_current=is_current lang=lang />
        }
    };
    view! {
        <section class="page editions">
            <h1>{tr!(i18n, EditionsTitle)}</h1>
            <p>{tr!(i18n, EditionsIntro)}</p>
            <section class="card no-print">
                <label class="field">
                    <span>{tr!(i18n, EditionsPick)}</span>
                    <input type="file" multiple accept=".json,application/json" data-testid="editions-file" on:change=on_pick />
                </label>
                <Show when=move || !errors.with(Vec::is_empty)>
                    <div class="problems" role="alert" data-testid="editions-error">
                        {move || errors.get().into_iter().map(|e| view! { <p>{e}</p> }).collect_view()}
                        <p>{tr!(i18n, EditionsUnchanged)}</p>
                    </div>
                </Show>
                <ul class="saved-plans" data-testid="editions-loaded">{loaded}</ul>
            </section>
            {comparison}
        </section>
    }
}

/// The comparison table of figures, the themes table and a chart.
#[component]
fn ComparisonView(comparison: Comparison, is_current: Vec<bool>, lang: Lang) -> impl IntoView {
    let figure_rows = comparison
        .figures
        .iter()
        .map(|(f, values)| {
            (figure_label(lang, *f).to_owned(), values.iter().map(|&v| lang.integer(v as i64)).collect())
        })
        .collect();
    let theme_rows = comparison
        .themes
        .iter()
        .map(|(theme, values)| {
            (theme.label(lang.code()).to_owned(), values.iter().map(|sd| supply_demand(lang, sd)).collect())
        })
        .collect();
    let names: Vec<String> =
        comparison.editions.iter().map(|(name, date)| format!("{} · {}", date.year, name)).collect();
    let value_of = |figure: Figure| {
        comparison.figures.iter().find(|(f, _)| *f == figure).map(|(_, v)| v.clone()).unwrap_or_default()
    };
    let chart = Chart {
        caption: lang.t(Key::EditionsChart).to_owned(),
        category: lang.t(Key::EditionsEdition).to_owned(),
        categories: names,
        series: [Figure::Delegates, Figure::Countries, Figure::Offers]
            .into_iter()
            .map(|f| Series::counts(lang, figure_label(lang, f), value_of(f)))
            .collect(),
    };
    let heads = edition_heads(&comparison, &is_current, lang);
    let heads2 = edition_heads(&comparison, &is_current, lang);
    view! {
        <section class="card">
            <h2>{lang.t(Key::EditionsFiguresTitle)}</h2>
            <DataTable
                caption=lang.t(Key::EditionsFiguresCaption).to_owned()
                testid="editions-figures"
                corner=lang.t(Key::EditionsFigure).to_owned()
                heads=heads
                rows=figure_rows
            />
            <BarChart chart=chart testid="chart-editions" />
        </section>
        <section class="card">
            <h2>{lang.t(Key::EditionsThemesTitle)}</h2>
            <DataTable
                caption=lang.t(Key::EditionsThemesCaption).to_owned()
                testid="editions-themes"
                corner=lang.t(Key::ReportColTheme).to_owned()
                heads=heads2
                rows=theme_rows
            />
        </section>
    }
}

/// One column heading per edition: its name, date, and whether it is the current plan.
fn edition_heads(comparison: &Comparison, is_current: &[bool], lang: Lang) -> AnyView {
    comparison
        .editions
        .iter()
        .zip(is_current)
        .map(|((name, date), &current)| {
            let mark = current.then(|| view! { <span class="badge">{lang.t(Key::EditionsCurrent)}</span> });
            view! { <th scope="col" class="num">{name.clone()} <br /> <span class="muted">{lang.date_long(*date)}</span> " " {mark}</th> }
        })
        .collect_view()
        .into_any()
}

/// The name of a compared figure.
fn figure_label(lang: Lang, f: Figure) -> &'static str {
    lang.t(match f {
        Figure::Delegates => Key::ReportColDelegates,
        Figure::Countries => Key::ReportColCountries,
        Figure::Agencies => Key::EditionsAgencies,
        Figure::Mechanisms => Key::EditionsMechanisms,
        Figure::Offers => Key::ReportColPrograms,
        Figure::ConditionalCashTransfers => Key::EditionsCct,
        Figure::Interests => Key::ReportColInterests,
        Figure::ThemeInterests => Key::EditionsThemeInterests,
        Figure::Sessions => Key::EditionsSessions,
        Figure::InterestsMet => Key::EditionsInterestsMet,
        Figure::Actions => Key::ReportSectionActions,
    })
}
