//! Check-in on the day: every delegate to tick as they arrive (searched by
//! name, country or agency, accents aside), a count of who is in, check-in
//! by the badge's code (typed, or scanned where the browser can), and late
//! arrivals and absences by slot, which the scheduler then takes into
//! account. Works offline on a phone: it is all the one plan on the device.

mod scan;

use crate::app::clock::now;
use crate::app::i18n::{tr, use_i18n};
use crate::app::notices::{use_notices, Level};
use crate::app::state::use_store;
use crate::domain::attendance::search;
use crate::domain::checkin_code::find_by_code;
use crate::domain::edit::Edit;
use crate::domain::ids::{DelegateId, SlotId};
use crate::domain::model::Presence;
use crate::domain::Plan;
use crate::i18n::{fill, Key, Lang};
use leptos::prelude::*;

/// "Slot 3 · 11:15" for each slot of the plan, in order.
pub fn slot_labels(plan: &Plan, lang: Lang) -> Vec<(SlotId, String)> {
    plan.event
        .slots
        .iter()
        .enumerate()
        .map(|(n, s)| {
            (s.id.clone(), format!("{} · {}", lang.fill(fill::RoundsSlot { n: &(n + 1).to_string() }), s.start))
        })
        .collect()
}

/// The check-in page.
#[component]
pub fn CheckIn() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let notices = use_notices();
    let plan = store.plan();
    let query = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let code_error = RwSignal::new(None::<String>);
    let check_in = move |id: DelegateId| {
        let name = plan.with_untracked(|p| p.delegate(&id).map(|d| d.name.clone()).unwrap_or_default());
        if store.edit(Edit::CheckIn(id, now())) {
            notices.push(Level::Info, i18n.lang_untracked().fill(fill::CheckinDone { name: &name }));
        }
    };
    let by_code = move |typed: String| match plan.with_untracked(|p| find_by_code(p, &typed).map(|d| d.id.clone())) {
        Some(id) => {
            code_error.set(None);
            code.set(String::new());
            check_in(id);
        }
        None => code_error.set(Some(i18n.lang_untracked().fill(fill::CheckinCodeUnknown { code: typed.trim() }))),
    };
    let count = move || {
        let lang = i18n.lang();
        plan.with(|p| {
            let n = p.day.checked_in.keys().filter(|d| p.delegate(d).is_some()).count();
            lang.fill(fill::CheckinCount { n: &lang.integer(n as i64), total: &lang.integer(p.delegates.len() as i64) })
        })
    };
    let rows = move || {
        let lang = i18n.lang();
        let q = query.get();
        plan.with(|p| {
            let found = search(p, &q);
            if found.is_empty() {
                return view! { <p class="empty">{lang.t(Key::CheckinNone)}</p> }.into_any();
            }
            let slots = slot_labels(p, lang);
            found
                .into_iter()
                .map(|d| {
                    let country = p.country_name(&d.country);
                    let agency = d.agency.as_ref().and_then(|a| p.agency(a)).map(|a| a.acronym.clone()).unwrap_or_default();
                    let checked = p.day.checked_in.contains_key(&d.id);
                    let presence = p.day.presence.get(&d.id).cloned().unwrap_or_default();
                    view! { <DelegateRow id=d.id.clone() name=d.name.clone() country=country agency=agency checked=checked presence=presence slots=slots.clone() /> }
                })
                .collect_view()
                .into_any()
        })
    };
    view! {
        <section class="page checkin">
            <header class="page-head">
                <h1>{tr!(i18n, CheckinTitle)}</h1>
                <p class="badge" role="status" aria-live="polite" data-testid="checkin-count">{count}</p>
            </header>
            <p class="muted">{tr!(i18n, CheckinIntro)}</p>
            <form class="card checkin-code" on:submit=move |ev| {
                ev.prevent_default();
                by_code(code.get_untracked());
            }>
                <label class="field">
                    <span>{tr!(i18n, CheckinCode)}</span>
                    <input type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" inputmode="text"
                        data-testid="checkin-code" prop:value=move || code.get()
                        aria-invalid=move || code_error.with(Option::is_some).to_string()
                        aria-describedby="checkin-code-error"
                        on:input=move |ev| code.set(event_target_value(&ev)) />
                </label>
                <button type="submit" class="primary">{tr!(i18n, CheckinCodeSubmit)}</button>
                <scan::ScanButton on_code=Callback::new(by_code) />
                <p id="checkin-code-error" class="problems" role="alert">{move || code_error.get()}</p>
            </form>
            <label class="field checkin-search">
                <span>{tr!(i18n, CheckinSearch)}</span>
                <input type="search" data-testid="checkin-search" prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev)) />
            </label>
            <ul class="checkin-list" data-testid="checkin-list">{rows}</ul>
        </section>
    }
}

/// One delegate of the list: the tick, and when they are there.
#[component]
fn DelegateRow(
    /// The delegate's id.
    id: DelegateId,
    /// Their name, country and agency as shown.
    name: String,
    country: String,
    agency: String,
    /// Whether they have checked in.
    checked: bool,
    /// When they are there.
    presence: Presence,
    /// The slots' ids and labels.
    slots: Vec<(SlotId, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let lang = i18n.lang_untracked();
    let (tick_id, details_label) = (id.clone(), name.clone());
    let toggle = move |ev: leptos::ev::Event| {
        let at = if event_target_checked(&ev) { now() } else { None };
        store.edit(Edit::CheckIn(tick_id.clone(), at));
    };
    let label_of = |slot: &Option<SlotId>| slots.iter().position(|(s, _)| Some(s) == slot.as_ref()).map(|n| n + 1);
    let note = [
        label_of(&presence.arrives_at).map(|n| lang.fill(fill::CheckinLate { slot: &n.to_string() })),
        label_of(&presence.absent_from).map(|n| lang.fill(fill::CheckinAway { slot: &n.to_string() })),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let set = {
        let (id, presence) = (id.clone(), presence.clone());
        move |arrives: bool, value: String| {
            let slot = (!value.is_empty()).then(|| SlotId::from(value.as_str()));
            let mut next = presence.clone();
            if arrives {
                next.arrives_at = slot;
            } else {
                next.absent_from = slot;
            }
            store.edit(Edit::SetPresence(id.clone(), next));
        }
    };
    let set_absent = set.clone();
    let options = |chosen: &Option<SlotId>, none: Key, skip_first: bool| {
        let first = view! { <option value="" prop:selected=chosen.is_none()>{lang.t(none)}</option> };
        let rest = slots
            .iter()
            .skip(usize::from(skip_first))
            .map(|(s, label)| view! { <option value=s.to_string() prop:selected=chosen.as_ref() == Some(s)>{label.clone()}</option> })
            .collect_view();
        (first, rest)
    };
    view! {
        <li class="checkin-row" class:checked=checked data-testid="checkin-row">
            <label class="checkin-tick">
                <input type="checkbox" prop:checked=checked on:change=toggle />
                <span class="who">
                    <strong>{name}</strong>
                    <span class="muted">{country} {(!agency.is_empty()).then(|| format!(" · {agency}"))}</span>
                    {(!note.is_empty()).then(|| view! { <span class="badge warn">{note}</span> })}
                </span>
            </label>
            <details class="presence">
                <summary aria-label=format!("{} — {}", lang.t(Key::CheckinPresence), details_label)>{lang.t(Key::CheckinPresence)}</summary>
                <div class="presence-fields">
                <label class="field">
                    <span>{lang.t(Key::CheckinArrives)}</span>
                    <select data-testid="arrives-at" on:change=move |ev| set(true, event_target_value(&ev))>
                        {options(&presence.arrives_at, Key::CheckinFromStart, true)}
                    </select>
                </label>
                <label class="field">
                    <span>{lang.t(Key::CheckinAbsentFrom)}</span>
                    <select data-testid="absent-from" on:change=move |ev| set_absent(false, event_target_value(&ev))>
                        {options(&presence.absent_from, Key::CheckinNotAbsent, false)}
                    </select>
                </label>
                </div>
            </details>
        </li>
    }
}
