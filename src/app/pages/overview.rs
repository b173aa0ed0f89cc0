//! The overview: the workshop at a glance.

use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::stats::Stats;
use crate::i18n::{fill, Key};
use leptos::prelude::*;
use leptos_router::components::A;

/// Event facts, headline figures and the themes most offered.
#[component]
pub fn Overview() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let stats = Memo::new(move |_| plan.with(Stats::of));
    let figures = move || {
        let s = stats.get();
        let lang = i18n.lang();
        [
            (s.countries, Key::FigureCountries, "countries"),
            (s.delegates, Key::FigureDelegates, "delegates"),
            (s.agencies, Key::FigureAgencies, "agencies"),
            (s.mechanisms, Key::FigureMechanisms, "mechanisms"),
            (s.offers, Key::FigureOffers, "offers"),
            (s.conditional_cash_transfers, Key::FigureCct, "cct"),
        ]
        .into_iter()
        .map(|(n, key, id)| {
            view! {
                <li class="figure" data-testid=format!("figure-{id}")>
                    <strong>{lang.integer(n as i64)}</strong>
                    <span>{lang.t(key)}</span>
                </li>
            }
        })
        .collect_view()
    };
    let themes = move || {
        let lang = i18n.lang();
        let s = stats.get();
        let mut ranked: Vec<(String, usize)> = s.offers_by_theme.into_iter().filter(|(_, n)| *n > 0).collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let top = ranked.first().map_or(1, |t| t.1.max(1));
        plan.with(|p| {
            ranked
                .into_iter()
                .map(|(id, n)| {
                    let label = p.theme_label(&id.as_str().into(), lang.code());
                    let width = format!("{}%", n * 100 / top);
                    let href = format!("/catalogue?theme={id}");
                    view! {
                        <li>
                            <A href=href>{label}</A>
                            <span class="bar" aria-hidden="true"><span style:width=width></span></span>
                            <span class="count">{lang.integer(n as i64)}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let when = move || {
        let lang = i18n.lang();
        plan.with(|p| {
            let (a, b) = (p.event.starts_on, p.event.ends_on);
            if a == b {
                lang.date_long(a)
            } else {
                format!("{} – {}", lang.date_long(a), lang.date_long(b))
            }
        })
    };
    let rounds = move || {
        let lang = i18n.lang();
        plan.with(|p| {
            lang.fill(fill::OverviewRounds {
                slots: &lang.integer(p.event.slots.len() as i64),
                rooms: &lang.integer(p.event.rooms.len() as i64),
            })
        })
    };
    view! {
        <section class="page overview">
            <header class="hero">
                <p class="eyebrow">{move || plan.with(|p| p.event.organizer.clone())}</p>
                <h1>{move || plan.with(|p| p.event.name.clone())}</h1>
                <p class="when">
                    {when} " · " {move || plan.with(|p| format!("{}, {}", p.event.venue, p.event.city))}
                </p>
                <p>{move || plan.with(|p| p.event.description.clone())}</p>
                <p class="actions">
                    <A href="/catalogue" attr:class="button primary">{tr!(i18n, OverviewBrowse)}</A>
                    <A href="/event" attr:class="button">{tr!(i18n, OverviewEditEvent)}</A>
                </p>
            </header>
            <h2 class="visually-hidden">{tr!(i18n, OverviewFigures)}</h2>
            <ul class="figures">{figures}</ul>
            <div class="columns">
                <section class="card">
                    <h2>{tr!(i18n, OverviewThemes)}</h2>
                    <ol class="bars">{themes}</ol>
                </section>
                <section class="card">
                    <h2>{tr!(i18n, OverviewRoundsTitle)}</h2>
                    <p>{rounds}</p>
                    <ul class="plain">
                        {move || {
                            plan.with(|p| {
                                p.event
                                    .rooms
                                    .iter()
                                    .map(|r| {
                                        let cap = i18n.lang().fill(fill::OverviewSeats { n: &r.capacity.to_string() });
                                        view! { <li>{r.name.clone()} " — " {cap}</li> }
                                    })
                                    .collect_view()
                            })
                        }}
                    </ul>
                </section>
            </div>
        </section>
    }
}
