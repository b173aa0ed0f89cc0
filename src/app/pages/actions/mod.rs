//! Cooperation actions: the list of forms (by delegation), each side's form
//! and its counterpart, the delegation's export, and the ways in: from a
//! session, on paper, by quick keying.

pub mod blank;
pub mod compare;
pub mod form;
pub mod quick;
mod types;

use crate::app::clock::now;
use crate::app::components::fields::QueryFilter;
use crate::app::components::options::country_options;
use crate::app::files::download;
use crate::app::i18n::{tr, use_i18n};
use crate::app::query::use_query_param;
use crate::app::state::use_store;
use crate::domain::format::response_to_json;
use crate::domain::ids::{CountryId, SessionId};
use crate::domain::model::{Action, Plan, Response, Side};
use crate::i18n::{fill, Key, Lang};
use leptos::prelude::*;
use leptos_router::components::A;

/// "s-3 · Programa …" for a session.
pub fn session_label(plan: &Plan, id: &SessionId) -> String {
    let session = plan.schedule.iter().flat_map(|s| &s.sessions).find(|s| &s.id == id);
    let title = session.and_then(|s| plan.offer(&s.offer)).map(|o| o.title.clone()).unwrap_or_default();
    format!("{id} · {title}")
}

/// The label of a side.
pub fn side_label(lang: Lang, side: Side) -> &'static str {
    lang.t(match side {
        Side::Offering => Key::ActionsSideOffering,
        Side::Receiving => Key::ActionsSideReceiving,
    })
}

/// The href of the form that registers an action from session `id`; from
/// a delegation's agenda, `country` and its `side` fill in its part.
pub fn from_session_href(id: &SessionId, country: Option<(&CountryId, Side)>) -> String {
    let mut href = format!("/actions/form?session={}", js_sys::encode_uri_component(id.as_str()));
    if let Some((c, side)) = country {
        href.push_str(&format!(
            "&country={}&side={}",
            js_sys::encode_uri_component(c.as_str()),
            crate::domain::model::code_of(&side)
        ));
    }
    href
}

/// `/actions`: every form, or one delegation's, with its export.
#[component]
pub fn ActionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let country = use_query_param("country", true);
    let countries = country_options();
    let forms = Memo::new(move |_| {
        let chosen = country.value.get().map(CountryId);
        plan.with(|p| {
            p.actions.iter().filter(|a| chosen.as_ref().is_none_or(|c| a.involves(c))).cloned().collect::<Vec<Action>>()
        })
    });
    let export = move |_| {
        let (Some(country), Some(at)) = (country.value.get_untracked().map(CountryId), now()) else { return };
        let response = plan.with_untracked(|p| Response::of(p, &country, at));
        let stamp: String = at.to_string().chars().filter(char::is_ascii_digit).take(12).collect();
        let _ =
            download(&format!("rondas-forms-{country}-{stamp}.json"), "application/json", &response_to_json(&response));
    };
    let rows = move || {
        let lang = i18n.lang();
        plan.with(|p| {
            forms
                .get()
                .into_iter()
                .map(|a| {
                    let other = crate::domain::actions::other_form(p, &a).map(|o| o.id.to_string());
                    let session = a.session.as_ref().map(|s| s.to_string()).unwrap_or_default();
                    let edit = format!("/actions/form?id={}", a.id);
                    let compare = format!("/actions/compare?id={}", a.id);
                    view! {
                        <tr data-testid="action-row">
                            <td><code>{a.id.to_string()}</code></td>
                            <th scope="row"><A href=edit>{a.title.clone()}</A></th>
                            <td>{p.action_type_label(&a.kind, lang.code())}</td>
                            <td>{p.country_name(&a.offering)} " → " {p.country_name(&a.receiving)}</td>
                            <td>{side_label(lang, a.registered_by)}</td>
                            <td><code>{session}</code></td>
                            <td class="num">{lang.money(a.cost.total(), &a.cost.currency)}</td>
                            <td>{other.map(|o| view! { <A href=compare>{lang.t(Key::ActionsCompare)} " " <code>{o}</code></A> })}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="page actions-page">
            <header class="page-head">
                <h1>{tr!(i18n, ActionsTitle)}</h1>
                <p class="buttons no-print">
                    <A href="/actions/form" attr:class="button primary">{tr!(i18n, ActionsNew)}</A>
                    <A href="/actions/quick" attr:class="button">{tr!(i18n, ActionsQuick)}</A>
                    <A href="/actions/blank" attr:class="button">{tr!(i18n, ActionsBlank)}</A>
                </p>
            </header>
            <p class="lead">{tr!(i18n, ActionsIntro)}</p>
            <div class="card filters">
                <QueryFilter label=Key::ActionsCountry param=country empty=Key::ActionsAllCountries options=countries testid="actions-country" />
                <Show when=move || country.value.with(Option::is_some)>
                    <p class="actions">
                        <button type="button" class="primary" data-testid="export-forms" on:click=export>{tr!(i18n, ActionsExport)}</button>
                        <span class="muted">{tr!(i18n, ActionsExportHelp)}</span>
                    </p>
                </Show>
            </div>
            <types::ActionTypes />
            <p data-testid="actions-count">{move || i18n.lang().fill(fill::ActionsCount { n: forms.with(Vec::len) })}</p>
            <div class="table-wrap">
                <table class="actions-table">
                    <thead>
                        <tr>
                            <th scope="col">"Id"</th>
                            <th scope="col">{tr!(i18n, ActionsColTitle)}</th>
                            <th scope="col">{tr!(i18n, ActionsColType)}</th>
                            <th scope="col">{tr!(i18n, ActionsColCountries)}</th>
                            <th scope="col">{tr!(i18n, ActionsColSide)}</th>
                            <th scope="col">{tr!(i18n, ActionsColSession)}</th>
                            <th scope="col">{tr!(i18n, ActionsColCost)}</th>
                            <th scope="col">{tr!(i18n, ActionsColLinked)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
