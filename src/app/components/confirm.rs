//! A delete button that asks first, in a modal dialog.

use crate::app::i18n::{tr, use_i18n};
use leptos::html::Dialog;
use leptos::prelude::*;

/// A button that opens a confirmation dialog; `on_confirm` runs on "Delete".
#[component]
pub fn ConfirmDelete(
    /// What the dialog asks, e.g. "Delete the offer Pensión 65?".
    #[prop(into)]
    question: Signal<String>,
    /// Further consequences, listed under the question.
    #[prop(into, optional)]
    details: Signal<Vec<String>>,
    /// Runs when the user confirms.
    on_confirm: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let dialog = NodeRef::<Dialog>::new();
    let open = move |_| {
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move || {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    view! {
        <button type="button" class="danger" on:click=open>{tr!(i18n, ActionDelete)}</button>
        <dialog node_ref=dialog class="confirm" aria-labelledby="confirm-question">
            <p id="confirm-question">{move || question.get()}</p>
            <ul>{move || details.get().into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
            <div class="buttons">
                <button
                    type="button"
                    class="danger"
                    data-testid="confirm-delete"
                    on:click=move |_| {
                        close();
                        on_confirm.run(());
                    }
                >
                    {tr!(i18n, ActionDelete)}
                </button>
                <button type="button" autofocus on:click=move |_| close()>{tr!(i18n, ActionCancel)}</button>
            </div>
        </dialog>
    }
}
