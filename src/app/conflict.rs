//! The choice shown when another tab saved the open plan while this tab held
//! a change not yet saved: both versions side by side, what differs, and two
//! ways out that lose nothing the user did not choose to drop.

use super::components::modal::follow;
use super::i18n::{tr, use_i18n};
use super::state::{use_store, Conflict};
use crate::domain::compare::{differences, Difference};
use crate::domain::Plan;
use crate::i18n::{fill, Key, Lang};
use leptos::html::Dialog;
use leptos::prelude::*;

/// A part of the plan, in words.
fn part_name(lang: Lang, part: &str) -> &'static str {
    match part {
        "event" => lang.t(Key::ConflictPartEvent),
        "schedule" => lang.t(Key::ConflictPartSchedule),
        "selection" => lang.t(Key::ConflictPartSelection),
        "countries" | "agencies" | "delegates" | "offers" | "themes" | "actions" | "action_types" | "evaluators"
        | "criteria" => lang.collection(part),
        _ => lang.t(Key::ConflictPartOther),
    }
}

/// One line of what differs: "offers: 1 changed, 2 only in this tab".
fn difference_line(lang: Lang, d: &Difference) -> String {
    let n = |n: usize| lang.integer(n as i64);
    let changes: Vec<String> = [
        (d.changed > 0).then(|| lang.fill(fill::ConflictChanged { n: &n(d.changed) })),
        (d.only_first > 0).then(|| lang.fill(fill::ConflictOnlyMine { n: &n(d.only_first) })),
        (d.only_second > 0).then(|| lang.fill(fill::ConflictOnlyTheirs { n: &n(d.only_second) })),
    ]
    .into_iter()
    .flatten()
    .collect();
    lang.fill(fill::ConflictPart { part: part_name(lang, &d.part), changes: &changes.join(", ") })
}

/// A version's name and figures.
fn summary(lang: Lang, plan: &Plan) -> String {
    let figures = lang.fill(fill::PlansFigures {
        countries: &lang.integer(plan.countries.len() as i64),
        offers: &lang.integer(plan.offers.len() as i64),
    });
    format!("{} · {figures}", plan.event.name)
}

/// The dialog, open while the store holds a conflict.
#[component]
pub fn ConflictDialog() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let dialog = NodeRef::<Dialog>::new();
    follow(dialog, move || store.conflict().with(Option::is_some));
    let body = move || {
        let lang = i18n.lang();
        store.conflict().get().map(|Conflict { mine, theirs, .. }| {
            let help = lang.fill(fill::ConflictHelp { name: &mine.event.name });
            let theirs_view = match &theirs {
                Some(t) => {
                    let lines: Vec<String> = differences(&mine, t).iter().map(|d| difference_line(lang, d)).collect();
                    let lines = if lines.is_empty() { vec![lang.t(Key::ConflictSame).to_owned()] } else { lines };
                    view! {
                        <p data-testid="conflict-theirs"><strong>{lang.t(Key::ConflictTheirs)}</strong> ": " {summary(lang, t)}</p>
                        <h3>{lang.t(Key::ConflictDifferences)}</h3>
                        <ul data-testid="conflict-differences">
                            {lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
                None => view! { <p>{lang.t(Key::ConflictUnreadable)}</p> }.into_any(),
            };
            let can_take = theirs.is_some();
            view! {
                <p>{help}</p>
                <p data-testid="conflict-mine"><strong>{lang.t(Key::ConflictMine)}</strong> ": " {summary(lang, &mine)}</p>
                {theirs_view}
                <div class="buttons">
                    <button type="button" class="primary" data-testid="conflict-keep-both" on:click=move |_| store.keep_both()>
                        {lang.t(Key::ConflictKeepBoth)}
                    </button>
                    <button type="button" data-testid="conflict-take-theirs" disabled=!can_take on:click=move |_| store.take_theirs()>
                        {lang.t(Key::ConflictTakeTheirs)}
                    </button>
                </div>
            }
        })
    };
    view! {
        <dialog node_ref=dialog class="confirm tab-conflict" aria-labelledby="conflict-title" data-testid="conflict" on:cancel=|ev: leptos::ev::Event| ev.prevent_default()>
            <h2 id="conflict-title">{tr!(i18n, ConflictTitle)}</h2>
            {body}
        </dialog>
    }
}
