//! The dialog that edits the interest behind a matrix cell.

use crate::app::clock::now;
use crate::app::components::modal;
use crate::app::components::priority::PrioritySelect;
use crate::app::i18n::{tr, use_i18n};
use crate::app::query::QueryParam;
use crate::app::state::use_store;
use crate::domain::edit::Edit;
use crate::domain::ids::{CountryId, OfferId};
use crate::domain::model::{Interest, Priority};
use crate::i18n::Key;
use leptos::html::Dialog;
use leptos::prelude::*;

/// Opens while `cell` (`country:offer`) is set; closing clears it.
#[component]
pub fn CellEditor(cell: QueryParam) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    let dialog = NodeRef::<Dialog>::new();
    let target = Memo::new(move |_| {
        let value = cell.value.get()?;
        let (c, o) = value.split_once(':')?;
        let (c, o) = (CountryId(c.into()), OfferId(o.into()));
        plan.with(|p| (p.country(&c).is_some() && p.offer(&o).is_some()).then_some((c, o)))
    });
    modal::follow(dialog, move || target.get().is_some());
    let interest = Memo::new(move |_| {
        let (c, o) = target.get()?;
        plan.with(|p| p.interest(&c, &o).cloned())
    });
    let save = move |priority: Option<Priority>, note: Option<String>| {
        let Some((country, offer)) = target.get_untracked() else { return };
        let before = interest.get_untracked().unwrap_or_default();
        let edit = match priority {
            None => Edit::RemoveInterest(country, offer),
            Some(priority) => Edit::PutInterest(Interest {
                country,
                offer,
                priority,
                note: note.unwrap_or(before.note),
                updated_at: now(),
                ..before
            }),
        };
        store.edit(edit);
    };
    let heading = move || {
        let (c, o) = target.get()?;
        plan.with(|p| Some(format!("{} → {}", p.country_name(&c), p.offer_title(&o, i18n.lang().code())?.text)))
    };
    view! {
        <dialog node_ref=dialog class="confirm cell-editor" on:close=move |_| cell.set(None) data-testid="cell-editor">
            <h2>{heading}</h2>
            <label class="field">
                <span>{tr!(i18n, MatrixPriority)}</span>
                <PrioritySelect
                    label=Signal::derive(move || i18n.t(Key::MatrixPriority).to_owned())
                    value=Signal::derive(move || interest.get().map(|i| i.priority))
                    on_change=Callback::new(move |p| save(p, None))
                />
            </label>
            <Show when=move || interest.with(Option::is_some)>
                <label class="field">
                    <span>{tr!(i18n, DemandNote)}</span>
                    <input
                        type="text"
                        prop:value=move || interest.get().map(|i| i.note).unwrap_or_default()
                        on:change=move |ev| save(interest.get_untracked().map(|i| i.priority), Some(event_target_value(&ev)))
                    />
                </label>
            </Show>
            <div class="buttons">
                <button type="button" class="primary" on:click=move |_| cell.set(None)>{tr!(i18n, ActionClose)}</button>
            </div>
        </dialog>
    }
}
