//! What the answering country asked for, and its response file.

use super::Answering;
use crate::app::clock::now;
use crate::app::components::local_text::{LocalText, Shown};
use crate::app::files::download;
use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::format::response_to_json;
use crate::domain::model::{Priority, Response};
use crate::i18n::fill;
use leptos::prelude::*;

/// Counts by priority, the list of offers asked for, and the export button.
#[component]
pub fn Summary(answering: Answering) -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let asked = Memo::new(move |_| {
        let country = answering.country.get()?;
        Some(plan.with(|p| {
            let lang = i18n.lang();
            let mut list: Vec<(Priority, Shown)> = p
                .interests
                .iter()
                .filter(|i| i.country == country)
                .map(|i| (i.priority, p.offer_title(&i.offer, lang.code()).map(Shown::from).unwrap_or_default()))
                .collect();
            list.sort();
            let themes = p.theme_interests.iter().filter(|i| i.country == country).count();
            (list, themes)
        }))
    });
    let counts = move || {
        let lang = i18n.lang();
        let (list, themes) = asked.get()?;
        let by = |p: Priority| list.iter().filter(|(q, _)| *q == p).count().to_string();
        Some(lang.fill(fill::DemandSummary {
            offers: &list.len().to_string(),
            high: &by(Priority::High),
            medium: &by(Priority::Medium),
            low: &by(Priority::Low),
            themes: &themes.to_string(),
        }))
    };
    let export = move |_| {
        let (Some(country), Some(at)) = (answering.country.get_untracked(), now()) else { return };
        let response = plan.with_untracked(|p| Response::of(p, &country, at));
        let stamp: String = at.to_string().chars().filter(char::is_ascii_digit).take(12).collect();
        let _ = download(
            &format!("rondas-response-{country}-{stamp}.json"),
            "application/json",
            &response_to_json(&response),
        );
    };
    view! {
        <section class="card summary">
            <h2>{tr!(i18n, DemandSummaryTitle)}</h2>
            <p data-testid="demand-summary">{counts}</p>
            <ol class="asked">
                {move || {
                    let lang = i18n.lang();
                    asked
                        .get()
                        .map(|(list, _)| {
                            list.into_iter()
                                .map(|(p, title)| view! { <li><span class=format!("pill {}", crate::domain::model::code_of(&p))>{lang.priority(p)}</span> " " <LocalText text=title /></li> })
                                .collect_view()
                        })
                }}
            </ol>
            <p class="actions">
                <button type="button" class="primary" data-testid="export-response" on:click=export>{tr!(i18n, DemandExport)}</button>
                <span class="muted">{tr!(i18n, DemandExportHelp)}</span>
            </p>
        </section>
    }
}
