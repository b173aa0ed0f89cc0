//! The printable blank demand form, for delegations that answer on paper.

use crate::app::components::local_text::{theme_names, LocalText, Shown};
use crate::app::components::paper::PrintButton;
use crate::app::i18n::{tr, use_i18n};
use crate::app::query::use_query_param;
use crate::app::state::use_store;
use crate::domain::ids::CountryId;
use leptos::prelude::*;

/// Every offer with boxes for high, medium, low and a line for notes.
#[component]
pub fn BlankForm() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let country = use_query_param("country", true);
    let country_name = move || {
        let id = CountryId(country.value.get()?);
        plan.with(|p| p.country(&id).map(|c| c.name.clone()))
    };
    let rows = move || {
        let lang = i18n.lang();
        plan.with(|p| {
            p.offers
                .iter()
                .map(|o| {
                    let themes: Vec<String> =
                        theme_names(p, &o.themes, lang.code()).into_iter().map(|t| t.text).collect();
                    let title = Shown::from(o.title_in(lang.code(), &p.event.language));
                    view! {
                        <tr>
                            <td><code>{o.id.to_string()}</code></td>
                            <th scope="row"><LocalText text=title /> <span class="who">{p.country_name(&o.country)} " · " {themes.join(", ")}</span></th>
                            <td class="box">"☐"</td>
                            <td class="box">"☐"</td>
                            <td class="box">"☐"</td>
                            <td class="notes"></td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="page blank-form">
            <header class="page-head no-print">
                <h1>{tr!(i18n, BlankFormTitle)}</h1>
                <PrintButton primary=true />
            </header>
            <div class="paper">
                <p class="eyebrow">{move || plan.with(|p| p.event.name.clone())}</p>
                <h2>{tr!(i18n, BlankFormTitle)}</h2>
                <p>{tr!(i18n, BlankFormHelp)}</p>
                <dl class="fill-in">
                    <dt>{tr!(i18n, DemandCountry)}</dt>
                    <dd>{country_name}</dd>
                    <dt>{tr!(i18n, BlankFormDelegate)}</dt>
                    <dd></dd>
                    <dt>{tr!(i18n, BlankFormDate)}</dt>
                    <dd></dd>
                </dl>
                <table class="form-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr!(i18n, OfferId)}</th>
                            <th scope="col">{tr!(i18n, OfferTitle)}</th>
                            <th scope="col">{tr!(i18n, PriorityHigh)}</th>
                            <th scope="col">{tr!(i18n, PriorityMedium)}</th>
                            <th scope="col">{tr!(i18n, PriorityLow)}</th>
                            <th scope="col">{tr!(i18n, DemandNote)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
