//! The schedule as a grid of slots by rooms; each session shows its offer,
//! presenter and attendees, whether it needs interpretation, the rules it breaks, a button to edit it and one
//! to pin (lock) it where it is; a free cell offers to add a session. A
//! session can also be dragged to another cell (the editor does the same by
//! keyboard). The theme and country filters (in the URL) leave the other
//! sessions out.

use super::checked::use_checked;
use super::editor::NEW;
use crate::app::components::interpretation::interpretation_mark;
use crate::app::components::local_text::{offer_title, LocalText};
use crate::app::i18n::use_i18n;
use crate::app::query::{use_query_param, QueryParam};
use crate::app::state::use_store;
use crate::domain::edit::Edit;
use crate::domain::ids::{CountryId, RoomId, SessionId, SlotId, ThemeId};
use crate::domain::interpretation::{Languages, Need};
use crate::domain::model::Session;
use crate::domain::Plan;
use crate::i18n::{fill, Key};
use leptos::ev::DragEvent;
use leptos::prelude::*;

/// Whether `session` passes the filters: its offer is of `theme`, and
/// `country` presents or attends it.
fn passes(plan: &Plan, session: &Session, theme: Option<&ThemeId>, country: Option<&CountryId>) -> bool {
    let offer = plan.offer(&session.offer);
    let theme_ok = theme.is_none_or(|t| offer.is_some_and(|o| o.themes.contains(t)));
    let country_ok = country.is_none_or(|c| session.attendees.contains(c) || offer.is_some_and(|o| &o.country == c));
    theme_ok && country_ok
}

/// Slots down, rooms across.
#[component]
pub fn RoundGrid() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let checked = use_checked();
    let theme = use_query_param("theme", true);
    let country = use_query_param("country", true);
    let open = use_query_param("session", false);
    let at_param = use_query_param("at", false);
    let dragging = RwSignal::new(None::<SessionId>);
    // A cell takes a dragged session: it moves there.
    let target = move |slot: SlotId, room: RoomId| {
        let over = |ev: DragEvent| ev.prevent_default();
        let drop = move |ev: DragEvent| {
            ev.prevent_default();
            if let Some(session) = dragging.get_untracked() {
                dragging.set(None);
                checked.apply(Edit::MoveSession { session, slot: slot.clone(), room: room.clone() });
            }
        };
        (over, drop)
    };
    move || {
        let lang = i18n.lang();
        let theme = theme.value.get().map(ThemeId);
        let country = country.value.get().map(CountryId);
        plan.with(|p| {
            let schedule = p.schedule.as_ref()?;
            let needs = Languages::new(p).needs(&schedule.sessions);
            let head = p.event.rooms.iter().map(|r| view! { <th scope="col">{r.name.clone()} <span class="muted">" · " {r.capacity}</span></th> }).collect_view();
            let rows = p
                .event
                .slots
                .iter()
                .enumerate()
                .map(|(n, slot)| {
                    let slot_name = lang.fill(fill::RoundsSlot { n: &(n + 1).to_string() });
                    let cells = p
                        .event
                        .rooms
                        .iter()
                        .map(|room| {
                            let here: Vec<&Session> = schedule.sessions.iter().filter(|s| s.slot == slot.id && s.room == room.id).collect();
                            let (over, drop) = target(slot.id.clone(), room.id.clone());
                            if here.is_empty() {
                                let label = lang.fill(fill::EditAddHere { slot: &slot_name, room: &room.name });
                                let at = format!("{}:{}", slot.id, room.id);
                                return view! {
                                    <td class="free" on:dragover=over on:drop=drop>
                                        <button type="button" class="quiet add no-print" aria-label=label.clone() title=label
                                            on:click=move |_| {
                                                open.set(Some(NEW.to_owned()));
                                                at_param.set(Some(at.clone()));
                                            }>"+"</button>
                                    </td>
                                }
                                .into_any();
                            }
                            let shown: Vec<&Session> = here.into_iter().filter(|s| passes(p, s, theme.as_ref(), country.as_ref())).collect();
                            if shown.is_empty() {
                                return view! { <td class="filtered" on:dragover=over on:drop=drop></td> }.into_any();
                            }
                            let cards = shown
                                .into_iter()
                                .map(|s| card(p, lang, s, needs.get(&s.id), checked, open, dragging))
                                .collect_view();
                            view! { <td class="cell" on:dragover=over on:drop=drop>{cards}</td> }.into_any()
                        })
                        .collect_view();
                    let when = format!("{} {}–{}", lang.date_short(slot.date), slot.start, slot.end);
                    view! {
                        <tr>
                            <th scope="row">{slot_name.clone()} <span class="muted">{when}</span></th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view();
            Some(view! {
                <div class="table-wrap">
                    <table class="round-grid" data-testid="round-grid">
                        <thead><tr><th scope="col">{lang.t(Key::RoundsSlotColumn)}</th>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            })
        })
    }
}

/// One session of the grid.
fn card(
    plan: &Plan,
    lang: crate::i18n::Lang,
    s: &Session,
    need: Option<&Need>,
    checked: super::checked::Checked,
    open: QueryParam,
    dragging: RwSignal<Option<SessionId>>,
) -> impl IntoView {
    let offer = plan.offer(&s.offer);
    let title = offer_title(plan, &s.offer, lang.code());
    let presenter = offer.map(|o| plan.country_name(&o.country)).unwrap_or_default();
    let attendees = s
        .attendees
        .iter()
        .map(|c| plan.country(c).map(|c| c.iso.clone()).unwrap_or_else(|| c.to_string()))
        .collect::<Vec<_>>()
        .join(" ");
    let reasons = checked.reasons(plan, lang, &s.id);
    let conflict = !reasons.is_empty();
    let (id, locked) = (s.id.clone(), s.locked);
    let lock_label = if locked {
        lang.fill(fill::RoundsUnlock { session: id.as_str() })
    } else {
        lang.fill(fill::RoundsLock { session: id.as_str() })
    };
    let edit_label = lang.fill(fill::EditOpen { session: id.as_str() });
    let register_label = lang.fill(fill::ActionsRegisterLabel { session: id.as_str() });
    let (lock_id, edit_id, drag_id) = (id.clone(), id.to_string(), id.clone());
    let start = move |ev: DragEvent| {
        if let Some(data) = ev.data_transfer() {
            let _ = data.set_data("text/plain", drag_id.as_str());
            data.set_effect_allowed("move");
        }
        dragging.set(Some(drag_id.clone()));
    };
    view! {
        <div class="session" class:locked=locked class:conflict=conflict data-testid="session" draggable="true" on:dragstart=start>
            <p class="title"><LocalText text=title /></p>
            <p class="who">{presenter} " → " {attendees}</p>
            {need.map(|n| view! { <p>{interpretation_mark(plan, lang, n)}</p> })}
            {conflict.then(|| view! {
                <ul class="conflict-reasons" data-testid="session-conflicts">
                    {reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
                </ul>
            })}
            <p class="meta">
                <code>{id.to_string()}</code>
                <span class="tools no-print">
                    <a class="quiet icon-link" draggable="false" href=crate::app::pages::actions::from_session_href(&id, None)
                        aria-label=register_label.clone() title=register_label>
                        <FormIcon />
                    </a>
                    <button type="button" class="quiet" aria-label=edit_label.clone() title=edit_label data-edit=edit_id.clone()
                        on:click=move |_| open.set(Some(edit_id.clone()))>
                        <EditIcon />
                    </button>
                    <button type="button" class="quiet lock" aria-pressed=locked.to_string() aria-label=lock_label.clone() title=lock_label
                        on:click=move |_| checked.apply(Edit::LockSession(lock_id.clone(), !locked))>
                        <LockIcon locked=locked />
                    </button>
                </span>
            </p>
        </div>
    }
}

/// A pencil.
#[component]
fn EditIcon() -> impl IntoView {
    view! {
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.6">
            <path d="M3 13l1-3.5L11 2.5l2.5 2.5L6.5 12z M9.5 4l2.5 2.5" />
        </svg>
    }
}

/// A sheet with a plus: register a cooperation action.
#[component]
fn FormIcon() -> impl IntoView {
    view! {
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.6">
            <path d="M4 1.5h5.5L12 4v4 M4 1.5v13h4.5 M12.5 10v5 M10 12.5h5" />
        </svg>
    }
}

/// A padlock, closed or open.
#[component]
fn LockIcon(locked: bool) -> impl IntoView {
    let shackle = if locked { "M5 7V5a3 3 0 0 1 6 0v2" } else { "M5 7V5a3 3 0 0 1 6 0" };
    view! {
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.6">
            <rect x="3" y="7" width="10" height="7" rx="1.5" />
            <path d=shackle />
        </svg>
    }
}
