//! `/themes`: the catalogue's themes, named in each language. The organizer
//! adds a theme, renames it in every language, and deletes it with its tags
//! on offers and the countries' interests in it, each through a core edit.

use crate::app::components::confirm::ConfirmDelete;
use crate::app::components::fields::{bind, TextField};
use crate::app::components::local_text::{LocalText, Shown};
use crate::app::i18n::{tr, use_i18n};
use crate::app::notices::{use_notices, Level};
use crate::app::query::use_query_param;
use crate::app::state::use_store;
use crate::domain::catalogue::{new_theme, theme_usage};
use crate::domain::edit::{Edit, RecordRef};
use crate::domain::ids::ThemeId;
use crate::domain::model::{Theme, LANGUAGES};
use crate::i18n::{fill, Key};
use leptos::prelude::*;

/// The list of themes with what uses them, the names of the chosen one, and a new theme.
#[component]
pub fn ThemesPage() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let chosen = use_query_param("theme", true);
    let rows = move || {
        let lang = i18n.lang();
        plan.with(|p| {
            p.themes
                .iter()
                .map(|t| {
                    let name = Shown::from(t.name_in(lang.code(), &p.event.language));
                    let usage = theme_usage(p, &t.id);
                    let label = lang.fill(fill::ThemesEditLabel { name: &name.text });
                    let id = t.id.to_string();
                    view! {
                        <tr data-testid="theme-row">
                            <th scope="row"><LocalText text=name /></th>
                            <td class="num">{lang.integer(usage.offers as i64)}</td>
                            <td class="num">{lang.integer(usage.interests as i64)}</td>
                            <td>
                                <button type="button" class="quiet" aria-label=label on:click=move |_| chosen.set(Some(id.clone()))>
                                    {lang.t(Key::ThemesEdit)}
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let editing = move || {
        let id = ThemeId(chosen.value.get()?);
        let theme = plan.with_untracked(|p| p.theme(&id).cloned())?;
        Some(view! { <ThemeNames theme=theme on_deleted=Callback::new(move |()| chosen.set(None)) /> })
    };
    view! {
        <section class="page themes">
            <header class="page-head">
                <h1>{tr!(i18n, ThemesTitle)}</h1>
            </header>
            <p class="muted">{tr!(i18n, ThemesIntro)}</p>
            <div class="table-wrap">
                <table data-testid="theme-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr!(i18n, ThemesName)}</th>
                            <th scope="col" class="num">{tr!(i18n, ThemesOffers)}</th>
                            <th scope="col" class="num">{tr!(i18n, ThemesInterests)}</th>
                            <td></td>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <Show when=move || plan.with(|p| p.themes.is_empty())>
                <p class="empty">{tr!(i18n, ThemesNone)}</p>
            </Show>
            {editing}
            <NewTheme on_added=Callback::new(move |id: ThemeId| chosen.set(Some(id.to_string()))) />
        </section>
    }
}

/// The names of one theme in every language, saved together; and its deletion.
#[component]
fn ThemeNames(theme: Theme, on_deleted: Callback<()>) -> impl IntoView {
    let (i18n, store, notices) = (use_i18n(), use_store(), use_notices());
    let plan = store.plan();
    let id = theme.id.clone();
    let draft = RwSignal::new(theme);
    let name = Memo::new(move |_| {
        let lang = i18n.lang();
        plan.with(|p| draft.with(|t| t.name_in(lang.code(), &p.event.language).text.to_owned()))
    });
    let fields = LANGUAGES
        .iter()
        .map(|code| {
            let label = Signal::derive(move || {
                let lang = i18n.lang();
                lang.fill(fill::ThemesNameIn { language: &lang.language_name(code) })
            });
            let field = bind(
                draft,
                move |t| t.labels.get(*code).cloned().unwrap_or_default(),
                move |t, v| {
                    if v.trim().is_empty() {
                        t.labels.remove(*code);
                    } else {
                        t.labels.insert(code.to_string(), v);
                    }
                },
            );
            view! { <TextField label=label bind=field /> }
        })
        .collect_view();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if store.edit(Edit::PutTheme(draft.get_untracked())) {
            notices.push(Level::Info, i18n.lang_untracked().fill(fill::ThemesSaved { name: &name.get_untracked() }));
        }
    };
    let usage = {
        let id = id.clone();
        Memo::new(move |_| plan.with(|p| theme_usage(p, &id)))
    };
    let question = Signal::derive(move || i18n.lang().fill(fill::ThemesDeleteQuestion { name: &name.get() }));
    let details = Signal::derive(move || {
        let (lang, u) = (i18n.lang(), usage.get());
        vec![
            lang.fill(fill::ThemesDeleteOffers { n: u.offers }),
            lang.fill(fill::ThemesDeleteInterests { n: u.interests }),
        ]
    });
    let delete = Callback::new(move |()| {
        let gone = name.get_untracked();
        if store.edit(Edit::Delete(RecordRef::Theme(id.clone()))) {
            notices.push(Level::Info, i18n.lang_untracked().fill(fill::ThemesDeleted { name: &gone }));
            on_deleted.run(());
        }
    });
    view! {
        <section class="card theme-names" data-testid="theme-editor">
            <h2>{move || i18n.lang().fill(fill::ThemesEditing { name: &name.get() })}</h2>
            <form class="form-grid" on:submit=save>
                {fields}
                <p class="buttons">
                    <button type="submit" class="primary">{tr!(i18n, ThemesSave)}</button>
                    <ConfirmDelete question=question details=details on_confirm=delete />
                </p>
            </form>
        </section>
    }
}

/// A theme named in the interface language, its id made from the name.
#[component]
fn NewTheme(on_added: Callback<ThemeId>) -> impl IntoView {
    let (i18n, store, notices) = (use_i18n(), use_store(), use_notices());
    let name = RwSignal::new(String::new());
    let label = Signal::derive(move || {
        let lang = i18n.lang();
        lang.fill(fill::ThemesNewName { language: &lang.language_name(lang.code()) })
    });
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = name.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        let lang = i18n.lang_untracked();
        let theme = store.plan().with_untracked(|p| new_theme(p, lang.code(), &text));
        let id = theme.id.clone();
        if store.edit(Edit::PutTheme(theme)) {
            notices.push(Level::Info, lang.fill(fill::ThemesAdded { name: text.trim() }));
            name.set(String::new());
            on_added.run(id);
        }
    };
    view! {
        <section class="card">
            <h2>{tr!(i18n, ThemesNew)}</h2>
            <form class="form-grid" on:submit=add>
                <TextField label=label required=true bind=bind(name, |n| n.clone(), |n, v| *n = v) />
                <p class="buttons"><button type="submit" data-testid="add-theme">{tr!(i18n, ThemesAdd)}</button></p>
            </form>
        </section>
    }
}
