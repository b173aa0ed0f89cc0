//! The printable blank action form, pre-filled with a session when one is
//! given (`/actions/blank?session=ID`), for delegations that answer on paper.

use super::session_label;
use crate::app::components::paper::PrintButton;
use crate::app::i18n::{tr, use_i18n};
use crate::app::query::use_query_param;
use crate::app::state::use_store;
use crate::domain::ids::SessionId;
use crate::i18n::Key;
use leptos::prelude::*;

/// One sheet: session, countries, a box per type, lines to write on, costs.
#[component]
pub fn BlankActionForm() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let session = use_query_param("session", true);
    let prefilled = move || {
        let id = SessionId(session.value.get()?);
        plan.with(|p| {
            let s = p.schedule.iter().flat_map(|s| &s.sessions).find(|s| s.id == id)?;
            let offering = p.offer(&s.offer).map(|o| p.country_name(&o.country)).unwrap_or_default();
            let attending: Vec<String> = s.attendees.iter().map(|c| p.country_name(c)).collect();
            Some((session_label(p, &id), offering, attending.join(" · ")))
        })
    };
    let line = |key: Key| view! { <dt>{move || i18n.t(key)}</dt><dd></dd> };
    let types = move || {
        let lang = i18n.lang().code();
        plan.with(|p| {
            p.action_types().iter().map(|t| view! { <li>"☐ " {t.label(lang).to_owned()}</li> }).collect_view()
        })
    };
    view! {
        <section class="page blank-form blank-action">
            <header class="page-head no-print">
                <h1>{tr!(i18n, ActionsBlankTitle)}</h1>
                <PrintButton primary=true />
            </header>
            <div class="paper">
                <p class="eyebrow">{move || plan.with(|p| p.event.name.clone())}</p>
                <h2>{tr!(i18n, ActionsBlankTitle)}</h2>
                <p>{tr!(i18n, ActionsBlankHelp)}</p>
                <dl class="fill-in" data-testid="blank-action">
                    <dt>{tr!(i18n, ActionsBlankSession)}</dt>
                    <dd data-testid="blank-session">{move || prefilled().map(|p| p.0)}</dd>
                    <dt>{tr!(i18n, ActionsOffering)}</dt>
                    <dd>{move || prefilled().map(|p| p.1)}</dd>
                    <dt>{tr!(i18n, ActionsReceiving)}</dt>
                    <dd>{move || prefilled().map(|p| p.2)}</dd>
                    <dt>{tr!(i18n, ActionsBlankSide)}</dt>
                    <dd>"☐ " {tr!(i18n, ActionsSideOffering)} "   ☐ " {tr!(i18n, ActionsSideReceiving)}</dd>
                </dl>
                <h3>{tr!(i18n, ActionsType)}</h3>
                <ul class="type-boxes">{types}</ul>
                <dl class="fill-in tall">
                    {line(Key::ActionsTitleField)}
                    {line(Key::ActionsDescription)}
                    {line(Key::ActionsObjectives)}
                    {line(Key::ActionsStartsOn)}
                    {line(Key::ActionsEndsOn)}
                    {line(Key::ActionsDuration)}
                    {line(Key::ActionsParticipants)}
                    {line(Key::ActionsCurrency)}
                    {line(Key::ActionsTravel)}
                    {line(Key::ActionsPerDiem)}
                    {line(Key::ActionsOther)}
                </dl>
            </div>
        </section>
    }
}
