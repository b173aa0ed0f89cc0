//! The frame of every record form: title, fields, problems, save and cancel.

use crate::app::drafts::OpenDraft;
use crate::app::i18n::{tr, use_i18n};
use crate::domain::validate::Problem;
use crate::i18n::Key;
use leptos::prelude::*;

/// A form that saves through `on_save`; the problems it returns are listed
/// above the buttons, each naming its record and field. A draft made with
/// [`use_draft`](crate::app::drafts::use_draft) is forgotten once saved or
/// cancelled.
#[component]
pub fn Editor(
    /// The form's heading.
    title: Signal<String>,
    /// Saves the draft; `Err` keeps the form open with the problems.
    on_save: Callback<(), Result<(), Vec<Problem>>>,
    /// Leaves the form without saving.
    on_cancel: Callback<()>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let problems = RwSignal::new(Vec::<Problem>::new());
    let draft = use_context::<OpenDraft>();
    let discard = draft.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match on_save.run(()) {
            Ok(()) => {
                problems.set(Vec::new());
                if let Some(draft) = &draft {
                    draft.saved();
                }
            }
            Err(found) => problems.set(found),
        }
    };
    view! {
        <form class="editor" on:submit=submit data-testid="editor">
            <h2>{move || title.get()}</h2>
            <div class="fields">{children()}</div>
            <Show when=move || !problems.with(Vec::is_empty)>
                <div class="problems" role="alert">
                    <p>{tr!(i18n, EditorProblems)}</p>
                    <ul>
                        {move || {
                            problems
                                .get()
                                .iter()
                                .map(|p| view! { <li>{i18n.lang().problem(p)}</li> })
                                .collect_view()
                        }}
                    </ul>
                </div>
            </Show>
            <div class="buttons">
                <button type="submit" class="primary">{tr!(i18n, ActionSave)}</button>
                <button type="button" on:click=move |_| {
                    problems.set(Vec::new());
                    if let Some(draft) = &discard {
                        draft.discarded();
                    }
                    on_cancel.run(());
                }>{tr!(i18n, ActionCancel)}</button>
            </div>
        </form>
    }
}

/// The key of the heading of a form that adds (`new`) or edits a record.
pub fn heading(new: bool, add: Key, edit: Key) -> Key {
    if new {
        add
    } else {
        edit
    }
}
