//! Choosing a priority, or none.

use crate::app::i18n::use_i18n;
use crate::domain::model::{code_of, from_code, Priority};
use crate::i18n::Key;
use leptos::prelude::*;

/// A select of "not asked", high, medium and low.
#[component]
pub fn PrioritySelect(
    /// The accessible name, e.g. "Priority for Pensión 65".
    label: Signal<String>,
    /// The current priority (`None`: not asked).
    value: Signal<Option<Priority>>,
    /// Called with the new choice.
    on_change: Callback<Option<Priority>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let current = move || value.get().map(|p| code_of(&p)).unwrap_or_default();
    view! {
        <select
            class="priority"
            aria-label=move || label.get()
            data-testid="priority"
            prop:value=current
            on:change=move |ev| on_change.run(from_code(&event_target_value(&ev)))
        >
            <option value="" selected=move || current().is_empty()>{move || i18n.t(Key::PriorityNone)}</option>
            {Priority::ALL
                .into_iter()
                .map(|p| {
                    let code = code_of(&p);
                    let selected = {
                        let code = code.clone();
                        move || current() == code
                    };
                    view! { <option value=code selected=selected>{move || i18n.lang().priority(p)}</option> }
                })
                .collect_view()}
        </select>
    }
}
