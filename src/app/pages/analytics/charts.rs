//! The analytics charts: themes, countries, sub-regions and mechanisms, each
//! with programs offered and the interests declared and met.

use crate::app::components::bar_chart::{BarChart, Chart, Series};
use crate::app::components::data_table::{supply_demand, DataTable};
use crate::app::i18n::use_i18n;
use crate::domain::analytics::participation::Part;
use crate::domain::analytics::Report;
use crate::i18n::{Key, Lang};
use leptos::prelude::*;

/// Every chart of the page, in the interface language.
#[component]
pub fn Charts(report: Memo<Report>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang();
        let r = report.get();
        let themes = Chart {
            caption: lang.t(Key::AnalyticsChartThemes).to_owned(),
            category: lang.t(Key::ReportColTheme).to_owned(),
            categories: r.themes.iter().map(|t| t.theme.label(lang.code()).to_owned()).collect(),
            series: vec![
                Series::counts(
                    lang,
                    lang.t(Key::AnalyticsSeriesPrograms),
                    r.themes.iter().map(|t| t.supply_demand.offers),
                ),
                Series::counts(
                    lang,
                    lang.t(Key::AnalyticsSeriesInterests),
                    r.themes.iter().map(|t| t.supply_demand.interests),
                ),
                Series::counts(
                    lang,
                    lang.t(Key::AnalyticsSeriesWeight),
                    r.themes.iter().map(|t| t.supply_demand.weight as usize),
                ),
            ],
        };
        let countries = parts(
            lang,
            Key::AnalyticsChartCountries,
            Key::ReportColCountry,
            r.countries.iter().map(|c| (c.name.clone(), c.part)).collect(),
        );
        let subregions = parts(
            lang,
            Key::AnalyticsChartSubregions,
            Key::ReportColSubregion,
            r.subregions.iter().map(|s| (s.subregion.clone(), s.part)).collect(),
        );
        let mechanisms = parts(
            lang,
            Key::AnalyticsChartMechanisms,
            Key::ReportColMechanism,
            r.mechanisms.iter().map(|m| (m.acronym.clone(), m.part)).collect(),
        );
        view! {
            <section class="card">
                <h2>{lang.t(Key::AnalyticsThemesTitle)}</h2>
                <p class="muted">{lang.t(Key::ReportThemesHelp)}</p>
                <BarChart chart=themes testid="chart-themes" />
            </section>
            <section class="card">
                <h2>{lang.t(Key::AnalyticsCountriesTitle)}</h2>
                <BarChart chart=countries testid="chart-countries" />
                <BarChart chart=subregions testid="chart-subregions" />
                <BarChart chart=mechanisms testid="chart-mechanisms" />
            </section>
            <SubregionThemes report=r lang=lang />
        }
    }
}

/// Programs offered, interests declared and interests met, per group.
fn parts(lang: Lang, caption: Key, category: Key, rows: Vec<(String, Part)>) -> Chart {
    Chart {
        caption: lang.t(caption).to_owned(),
        category: lang.t(category).to_owned(),
        categories: rows.iter().map(|r| r.0.clone()).collect(),
        series: vec![
            Series::counts(lang, lang.t(Key::AnalyticsSeriesPrograms), rows.iter().map(|r| r.1.offers)),
            Series::counts(lang, lang.t(Key::AnalyticsSeriesInterests), rows.iter().map(|r| r.1.interests)),
            Series::counts(lang, lang.t(Key::AnalyticsSeriesMet), rows.iter().map(|r| r.1.interests_met)),
        ],
    }
}

/// Themes by sub-region: programs offered and interests declared there.
#[component]
fn SubregionThemes(report: Report, lang: Lang) -> impl IntoView {
    let heads = report
        .subregion_themes
        .iter()
        .map(|s| view! { <th scope="col" class="num">{s.subregion.clone()}</th> })
        .collect_view()
        .into_any();
    let rows = report
        .themes
        .iter()
        .map(|t| {
            let cells = report
                .subregion_themes
                .iter()
                .map(|s| {
                    let found = s.themes.iter().find(|(id, _)| id == t.theme.id.as_str());
                    supply_demand(lang, &found.map(|x| x.1).unwrap_or_default())
                })
                .collect();
            (t.theme.label(lang.code()).to_owned(), cells)
        })
        .collect();
    view! {
        <section class="card">
            <h2>{lang.t(Key::AnalyticsSubregionThemesTitle)}</h2>
            <DataTable
                caption=lang.t(Key::AnalyticsSubregionThemesCaption).to_owned()
                testid="subregion-themes"
                corner=lang.t(Key::ReportColTheme).to_owned()
                heads=heads
                rows=rows
            />
        </section>
    }
}
