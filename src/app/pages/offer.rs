//! One offer of the catalogue, in full.

use crate::app::components::confirm::ConfirmDelete;
use crate::app::components::local_text::{theme_chips, theme_names, LocalText, Shown};
use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::edit::{Edit, RecordRef};
use crate::domain::ids::OfferId;
use crate::i18n::{fill, Key};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

/// The id in the route `/offers/:id…`.
pub fn offer_id_param() -> Memo<OfferId> {
    let params = use_params_map();
    Memo::new(move |_| OfferId(params.with(|p| p.get("id").unwrap_or_default())))
}

/// Title, who offers it, summary, population, themes, modalities and type.
#[component]
pub fn OfferPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    let id = offer_id_param();
    let navigate = use_navigate();
    let delete = Callback::new(move |()| {
        if store.edit(Edit::Delete(RecordRef::Offer(id.get_untracked()))) {
            navigate("/catalogue", Default::default());
        }
    });
    let question = Signal::derive(move || {
        let lang = i18n.lang();
        let title = plan.with(|p| p.offer_title(&id.get(), lang.code()).map(|t| t.text.to_owned()).unwrap_or_default());
        lang.fill(fill::OfferDeleteQuestion { title: &title })
    });
    let body = move || {
        let lang = i18n.lang();
        plan.with(|p| {
            let Some(offer) = p.offer(&id.get()) else {
                return view! { <p class="empty">{lang.t(Key::OfferMissing)}</p> }.into_any();
            };
            let agency = offer.agency.as_ref().and_then(|a| p.agency(a));
            let agency = agency.map(|a| format!("{} ({})", a.name, a.acronym)).unwrap_or_default();
            let list =
                |items: Vec<String>| items.into_iter().map(|i| view! { <li class="chip">{i}</li> }).collect_view();
            let themes = theme_chips(theme_names(p, &offer.themes, lang.code()), None);
            let plan_lang = &p.event.language;
            let title = Shown::from(offer.title_in(lang.code(), plan_lang));
            let summary = Shown::from(offer.summary_in(lang.code(), plan_lang));
            let modalities = list(offer.modalities.iter().map(|m| lang.modality(*m).to_owned()).collect());
            view! {
                <article class="offer-detail">
                    <p class="eyebrow">{p.country_name(&offer.country)} " · " {agency}</p>
                    <h1><LocalText text=title testid="offer-title" /></h1>
                    <p class="lead" data-testid="offer-summary"><LocalText text=summary /></p>
                    <dl class="facts">
                        <dt>{lang.t(Key::OfferType)}</dt>
                        <dd>{lang.program_type(offer.program_type)}</dd>
                        <dt>{lang.t(Key::OfferPopulation)}</dt>
                        <dd>{offer.target_population.clone()}</dd>
                        <dt>{lang.t(Key::OfferThemes)}</dt>
                        <dd><ul class="chips">{themes}</ul></dd>
                        <dt>{lang.t(Key::OfferModalities)}</dt>
                        <dd><ul class="chips">{modalities}</ul></dd>
                        <dt>{lang.t(Key::OfferId)}</dt>
                        <dd><code>{offer.id.to_string()}</code></dd>
                    </dl>
                </article>
            }
            .into_any()
        })
    };
    view! {
        <section class="page">
            <p class="crumbs"><A href="/catalogue">{tr!(i18n, OfferBack)}</A></p>
            {body}
            <Show when=move || plan.with(|p| p.offer(&id.get()).is_some())>
                <p class="actions">
                    <A href=move || format!("/offers/{}/edit", id.get()) attr:class="button">{tr!(i18n, ActionEdit)}</A>
                    <ConfirmDelete question=question on_confirm=delete />
                </p>
            </Show>
        </section>
    }
}
