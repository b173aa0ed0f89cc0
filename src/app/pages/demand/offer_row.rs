//! One offer in delegation mode: its priority for the answering country and
//! what the country wants to learn.

use super::Answering;
use crate::app::clock::now;
use crate::app::components::local_text::{theme_chips, theme_names, LocalText, Shown};
use crate::app::components::marked::Marked;
use crate::app::components::priority::PrioritySelect;
use crate::app::i18n::use_i18n;
use crate::app::state::use_store;
use crate::domain::edit::Edit;
use crate::domain::ids::OfferId;
use crate::domain::model::{Interest, Priority};
use crate::domain::search::Query;
use crate::i18n::{fill, Key};
use leptos::prelude::*;

/// The row: title and offering country (the words `query` matched marked),
/// priority select, note.
#[component]
pub fn OfferRow(offer: OfferId, answering: Answering, query: Memo<Query>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    let id = offer.clone();
    let interest = Memo::new(move |_| {
        let country = answering.country.get()?;
        plan.with(|p| p.interest(&country, &id).cloned())
    });
    let id = offer.clone();
    let facts = Memo::new(move |_| {
        plan.with(|p| {
            let o = p.offer(&id)?;
            let own = answering.country.get().as_ref() == Some(&o.country);
            let lang = i18n.lang();
            let themes = theme_names(p, &o.themes, lang.code());
            Some((Shown::from(o.title_in(lang.code(), &p.event.language)), p.country_name(&o.country), themes, own))
        })
    });
    let href = format!("/offers/{offer}");
    let save = move |priority: Option<Priority>, note: Option<String>| {
        let Some(country) = answering.country.get_untracked() else { return };
        let edit = match priority {
            None => Edit::RemoveInterest(country, offer.clone()),
            Some(priority) => {
                let before = interest.get_untracked().unwrap_or_default();
                Edit::PutInterest(Interest {
                    country,
                    offer: offer.clone(),
                    priority,
                    note: note.unwrap_or(before.note),
                    delegate: answering.delegate.get_untracked().or(before.delegate),
                    agency: before.agency,
                    updated_at: now(),
                })
            }
        };
        store.edit(edit);
    };
    let save_note = save.clone();
    move || {
        let (title, country, themes, own) = facts.get()?;
        let save = save.clone();
        let save_note = save_note.clone();
        let heading = title.clone();
        Some(view! {
            <li class="demand-row" class:asked=move || interest.with(Option::is_some) data-testid="demand-row">
                <div class="what">
                    <strong><LocalText text=heading href=href.clone() query=Some(query.into()) /></strong>
                    <span class="who"><Marked text=country query=query /></span>
                    <ul class="chips">{theme_chips(themes, Some(query.into()))}</ul>
                </div>
                {if own {
                    view! { <p class="muted">{move || i18n.t(Key::DemandOwnOffer)}</p> }.into_any()
                } else {
                    view! {
                        <div class="choice">
                            <PrioritySelect
                                label=Signal::derive(move || i18n.lang().fill(fill::DemandPriorityFor { title: &title.text }))
                                value=Signal::derive(move || interest.get().map(|i| i.priority))
                                on_change=Callback::new(move |p| save(p, None))
                            />
                            <Show when=move || interest.with(Option::is_some)>
                                {
                                    let save_note = save_note.clone();
                                    view! {
                                        <label class="field">
                                            <span>{move || i18n.t(Key::DemandNote)}</span>
                                            <input
                                                type="text"
                                                prop:value=move || interest.get().map(|i| i.note).unwrap_or_default()
                                                on:change=move |ev| {
                                                    let p = interest.get_untracked().map(|i| i.priority);
                                                    save_note(p, Some(event_target_value(&ev)));
                                                }
                                            />
                                        </label>
                                    }
                                }
                            </Show>
                        </div>
                    }
                    .into_any()
                }}
            </li>
        })
    }
}
