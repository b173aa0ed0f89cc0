//! One action on the follow-up board: its status to move it, and its
//! details to edit.

use crate::app::i18n::use_i18n;
use crate::app::state::use_store;
use crate::domain::date::Date;
use crate::domain::edit::Edit;
use crate::domain::ids::{ActionId, AgencyId};
use crate::domain::model::{code_of, from_code, FollowUp, Status};
use crate::i18n::{fill, Key};
use leptos::prelude::*;

#[component]
pub fn Card(action: ActionId, today: Option<Date>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    let id = action.clone();
    let record = Memo::new(move |_| plan.with(|p| p.follow_up(&id).cloned()));
    let put = move |change: &dyn Fn(&mut FollowUp)| {
        let Some(mut f) = record.get_untracked() else { return };
        change(&mut f);
        f.updated_at = crate::app::clock::now();
        store.edit(Edit::PutFollowUp(f));
    };
    let date_field = move |key: Key, get: fn(&FollowUp) -> Option<Date>, set: fn(&mut FollowUp, Option<Date>)| {
        view! {
            <label class="field">
                <span>{move || i18n.t(key)}</span>
                <input type="date" prop:value=move || record.with(|f| f.as_ref().and_then(get).map(|d| d.to_string()).unwrap_or_default())
                    on:change=move |ev| { let v = event_target_value(&ev).parse().ok(); put(&|f| set(f, v)); } />
            </label>
        }
    };
    let text_field = move |key: Key, get: fn(&FollowUp) -> String, set: fn(&mut FollowUp, String)| {
        view! {
            <label class="field wide">
                <span>{move || i18n.t(key)}</span>
                <textarea rows="2" prop:value=move || record.with(|f| f.as_ref().map(get).unwrap_or_default())
                    on:change=move |ev| { let v = event_target_value(&ev); put(&|f| set(f, v.clone())); }></textarea>
            </label>
        }
    };
    let agencies = move || {
        plan.with(|p| {
            let a = record.with(|f| f.as_ref().and_then(|f| p.action(&f.action).cloned()));
            let Some(a) = a else { return Vec::new() };
            p.agencies
                .iter()
                .filter(|g| a.involves(&g.country))
                .map(|g| (g.id.clone(), format!("{} ({})", g.acronym, p.country_name(&g.country))))
                .collect::<Vec<(AgencyId, String)>>()
        })
    };
    let responsible = move || {
        agencies()
            .into_iter()
            .map(|(id, label)| {
                let checked_id = id.clone();
                let checked = move || record.with(|f| f.as_ref().is_some_and(|f| f.responsible.contains(&checked_id)));
                let toggle = move |ev| {
                    let on = event_target_checked(&ev);
                    let id = id.clone();
                    put(&move |f: &mut FollowUp| {
                        f.responsible.retain(|a| a != &id);
                        if on {
                            f.responsible.push(id.clone());
                        }
                    });
                };
                view! { <label class="check"><input type="checkbox" prop:checked=checked on:change=toggle /><span>{label}</span></label> }
            })
            .collect_view()
    };
    let (title, sides) = plan.with_untracked(|p| {
        let a = p.action(&action);
        (
            a.map(|a| a.title.clone()).unwrap_or_default(),
            a.map(|a| format!("{} → {}", p.country_name(&a.offering), p.country_name(&a.receiving)))
                .unwrap_or_default(),
        )
    });
    let late = move || today.is_some_and(|t| record.with(|f| f.as_ref().is_some_and(|f| f.is_overdue(t))));
    let due = move || {
        let lang = i18n.lang();
        record
            .with(|f| f.as_ref().and_then(|f| f.due_on))
            .map(|d| lang.fill(fill::FollowupDue { date: &lang.date_short(d) }))
    };
    let status = move || record.with(|f| f.as_ref().map(|f| code_of(&f.status)).unwrap_or_default());
    let options = move || {
        let lang = i18n.lang();
        let now = record.with(|f| f.as_ref().map(|f| f.status));
        Status::ALL
            .iter()
            .map(|s| view! { <option value=code_of(s) selected=Some(*s) == now>{lang.status(*s)}</option> })
            .collect_view()
    };
    let move_to = move |ev| {
        let status: Option<Status> = from_code(&event_target_value(&ev));
        if let Some(s) = status {
            put(&|f| f.status = s);
        }
    };
    view! {
        <article class="card board-card" class:overdue=late data-testid="followup-card" data-action=action.to_string()>
            <p><code>{action.to_string()}</code> " " <strong>{title}</strong></p>
            <p class="who">{sides}</p>
            <p>{due} {move || late().then(|| view! { " " <span class="badge warn">{i18n.t(Key::FollowupOverdue)}</span> })}</p>
            <label class="field">
                <span>{move || i18n.t(Key::FollowupStatus)}</span>
                <select data-testid="followup-status" prop:value=status on:change=move_to>{options}</select>
            </label>
            <details>
                <summary>{move || i18n.t(Key::FollowupDetails)}</summary>
                {date_field(Key::FollowupStartsOn, |f| f.starts_on, |f, v| f.starts_on = v)}
                {date_field(Key::FollowupEndsOn, |f| f.ends_on, |f, v| f.ends_on = v)}
                {date_field(Key::FollowupDueOn, |f| f.due_on, |f, v| f.due_on = v)}
                <fieldset class="checks"><legend>{move || i18n.t(Key::FollowupResponsible)}</legend>{responsible}</fieldset>
                {text_field(Key::FollowupNotes, |f| f.notes.clone(), |f, v| f.notes = v)}
                {text_field(Key::FollowupResults, |f| f.results.clone(), |f, v| f.results = v)}
            </details>
        </article>
    }
}
