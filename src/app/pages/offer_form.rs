//! Adding and editing an offer.

use super::offer::offer_id_param;
use super::offer_translations::OfferLanguages;
use crate::app::components::country_agency::{country_and_agency, CountryAgency};
use crate::app::components::editor::{heading, Editor};
use crate::app::components::fields::{bind, CheckGroup, SelectField, TextArea, TextField};
use crate::app::components::options::theme_options;
use crate::app::drafts::use_draft;
use crate::app::i18n::use_i18n;
use crate::app::state::use_store;
use crate::domain::edit::Edit;
use crate::domain::ids::{next_id, OfferId};
use crate::domain::model::{code_of, from_code, Modality, Offer, ProgramType};
use crate::i18n::Key;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// `/offers/new`: a blank offer of the first country.
#[component]
pub fn NewOffer() -> impl IntoView {
    let plan = use_store().plan().get_untracked();
    let offer = Offer {
        id: OfferId(next_id("offer", plan.offers.iter().map(|o| o.id.as_str()))),
        country: plan.countries.first().map(|c| c.id.clone()).unwrap_or_default(),
        ..Offer::default()
    };
    view! { <OfferForm offer=offer new=true /> }
}

/// `/offers/:id/edit`.
#[component]
pub fn EditOffer() -> impl IntoView {
    let plan = use_store().plan();
    let id = offer_id_param();
    move || {
        let offer = plan.with_untracked(|p| p.offer(&id.get()).cloned());
        offer.map(|offer| view! { <OfferForm offer=offer new=false /> })
    }
}

#[component]
fn OfferForm(offer: Offer, new: bool) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let draft = use_draft(offer);
    let navigate = use_navigate();
    let back = {
        let navigate = navigate.clone();
        let id = draft.get_untracked().id;
        move || navigate(&if new { "/catalogue".to_owned() } else { format!("/offers/{id}") }, Default::default())
    };
    let on_save = Callback::new(move |()| {
        let offer = draft.get_untracked();
        let id = offer.id.clone();
        store.submit(Edit::PutOffer(offer))?;
        navigate(&format!("/offers/{id}"), Default::default());
        Ok(())
    });
    let types = Signal::derive(move || {
        let lang = i18n.lang();
        ProgramType::ALL.iter().map(|t| (code_of(t), lang.program_type(*t).to_owned())).collect()
    });
    let themes = theme_options();
    let modalities = Signal::derive(move || {
        let lang = i18n.lang();
        Modality::ALL.iter().map(|m| (code_of(m), lang.modality(*m).to_owned())).collect()
    });
    let title = Signal::derive(move || i18n.t(heading(new, Key::OfferAdd, Key::OfferEdit)).to_owned());
    view! {
        <section class="page">
            <Editor title=title on_save=on_save on_cancel=Callback::new(move |()| back())>
                <TextField label=Key::OfferTitle required=true bind=bind(draft, |o| o.title.clone(), |o, v| o.title = v) />
                {country_and_agency(draft, (Key::OfferCountry, Key::OfferAgency), CountryAgency {
                    country: |o: &Offer| &o.country,
                    set_country: |o, c| o.country = c,
                    agency: |o| o.agency.as_ref(),
                    set_agency: |o, a| o.agency = a,
                })}
                <SelectField
                    label=Key::OfferType
                    options=types
                    bind=bind(draft, |o| code_of(&o.program_type), |o, v| o.program_type = from_code(&v).unwrap_or_default())
                />
                <TextArea label=Key::OfferSummary bind=bind(draft, |o| o.summary.clone(), |o, v| o.summary = v) />
                <TextField label=Key::OfferPopulation bind=bind(draft, |o| o.target_population.clone(), |o, v| o.target_population = v) />
                <TextField
                    label=Key::OfferMaxSessions
                    kind="number"
                    bind=bind(draft, |o| o.max_sessions.to_string(), |o, v| o.max_sessions = v.parse().unwrap_or(o.max_sessions))
                />
                <TextField
                    label=Key::OfferMinAttendees
                    kind="number"
                    bind=bind(draft, |o| o.min_attendees.to_string(), |o, v| o.min_attendees = v.parse().unwrap_or(o.min_attendees))
                />
                <CheckGroup
                    legend=Key::OfferThemes
                    options=themes
                    chosen=Signal::derive(move || draft.with(|o| o.themes.iter().map(ToString::to_string).collect()))
                    on_change=Callback::new(move |list: Vec<String>| draft.update(|o| o.themes = list.iter().map(|t| t.as_str().into()).collect()))
                />
                <OfferLanguages draft=draft />
                <CheckGroup
                    legend=Key::OfferModalities
                    options=modalities
                    chosen=Signal::derive(move || draft.with(|o| o.modalities.iter().map(code_of).collect()))
                    on_change=Callback::new(move |list: Vec<String>| draft.update(|o| o.modalities = list.iter().filter_map(|m| from_code(m)).collect()))
                />
            </Editor>
        </section>
    }
}
