//! The cooperation actions: by type, theme and country (charts with their
//! tables), and the evaluation and funding outcomes.

use crate::app::components::bar_chart::{BarChart, Chart, Series};
use crate::app::i18n::use_i18n;
use crate::domain::analytics::Report;
use crate::domain::model::{code_of, Status};
use crate::i18n::{Key, Lang};
use crate::report::sentences;
use leptos::prelude::*;

/// The actions card, and the evaluation and funding card.
#[component]
pub fn Actions(report: Memo<Report>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang();
        let r = report.get();
        let a = &r.actions;
        if a.potential == 0 {
            return view! {
                <section class="card" data-testid="actions">
                    <h2>{lang.t(Key::ReportSectionActions)}</h2>
                    <p>{lang.t(Key::ReportNoActions)}</p>
                </section>
            }
            .into_any();
        }
        let types: Vec<(String, usize)> =
            a.by_type.iter().map(|t| (t.action_type.label(lang.code()).to_owned(), t.actions)).collect();
        let mut themes: Vec<(String, usize)> = r
            .themes
            .iter()
            .map(|t| (t.theme.label(lang.code()).to_owned(), a.by_theme.get(t.theme.id.as_str()).copied().unwrap_or(0)))
            .filter(|t| t.1 > 0)
            .collect();
        themes.sort_by_key(|t| std::cmp::Reverse(t.1));
        let count = |map: &std::collections::BTreeMap<String, usize>, id: &str| map.get(id).copied().unwrap_or(0);
        let countries = Chart {
            caption: lang.t(Key::ReportActionsCountriesCaption).to_owned(),
            category: lang.t(Key::ReportColCountry).to_owned(),
            categories: r.countries.iter().map(|c| c.name.clone()).collect(),
            series: [(Key::ReportColOffering, &a.by_offering), (Key::ReportColReceiving, &a.by_receiving)]
                .into_iter()
                .map(|(label, map)| {
                    Series::counts(lang, lang.t(label), r.countries.iter().map(|c| count(map, &c.country)))
                })
                .collect(),
        };
        let status: Vec<(String, usize)> = Status::ALL
            .iter()
            .map(|s| (lang.status(*s).to_owned(), a.funding.by_status.get(&code_of(s)).copied().unwrap_or(0)))
            .collect();
        let evaluation = sentences::evaluation(a, lang);
        let funding = sentences::funding(a, lang);
        let registered = sentences::registered(a, lang);
        let has_selection = a.funding.budget.is_some();
        view! {
            <section class="card" data-testid="actions">
                <h2>{lang.t(Key::ReportSectionActions)}</h2>
                <p data-testid="actions-registered">{registered}</p>
                <BarChart chart=counts(lang, Key::ReportActionsTypesCaption, Key::ReportColType, types) testid="chart-action-types" />
                <BarChart chart=counts(lang, Key::ReportActionsThemesCaption, Key::ReportColTheme, themes) testid="chart-action-themes" />
                <BarChart chart=countries testid="chart-action-countries" />
            </section>
            <section class="card" data-testid="evaluation">
                <h2>{lang.t(Key::ReportSectionEvaluation)}</h2>
                <p>{evaluation}</p>
                <p>{funding}</p>
                {has_selection.then(|| view! { <BarChart chart=counts(lang, Key::ReportStatusCaption, Key::ReportColStatus, status) testid="chart-action-status" /> })}
            </section>
        }
        .into_any()
    }
}

/// One series of action counts.
fn counts(lang: Lang, caption: Key, category: Key, rows: Vec<(String, usize)>) -> Chart {
    Chart {
        caption: lang.t(caption).to_owned(),
        category: lang.t(category).to_owned(),
        categories: rows.iter().map(|r| r.0.clone()).collect(),
        series: vec![Series::counts(lang, lang.t(Key::ReportColActions), rows.iter().map(|r| r.1))],
    }
}
