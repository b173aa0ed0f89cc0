//! What-if scenarios: other rules kept by name, each with its proposal,
//! compared side by side with the current rules.

use super::compute::Proposals;
use super::{change_selection, current, proof_text};
use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::model::{Scenario, SelectionRules};
use crate::domain::select::Proposal;
use crate::i18n::{fill, Key, Lang};
use leptos::prelude::*;

/// One column: its name, its rules, its index among the scenarios (none:
/// the current rules) and its proposal, once made.
type Column = (String, SelectionRules, Option<usize>, Option<Proposal>);

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

/// The scenarios compared side by side, with the `proposals` made for them.
#[component]
pub fn Scenarios(proposals: Proposals) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    let name = RwSignal::new(String::new());
    let columns = Memo::new(move |_| {
        plan.with(|p| {
            let s = current(p);
            let here = (i18n.t(Key::SelectionCurrent).to_owned(), s.rules.clone(), None);
            let others = s.scenarios.iter().enumerate().map(|(i, sc)| (sc.name.clone(), sc.rules.clone(), Some(i)));
            proposals.list.with(|list| {
                std::iter::once(here)
                    .chain(others)
                    .enumerate()
                    .map(|(at, (n, r, i))| (n, r, i, list.get(at).cloned().flatten()))
                    .collect::<Vec<Column>>()
            })
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
            let base: Vec<_> = cols.first().and_then(|c| c.3.as_ref()).map(|p| p.chosen.clone()).unwrap_or_default();
            let head = cols
                .iter()
                .map(|(n, _, i, _)| {
                    let remove = i.map(|i| view! { " " <button type="button" class="quiet" on:click=move |_| change_selection(store, |s| { if i < s.scenarios.len() { s.scenarios.remove(i); } })>{lang.t(Key::SelectionRemoveScenario)}</button> });
                    view! { <th scope="col">{n.clone()}{remove}</th> }
                })
                .collect_view();
            let row = |key: Key, cell: &dyn Fn(&Column, &Proposal) -> String| {
                let text = |c: &Column| c.3.as_ref().map_or_else(|| lang.t(Key::SelectionComputing).to_owned(), |p| cell(c, p));
                let cells = cols.iter().map(|c| view! { <td>{text(c)}</td> }).collect_view();
                view! { <tr><th scope="row">{lang.t(key)}</th>{cells}</tr> }
            };
            let differ = |c: &Column, p: &Proposal| {
                let only: Vec<String> = p.chosen.iter().filter(|id| !base.contains(id)).map(ToString::to_string).collect();
                let missing: Vec<String> = base.iter().filter(|id| !p.chosen.contains(id)).map(ToString::to_string).collect();
                if c.2.is_none() { String::new() } else { lang.fill(fill::SelectionOnlyHere { list: &only.join(", "), missing: &missing.join(", ") }) }
            };
            view! {
                <div class="table-wrap">
                    <table class="scenarios" data-testid="scenarios">
                        <thead><tr><th scope="col">{lang.t(Key::SelectionColScenario)}</th>{head}</tr></thead>
                        <tbody>
                            {row(Key::SelectionBudget, &|c, _| lang.money(c.1.budget, &c.1.currency))}
                            {row(Key::SelectionColRules, &|c, _| rules_text(lang, &c.1))}
                            {row(Key::SelectionColChosen, &|_, p| p.chosen.len().to_string())}
                            {row(Key::SelectionColTotal, &|_, p| lang.money(p.total_cost, &p.currency))}
                            {row(Key::SelectionColTotalScore, &|_, p| lang.decimal(p.total_score, 2))}
                            {row(Key::SelectionColProof, &|_, p| proof_text(lang, p))}
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
