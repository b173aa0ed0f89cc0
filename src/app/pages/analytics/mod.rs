//! Analytics: the workshop's figures as charts with their tables — themes
//! offered against demanded, by country, sub-region and mechanism — the
//! demand left without an answer, what happened in the rounds, and the
//! cooperation actions with their evaluation and funding. Everything comes from
//! [`crate::domain::analytics::Report`].

mod actions;
mod charts;
mod gaps;

use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::analytics::Report;
use crate::i18n::Key;
use crate::report::sentences::percent;
use leptos::prelude::*;
use leptos_router::components::A;

/// The analytics page.
#[component]
pub fn Analytics() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let report = Memo::new(move |_| plan.with(Report::of));
    let figures = move || {
        let lang = i18n.lang();
        let r = report.get();
        let f = &r.figures;
        let int = |n: usize| lang.integer(n as i64);
        let mut items = vec![
            (int(f.delegates), lang.t(Key::FigureDelegates), "delegates"),
            (int(f.countries), lang.t(Key::FigureCountries), "countries"),
            (int(f.agencies), lang.t(Key::FigureAgencies), "agencies"),
            (int(f.mechanisms), lang.t(Key::FigureMechanisms), "mechanisms"),
            (int(f.offers), lang.t(Key::FigureOffers), "offers"),
            (int(f.conditional_cash_transfers), lang.t(Key::FigureCct), "cct"),
            (int(r.interests), lang.t(Key::AnalyticsFigureInterests), "interests"),
        ];
        if r.actions.potential > 0 {
            items.push((int(r.actions.potential), lang.t(Key::AnalyticsFigureActions), "actions"));
        }
        if let Some(c) = &r.coverage {
            items.push((percent(lang, c.share), lang.t(Key::AnalyticsFigureMet), "met"));
        }
        if let Some(o) = r.outcomes.as_ref().filter(|o| o.any()) {
            items.push((int(o.held), lang.t(Key::ReportOutcomeHeld), "held"));
            items.push((int(o.no_shows), lang.t(Key::ReportOutcomeNoShows), "no-shows"));
            if let Some(m) = o.mean_usefulness {
                items.push((lang.decimal(m, 1), lang.t(Key::ReportOutcomeUsefulness), "usefulness"));
            }
            items.push((int(o.actions_wanted), lang.t(Key::ReportOutcomeActions), "actions-wanted"));
        }
        items
            .into_iter()
            .map(|(n, label, id)| {
                view! {
                    <li class="figure" data-testid=format!("figure-{id}")>
                        <strong>{n}</strong>
                        <span>{label}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="page analytics">
            <div class="page-head">
                <h1>{tr!(i18n, AnalyticsTitle)}</h1>
                <p class="actions">
                    <A href="/report" attr:class="button">{tr!(i18n, AnalyticsToReport)}</A>
                    <A href="/editions" attr:class="button">{tr!(i18n, AnalyticsToEditions)}</A>
                </p>
            </div>
            <p>{tr!(i18n, AnalyticsIntro)}</p>
            <h2 class="visually-hidden">{tr!(i18n, OverviewFigures)}</h2>
            <ul class="figures">{figures}</ul>
            <charts::Charts report=report />
            <gaps::Gaps report=report />
            <actions::Actions report=report />
        </section>
    }
}
