//! The schedule as a grid of slots by rooms; each session shows its offer,
//! presenter and attendees, and can be pinned (locked) where it is.

use crate::app::i18n::use_i18n;
use crate::app::state::use_store;
use crate::domain::edit::Edit;
use crate::i18n::Key;
use leptos::prelude::*;

/// Slots down, rooms across.
#[component]
pub fn RoundGrid() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    move || {
        let lang = i18n.lang();
        plan.with(|p| {
            let schedule = p.schedule.as_ref()?;
            let head = p.event.rooms.iter().map(|r| view! { <th scope="col">{r.name.clone()} <span class="muted">" · " {r.capacity}</span></th> }).collect_view();
            let rows = p
                .event
                .slots
                .iter()
                .enumerate()
                .map(|(n, slot)| {
                    let cells = p
                        .event
                        .rooms
                        .iter()
                        .map(|room| {
                            let Some(s) = schedule.sessions.iter().find(|s| s.slot == slot.id && s.room == room.id) else {
                                return view! { <td class="free"></td> }.into_any();
                            };
                            let offer = p.offer(&s.offer);
                            let title = offer.map(|o| o.title.clone()).unwrap_or_default();
                            let presenter = offer.map(|o| p.country_name(&o.country)).unwrap_or_default();
                            let attendees = s
                                .attendees
                                .iter()
                                .map(|c| p.country(c).map(|c| c.iso.clone()).unwrap_or_else(|| c.to_string()))
                                .collect::<Vec<_>>()
                                .join(" ");
                            let (id, locked) = (s.id.clone(), s.locked);
                            let label = lang.fill(if locked { Key::RoundsUnlock } else { Key::RoundsLock }, &[("session", id.as_str())]);
                            view! {
                                <td class="session" class:locked=locked data-testid="session">
                                    <p class="title">{title}</p>
                                    <p class="who">{presenter} " → " {attendees}</p>
                                    <p class="meta">
                                        <code>{id.to_string()}</code>
                                        <a class="quiet register-action" href=crate::app::pages::actions::from_session_href(&id, None)
                                            aria-label=lang.fill(Key::ActionsRegisterLabel, &[("session", id.as_str())])>{lang.t(Key::ActionsRegister)}</a>
                                        <button type="button" class="quiet lock" aria-pressed=locked.to_string() aria-label=label.clone() title=label
                                            on:click=move |_| { let _ = store.edit(Edit::LockSession(id.clone(), !locked)); }>
                                            <LockIcon locked=locked />
                                        </button>
                                    </p>
                                </td>
                            }
                            .into_any()
                        })
                        .collect_view();
                    let when = format!("{} {}–{}", lang.date_short(slot.date), slot.start, slot.end);
                    view! {
                        <tr>
                            <th scope="row">{lang.fill(Key::RoundsSlot, &[("n", &(n + 1).to_string())])} <span class="muted">{when}</span></th>
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
