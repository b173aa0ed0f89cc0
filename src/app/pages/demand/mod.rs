//! Delegation mode: a delegate picks their country, marks the offers and
//! themes it wants with a priority, and sends back a response file.

mod blank_form;
mod offer_row;
mod recommendations;
mod summary;
mod themes;

pub use blank_form::BlankForm;

use crate::app::i18n::{tr, use_i18n};
use crate::app::query::use_query_param;
use crate::app::state::use_store;
use crate::domain::catalogue::{CatalogueFilter, SearchIndex};
use crate::domain::ids::{CountryId, DelegateId};
use crate::domain::search::Query;
use crate::i18n::{fill, Key};
use leptos::prelude::*;
use offer_row::OfferRow;
use recommendations::Recommendations;
use summary::Summary;
use themes::ThemeChoices;

/// The country (and delegate) answering, from the URL.
#[derive(Clone, Copy)]
pub struct Answering {
    pub country: Memo<Option<CountryId>>,
    pub delegate: Memo<Option<DelegateId>>,
}

/// The demand page.
#[component]
pub fn Demand() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let country_param = use_query_param("country", true);
    let delegate_param = use_query_param("delegate", true);
    let text = use_query_param("q", true);
    let country = Memo::new(move |_| {
        let id = CountryId(country_param.value.get()?);
        plan.with(|p| p.country(&id).is_some()).then_some(id)
    });
    // Only a delegate of the answering country answers; another one in the
    // link is named up front (see `mismatch`), never silently refused.
    let delegate = Memo::new(move |_| {
        let id = DelegateId(delegate_param.value.get()?);
        let c = country.get()?;
        plan.with(|p| p.delegates.iter().any(|d| d.id == id && d.country == c)).then_some(id)
    });
    let answering = Answering { country, delegate };
    let mismatch = move || {
        let id = DelegateId(delegate_param.value.get().filter(|d| !d.is_empty())?);
        let answering = country.get().filter(|_| delegate.get().is_none())?;
        let lang = i18n.lang();
        let text = plan.with(|p| match p.delegates.iter().find(|d| d.id == id) {
            Some(d) => lang.fill(fill::DemandDelegateOther {
                delegate: &d.name,
                country: &p.country_name(&d.country),
                answering: &p.country_name(&answering),
            }),
            None => lang.t(Key::DemandDelegateUnknown).to_owned(),
        });
        Some(view! { <p class="problems" role="alert" data-testid="delegate-mismatch">{text}</p> })
    };
    let index = Memo::new(move |_| plan.with(SearchIndex::new));
    let offers = Memo::new(move |_| {
        let filter = CatalogueFilter { text: text.value.get().unwrap_or_default(), ..Default::default() };
        let found = index.with(|ix| ix.search(&filter));
        found.all.into_iter().chain(found.some).collect::<Vec<_>>()
    });
    let query = Memo::new(move |_| Query::parse(&text.value.get().unwrap_or_default()));
    let country_select = move || {
        let current = country.get().map(|c| c.to_string()).unwrap_or_default();
        let options = plan.with(|p| {
            p.countries
                .iter()
                .map(|c| {
                    let selected = c.id.as_str() == current;
                    view! { <option value=c.id.to_string() selected=selected>{c.name.clone()}</option> }
                })
                .collect_view()
        });
        view! {
            <label class="field">
                <span>{tr!(i18n, DemandCountry)}</span>
                <select data-testid="demand-country" on:change=move |ev| {
                    country_param.set(Some(event_target_value(&ev)));
                    delegate_param.set(None);
                }>
                    <option value="" selected=current.is_empty()>{i18n.t(crate::i18n::Key::DemandPickCountry)}</option>
                    {options}
                </select>
            </label>
        }
    };
    let delegate_select = move || {
        let c = country.get()?;
        let current = delegate.get().map(|d| d.to_string()).unwrap_or_default();
        let options = plan.with(|p| {
            p.delegates
                .iter()
                .filter(|d| d.country == c)
                .map(|d| {
                    let selected = d.id.as_str() == current;
                    view! { <option value=d.id.to_string() selected=selected>{d.name.clone()}</option> }
                })
                .collect_view()
        });
        Some(view! {
            <label class="field">
                <span>{tr!(i18n, DemandDelegate)}</span>
                <select data-testid="demand-delegate" on:change=move |ev| delegate_param.set(Some(event_target_value(&ev)))>
                    <option value="">{i18n.t(crate::i18n::Key::FieldNone)}</option>
                    {options}
                </select>
            </label>
        })
    };
    view! {
        <section class="page demand">
            <header class="page-head">
                <h1>{tr!(i18n, DemandTitle)}</h1>
                <a class="button" href=move || format!("/demand/form{}", country.get().map(|c| format!("?country={c}")).unwrap_or_default())>
                    {tr!(i18n, DemandBlankForm)}
                </a>
            </header>
            <p class="lead">{tr!(i18n, DemandIntro)}</p>
            <div class="filters">{country_select} {delegate_select}</div>
            {mismatch}
            <Show when=move || country.get().is_some() fallback=move || view! { <p class="empty">{tr!(i18n, DemandChooseFirst)}</p> }>
                <Summary answering=answering />
                <Recommendations answering=answering />
                <ThemeChoices answering=answering />
                <section class="card">
                    <h2>{tr!(i18n, DemandOffers)}</h2>
                    <label class="field search">
                        <span>{tr!(i18n, CatalogueSearch)}</span>
                        <input
                            type="search"
                            prop:value=move || text.value.get().unwrap_or_default()
                            on:input=move |ev| text.set(Some(event_target_value(&ev)))
                        />
                    </label>
                    <ul class="demand-list" data-testid="demand-list">
                        <For each=move || offers.get() key=|id| id.clone() let:id>
                            <OfferRow offer=id answering=answering query=query />
                        </For>
                    </ul>
                </section>
            </Show>
        </section>
    }
}
