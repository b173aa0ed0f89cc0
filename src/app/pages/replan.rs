//! Re-plan from now: choose a slot and the rooms lost; the absences and late
//! arrivals of the check-in list count; the solver re-runs (in the worker)
//! from that slot with every earlier session kept; then what changed, for
//! whom, in words, and the way to print only the agendas and door sheets
//! that changed.

use crate::app::clock::now;
use crate::app::i18n::{tr, use_i18n};
use crate::app::notices::{use_notices, Level};
use crate::app::pages::checkin::slot_labels;
use crate::app::scheduler::{RunSettings, RunStatus, Runner};
use crate::app::state::use_store;
use crate::domain::agenda::Role;
use crate::domain::command::replan::{adopt, prepare, Change, Place, Replan, Request};
use crate::domain::ids::{DelegateId, RoomId, SlotId};
use crate::domain::model::Schedule;
use crate::domain::Plan;
use crate::i18n::{fill, Key, Lang};
use leptos::prelude::*;

/// The change in words.
fn sentence(plan: &Plan, lang: Lang, change: &Change) -> String {
    let offer = |o| plan.offer(o).map_or_else(|| o.to_string(), |x| x.title.clone());
    let role = |r: &Role| lang.t(if *r == Role::Presenting { Key::AgendaPresenting } else { Key::AgendaAttending });
    let slot = |s: &SlotId| {
        plan.event.slots.iter().position(|x| &x.id == s).map_or_else(|| s.to_string(), |n| (n + 1).to_string())
    };
    let room = |p: &Place| {
        plan.event.rooms.iter().find(|r| r.id == p.room).map_or_else(|| p.room.to_string(), |r| r.name.clone())
    };
    let person = |d: &Option<DelegateId>| {
        d.as_ref()
            .and_then(|d| plan.delegate(d))
            .map_or_else(|| lang.t(Key::ReplanNobody).to_owned(), |d| d.name.clone())
    };
    match change {
        Change::Moved { offer: o, role: r, from, to } => lang.fill(fill::ReplanMoved {
            offer: &offer(o),
            role: role(r),
            from: &slot(&from.slot),
            from_room: &room(from),
            to: &slot(&to.slot),
            to_room: &room(to),
        }),
        Change::Added { offer: o, role: r, at } => {
            lang.fill(fill::ReplanAdded { offer: &offer(o), role: role(r), slot: &slot(&at.slot), room: &room(at) })
        }
        Change::Dropped { offer: o, role: r, at } => {
            lang.fill(fill::ReplanDropped { offer: &offer(o), role: role(r), slot: &slot(&at.slot), room: &room(at) })
        }
        Change::Delegate { offer: o, at, before, after } => lang.fill(fill::ReplanDelegate {
            offer: &offer(o),
            slot: &slot(&at.slot),
            before: &person(before),
            after: &person(after),
        }),
    }
}

/// The re-plan page.
#[component]
pub fn ReplanPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let notices = use_notices();
    let plan = store.plan();
    let runner = Runner::default();
    let first_slot = plan.with_untracked(|p| p.event.slots.first().map(|s| s.id.to_string()).unwrap_or_default());
    let from = RwSignal::new(first_slot);
    let closed = RwSignal::new(Vec::<RoomId>::new());
    let result = RwSignal::new(None::<Replan>);
    let problems = RwSignal::new(Vec::<String>::new());
    let request = move || Request {
        from: SlotId::from(from.get_untracked().as_str()),
        absent: Vec::new(),
        rooms_closed: closed.get_untracked(),
    };
    let run = move |_| {
        let req = request();
        let on_done = Callback::new(move |schedule: Schedule| {
            if let Some(done) = store.run(|p| adopt(p, &req, schedule, now())) {
                result.set(Some(done));
                notices.push(Level::Info, i18n.lang_untracked().t(Key::ReplanDone).to_owned());
            }
        });
        match plan.with_untracked(|p| prepare(p, &request())) {
            Ok(prepared) => {
                problems.set(Vec::new());
                let settings =
                    RunSettings { seed: 1, time_limit_ms: 5_000, lock_existing: false, lang: i18n.lang_untracked() };
                runner.start(&prepared, settings, on_done);
            }
            Err(list) => {
                let lang = i18n.lang_untracked();
                problems.set(list.iter().map(|p| lang.problem(p)).collect());
            }
        }
    };
    let running = move || matches!(runner.status.get(), RunStatus::Running { .. });
    let away = move || {
        let lang = i18n.lang();
        plan.with(|p| {
            let slots = slot_labels(p, lang);
            let label =
                |s: &Option<SlotId>| slots.iter().find(|(id, _)| Some(id) == s.as_ref()).map(|(_, l)| l.clone());
            let items: Vec<_> = p
                .day
                .presence
                .iter()
                .filter_map(|(d, presence)| {
                    let name = p.delegate(d)?.name.clone();
                    let when = [
                        label(&presence.arrives_at).map(|l| format!("{} {l}", lang.t(Key::CheckinArrives))),
                        label(&presence.absent_from).map(|l| format!("{} {l}", lang.t(Key::CheckinAbsentFrom))),
                    ];
                    let when = when.into_iter().flatten().collect::<Vec<_>>().join(", ");
                    Some(view! { <li><strong>{name}</strong> ": " {when}</li> })
                })
                .collect();
            if items.is_empty() {
                view! { <p class="muted">{lang.t(Key::ReplanNoAbsences)}</p> }.into_any()
            } else {
                view! { <ul data-testid="replan-absences">{items}</ul> }.into_any()
            }
        })
    };
    let changes = move || {
        let lang = i18n.lang();
        let Some(r) = result.get() else { return ().into_any() };
        plan.with(|p| {
            if r.delegations.is_empty() && r.rooms.is_empty() {
                return view! { <p data-testid="replan-changes">{lang.t(Key::ReplanNoChanges)}</p> }.into_any();
            }
            let rooms: Vec<String> = r
                .rooms
                .iter()
                .map(|id| p.event.rooms.iter().find(|x| &x.id == id).map_or_else(|| id.to_string(), |x| x.name.clone()))
                .collect();
            let list = r
                .delegations
                .iter()
                .map(|d| {
                    let items = d.changes.iter().map(|c| view! { <li>{sentence(p, lang, c)}</li> }).collect_view();
                    view! {
                        <li>
                            <h3>{p.country_name(&d.country)}</h3>
                            <ul>{items}</ul>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div data-testid="replan-changes">
                    <ul class="replan-delegations">{list}</ul>
                    <p>{lang.fill(fill::ReplanRoomsChanged { rooms: &rooms.join(", ") })}</p>
                </div>
            }
            .into_any()
        })
    };
    let last = move || {
        let lang = i18n.lang();
        plan.with(|p| {
            let r = p.day.replanned.as_ref()?;
            let n = p.event.slots.iter().position(|s| s.id == r.from).map_or(0, |n| n + 1);
            Some(view! {
                <p data-testid="replan-last">
                    {lang.fill(fill::ReplanLast {
                        slot: &n.to_string(),
                        countries: &lang.integer(r.countries.len() as i64),
                        rooms: &lang.integer(r.rooms.len() as i64),
                    })}
                    " "
                    <a class="button" href="/agendas?changed=1" data-testid="print-changed">{lang.t(Key::ReplanPrint)}</a>
                </p>
            })
        })
    };
    view! {
        <section class="page replan">
            <header class="page-head">
                <h1>{tr!(i18n, ReplanTitle)}</h1>
            </header>
            <p class="muted">{tr!(i18n, ReplanIntro)}</p>
            <Show when=move || plan.with(|p| p.schedule.is_some()) fallback=move || view! { <p class="empty">{tr!(i18n, RoundsNone)}</p> }>
                <section class="card">
                    <label class="field">
                        <span>{tr!(i18n, ReplanFrom)}</span>
                        <select data-testid="replan-from" on:change=move |ev| from.set(event_target_value(&ev))>
                            {move || plan.with(|p| slot_labels(p, i18n.lang()).into_iter().map(|(id, label)| {
                                let selected = from.get_untracked() == id.as_str();
                                view! { <option value=id.to_string() prop:selected=selected>{label}</option> }
                            }).collect_view())}
                        </select>
                    </label>
                    <fieldset class="rooms-closed">
                        <legend>{tr!(i18n, ReplanRooms)}</legend>
                        {move || plan.with(|p| p.event.rooms.iter().map(|r| {
                            let id = r.id.clone();
                            let on = id.clone();
                            view! {
                                <label class="check">
                                    <input type="checkbox" prop:checked=move || closed.with(|c| c.contains(&id))
                                        on:change=move |ev| {
                                            let checked = event_target_checked(&ev);
                                            closed.update(|c| {
                                                c.retain(|x| x != &on);
                                                if checked { c.push(on.clone()); }
                                            });
                                        } />
                                    <span>{r.name.clone()}</span>
                                </label>
                            }
                        }).collect_view())}
                    </fieldset>
                    <h2>{tr!(i18n, ReplanAbsences)}</h2>
                    {away}
                    <p class="actions">
                        <button type="button" class="primary" data-testid="replan-run" disabled=running on:click=run>{tr!(i18n, ReplanRun)}</button>
                        <Show when=running>
                            <span role="status">{tr!(i18n, ReplanRunning)}</span>
                        </Show>
                    </p>
                    <Show when=move || problems.with(|p| !p.is_empty())>
                        <ul class="problems" role="alert">{move || problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    </Show>
                    {move || match runner.status.get() {
                        RunStatus::Failed(message) => Some(view! { <p class="problems" role="alert">{i18n.lang().fill(fill::RoundsFailed { detail: &message })}</p> }),
                        _ => None,
                    }}
                </section>
                <section class="card" aria-live="polite">
                    <h2>{tr!(i18n, ReplanChanges)}</h2>
                    {changes}
                    {last}
                </section>
            </Show>
        </section>
    }
}
