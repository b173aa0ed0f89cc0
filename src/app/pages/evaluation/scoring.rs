//! One evaluator's scoring sheet: a row per action, a box per criterion.
//! Typing a digit from 1 to 5 saves it and moves to the next box, so a
//! whole sheet is scored from the keyboard; actions of the evaluator's own
//! country are shown as a conflict of interest and cannot be scored.

use crate::app::clock::now;
use crate::app::files::download;
use crate::app::i18n::{tr, use_i18n};
use crate::app::state::{use_store, PlanStore};
use crate::domain::actions::candidates;
use crate::domain::edit::Edit;
use crate::domain::format::response_to_json;
use crate::domain::ids::{ActionId, CriterionId, EvaluatorId};
use crate::domain::model::{code_of, from_code, Confidence, Response, Score, SCORE_MAX, SCORE_MIN};
use crate::i18n::{fill, Key, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The label of a confidence.
fn confidence_label(lang: Lang, c: Confidence) -> &'static str {
    lang.t(match c {
        Confidence::High => Key::EvaluationConfidenceHigh,
        Confidence::Medium => Key::EvaluationConfidenceMedium,
        Confidence::Low => Key::EvaluationConfidenceLow,
    })
}

/// Changes the evaluator's score of `action` with `change`; a score left
/// with no value, confidence or comment is removed.
fn update(store: PlanStore, evaluator: &EvaluatorId, action: &ActionId, change: impl FnOnce(&mut Score)) {
    let mut score = store.plan().with_untracked(|p| p.score(evaluator, action).cloned()).unwrap_or_else(|| Score {
        evaluator: evaluator.clone(),
        action: action.clone(),
        ..Score::default()
    });
    change(&mut score);
    score.updated_at = now();
    let edit = if score.values.is_empty() && score.confidence.is_none() && score.comment.is_empty() {
        Edit::RemoveScore(evaluator.clone(), action.clone())
    } else {
        Edit::PutScore(score)
    };
    store.edit(edit);
}

/// Focuses the score box numbered `n`, if there is one.
fn focus_box(n: usize) {
    let found = document().query_selector(&format!("[data-box=\"{n}\"]")).ok().flatten();
    if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

#[component]
pub fn ScoringSheet(evaluator: EvaluatorId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    let who = evaluator.clone();
    let export = move |_| {
        let Some(at) = now() else { return };
        let response = plan.with_untracked(|p| Response::of_evaluator(p, &who, at));
        let stamp: String = at.to_string().chars().filter(char::is_ascii_digit).take(12).collect();
        let _ =
            download(&format!("rondas-scores-{who}-{stamp}.json"), "application/json", &response_to_json(&response));
    };
    let me = evaluator.clone();
    let progress = move || {
        plan.with(|p| {
            let total = candidates(p).len();
            let n = p.scores.iter().filter(|s| s.evaluator == me && !s.values.is_empty()).count();
            i18n.lang().fill(fill::EvaluationScored { n: &n.to_string(), total: &total.to_string() })
        })
    };
    let me = evaluator.clone();
    // Rebuilt only when the committee, criteria or candidates change, not
    // on every score, so focus stays where the evaluator is typing.
    let shape = Memo::new(move |_| {
        plan.with(|p| {
            let conflict = p.evaluator(&me).cloned();
            let rows: Vec<(ActionId, String, String, bool)> = candidates(p)
                .into_iter()
                .map(|a| {
                    let excluded = conflict.as_ref().is_some_and(|e| e.conflicts_with(&a.offering, &a.receiving));
                    (
                        a.id.clone(),
                        a.title.clone(),
                        format!("{} → {}", p.country_name(&a.offering), p.country_name(&a.receiving)),
                        excluded,
                    )
                })
                .collect();
            (p.criteria(), rows)
        })
    });
    let me = evaluator.clone();
    let table = move || {
        let lang = i18n.lang();
        let (criteria, rows) = shape.get();
        let head = criteria.iter().map(|k| view! { <th scope="col">{k.label(lang.code()).to_owned()} <span class="muted">" ×" {k.weight}</span></th> }).collect_view();
        let width = criteria.len();
        let body = rows
            .into_iter()
            .enumerate()
            .map(|(r, (action, title, sides, excluded))| {
                let label = view! { <th scope="row"><code>{action.to_string()}</code> " " {title.clone()} <span class="who">{sides}</span></th> };
                if excluded {
                    return view! { <tr class="conflict">{label}<td colspan=width + 2>{lang.t(Key::EvaluationConflict)}</td></tr> }.into_any();
                }
                let cells = criteria
                    .iter()
                    .enumerate()
                    .map(|(c, k)| {
                        let n = r * width + c;
                        let (me, action, kid): (EvaluatorId, ActionId, CriterionId) = (me.clone(), action.clone(), k.id.clone());
                        let (me2, action2, kid2) = (me.clone(), action.clone(), kid.clone());
                        let value = move || plan.with(|p| p.score(&me2, &action2).and_then(|s| s.values.get(&kid2)).map(|v| v.to_string()).unwrap_or_default());
                        let aria = format!("{} — {}", title, k.label(lang.code()));
                        let on_input = move |ev| {
                            let text = event_target_value(&ev);
                            let digit = text.trim().parse::<u8>().ok().filter(|v| (SCORE_MIN..=SCORE_MAX).contains(v));
                            if text.trim().is_empty() {
                                update(store, &me, &action, |s| { s.values.remove(&kid); });
                            } else if let Some(v) = digit {
                                update(store, &me, &action, |s| { s.values.insert(kid.clone(), v); });
                                focus_box(n + 1);
                            }
                        };
                        view! { <td><input class="score-box" type="text" inputmode="numeric" maxlength="1" size="1" data-box=n.to_string() aria-label=aria prop:value=value on:input=on_input /></td> }
                    })
                    .collect_view();
                let (me_c, action_c) = (me.clone(), action.clone());
                let confidence = move || plan.with(|p| p.score(&me_c, &action_c).and_then(|s| s.confidence).map(|c| code_of(&c)).unwrap_or_default());
                let (me_c, action_c) = (me.clone(), action.clone());
                let set_confidence = move |ev| {
                    let c: Option<Confidence> = from_code(&event_target_value(&ev));
                    update(store, &me_c, &action_c, |s| s.confidence = c);
                };
                let (me_n, action_n) = (me.clone(), action.clone());
                let comment = move || plan.with(|p| p.score(&me_n, &action_n).map(|s| s.comment.clone()).unwrap_or_default());
                let (me_n, action_n) = (me.clone(), action.clone());
                let set_comment = move |ev| {
                    let text = event_target_value(&ev);
                    update(store, &me_n, &action_n, |s| s.comment = text);
                };
                let options = Confidence::ALL.iter().map(|c| view! { <option value=code_of(c)>{confidence_label(lang, *c)}</option> }).collect_view();
                view! {
                    <tr data-testid="score-row">
                        {label}
                        {cells}
                        <td><select aria-label=lang.t(Key::EvaluationConfidence) prop:value=confidence on:change=set_confidence>
                            <option value="">{lang.t(Key::EvaluationConfidenceNone)}</option>
                            {options}
                        </select></td>
                        <td><input type="text" aria-label=lang.t(Key::EvaluationComment) prop:value=comment on:change=set_comment /></td>
                    </tr>
                }
                .into_any()
            })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table class="scoring" data-testid="scoring">
                    <thead><tr><th scope="col">{lang.t(Key::ActionsColTitle)}</th>{head}<th scope="col">{lang.t(Key::EvaluationConfidence)}</th><th scope="col">{lang.t(Key::EvaluationComment)}</th></tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        }
    };
    view! {
        <section class="card scoring-sheet">
            <p class="muted">{tr!(i18n, EvaluationScoringHelp)}</p>
            <p class="actions">
                <strong data-testid="scored">{progress}</strong>
                <button type="button" class="primary" data-testid="export-scores" on:click=export>{tr!(i18n, EvaluationExport)}</button>
                <span class="muted">{tr!(i18n, EvaluationExportHelp)}</span>
            </p>
            {table}
        </section>
    }
}
