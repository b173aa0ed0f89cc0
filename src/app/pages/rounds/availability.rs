//! Per-slot availability of delegations: how many delegates a country has
//! in each slot, where fewer than all of them (arriving late, leaving early).

use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::edit::Edit;
use crate::domain::ids::{CountryId, SlotId};
use crate::i18n::{fill, Key};
use leptos::prelude::*;

/// Countries by slots; an empty cell means the whole delegation.
#[component]
pub fn Availability() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    let set = move |country: CountryId, slot: SlotId, text: String| {
        let Some(mut c) = plan.with_untracked(|p| p.country(&country).cloned()) else { return };
        match text.trim().parse::<u32>() {
            Ok(n) => c.availability.insert(slot, n),
            Err(_) => c.availability.remove(&slot),
        };
        store.edit(Edit::PutCountry(c));
    };
    // What the table shows, so that edits of the schedule leave it alone.
    let shown = Memo::new(move |_| {
        plan.with(|p| {
            let sizes: Vec<usize> =
                p.countries.iter().map(|c| p.delegates.iter().filter(|d| d.country == c.id).count()).collect();
            (p.event.slots.clone(), p.countries.clone(), sizes)
        })
    });
    let table = move || {
        let lang = i18n.lang();
        shown.with(|(slots, countries, sizes)| {
            let head = (1..=slots.len())
                .map(|n| view! { <th scope="col">{lang.fill(fill::RoundsSlot { n: &n.to_string() })}</th> })
                .collect_view();
            let rows = countries
                .iter()
                .zip(sizes)
                .map(|(c, &size)| {
                    let size = size.max(1);
                    let cells = slots
                        .iter()
                        .enumerate()
                        .map(|(n, slot)| {
                            let value = c.availability.get(&slot.id).map(ToString::to_string).unwrap_or_default();
                            let label = lang.fill(fill::RoundsAvailableIn { country: &c.name, n: &(n + 1).to_string() });
                            let (country, slot) = (c.id.clone(), slot.id.clone());
                            view! {
                                <td>
                                    <input type="number" min="0" max=size inputmode="numeric" placeholder=size.to_string()
                                        aria-label=label prop:value=value
                                        on:change=move |ev| set(country.clone(), slot.clone(), event_target_value(&ev)) />
                                </td>
                            }
                        })
                        .collect_view();
                    view! { <tr><th scope="row">{c.name.clone()} <span class="muted">" · " {size}</span></th>{cells}</tr> }
                })
                .collect_view();
            view! {
                <table class="availability">
                    <thead><tr><th scope="col">{lang.t(Key::RoundsDelegation)}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    };
    view! {
        <details class="card">
            <summary><h2>{tr!(i18n, RoundsAvailabilityTitle)}</h2></summary>
            <p class="muted">{tr!(i18n, RoundsAvailabilityHelp)}</p>
            <div class="table-wrap">{table}</div>
        </details>
    }
}
