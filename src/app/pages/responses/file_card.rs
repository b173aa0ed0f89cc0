//! One response file: who and when, its conflicts and skipped answers, and
//! its changes with a tick each.

use super::Batch;
use crate::app::i18n::use_i18n;
use crate::app::state::use_store;
use crate::domain::merge::FileDiff;
use crate::i18n::{fill, Key};
use leptos::prelude::*;

/// The card of file `index` of the batch.
#[component]
pub fn FileCard(index: usize, diffs: Memo<Vec<FileDiff>>, batch: Batch) -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    move || {
        let lang = i18n.lang();
        let d = diffs.with(|ds| ds.get(index).cloned())?;
        let unknown = d.is_unknown();
        let (head, conflicts, skipped, changes) = plan.with(|p| {
            let skipped: Vec<String> = d.skipped.iter().map(|s| lang.merge_skipped(p, s)).collect();
            let changes: Vec<(String, bool)> =
                d.changes.iter().map(|c| (lang.merge_change(p, c), d.is_withheld(c))).collect();
            (lang.merge_file_head(p, &d), lang.merge_conflicts(p, &d), skipped, changes)
        });
        let all = move |on: bool| {
            batch.ticked.update(|t| {
                for i in 0..changes_len(diffs, index) {
                    if on {
                        t.insert((index, i));
                    } else {
                        t.remove(&(index, i));
                    }
                }
            })
        };
        Some(view! {
            <article class="card file-card" data-testid="response-file">
                <p class="eyebrow">{d.file.clone()}</p>
                <h2>{head}</h2>
                {(!conflicts.is_empty()).then(|| view! {
                    <ul class="conflicts" role="alert" data-testid="response-conflicts">
                        {conflicts.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                    </ul>
                })}
                {(!skipped.is_empty()).then(|| view! {
                    <details class="skipped">
                        <summary>{lang.fill(fill::ResponsesSkipped { n: skipped.len() })}</summary>
                        <ul>{skipped.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                    </details>
                })}
                <fieldset class="changes">
                    <legend>{lang.t(Key::ResponsesChanges)}</legend>
                    <p class="buttons" hidden=unknown>
                        <button type="button" class="quiet" on:click=move |_| all(true)>{lang.t(Key::ResponsesTickAll)}</button>
                        <button type="button" class="quiet" on:click=move |_| all(false)>{lang.t(Key::ResponsesTickNone)}</button>
                    </p>
                    {changes
                        .into_iter()
                        .enumerate()
                        .map(|(i, (text, withheld))| {
                            let key = (index, i);
                            view! {
                                <label class="check change" class:withheld=withheld data-testid="response-change">
                                    <input
                                        type="checkbox"
                                        disabled=unknown
                                        prop:checked=move || batch.ticked.with(|t| t.contains(&key))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            batch.ticked.update(|t| { if on { t.insert(key); } else { t.remove(&key); } });
                                        }
                                    />
                                    <span>{text}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
            </article>
        })
    }
}

fn changes_len(diffs: Memo<Vec<FileDiff>>, index: usize) -> usize {
    diffs.with_untracked(|ds| ds.get(index).map_or(0, |d| d.changes.len()))
}
