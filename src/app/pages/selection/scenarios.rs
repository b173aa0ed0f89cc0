//! What-if scenarios: other rules kept by name, each with its proposal,
//! compared side by side with the current rules.

use super::{change_selection, current};
use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::model::{Scenario, SelectionRules};
use crate::domain::select::{propose, Proposal};
use crate::i18n::{fill, Key, Lang};
use leptos::prelude::*;

/// One column: its name, its rules, its index among the scenarios (none:
/// the current rules) and its proposal.
type Column = (String, SelectionRules, Option<usize>, Proposal);

/// "≤ 3 / country · sub-regions · themes".
fn rules_text(lang: Lang, r: &SelectionRules) -> String {
    let mut parts = Vec::new();
    if let Some(k) = r.max_per_country {
        parts.push(lang.fill(fill::SelectionAtMost { k: &k.to_string() }));
    }
    if r.min_per_subregion {
        parts.push(lang.t(Key::SelectionPerSubregion).to_owned());
    }
    if r.min_per_theme {
        parts.push(lang.t(Key::SelectionPerTheme).to_owned());
    }
    parts.join(" · ")
}

#[component]
pub fn Scenarios() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    let name = RwSignal::new(String::new());
    let columns = Memo::new(move |_| {
        plan.with(|p| {
            let s = current(p);
            let here = (i18n.t(Key::SelectionCurrent).to_owned(), s.rules.clone(), None);
            let others = s.scenarios.iter().enumerate().map(|(i, sc)| (sc.name.clone(), sc.rules.clone(), Some(i)));
            std::iter::once(here)
                .chain(others)
                .map(|(n, r, i)| {
                    let proposal: Proposal = propose(p, &r, &s.overrides);
                    (n, r, i, proposal)
                })
                .collect::<Vec<Column>>()
        })
    });
    let keep = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = name.get_untracked().trim().to_owned();
        if text.is_empty() {
            return;
        }
        change_selection(store, |s| s.scenarios.push(Scenario { name: text, rules: s.rules.clone() }));
        name.set(String::new());
    };
    let table = move || {
        let lang = i18n.lang();
        columns.with(|cols| {
            let base: Vec<_> = cols.first().map(|c| c.3.chosen.clone()).unwrap_or_default();
            let head = cols
                .iter()
                .map(|(n, _, i, _)| {
                    let remove = i.map(|i| view! { " " <button type="button" class="quiet" on:click=move |_| change_selection(store, |s| { if i < s.scenarios.len() { s.scenarios.remove(i); } })>{lang.t(Key::SelectionRemoveScenario)}</button> });
                    view! { <th scope="col">{n.clone()}{remove}</th> }
                })
                .collect_view();
            let row = |key: Key, cell: &dyn Fn(&Column) -> String| {
                let cells = cols.iter().map(|c| view! { <td>{cell(c)}</td> }).collect_view();
                view! { <tr><th scope="row">{lang.t(key)}</th>{cells}</tr> }
            };
            let differ = |c: &Column| {
                let only: Vec<String> = c.3.chosen.iter().filter(|id| !base.contains(id)).map(ToString::to_string).collect();
                let missing: Vec<String> = base.iter().filter(|id| !c.3.chosen.contains(id)).map(ToString::to_string).collect();
                if c.2.is_none() { String::new() } else { lang.fill(fill::SelectionOnlyHere { list: &only.join(", "), missing: &missing.join(", ") }) }
            };
            view! {
                <div class="table-wrap">
                    <table class="scenarios" data-testid="scenarios">
                        <thead><tr><th scope="col">{lang.t(Key::SelectionColScenario)}</th>{head}</tr></thead>
                        <tbody>
                            {row(Key::SelectionBudget, &|c| lang.money(c.1.budget, &c.1.currency))}
                            {row(Key::SelectionColRules, &|c| rules_text(lang, &c.1))}
                            {row(Key::SelectionColChosen, &|c| c.3.chosen.len().to_string())}
                            {row(Key::SelectionColTotal, &|c| lang.money(c.3.total_cost, &c.3.currency))}
                            {row(Key::SelectionColTotalScore, &|c| lang.decimal(c.3.total_score, 2))}
                            {row(Key::SelectionColDiffers, &differ)}
                        </tbody>
                    </table>
                </div>
            }
        })
    };
    view! {
        <section class="card">
            <h2>{tr!(i18n, SelectionScenarios)}</h2>
            {table}
            <form class="inline-form" on:submit=keep>
                <label class="field">
                    <span>{tr!(i18n, SelectionScenarioName)}</span>
                    <input type="text" data-testid="scenario-name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                </label>
                <button type="submit" data-testid="keep-scenario">{tr!(i18n, SelectionSaveScenario)}</button>
            </form>
        </section>
    }
}
