//! A horizontal bar chart as inline SVG, with its data table: one row per
//! category, one panel per series (each panel its own scale, so programs and
//! interests can sit side by side). The figure's caption titles the SVG and
//! the table, so screen readers and print get the same numbers.

use crate::i18n::Lang;
use leptos::prelude::*;

/// One series: its name and, per category, its value and how it is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    pub values: Vec<(f64, String)>,
}

impl Series {
    /// A series of counts, written in the language's digits.
    pub fn counts(lang: Lang, label: &str, values: impl IntoIterator<Item = usize>) -> Self {
        Self {
            label: label.to_owned(),
            values: values.into_iter().map(|v| (v as f64, lang.integer(v as i64))).collect(),
        }
    }
}

/// What a chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub caption: String,
    /// The heading of the category column ("Theme", "Country").
    pub category: String,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
}

/// The label column's width, and each series panel's.
const LABELS: u32 = 250;
const PANEL: u32 = 170;
const ROW: u32 = 24;
const BAR: u32 = 15;
const TOP: u32 = 28;
/// Room after a panel's longest bar for its value.
const VALUE_ROOM: u32 = 44;

/// The chart and its table, side by side where there is room.
#[component]
pub fn BarChart(chart: Chart, #[prop(into)] testid: String) -> impl IntoView {
    let panels = chart.series.len().max(1) as u32;
    let (panel, width) = (PANEL, LABELS + PANEL * panels);
    let height = TOP + ROW * chart.categories.len() as u32 + 4;
    let title_id = format!("{testid}-title");
    let labels = chart
        .categories
        .iter()
        .enumerate()
        .map(|(k, label)| {
            let y = TOP + ROW * k as u32 + BAR - 2;
            view! { <text class="chart-label" x=LABELS - 8 y=y text-anchor="end">{shorten(label, 30)}</text> }
        })
        .collect_view();
    let bars = chart
        .series
        .iter()
        .enumerate()
        .map(|(s, series)| {
            let x0 = LABELS + panel * s as u32;
            let max = series.values.iter().map(|v| v.0).fold(0.0, f64::max);
            let room = f64::from(panel.saturating_sub(VALUE_ROOM + 8));
            let rows = series
                .values
                .iter()
                .enumerate()
                .map(|(k, (value, text))| {
                    let y = TOP + ROW * k as u32;
                    let w = if max > 0.0 { (value / max * room).round() as u32 } else { 0 };
                    view! {
                        <rect x=x0 y=y width=w height=BAR class=format!("bar series-{s}") shape-rendering="crispEdges" />
                        <text class="chart-value" x=x0 + w + 4 y=y + BAR - 2>{text.clone()}</text>
                    }
                })
                .collect_view();
            view! {
                <text class="chart-series" x=x0 y=16>{shorten(&series.label, 26)}</text>
                <line class="chart-axis" x1=x0 x2=x0 y1=TOP - 4 y2=height shape-rendering="crispEdges" />
                {rows}
            }
        })
        .collect_view();
    let head = chart.series.iter().map(|s| view! { <th scope="col" class="num">{s.label.clone()}</th> }).collect_view();
    let rows = chart
        .categories
        .iter()
        .enumerate()
        .map(|(k, label)| {
            let cells = chart
                .series
                .iter()
                .map(|s| view! { <td class="num">{s.values.get(k).map(|v| v.1.clone()).unwrap_or_default()}</td> })
                .collect_view();
            view! { <tr><th scope="row">{label.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <figure class="chart" data-testid=testid>
            <figcaption>{chart.caption.clone()}</figcaption>
            <div class="chart-body">
                <div class="table-scroll">
                <svg
                    viewBox=format!("0 0 {width} {height}")
                    style:min-width=format!("{}px", width * 2 / 3)
                    style:max-width=format!("{}px", width * 5 / 4)
                    role="img"
                    aria-labelledby=title_id.clone()
                    preserveAspectRatio="xMinYMin meet"
                >
                    <title id=title_id.clone()>{chart.caption.clone()}</title>
                    {labels}
                    {bars}
                </svg>
                </div>
                <div class="table-scroll">
                    <table class="chart-table">
                        <caption class="visually-hidden">{chart.caption.clone()}</caption>
                        <thead><tr><th scope="col">{chart.category.clone()}</th>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </div>
        </figure>
    }
}

/// `text` cut to `max` characters, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        text.chars().take(max - 1).chain(['…']).collect()
    }
}
