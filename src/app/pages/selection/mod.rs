//! Selection: the budget and rules, the proposed selection (computed in the
//! app's Web Worker; proven optimal, or the best found with how much better
//! one could be at most) with why each action is in or out, the organizer's
//! overrides, adopting it, and what-if scenarios side by side.

mod compute;
mod rules;
mod scenarios;

use crate::app::clock::now;
use crate::app::i18n::{tr, use_i18n};
use crate::app::notices::{use_notices, Level};
use crate::app::state::{use_store, PlanStore};
use crate::domain::command::selection::adopt;
use crate::domain::edit::Edit;
use crate::domain::ids::ActionId;
use crate::domain::model::{code_of, from_code, Override, Plan, Selection};
use crate::domain::select::{Proposal, Reason};
use crate::i18n::{fill, Key, Lang};
use leptos::prelude::*;

/// The plan's selection, or an empty one in USD.
pub fn current(plan: &Plan) -> Selection {
    plan.selection.clone().unwrap_or_else(|| {
        let mut s = Selection::default();
        s.rules.currency = "USD".into();
        s
    })
}

/// Changes the plan's selection with `change`.
pub fn change_selection(store: PlanStore, change: impl FnOnce(&mut Selection)) {
    let mut s = store.plan().with_untracked(current);
    change(&mut s);
    store.edit(Edit::SetSelection(Some(s)));
}

/// `subregion:Andina` → "sub-region Andina", `theme:care` → "theme Care".
pub fn group_label(plan: &Plan, lang: Lang, group: &str) -> String {
    match group.split_once(':') {
        Some(("subregion", name)) => lang.fill(fill::SelectionSubregion { name }),
        Some(("theme", id)) => lang.fill(fill::SelectionTheme { name: &plan.theme_label(&id.into(), lang.code()) }),
        _ => lang.t(Key::SelectionIncluded).to_owned(),
    }
}

/// Why an action is in or out, as a sentence.
pub fn reason_text(plan: &Plan, lang: Lang, reason: &Reason, currency: &str) -> String {
    match reason {
        Reason::Included => lang.t(Key::SelectionReasonIncluded).to_owned(),
        Reason::Best => lang.t(Key::SelectionReasonBest).to_owned(),
        Reason::Covers { group } => lang.fill(fill::SelectionReasonCovers { group: &group_label(plan, lang, group) }),
        Reason::Excluded => lang.t(Key::SelectionReasonExcluded).to_owned(),
        Reason::OtherCurrency { currency } => lang.fill(fill::SelectionReasonOtherCurrency { currency }),
        Reason::NotScored => lang.t(Key::SelectionReasonNotScored).to_owned(),
        Reason::OverBudget => lang.t(Key::SelectionReasonOverBudget).to_owned(),
        Reason::CountryLimit { country } => {
            lang.fill(fill::SelectionReasonCountryLimit { country: &plan.country_name(country) })
        }
        Reason::DoesNotFit { short } => {
            lang.fill(fill::SelectionReasonDoesNotFit { short: &lang.money(*short, currency) })
        }
        Reason::NotBetter => lang.t(Key::SelectionReasonNotBetter).to_owned(),
    }
}

/// "29 actions chosen, 99 870 of 100 000 USD, total score 102.15".
pub fn summary_text(lang: Lang, p: &Proposal) -> String {
    lang.fill(fill::SelectionSummary {
        n: &p.chosen.len().to_string(),
        cost: &lang.integer(p.total_cost as i64),
        budget: &lang.integer(p.budget as i64),
        currency: &p.currency,
        score: &lang.decimal(p.total_score, 2),
    })
}

/// "Proven the best…", or how much more a selection could score at most.
pub fn proof_text(lang: Lang, p: &Proposal) -> String {
    if p.proven_optimal {
        lang.t(Key::SelectionProven).to_owned()
    } else {
        lang.fill(fill::SelectionGap { bound: &lang.decimal(p.score_bound, 2), gap: &lang.decimal(p.gap, 2) })
    }
}

/// `/selection`.
#[component]
pub fn SelectionPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let notices = use_notices();
    let plan = store.plan();
    let proposals = compute::provide(store);
    let proposal = Memo::new(move |_| proposals.list.with(|l| l.first().cloned().flatten()));
    let adopt = move |_| {
        let Some(chosen) = proposals.settled().map(|p| p.chosen) else { return };
        let selection = Selection { chosen, ..plan.with_untracked(current) };
        if let Some(n) = store.run(|p| adopt(p, selection, now())) {
            notices.push(Level::Info, i18n.lang_untracked().fill(fill::SelectionAdopted { n: &n.to_string() }));
        }
    };
    let set_override = move |id: ActionId, value: String| {
        change_selection(store, |s| match from_code::<Override>(&value) {
            Some(o) => {
                s.overrides.insert(id, o);
            }
            None => {
                s.overrides.remove(&id);
            }
        })
    };
    let rows = move || {
        let lang = i18n.lang();
        plan.with(|p| {
            let s = current(p);
            proposal.with(|pr| {
                let Some(pr) = pr else { return Vec::new() };
                pr.decisions
                    .iter()
                    .map(|d| {
                        let a = p.action(&d.action);
                        let title = a.map(|a| a.title.clone()).unwrap_or_default();
                        let sides = a.map(|a| format!("{} → {}", p.country_name(&a.offering), p.country_name(&a.receiving))).unwrap_or_default();
                        let adopted = s.chosen.contains(&d.action);
                        let value = s.overrides.get(&d.action).map(code_of).unwrap_or_default();
                        let id = d.action.clone();
                        let label = lang.fill(fill::SelectionOverrideFor { action: d.action.as_str() });
                        view! {
                            <tr class:chosen=d.selected data-testid="decision" data-selected=d.selected.to_string()>
                                <td class="num">{if d.selected { "✔" } else { "" }}</td>
                                <th scope="row"><code>{d.action.to_string()}</code> " " {title} <span class="who">{sides}</span> {adopted.then(|| view! { " " <span class="badge">{lang.t(Key::SelectionAdoptedBadge)}</span> })}</th>
                                <td class="num">{d.score.map(|v| lang.decimal(v, 2)).unwrap_or_else(|| "—".into())}</td>
                                <td class="num">{lang.money(d.cost, &pr.currency)}</td>
                                <td>{reason_text(p, lang, &d.reason, &pr.currency)}</td>
                                <td>
                                    <select aria-label=label prop:value=value.clone() on:change=move |ev| set_override(id.clone(), event_target_value(&ev))>
                                        <option value="" selected=value.is_empty()>{lang.t(Key::SelectionAuto)}</option>
                                        <option value="include" selected=value == "include">{lang.t(Key::SelectionInclude)}</option>
                                        <option value="exclude" selected=value == "exclude">{lang.t(Key::SelectionExclude)}</option>
                                    </select>
                                </td>
                            </tr>
                        }
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let unmet = move || {
        let lang = i18n.lang();
        proposal.with(|pr| {
            pr.as_ref().filter(|pr| !pr.feasible).map(|pr| {
                let list: Vec<String> = plan.with(|p| pr.unmet.iter().map(|g| group_label(p, lang, g)).collect());
                view! { <p class="problems" role="alert" data-testid="selection-unmet">{lang.fill(fill::SelectionUnmet { list: &list.join(", ") })}</p> }
            })
        })
    };
    let status = move || {
        let lang = i18n.lang();
        let failed = proposals.failed.get().map(|m| lang.fill(fill::SelectionFailed { message: &m }));
        let computing = proposals.computing().then(|| lang.t(Key::SelectionComputing).to_owned());
        let (summary, proof) =
            proposal.with(|p| p.as_ref().map(|p| (summary_text(lang, p), proof_text(lang, p))).unzip());
        view! {
            <p class="summary" data-testid="selection-summary">{summary}</p>
            <p role="status" data-testid="selection-status" data-computing=proposals.computing().to_string()>{failed.or(computing).or(proof)}</p>
        }
    };
    view! {
        <section class="page selection">
            <h1>{tr!(i18n, SelectionTitle)}</h1>
            <p class="lead">{tr!(i18n, SelectionIntro)}</p>
            <rules::RulesForm />
            <section class="card">
                {status}
                {unmet}
                <p class="actions"><button type="button" class="primary" data-testid="adopt" on:click=adopt disabled=move || proposals.computing() || proposal.with(Option::is_none)>{tr!(i18n, SelectionAdopt)}</button></p>
                <div class="table-wrap" aria-busy=move || proposals.computing().to_string()>
                    <table class="decisions" data-testid="decisions">
                        <thead><tr>
                            <th scope="col">{tr!(i18n, SelectionColIn)}</th>
                            <th scope="col">{tr!(i18n, ActionsColTitle)}</th>
                            <th scope="col">{tr!(i18n, SelectionColScore)}</th>
                            <th scope="col">{tr!(i18n, ActionsColCost)}</th>
                            <th scope="col">{tr!(i18n, SelectionColReason)}</th>
                            <th scope="col">{tr!(i18n, SelectionColOverride)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
            <scenarios::Scenarios proposals />
        </section>
    }
}
