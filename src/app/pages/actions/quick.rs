//! Quick keying of paper forms: one compact line per form, typed from the
//! sheet. The session id fills in the offer and countries; Enter saves and
//! keeps the session and side for the next form of the same round.

use super::form::{draft_for_session, save};
use super::side_label;
use crate::app::components::fields::{bind, SelectField, TextField};
use crate::app::components::options::country_options;
use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::ids::ActionId;
use crate::domain::model::{code_of, from_code, Action, Side};
use crate::domain::validate::Problem;
use crate::i18n::Key;
use leptos::html::Input;
use leptos::prelude::*;

/// `/actions/quick`.
#[component]
pub fn QuickKeying() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    let draft = RwSignal::new(Action::default());
    let session_text = RwSignal::new(String::new());
    let keyed = RwSignal::new(Vec::<ActionId>::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let first = NodeRef::<Input>::new();
    let on_session = move |ev| {
        let text = event_target_value(&ev).trim().to_owned();
        session_text.set(text.clone());
        let side = draft.with_untracked(|a| a.registered_by);
        let fresh = plan.with_untracked(|p| draft_for_session(p, &text.as_str().into(), side));
        if fresh.session.is_some() {
            draft.set(fresh);
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match save(store, draft.get_untracked()) {
            Ok(id) => {
                keyed.update(|k| k.insert(0, id));
                problems.set(Vec::new());
                let (session, side) = draft.with_untracked(|a| (a.session.clone(), a.registered_by));
                let next = session.map(|s| plan.with_untracked(|p| draft_for_session(p, &s, side)));
                draft.set(next.unwrap_or_default());
                if let Some(input) = first.get() {
                    let _ = input.focus();
                }
            }
            Err(found) => problems.set(found),
        }
    };
    let sides = Signal::derive(move || {
        Side::ALL.iter().map(|s| (code_of(s), side_label(i18n.lang(), *s).to_owned())).collect()
    });
    let countries = country_options();
    let types = Signal::derive(move || {
        let lang = i18n.lang().code();
        plan.with(|p| p.action_types().iter().map(|t| (t.id.to_string(), t.label(lang).to_owned())).collect())
    });
    let session_ids = move || {
        plan.with(|p| {
            p.schedule
                .iter()
                .flat_map(|s| &s.sessions)
                .map(|s| view! { <option value=s.id.to_string() /> })
                .collect_view()
        })
    };
    let amount = |v: String| v.trim().parse().unwrap_or(0);
    let listed = move || {
        plan.with(|p| {
            keyed.get().into_iter().filter_map(|id| p.action(&id).map(|a| view! {
                <li data-testid="keyed"><a href=format!("/actions/form?id={id}")><code>{id.to_string()}</code></a> " " {a.title.clone()} " · " {p.country_name(&a.offering)} " → " {p.country_name(&a.receiving)}</li>
            })).collect_view()
        })
    };
    view! {
        <section class="page quick-keying">
            <h1>{tr!(i18n, ActionsQuickTitle)}</h1>
            <p class="lead">{tr!(i18n, ActionsQuickHelp)}</p>
            <form class="card quick-line" on:submit=submit data-testid="quick-form">
                <label class="field">
                    <span>{tr!(i18n, ActionsSession)}</span>
                    <input node_ref=first list="quick-sessions" data-testid="quick-session" prop:value=move || session_text.get() on:input=on_session autocomplete="off" />
                    <datalist id="quick-sessions">{session_ids}</datalist>
                </label>
                <SelectField label=Key::ActionsRegisteredBy options=sides testid="quick-side"
                    bind=bind(draft, |a| code_of(&a.registered_by), |a, v| a.registered_by = from_code(&v).unwrap_or_default()) />
                <SelectField label=Key::ActionsReceiving options=countries testid="quick-receiving" bind=bind(draft, |a| a.receiving.to_string(), |a, v| a.receiving = v.into()) />
                <SelectField label=Key::ActionsType options=types testid="quick-type" bind=bind(draft, |a| a.kind.to_string(), |a, v| a.kind = v.into()) />
                <TextField label=Key::ActionsTitleField bind=bind(draft, |a| a.title.clone(), |a, v| a.title = v) />
                <TextField label=Key::ActionsTravel kind="number" bind=bind(draft, |a| a.cost.travel.to_string(), move |a, v| a.cost.travel = amount(v)) />
                <TextField label=Key::ActionsPerDiem kind="number" bind=bind(draft, |a| a.cost.per_diem.to_string(), move |a, v| a.cost.per_diem = amount(v)) />
                <TextField label=Key::ActionsOther kind="number" bind=bind(draft, |a| a.cost.other.to_string(), move |a, v| a.cost.other = amount(v)) />
                <button type="submit" class="primary" data-testid="quick-save">{tr!(i18n, ActionsSave)}</button>
            </form>
            <Show when=move || !problems.with(Vec::is_empty)>
                <ul class="problems" role="alert">
                    {move || problems.get().iter().map(|p| view! { <li>{i18n.lang().problem(p)}</li> }).collect_view()}
                </ul>
            </Show>
            <h2>{tr!(i18n, ActionsQuickAdded)}</h2>
            <ul class="keyed">{listed}</ul>
        </section>
    }
}
