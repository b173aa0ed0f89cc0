//! The offer catalogue: search and filter the offers, open one.

use crate::app::components::fields::QueryFilter;
use crate::app::components::local_text::{theme_chips, theme_names, LocalText, Shown};
use crate::app::components::marked::{marked_runs, Marked};
use crate::app::components::options::{country_options, theme_options};
use crate::app::i18n::{tr, use_i18n};
use crate::app::query::use_query_param;
use crate::app::state::use_store;
use crate::domain::catalogue::{CatalogueFilter, SearchIndex};
use crate::domain::ids::OfferId;
use crate::domain::model::{code_of, from_code, Modality, ProgramType};
use crate::domain::search::Query;
use crate::i18n::{fill, Key};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

/// Search box, filters (kept in the URL) and the matching offers.
#[component]
pub fn Catalogue() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let text = use_query_param("q", true);
    let theme = use_query_param("theme", true);
    let country = use_query_param("country", true);
    let modality = use_query_param("modality", true);
    let kind = use_query_param("type", true);
    let filter = Memo::new(move |_| CatalogueFilter {
        text: text.value.get().unwrap_or_default(),
        theme: theme.value.get().map(|t| t.as_str().into()),
        country: country.value.get().map(|c| c.as_str().into()),
        modality: modality.value.get().and_then(|m| from_code(&m)),
        program_type: kind.value.get().and_then(|t| from_code(&t)),
    });
    // Folded and stemmed once per plan; each keystroke only compares words.
    let index = Memo::new(move |_| plan.with(SearchIndex::new));
    let found = Memo::new(move |_| index.with(|ix| ix.search(&filter.get())));
    let query = Memo::new(move |_| Query::parse(&text.value.get().unwrap_or_default()));
    let theme_options = theme_options();
    let country_options = country_options();
    let modality_options = Signal::derive(move || {
        let lang = i18n.lang();
        Modality::ALL.iter().map(|m| (code_of(m), lang.modality(*m).to_owned())).collect()
    });
    let type_options = Signal::derive(move || {
        let lang = i18n.lang();
        ProgramType::ALL.iter().map(|t| (code_of(t), lang.program_type(*t).to_owned())).collect()
    });
    let navigate = use_navigate();
    let clear = move |_| navigate("/catalogue", NavigateOptions { replace: true, ..Default::default() });
    let count = move || {
        let lang = i18n.lang();
        let shown = lang.integer(found.with(|f| f.all.len() + f.some.len()) as i64);
        let total = lang.integer(plan.with(|p| p.offers.len()) as i64);
        lang.fill(fill::CatalogueCount { shown: &shown, total: &total })
    };
    view! {
        <section class="page catalogue">
            <header class="page-head">
                <h1>{tr!(i18n, CatalogueTitle)}</h1>
                <p class="buttons">
                    <A href="/themes" attr:class="button">{tr!(i18n, ThemesLink)}</A>
                    <A href="/offers/new" attr:class="button">{tr!(i18n, CatalogueAdd)}</A>
                </p>
            </header>
            <form class="filters" role="search" on:submit=|ev| ev.prevent_default()>
                <label class="field search">
                    <span>{tr!(i18n, CatalogueSearch)}</span>
                    <input
                        type="search"
                        data-testid="catalogue-search"
                        placeholder=tr!(i18n, CataloguePlaceholder)
                        prop:value=move || text.value.get().unwrap_or_default()
                        on:input=move |ev| text.set(Some(event_target_value(&ev)))
                    />
                </label>
                <QueryFilter label=Key::CatalogueTheme param=theme empty=Key::CatalogueAll options=theme_options testid="filter-theme" />
                <QueryFilter label=Key::CatalogueCountry param=country empty=Key::CatalogueAll options=country_options testid="filter-country" />
                <QueryFilter label=Key::CatalogueModality param=modality empty=Key::CatalogueAll options=modality_options testid="filter-modality" />
                <QueryFilter label=Key::CatalogueType param=kind empty=Key::CatalogueAll options=type_options testid="filter-type" />
                <Show when=move || !filter.with(CatalogueFilter::is_empty)>
                    <button type="button" class="quiet" on:click=clear.clone()>{tr!(i18n, CatalogueClear)}</button>
                </Show>
            </form>
            <p class="count" role="status" data-testid="catalogue-count">{count}</p>
            <ul class="offer-list" data-testid="offer-list">
                <For each=move || found.with(|f| f.all.clone()) key=|id| id.clone() let:id>
                    <OfferCard id=id query=query />
                </For>
            </ul>
            <Show when=move || found.with(|f| !f.some.is_empty())>
                <p class="partial" data-testid="catalogue-partial">{tr!(i18n, CataloguePartial)}</p>
                <ul class="offer-list" data-testid="offer-list-partial">
                    <For each=move || found.with(|f| f.some.clone()) key=|id| id.clone() let:id>
                        <OfferCard id=id query=query />
                    </For>
                </ul>
            </Show>
            <Show when=move || found.with(|f| f.all.is_empty() && f.some.is_empty())>
                <p class="empty">{tr!(i18n, CatalogueNone)}</p>
            </Show>
        </section>
    }
}

/// How much of a summary or population shows under a card that matched there.
const EXCERPT_BYTES: usize = 140;

/// One offer in the list: title, who offers it, type and themes, the words
/// `query` matched marked; when none of those shows a match, the excerpt of
/// the target population or summary that does.
#[component]
fn OfferCard(id: OfferId, query: Memo<Query>) -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    move || {
        let lang = i18n.lang();
        let (offer, title, who, themes) = plan.with(|p| {
            let offer = p.offer(&id)?.clone();
            let agency = offer.agency.as_ref().and_then(|a| p.agency(a)).map(|a| a.acronym.clone());
            let who = [Some(p.country_name(&offer.country)), agency].into_iter().flatten().collect::<Vec<_>>();
            let themes = theme_names(p, &offer.themes, lang.code());
            let title = Shown::from(offer.title_in(lang.code(), &p.event.language));
            Some((offer, title, who.join(" · "), themes))
        })?;
        let shown: Vec<String> =
            [title.text.clone(), who.clone()].into_iter().chain(themes.iter().map(|t| t.text.clone())).collect();
        let summary = plan.with(|p| offer.summary_in(lang.code(), &p.event.language).text.to_owned());
        let hidden = [offer.target_population.clone(), summary];
        let context = move || {
            query.with(|q| {
                if shown.iter().any(|t| q.matches(t)) {
                    return None;
                }
                let runs = hidden.iter().find_map(|t| q.excerpt(t, EXCERPT_BYTES))?;
                Some(view! { <p class="context" data-testid="offer-context">{marked_runs(runs)}</p> })
            })
        };
        Some(view! {
            <li class="offer-card" data-testid="offer-card">
                <h2><LocalText text=title href=format!("/offers/{}", offer.id) query=Some(query.into()) /></h2>
                <p class="who"><Marked text=who query=query /></p>
                <p class="type">{lang.program_type(offer.program_type)}</p>
                <ul class="chips">{theme_chips(themes, Some(query.into()))}</ul>
                {context}
            </li>
        })
    }
}
