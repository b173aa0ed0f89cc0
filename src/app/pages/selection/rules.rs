//! The budget and rules of the selection, saved with the plan as they change.

use super::{change_selection, current};
use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use leptos::prelude::*;

#[component]
pub fn RulesForm() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    let rules = Memo::new(move |_| plan.with(|p| current(p).rules));
    view! {
        <form class="card rules inline-form" on:submit=|ev| ev.prevent_default() data-testid="selection-rules">
            <label class="field">
                <span>{tr!(i18n, SelectionBudget)}</span>
                <input type="number" min="0" data-testid="budget" prop:value=move || rules.with(|r| r.budget.to_string())
                    on:change=move |ev| {
                        if let Ok(b) = event_target_value(&ev).trim().parse::<u64>() {
                            change_selection(store, |s| s.rules.budget = b);
                        }
                    } />
            </label>
            <label class="field">
                <span>{tr!(i18n, SelectionCurrency)}</span>
                <input type="text" maxlength="3" size="4" prop:value=move || rules.with(|r| r.currency.clone())
                    on:change=move |ev| {
                        let c = event_target_value(&ev).trim().to_uppercase();
                        change_selection(store, |s| s.rules.currency = c);
                    } />
            </label>
            <label class="field">
                <span>{tr!(i18n, SelectionMaxPerCountry)}</span>
                <input type="number" min="0" data-testid="max-per-country" prop:value=move || rules.with(|r| r.max_per_country.map(|k| k.to_string()).unwrap_or_default())
                    on:change=move |ev| {
                        let k = event_target_value(&ev).trim().parse::<u32>().ok();
                        change_selection(store, |s| s.rules.max_per_country = k);
                    } />
            </label>
            <label class="check">
                <input type="checkbox" prop:checked=move || rules.with(|r| r.min_per_subregion)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        change_selection(store, |s| s.rules.min_per_subregion = on);
                    } />
                <span>{tr!(i18n, SelectionPerSubregion)}</span>
            </label>
            <label class="check">
                <input type="checkbox" prop:checked=move || rules.with(|r| r.min_per_theme)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        change_selection(store, |s| s.rules.min_per_theme = on);
                    } />
                <span>{tr!(i18n, SelectionPerTheme)}</span>
            </label>
        </form>
    }
}
