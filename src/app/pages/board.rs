//! The live board (`/board`): what is on now and next in each room, or in
//! the room of `?room=`, advancing with the device's clock (or fixed by
//! `?at=2026-03-18T10:15`), in large type and in the workshop's language, for
//! a projector or a tablet at a room's door. `?full=1` hides the app's
//! header and footer (and asks the browser for full screen).

use crate::app::clock::local_moment;
use crate::app::components::fields::QueryFilter;
use crate::app::components::options::room_options;
use crate::app::i18n::{tr, use_i18n};
use crate::app::query::use_query_param;
use crate::app::state::use_store;
use crate::domain::board::{board, Entry, Moment, Phase, RoomLine};
use crate::domain::ids::RoomId;
use crate::domain::model::Slot;
use crate::domain::Plan;
use crate::i18n::{fill, Key, Lang};
use leptos::prelude::*;
use std::time::Duration;

/// How often the board reads the clock.
const TICK: Duration = Duration::from_secs(15);

/// The slot's number in the event, from 1.
fn slot_number(plan: &Plan, slot: &Slot) -> String {
    plan.event.slots.iter().position(|s| s.id == slot.id).map_or(0, |i| i + 1).to_string()
}

/// Where the rounds stand: "Round 3 · 11:15–12:00", "Next round at 10:30", "The rounds are over".
fn phase_text(plan: &Plan, lang: Lang, phase: Phase, at: Moment) -> String {
    match phase {
        Phase::On(slot) => lang.fill(fill::BoardOn {
            n: &slot_number(plan, slot),
            start: &slot.start.to_string(),
            end: &slot.end.to_string(),
        }),
        Phase::Next(slot) if slot.date == at.date => lang.fill(fill::BoardNextAt { time: &slot.start.to_string() }),
        Phase::Next(slot) => {
            lang.fill(fill::BoardNextOn { date: &lang.date_long(slot.date), time: &slot.start.to_string() })
        }
        Phase::Over => lang.t(Key::BoardOver).to_owned(),
    }
}

/// A session on the board: the offer, who presents it, who attends.
fn entry_view(plan: &Plan, lang: Lang, entry: Entry) -> impl IntoView {
    let offer = plan.offer(&entry.session.offer);
    let title = offer.map(|o| o.title.clone()).unwrap_or_default();
    let presenter = offer.map(|o| plan.country_name(&o.country)).unwrap_or_default();
    let guests: Vec<String> = entry.session.attendees.iter().map(|c| plan.country_name(c)).collect();
    view! {
        <p class="live-offer">{title}</p>
        <p class="live-who">{lang.fill(fill::BoardPresents { country: &presenter })}</p>
        {(!guests.is_empty()).then(|| view! { <p class="live-who">{lang.fill(fill::BoardWith { countries: &guests.join(", ") })}</p> })}
    }
}

/// One room's card: its session now (or "no session now") and its next.
fn room_view(plan: &Plan, lang: Lang, line: RoomLine, at: Moment) -> impl IntoView {
    let now = match line.now {
        Some(e) => view! {
            <p class="live-label">{format!("{} · {}–{}", lang.t(Key::BoardNow), e.slot.start, e.slot.end)}</p>
            {entry_view(plan, lang, e)}
        }
        .into_any(),
        None => view! { <p class="live-label">{lang.t(Key::BoardFree)}</p> }.into_any(),
    };
    let next = match line.next {
        Some(e) => {
            let day = if e.slot.date == at.date { String::new() } else { format!("{} ", lang.date_short(e.slot.date)) };
            view! {
                <p class="live-label">{format!("{} · {day}{}", lang.t(Key::BoardNext), e.slot.start)}</p>
                {entry_view(plan, lang, e)}
            }
            .into_any()
        }
        None => view! { <p class="live-label">{lang.t(Key::BoardLast)}</p> }.into_any(),
    };
    view! {
        <li class="live-room" data-testid="board-room" data-room=line.room.id.to_string()>
            <h2>{line.room.name.clone()}</h2>
            <div class="live-now" class:idle=line.now.is_none() data-testid="board-now">{now}</div>
            <div class="live-next" data-testid="board-next">{next}</div>
        </li>
    }
}

/// Asks the browser to show the page full screen (it may refuse: the board's own full mode stays).
fn enter_full_screen() {
    if let Some(root) = document().document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Leaves the browser's full screen, if the page is in it.
fn leave_full_screen() {
    let doc = document();
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    }
}

/// The live board page.
#[component]
pub fn BoardPage() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let room = use_query_param("room", true);
    let at = use_query_param("at", true);
    let full = use_query_param("full", false);
    let clock = RwSignal::new(local_moment());
    if let Ok(handle) = set_interval_with_handle(move || clock.set(local_moment()), TICK) {
        on_cleanup(move || handle.clear());
    }
    let moment = Memo::new(move |_| at.value.get().and_then(|t| t.parse::<Moment>().ok()).or_else(|| clock.get()));
    let is_full = move || full.value.get().is_some();
    let lang = Memo::new(move |_| plan.with(Lang::of_plan));
    let body = move || {
        let lang = lang.get();
        plan.with(|p| {
            let Some(at) = moment.get() else { return ().into_any() };
            if p.schedule.is_none() {
                return view! { <p class="live-phase">{lang.t(Key::RoundsNone)}</p> }.into_any();
            }
            let room = room.value.get().map(RoomId);
            let b = board(p, at, room.as_ref());
            if b.rooms.is_empty() {
                return view! { <p class="live-phase">{lang.t(Key::BoardNoRoom)}</p> }.into_any();
            }
            let single = b.rooms.len() == 1;
            view! {
                <p class="live-phase" data-testid="board-phase">{phase_text(p, lang, b.phase, at)}</p>
                <ul class="live-rooms" class:single=single role="list">
                    {b.rooms.into_iter().map(|line| room_view(p, lang, line, at)).collect_view()}
                </ul>
            }
            .into_any()
        })
    };
    let clock_text =
        move || moment.get().map(|m| (m.time.to_string(), lang.get().date_long(m.date))).unwrap_or_default();
    view! {
        <section class="live-board" class:full=is_full lang=move || lang.get().code() data-testid="board">
            <div class="live-controls" class:full=is_full lang=move || i18n.lang().code()>
                <Show
                    when=is_full
                    fallback=move || view! {
                        <QueryFilter label=Key::BoardRoom param=room empty=Key::BoardAllRooms options=room_options() testid="board-room-filter" />
                        <button type="button" data-testid="board-full" on:click=move |_| { full.set(Some("1".to_owned())); enter_full_screen(); }>
                            {tr!(i18n, BoardFull)}
                        </button>
                    }
                >
                    <button type="button" data-testid="board-exit" on:click=move |_| { full.set(None); leave_full_screen(); }>
                        {tr!(i18n, BoardExit)}
                    </button>
                </Show>
            </div>
            <header class="live-head">
                <div>
                    <p class="live-event">{move || plan.with(|p| p.event.name.clone())}</p>
                    <h1>{move || lang.get().t(Key::BoardTitle)}</h1>
                </div>
                <p class="live-clock" data-testid="board-clock">
                    <strong>{move || clock_text().0}</strong>
                    <span>{move || clock_text().1}</span>
                </p>
            </header>
            {body}
        </section>
    }
}
