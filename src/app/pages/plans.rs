//! Plans and files: the saved plans and the room they take, export, import
//! with a preview, and the saved data that could not be read.

use crate::app::components::confirm::ConfirmDelete;
use crate::app::files::{download, read_text};
use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::format::{self, FormatError};
use crate::domain::stats::Stats;
use crate::domain::text::slug;
use crate::domain::Plan;
use crate::i18n::{fill, Key, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What the import picker holds: nothing, a readable plan, or an error.
#[derive(Clone)]
enum Picked {
    None,
    Plan { file: String, plan: Box<Plan> },
    Error { file: String, error: FormatError },
}

/// The plans page.
#[component]
pub fn Plans() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    let export = move |_| {
        let p = plan.get_untracked();
        let name = format!("{}.rondas.json", slug(&p.event.name));
        let _ = download(&name, "application/json", &format::to_json(&p));
    };
    view! {
        <section class="page plans">
            <h1>{tr!(i18n, PlansTitle)}</h1>
            <div class="columns">
                <section class="card">
                    <h2>{tr!(i18n, PlansExportTitle)}</h2>
                    <p>{tr!(i18n, PlansExportHelp)}</p>
                    <button type="button" class="primary" data-testid="export" on:click=export>
                        {tr!(i18n, PlansExport)}
                    </button>
                </section>
                <Import />
            </div>
            <SavedPlans />
            <SetAside />
            <RoomLeft />
        </section>
    }
}

/// The import card: pick a file, see what it holds, then open it.
#[component]
fn Import() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let picked = RwSignal::new(Picked::None);
    let on_pick = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
        if let Some(i) = input {
            i.set_value("");
        }
        leptos::task::spawn_local(async move {
            let name = file.name();
            picked.set(match read_text(file).await.and_then(|text| format::from_json(&text)) {
                Ok(plan) => Picked::Plan { file: name, plan: Box::new(plan) },
                Err(error) => Picked::Error { file: name, error },
            });
        });
    };
    let open = move |_| {
        if let Picked::Plan { plan, .. } = picked.get_untracked() {
            store.open(*plan);
            picked.set(Picked::None);
        }
    };
    let preview = move || {
        let lang = i18n.lang();
        match picked.get() {
            Picked::None => ().into_any(),
            Picked::Error { file, error } => view! {
                <div class="problems" role="alert" data-testid="import-error">
                    <p><strong>{lang.fill(fill::ImportRefused { file: &file })}</strong></p>
                    <p>{lang.format_error(&error)}</p>
                    <p>{lang.t(Key::ImportUnchanged)}</p>
                </div>
            }
            .into_any(),
            Picked::Plan { file, plan } => {
                let s = Stats::of(&plan);
                let replaces =
                    store.saved().with(|saved| saved.iter().find(|p| p.id == plan.id).map(|p| p.name.clone()));
                let figures = [
                    (s.countries, Key::FigureCountries),
                    (s.delegates, Key::FigureDelegates),
                    (s.agencies, Key::FigureAgencies),
                    (s.offers, Key::FigureOffers),
                ]
                .map(|(n, k)| format!("{} {}", lang.integer(n as i64), lang.t(k)))
                .join(" · ");
                view! {
                    <div class="preview" data-testid="import-preview">
                        <p class="eyebrow">{file}</p>
                        <h3>{plan.event.name.clone()}</h3>
                        <p>{lang.date_long(plan.event.starts_on)} " · " {plan.event.city.clone()}</p>
                        <p>{figures}</p>
                        {replaces.map(|name| view! { <p class="warn">{lang.fill(fill::ImportReplaces { name: &name })}</p> })}
                        <div class="buttons">
                            <button type="button" class="primary" data-testid="import-open" on:click=open>
                                {lang.t(Key::ImportOpen)}
                            </button>
                            <button type="button" on:click=move |_| picked.set(Picked::None)>{lang.t(Key::ActionCancel)}</button>
                        </div>
                    </div>
                }
                .into_any()
            }
        }
    };
    view! {
        <section class="card">
            <h2>{tr!(i18n, ImportTitle)}</h2>
            <p>{tr!(i18n, ImportHelp)}</p>
            <label class="field">
                <span>{tr!(i18n, ImportPick)}</span>
                <input type="file" accept=".json,application/json" data-testid="import-file" on:change=on_pick />
            </label>
            {preview}
        </section>
    }
}

/// The saved plans: open, delete, or start a new one.
#[component]
fn SavedPlans() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let current = Memo::new(move |_| store.plan().with(|p| p.id.clone()));
    view! {
        <section class="card">
            <h2>{tr!(i18n, PlansSavedTitle)}</h2>
            <ul class="saved-plans" data-testid="saved-plans">
                <For each=move || store.saved().get() key=|p| (p.id.clone(), p.name.clone(), p.offers, p.countries, p.bytes) let:saved>
                    {
                        let id = saved.id.clone();
                        let is_open = {
                            let id = id.clone();
                            move || current.get() == id
                        };
                        let figures = move || {
                            let lang = i18n.lang();
                            let figures = lang.fill(fill::PlansFigures { countries: &lang.integer(saved.countries as i64), offers: &lang.integer(saved.offers as i64) });
                            format!("{figures} · {}", size_text(lang, saved.bytes as f64))
                        };
                        let question = {
                            let name = saved.name.clone();
                            Signal::derive(move || i18n.lang().fill(fill::DeleteQuestion { name: &name }))
                        };
                        let (open_id, delete_id) = (id.clone(), id.clone());
                        view! {
                            <li>
                                <span class="name">{saved.name.clone()}</span>
                                <span class="muted">{figures}</span>
                                <Show
                                    when=is_open.clone()
                                    fallback=move || {
                                        let (open_id, delete_id) = (open_id.clone(), delete_id.clone());
                                        view! {
                                            <button type="button" on:click=move |_| store.switch(&open_id)>{tr!(i18n, PlansOpen)}</button>
                                            <ConfirmDelete question=question on_confirm=Callback::new(move |()| store.delete_saved(&delete_id)) />
                                        }
                                    }
                                >
                                    <span class="badge">{tr!(i18n, PlansIsOpen)}</span>
                                </Show>
                            </li>
                        }
                    }
                </For>
            </ul>
            <p class="actions">
                <button type="button" on:click=move |_| store.open_demo_copy()>{tr!(i18n, PlansNewDemo)}</button>
                <button type="button" on:click=move |_| store.open_empty()>{tr!(i18n, PlansNewEmpty)}</button>
            </p>
        </section>
    }
}

/// Saved data that could not be read: download it, or delete it.
#[component]
fn SetAside() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    view! {
        <Show when=move || !store.aside().with(Vec::is_empty)>
            <section class="card" data-testid="set-aside">
                <h2>{tr!(i18n, AsideTitle)}</h2>
                <p>{tr!(i18n, AsideHelp)}</p>
                <ul>
                    <For each=move || store.aside().get() key=|e| e.key.clone() let:entry>
                        {
                            let (text, key, del) = (entry.text.clone(), entry.key.clone(), entry.key.clone());
                            let question = Signal::derive(move || i18n.t(Key::AsideDeleteQuestion).to_owned());
                            let in_place = entry.in_place.is_some().then(|| view! { <p class="warn">{tr!(i18n, AsideInPlace)}</p> });
                            view! {
                                <li>
                                    <code>{entry.key.clone()}</code>
                                    {in_place}
                                    <button type="button" on:click=move |_| {
                                        let _ = download(&format!("{key}.json"), "application/json", &text);
                                    }>{tr!(i18n, AsideDownload)}</button>
                                    <ConfirmDelete question=question on_confirm=Callback::new(move |()| store.delete_aside(&del)) />
                                </li>
                            }
                        }
                    </For>
                </ul>
            </section>
        </Show>
    }
}

/// A size in bytes, in words: "840 kB", "20.3 MB".
fn size_text(lang: Lang, bytes: f64) -> String {
    match bytes {
        b if b < 1e3 => lang.fill(fill::RoomSizeBytes { n: &lang.integer(b as i64) }),
        b if b < 1e6 => lang.fill(fill::RoomSizeKb { n: &lang.decimal(b / 1e3, usize::from(b < 1e4)) }),
        b if b < 1e9 => lang.fill(fill::RoomSizeMb { n: &lang.decimal(b / 1e6, 1) }),
        b => lang.fill(fill::RoomSizeGb { n: &lang.decimal(b / 1e9, 1) }),
    }
}

/// How much room the saved plans take, how much is left, and whether the
/// browser promised to keep them.
#[component]
fn RoomLeft() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let text = move || {
        let lang = i18n.lang();
        let bytes = store.saved().with(|s| s.iter().map(|p| p.bytes as f64).sum::<f64>());
        let (room, kept) = store.room().get();
        let left = match room {
            Some(r) => lang.fill(fill::RoomLeft {
                left: &size_text(lang, (r.quota - r.usage).max(0.0)),
                used: &size_text(lang, r.usage),
                quota: &size_text(lang, r.quota),
            }),
            None => lang.t(Key::RoomUnknown).to_owned(),
        };
        let kept = lang.t(if kept { Key::RoomKept } else { Key::RoomNotKept });
        [lang.fill(fill::RoomPlans { size: &size_text(lang, bytes) }), left, kept.to_owned()]
    };
    view! {
        <section class="card" data-testid="room">
            <h2>{tr!(i18n, RoomTitle)}</h2>
            {move || text().map(|line| view! { <p>{line}</p> }).collect_view()}
        </section>
    }
}
