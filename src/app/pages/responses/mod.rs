//! Responses: the organizer imports delegations' response files, sees per
//! file what each adds, changes and withdraws, with its conflicts, and
//! applies only the changes they accept.

mod file_card;

use crate::app::files::read_text;
use crate::app::i18n::{tr, use_i18n};
use crate::app::notices::{use_notices, Level};
use crate::app::state::use_store;
use crate::domain::command::responses::accept;
use crate::domain::format::{self, PlanFile};
use crate::domain::merge::diff;
use crate::domain::model::Response;
use crate::i18n::{fill, Key};
use file_card::FileCard;
use leptos::prelude::*;
use std::collections::BTreeSet;
use wasm_bindgen::JsCast;

/// The files read, those refused, and the changes ticked for applying
/// (as `(file index, change index)`).
#[derive(Clone, Copy)]
pub struct Batch {
    pub files: RwSignal<Vec<(String, Response)>>,
    pub refused: RwSignal<Vec<(String, String)>>,
    pub ticked: RwSignal<BTreeSet<(usize, usize)>>,
}

/// The responses page.
#[component]
pub fn Responses() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let notices = use_notices();
    let plan = store.plan();
    let batch = Batch {
        files: RwSignal::new(Vec::new()),
        refused: RwSignal::new(Vec::new()),
        ticked: RwSignal::new(BTreeSet::new()),
    };
    let diffs = Memo::new(move |_| batch.files.with(|files| plan.with(|p| diff(p, files))));
    // Every change no conflict touches starts ticked.
    Effect::new(move |_| {
        let ticked = diffs.with(|ds| {
            ds.iter()
                .enumerate()
                .flat_map(|(f, d)| (0..d.changes.len()).filter(|&i| !d.is_withheld(&d.changes[i])).map(move |i| (f, i)))
                .collect()
        });
        batch.ticked.set(ticked);
    });
    let on_pick = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        let Some(list) = input.as_ref().and_then(|i| i.files()) else { return };
        let picked: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        if let Some(i) = input {
            i.set_value("");
        }
        leptos::task::spawn_local(async move {
            let lang = i18n.lang_untracked();
            let (mut files, mut refused) = (Vec::new(), Vec::new());
            for file in picked {
                let name = file.name();
                match read_text(file).await.and_then(|t| format::read(&t)) {
                    Ok(PlanFile::Response(r)) => files.push((name, r)),
                    Ok(PlanFile::Plan(_)) => refused.push((name, lang.t(Key::ResponsesIsPlan).to_owned())),
                    Err(e) => refused.push((name, lang.format_error(&e))),
                }
            }
            batch.files.set(files);
            batch.refused.set(refused);
        });
    };
    let apply = move |_| {
        let ticked = batch.ticked.get_untracked();
        let taken = diffs.with_untracked(|ds| store.run(|p| accept(p, ds, |f, c| ticked.contains(&(f, c)))));
        if let Some(n) = taken {
            let text = i18n.lang_untracked().fill(fill::ResponsesApplied { n });
            notices.push(Level::Info, text);
            batch.files.set(Vec::new());
        }
    };
    let file_indexes = move || (0..diffs.with(Vec::len)).collect::<Vec<usize>>();
    let count = move || {
        let n = batch.ticked.with(BTreeSet::len);
        i18n.lang().fill(fill::ResponsesApply { n })
    };
    view! {
        <section class="page responses">
            <h1>{tr!(i18n, ResponsesTitle)}</h1>
            <p class="lead">{tr!(i18n, ResponsesIntro)}</p>
            <label class="field card">
                <span>{tr!(i18n, ResponsesPick)}</span>
                <input type="file" multiple accept=".json,application/json" data-testid="responses-files" on:change=on_pick />
            </label>
            <For each=move || batch.refused.get() key=|r| r.clone() let:refused>
                <div class="problems" role="alert" data-testid="responses-refused">
                    <p><strong>{move || i18n.lang().fill(fill::ImportRefused { file: &refused.0 })}</strong></p>
                    <p>{refused.1.clone()}</p>
                </div>
            </For>
            <For each=file_indexes key=|i| *i let:index>
                <FileCard index=index diffs=diffs batch=batch />
            </For>
            <Show when=move || !batch.files.with(Vec::is_empty)>
                <p class="actions sticky-actions">
                    <button type="button" class="primary" data-testid="responses-apply" disabled=move || batch.ticked.with(BTreeSet::is_empty) on:click=apply>{count}</button>
                    <button type="button" on:click=move |_| batch.files.set(Vec::new())>{tr!(i18n, ActionCancel)}</button>
                </p>
            </Show>
        </section>
    }
}
