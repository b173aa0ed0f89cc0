//! Agendas: each delegation's rounds across the slots (presenting,
//! attending, free), each room's door sheet, their calendar and spreadsheet
//! exports, and a print layout of one agenda per page (all of them, or only
//! those the last re-plan changed). One delegation's agenda takes its
//! outcomes of the sessions and can be shared as text; one room's door sheet
//! takes the organizer's outcomes.

mod share;

use crate::app::clock::now;
use crate::app::components::fields::QueryFilter;
use crate::app::components::interpretation::interpretation_mark;
use crate::app::components::local_text::{offer_title, LocalText};
use crate::app::components::options::{country_options, room_options};
use crate::app::components::paper::{event_line, PaperSize, PrintButton};
use crate::app::components::session_outcome::OutcomeControls;
use crate::app::files::download;
use crate::app::i18n::{tr, use_i18n};
use crate::app::pages::actions::from_session_href;
use crate::app::query::use_query_param;
use crate::app::state::use_store;
use crate::domain::agenda::{country_agenda, room_agenda, Role};
use crate::domain::assign::{assign, Assignment};
use crate::domain::export::ics::DEFAULT_ALARM_MINUTES;
use crate::domain::export::{agendas_csv, country_ics, event_ics, schedule_csv};
use crate::domain::ids::{CountryId, RoomId};
use crate::domain::interpretation::Languages;
use crate::domain::model::Side;
use crate::domain::text::slug;
use crate::domain::Plan;
use crate::i18n::{fill, Key, Lang};
use leptos::prelude::*;
use share::ShareAgenda;

/// One delegation's agenda, as a printable page; `picks` is the delegate
/// assignment of the plan's schedule (computed once for many pages); with
/// `outcomes`, each session takes the delegation's outcome controls.
pub fn delegation_page(
    plan: &Plan,
    lang: Lang,
    country: &CountryId,
    picks: &Assignment,
    outcomes: bool,
) -> impl IntoView {
    let sessions = plan.schedule.as_ref().map(|s| s.sessions.as_slice()).unwrap_or_default();
    let agenda = country_agenda(plan, sessions, country);
    let needs = Languages::new(plan).needs(sessions);
    let register = |item: &crate::domain::agenda::AgendaItem| {
        let side = if item.role == Role::Presenting { Side::Offering } else { Side::Receiving };
        from_session_href(&item.session, Some((country, side)))
    };
    let rows = agenda
        .slots
        .iter()
        .map(|slot| {
            let time = lang.slot_when(plan, &slot.slot);
            if slot.is_free() {
                return view! { <tr class="free-slot"><th scope="row">{time}</th><td colspan="4">{lang.t(Key::AgendaFree)}</td></tr> }.into_any();
            }
            slot.items
                .iter()
                .map(|item| {
                    let offer = offer_title(plan, &item.offer, lang.code());
                    let room = plan.event.rooms.iter().find(|r| r.id == item.room).map(|r| r.name.clone()).unwrap_or_default();
                    let role = lang.t(match item.role {
                        Role::Presenting => Key::AgendaPresenting,
                        Role::Attending => Key::AgendaAttending,
                    });
                    let delegate = picks
                        .delegate(&item.session, country)
                        .and_then(|d| plan.delegate(d))
                        .map(|d| d.name.clone())
                        .unwrap_or_default();
                    let controls = outcomes.then(|| view! {
                        <tr class="outcome-row no-print"><td colspan="5"><OutcomeControls session=item.session.clone() country=Some(country.clone()) /></td></tr>
                    });
                    view! {
                        <tr class=if item.role == Role::Presenting { "presenting" } else { "attending" }>
                            <th scope="row">{time.clone()}</th>
                            <td>{role}</td>
                            <td>
                                <strong><LocalText text=offer /></strong> " " <code>{item.session.to_string()}</code> " "
                                <a class="no-print register-action" href=register(item)>{lang.t(Key::ActionsRegister)}</a>
                                {needs.get(&item.session).map(|n| view! { <br /> {interpretation_mark(plan, lang, n)} })}
                            </td>
                            <td>{room}</td>
                            <td>{delegate}</td>
                        </tr>
                        {controls}
                    }
                })
                .collect_view()
                .into_any()
        })
        .collect_view();
    view! {
        <article class="agenda-page" data-testid="agenda">
            <p class="eyebrow">{event_line(plan, lang)}</p>
            <h2>{lang.fill(fill::AgendaOf { country: &plan.country_name(country) })}</h2>
            <table class="agenda">
                <thead>
                    <tr>
                        <th scope="col">{lang.t(Key::RoundsSlotColumn)}</th>
                        <th scope="col">{lang.t(Key::AgendaRole)}</th>
                        <th scope="col">{lang.t(Key::MatrixOffer)}</th>
                        <th scope="col">{lang.t(Key::EventRoomName)}</th>
                        <th scope="col">{lang.t(Key::AgendaDelegate)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </article>
    }
}

/// One room's door sheet; with `outcomes`, each session takes the
/// organizer's outcome controls.
pub fn room_page(plan: &Plan, lang: Lang, room: &RoomId, outcomes: bool) -> impl IntoView {
    let sessions = plan.schedule.as_ref().map(|s| s.sessions.as_slice()).unwrap_or_default();
    let agenda = room_agenda(plan, sessions, room);
    let languages = Languages::new(plan);
    let name = plan.event.rooms.iter().find(|r| &r.id == room).map(|r| r.name.clone()).unwrap_or_default();
    let rows = agenda
        .slots
        .iter()
        .map(|(slot, session)| {
            let session = session.as_ref().and_then(|id| sessions.iter().find(|s| &s.id == id));
            let what = session.map(|s| {
                let offer = plan.offer(&s.offer);
                let title = offer_title(plan, &s.offer, lang.code());
                let presenter = offer.map(|o| plan.country_name(&o.country)).unwrap_or_default();
                let guests: Vec<String> = s.attendees.iter().map(|c| plan.country_name(c)).collect();
                let need = languages.need(s).map(|n| view! { <br /> {interpretation_mark(plan, lang, &n)} });
                view! { <strong><LocalText text=title /></strong> " " <code>{s.id.to_string()}</code> <br /> {presenter} " → " {guests.join(", ")} {need} }
            });
            let controls = session.filter(|_| outcomes).map(|s| view! {
                <tr class="outcome-row no-print"><td colspan="2"><OutcomeControls session=s.id.clone() country=None /></td></tr>
            });
            view! {
                <tr><th scope="row">{lang.slot_when(plan, slot)}</th><td>{what.map_or_else(|| lang.t(Key::AgendaFree).into_any(), IntoAny::into_any)}</td></tr>
                {controls}
            }
        })
        .collect_view();
    view! {
        <article class="agenda-page" data-testid="room-agenda">
            <p class="eyebrow">{event_line(plan, lang)}</p>
            <h2>{name}</h2>
            <table class="agenda"><tbody>{rows}</tbody></table>
        </article>
    }
}

/// The agendas page: pick a delegation or a room (in the URL), or all.
#[component]
pub fn Agendas() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    // The pages do not redraw when only outcomes change: their controls follow them.
    let shown = Memo::new(move |_| plan.with(|p| Plan { outcomes: Vec::new(), ..p.clone() }));
    let alarm = RwSignal::new(DEFAULT_ALARM_MINUTES);
    let country = use_query_param("country", true);
    let room = use_query_param("room", true);
    let all = use_query_param("all", true);
    let doors = use_query_param("doors", true);
    let changed = use_query_param("changed", true);
    let file = move |name: String, mime: &str, text: String| {
        let stem = plan.with_untracked(|p| slug(&p.event.name));
        let _ = download(&format!("{stem}-{name}"), mime, &text);
    };
    let sessions = move |p: &Plan| p.schedule.as_ref().map(|s| s.sessions.clone()).unwrap_or_default();
    let export_country_ics = move |_| {
        let (Some(c), Some(at)) = (country.value.get_untracked(), now()) else { return };
        let text =
            plan.with_untracked(|p| country_ics(p, &sessions(p), &CountryId(c.clone()), at, alarm.get_untracked()));
        file(format!("{c}.ics"), "text/calendar", text);
    };
    let export_event_ics = move |_| {
        let Some(at) = now() else { return };
        let text = plan.with_untracked(|p| event_ics(p, &sessions(p), at));
        file("event.ics".into(), "text/calendar", text);
    };
    let export_csv = move |agendas: bool| {
        let text =
            plan.with_untracked(|p| if agendas { agendas_csv(p, &sessions(p)) } else { schedule_csv(p, &sessions(p)) });
        if let Ok(text) = text {
            file(if agendas { "agendas.csv".into() } else { "schedule.csv".into() }, "text/csv;charset=utf-8", text);
        }
    };
    let pages = move || {
        let lang = i18n.lang();
        shown.with(|p| {
            if p.schedule.is_none() {
                return view! { <p class="empty">{lang.t(Key::RoundsNone)}</p> }.into_any();
            }
            if changed.value.get().is_some() {
                let Some(r) = &p.day.replanned else {
                    return view! { <p class="empty">{lang.t(Key::AgendaNoReplan)}</p> }.into_any();
                };
                let picks = assign(p, &sessions(p));
                let agendas = r.countries.iter().map(|c| delegation_page(p, lang, c, &picks, false)).collect_view();
                let sheets = r.rooms.iter().map(|room| room_page(p, lang, room, false)).collect_view();
                return view! { {agendas} {sheets} }.into_any();
            }
            if all.value.get().is_some() {
                let picks = assign(p, &sessions(p));
                return p
                    .countries
                    .iter()
                    .map(|c| delegation_page(p, lang, &c.id, &picks, false))
                    .collect_view()
                    .into_any();
            }
            if doors.value.get().is_some() {
                return p.event.rooms.iter().map(|r| room_page(p, lang, &r.id, false)).collect_view().into_any();
            }
            if let Some(r) = room.value.get() {
                return room_page(p, lang, &RoomId(r), true).into_any();
            }
            match country.value.get() {
                Some(c) => delegation_page(p, lang, &CountryId(c), &assign(p, &sessions(p)), true).into_any(),
                None => view! { <p class="empty">{lang.t(Key::AgendaPick)}</p> }.into_any(),
            }
        })
    };
    view! {
        <section class="page agendas">
            <header class="page-head no-print">
                <h1>{tr!(i18n, AgendaTitle)}</h1>
                <PrintButton primary=true />
            </header>
            <div class="filters no-print">
                <QueryFilter label=Key::AgendaDelegation param=country empty=Key::FieldNone options=country_options() testid="agenda-country" />
                <QueryFilter label=Key::AgendaRoom param=room empty=Key::FieldNone options=room_options() testid="agenda-room" />
                <label class="check">
                    <input type="checkbox" prop:checked=move || all.value.get().is_some()
                        on:change=move |ev| all.set(event_target_checked(&ev).then(|| "1".to_owned())) />
                    <span>{tr!(i18n, AgendaAll)}</span>
                </label>
                <label class="check">
                    <input type="checkbox" prop:checked=move || doors.value.get().is_some()
                        on:change=move |ev| doors.set(event_target_checked(&ev).then(|| "1".to_owned())) />
                    <span>{tr!(i18n, PrintAllDoors)}</span>
                </label>
                <Show when=move || plan.with(|p| p.day.replanned.is_some())>
                    <label class="check">
                        <input type="checkbox" data-testid="agenda-changed" prop:checked=move || changed.value.get().is_some()
                            on:change=move |ev| changed.set(event_target_checked(&ev).then(|| "1".to_owned())) />
                        <span>{tr!(i18n, AgendaChangedOnly)}</span>
                    </label>
                </Show>
                <PaperSize />
            </div>
            <p class="actions no-print">
                <label class="field inline">
                    <span>{tr!(i18n, AgendaAlarm)}</span>
                    <input type="number" min="0" max="1440" step="5" inputmode="numeric" data-testid="alarm-minutes"
                        prop:value=move || alarm.get().to_string()
                        on:change=move |ev| {
                            if let Ok(m) = event_target_value(&ev).trim().parse::<u32>() {
                                alarm.set(m.min(1440));
                            }
                        } />
                </label>
                <button type="button" data-testid="ics-country" disabled=move || country.value.get().is_none() on:click=export_country_ics>{tr!(i18n, AgendaIcsCountry)}</button>
                <button type="button" data-testid="ics-event" on:click=export_event_ics>{tr!(i18n, AgendaIcsEvent)}</button>
                <button type="button" data-testid="csv-schedule" on:click=move |_| export_csv(false)>{tr!(i18n, AgendaCsvSchedule)}</button>
                <button type="button" data-testid="csv-agendas" on:click=move |_| export_csv(true)>{tr!(i18n, AgendaCsvAgendas)}</button>
            </p>
            {move || country.value.get().filter(|_| all.value.get().is_none()).map(|c| view! { <ShareAgenda country=CountryId(c) /> })}
            <div class="agenda-pages">{pages}</div>
        </section>
    }
}
