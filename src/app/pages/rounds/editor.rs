//! The session editor: a dialog opened from a session of the grid (or a free
//! cell, to add one), its selection in the URL (`session=s-3`,
//! `session=new&at=slot:room`). Every change lands at once through the live
//! check, so the grid and the conflicts follow it.

use super::checked::use_checked;
use crate::app::components::fields::{Binding, CheckGroup, SelectField};
use crate::app::components::modal;
use crate::app::i18n::{tr, use_i18n};
use crate::app::query::use_query_param;
use crate::app::state::use_store;
use crate::domain::assign::assign;
use crate::domain::edit::Edit;
use crate::domain::ids::{next_id, CountryId, DelegateId, OfferId, RoomId, SessionId, SlotId};
use crate::domain::model::Session;
use crate::domain::Plan;
use crate::i18n::{fill, Key, Lang};
use leptos::html::Dialog;
use leptos::prelude::*;

/// The value of `session` that opens the form of a new session.
pub const NEW: &str = "new";

/// The slots as select options: "Slot 3 · Mar 18 11:15–12:00".
pub fn slot_options(plan: &Plan, lang: Lang) -> Vec<(String, String)> {
    plan.event
        .slots
        .iter()
        .enumerate()
        .map(|(n, s)| {
            let name = lang.fill(fill::RoundsSlot { n: &(n + 1).to_string() });
            (s.id.to_string(), format!("{name} · {} {}–{}", lang.date_short(s.date), s.start, s.end))
        })
        .collect()
}

fn room_options(plan: &Plan) -> Vec<(String, String)> {
    plan.event.rooms.iter().map(|r| (r.id.to_string(), format!("{} ({})", r.name, r.capacity))).collect()
}

/// The countries that may attend `offer` (all but its presenter), those that
/// asked for it marked.
fn attendee_options(plan: &Plan, lang: Lang, offer: &OfferId) -> Vec<(String, String)> {
    let presenter = plan.offer(offer).map(|o| o.country.clone());
    plan.countries
        .iter()
        .filter(|c| Some(&c.id) != presenter.as_ref())
        .map(|c| {
            let asked = plan.interest(&c.id, offer).is_some();
            let text = if asked { lang.fill(fill::EditAsked { country: &c.name }) } else { c.name.clone() };
            (c.id.to_string(), text)
        })
        .collect()
}

/// A binding that reads `get` and applies the edit `set` makes of a value.
fn binding(get: impl Fn() -> String + Send + Sync + 'static, set: impl Fn(String) + Send + Sync + 'static) -> Binding {
    Binding { get: Signal::derive(get), set: Callback::new(set) }
}

/// The session editor's dialog.
#[component]
pub fn SessionEditor() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let param = use_query_param("session", false);
    let at = use_query_param("at", false);
    let dialog = NodeRef::<Dialog>::new();
    let target = Memo::new(move |_| {
        let id = param.value.get()?;
        plan.with(|p| {
            let known =
                id == NEW || p.schedule.as_ref().is_some_and(|s| s.sessions.iter().any(|x| x.id.as_str() == id));
            known.then_some(id)
        })
    });
    modal::follow(dialog, move || target.get().is_some());
    // Closing gives the focus back to the session's edit button (the grid
    // was drawn anew under the dialog).
    let close = move || {
        let id = param.value.get_untracked();
        param.set(None);
        at.set(None);
        request_animation_frame(move || {
            let button = id.and_then(|id| {
                let selector = format!("[data-edit=\"{}\"]", id.replace('"', ""));
                document().query_selector(&selector).ok().flatten()
            });
            if let Some(b) = button.and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok()) {
                let _ = b.focus();
            }
        });
    };
    let body = move || {
        target.get().map(|id| {
            if id == NEW {
                view! { <NewSession /> }.into_any()
            } else {
                view! { <EditSession id=SessionId(id) /> }.into_any()
            }
        })
    };
    view! {
        <dialog node_ref=dialog class="confirm session-editor" aria-labelledby="session-editor-title"
            on:close=move |_| { if param.value.get_untracked().is_some() { close() } } data-testid="session-editor">
            {body}
            <div class="buttons">
                <button type="button" data-testid="close-editor" on:click=move |_| close()>{tr!(i18n, ActionClose)}</button>
            </div>
        </dialog>
    }
}

/// The fields of an existing session; each change is an edit.
#[component]
fn EditSession(id: SessionId) -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let checked = use_checked();
    let param = use_query_param("session", false);
    let id = StoredValue::new(id);
    let session = Memo::new(move |_| {
        plan.with(|p| p.schedule.as_ref().and_then(|s| s.sessions.iter().find(|x| x.id == id.get_value()).cloned()))
    });
    let current = move || session.get_untracked().unwrap_or_default();
    let slot = binding(
        move || session.with(|s| s.as_ref().map(|s| s.slot.to_string()).unwrap_or_default()),
        move |v| checked.apply(Edit::MoveSession { session: id.get_value(), slot: SlotId(v), room: current().room }),
    );
    let room = binding(
        move || session.with(|s| s.as_ref().map(|s| s.room.to_string()).unwrap_or_default()),
        move |v| checked.apply(Edit::MoveSession { session: id.get_value(), slot: current().slot, room: RoomId(v) }),
    );
    let offer = move || session.with(|s| s.as_ref().map(|s| s.offer.clone()).unwrap_or_default());
    let heading = move || {
        plan.with(|p| {
            let lang = i18n.lang();
            let title = p.offer_title(&offer(), lang.code()).map(|t| t.text).unwrap_or_default();
            lang.fill(fill::EditSessionTitle { session: id.get_value().as_str(), offer: title })
        })
    };
    let presenter = move || plan.with(|p| p.offer(&offer()).map(|o| p.country_name(&o.country)).unwrap_or_default());
    let reasons = move || {
        let lang = i18n.lang();
        let list = plan.with(|p| checked.reasons(p, lang, &id.get_value()));
        (!list.is_empty()).then(|| {
            view! {
                <div class="conflict-reasons" role="status" data-testid="editor-conflicts">
                    <ul>{list.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                </div>
            }
        })
    };
    let delete = move |_| {
        checked.apply(Edit::RemoveSession(id.get_value()));
        param.set(None);
    };
    view! {
        <h2 id="session-editor-title">{heading}</h2>
        <p class="muted">{move || i18n.lang().fill(fill::EditPresenter { country: &presenter() })}</p>
        {reasons}
        <div class="fields">
            <SelectField label=Key::EditSlot bind=slot options=Signal::derive(move || plan.with(|p| slot_options(p, i18n.lang()))) testid="edit-slot" />
            <SelectField label=Key::EditRoom bind=room options=Signal::derive(move || plan.with(room_options)) testid="edit-room" />
            <CheckGroup
                legend=Key::EditAttendees
                options=Signal::derive(move || plan.with(|p| attendee_options(p, i18n.lang(), &offer())))
                chosen=Signal::derive(move || session.with(|s| s.as_ref().map(|s| s.attendees.iter().map(ToString::to_string).collect()).unwrap_or_default()))
                on_change=Callback::new(move |list: Vec<String>| {
                    checked.apply(Edit::SetAttendees(id.get_value(), list.into_iter().map(CountryId).collect()))
                })
            />
            <Delegates session=session />
            <label class="check">
                <input type="checkbox" data-testid="edit-locked" prop:checked=move || session.with(|s| s.as_ref().is_some_and(|s| s.locked))
                    on:change=move |ev| checked.apply(Edit::LockSession(id.get_value(), event_target_checked(&ev))) />
                <span>{tr!(i18n, EditLocked)}</span>
            </label>
        </div>
        <p class="actions">
            <button type="button" class="danger" data-testid="delete-session" on:click=delete>{tr!(i18n, EditDeleteSession)}</button>
        </p>
    }
}

/// One select per taking-part country: which of its delegates goes to the
/// session, or the automatic pick.
#[component]
fn Delegates(session: Memo<Option<Session>>) -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let checked = use_checked();
    move || {
        let lang = i18n.lang();
        let s = session.get()?;
        let rows = plan.with(|p| {
            // The assignment is made slot by slot: this slot's sessions suffice.
            let same_slot: Vec<Session> =
                p.schedule.iter().flat_map(|x| &x.sessions).filter(|x| x.slot == s.slot).cloned().collect();
            let picks = assign(p, &same_slot);
            let presenter = p.offer(&s.offer).map(|o| o.country.clone());
            presenter
                .into_iter()
                .chain(s.attendees.iter().cloned())
                .map(|country| {
                    let people: Vec<(String, String)> = p
                        .delegates
                        .iter()
                        .filter(|d| d.country == country)
                        .map(|d| (d.id.to_string(), d.name.clone()))
                        .collect();
                    let auto = picks.delegate(&s.id, &country).and_then(|d| p.delegate(d)).map(|d| d.name.clone());
                    let automatic = match auto {
                        Some(name) => lang.fill(fill::EditDelegateAuto { name: &name }),
                        None => lang.t(Key::EditDelegateNone).to_owned(),
                    };
                    let chosen = s.delegates.iter().find(|d| people.iter().any(|(id, _)| id == d.as_str())).map(ToString::to_string).unwrap_or_default();
                    let label = lang.fill(fill::EditDelegateOf { country: &p.country_name(&country) });
                    let (sid, c) = (s.id.clone(), country.clone());
                    let change = move |ev: leptos::ev::Event| {
                        let v = event_target_value(&ev);
                        let delegate = (!v.is_empty()).then_some(DelegateId(v));
                        checked.apply(Edit::ChooseDelegate { session: sid.clone(), country: c.clone(), delegate });
                    };
                    let options = std::iter::once((String::new(), automatic))
                        .chain(people)
                        .map(|(value, text)| {
                            let selected = value == chosen;
                            view! { <option value=value selected=selected>{text}</option> }
                        })
                        .collect_view();
                    view! {
                        <label class="field">
                            <span>{label}</span>
                            <select data-testid="edit-delegate" data-country=country.to_string() on:change=change>{options}</select>
                        </label>
                    }
                })
                .collect_view()
        });
        Some(view! {
            <fieldset class="field wide delegates">
                <legend>{lang.t(Key::EditDelegates)}</legend>
                {rows}
            </fieldset>
        })
    }
}

/// The form of a new session: offer, slot, room and attendees.
#[component]
fn NewSession() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let checked = use_checked();
    let at = use_query_param("at", false);
    let opened = use_query_param("session", false);
    let (slot0, room0) = at
        .value
        .get_untracked()
        .and_then(|v| v.split_once(':').map(|(a, b)| (a.to_owned(), b.to_owned())))
        .unwrap_or_default();
    let first = |v: Vec<(String, String)>| v.into_iter().next().map(|(id, _)| id).unwrap_or_default();
    let draft = RwSignal::new(plan.with_untracked(|p| Session {
        offer: OfferId(p.offers.first().map(|o| o.id.to_string()).unwrap_or_default()),
        slot: SlotId(if slot0.is_empty() { first(slot_options(p, i18n.lang_untracked())) } else { slot0 }),
        room: RoomId(if room0.is_empty() { first(room_options(p)) } else { room0 }),
        ..Session::default()
    }));
    let field = |get: fn(&Session) -> String, set: fn(&mut Session, String)| {
        binding(move || draft.with(get), move |v| draft.update(|d| set(d, v)))
    };
    let offer = field(
        |d| d.offer.to_string(),
        |d, v| {
            d.offer = OfferId(v);
            d.attendees.clear();
        },
    );
    let slot = field(|d| d.slot.to_string(), |d, v| d.slot = SlotId(v));
    let room = field(|d| d.room.to_string(), |d, v| d.room = RoomId(v));
    let offers = Signal::derive(move || {
        plan.with(|p| {
            p.offers
                .iter()
                .map(|o| (o.id.to_string(), format!("{} — {}", o.title, p.country_name(&o.country))))
                .collect()
        })
    });
    let add = move |_| {
        let mut session = draft.get_untracked();
        session.id = SessionId(
            plan.with_untracked(|p| next_id("s", p.schedule.iter().flat_map(|s| &s.sessions).map(|s| s.id.as_str()))),
        );
        let id = session.id.to_string();
        checked.apply(Edit::PutSession(session));
        opened.set(Some(id));
        at.set(None);
    };
    view! {
        <h2 id="session-editor-title">{tr!(i18n, EditNewSession)}</h2>
        <div class="fields">
            <SelectField label=Key::EditOffer bind=offer options=offers testid="new-offer" />
            <SelectField label=Key::EditSlot bind=slot options=Signal::derive(move || plan.with(|p| slot_options(p, i18n.lang()))) testid="new-slot" />
            <SelectField label=Key::EditRoom bind=room options=Signal::derive(move || plan.with(room_options)) testid="new-room" />
            <CheckGroup
                legend=Key::EditAttendees
                options=Signal::derive(move || plan.with(|p| attendee_options(p, i18n.lang(), &draft.with(|d| d.offer.clone()))))
                chosen=Signal::derive(move || draft.with(|d| d.attendees.iter().map(ToString::to_string).collect()))
                on_change=Callback::new(move |list: Vec<String>| draft.update(|d| d.attendees = list.into_iter().map(CountryId).collect()))
            />
        </div>
        <p class="actions">
            <button type="button" class="primary" data-testid="add-session" on:click=add>{tr!(i18n, EditAddSession)}</button>
        </p>
    }
}
