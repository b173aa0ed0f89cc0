//! Editing the event: name, place, dates, the rounds' slots and the rooms
//! (with their interpretation), and how the rounds treat interpretation.

use crate::app::components::editor::Editor;
use crate::app::components::fields::{bind, Binding, SelectField, TextArea, TextField};
use crate::app::drafts::use_draft;
use crate::app::i18n::{tr, use_i18n};
use crate::app::notices::{use_notices, Level};
use crate::app::state::use_store;
use crate::domain::date::{Date, TimeOfDay};
use crate::domain::edit::Edit;
use crate::domain::ids::{next_id, RoomId, SlotId};
use crate::domain::model::{Event, Interpretation, Room, Slot};
use crate::i18n::{fill, Key, Lang};
use leptos::prelude::*;
use std::str::FromStr;

/// Binds a date or time field: text in, parsed value kept only when valid.
fn bind_parsed<V: FromStr + ToString + 'static>(
    draft: RwSignal<Event>,
    get: impl Fn(&Event) -> V + Send + Sync + 'static,
    set: impl Fn(&mut Event, V) + Send + Sync + 'static,
) -> Binding {
    bind(
        draft,
        move |e| get(e).to_string(),
        move |e, text| {
            if let Ok(value) = text.parse() {
                set(e, value);
            }
        },
    )
}

/// The event form; slots and rooms are rows that can be added and removed.
#[component]
pub fn EventForm() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let notices = use_notices();
    let draft = use_draft(store.plan().get_untracked().event);
    let on_save = Callback::new(move |()| {
        store.submit(Edit::SetEvent(draft.get_untracked()))?;
        notices.push(Level::Info, i18n.lang_untracked().t(Key::EventSaved).to_owned());
        Ok(())
    });
    let on_cancel = Callback::new(move |()| draft.set(store.plan().get_untracked().event));
    let languages =
        Signal::derive(|| Lang::all().map(|l| (l.code().to_owned(), l.t(Key::MetaLanguageName).to_owned())).collect());
    let rules = Signal::derive(move || {
        let lang = i18n.lang();
        vec![
            ("prefer".to_owned(), lang.t(Key::EventInterpretationPrefer).to_owned()),
            ("require".to_owned(), lang.t(Key::EventInterpretationRequire).to_owned()),
        ]
    });
    let rule = bind(
        draft,
        |e| if e.interpretation == Interpretation::Require { "require" } else { "prefer" }.to_owned(),
        |e, v| e.interpretation = if v == "require" { Interpretation::Require } else { Interpretation::Prefer },
    );
    let add_slot = move |_| {
        draft.update(|e| {
            let id = SlotId(next_id("slot", e.slots.iter().map(|s| s.id.as_str())));
            let last = e.slots.last().cloned().unwrap_or(Slot {
                date: e.starts_on,
                start: TimeOfDay { hour: 8, minute: 0 },
                end: TimeOfDay { hour: 8, minute: 45 },
                ..Slot::default()
            });
            let later = |t: TimeOfDay| TimeOfDay { hour: (t.hour + 1).min(23), minute: t.minute };
            e.slots.push(Slot { id, date: last.date, start: later(last.start), end: later(last.end) });
        })
    };
    let add_room = move |_| {
        draft.update(|e| {
            let id = RoomId(next_id("room", e.rooms.iter().map(|r| r.id.as_str())));
            let name = i18n.lang_untracked().fill(fill::EventRoomDefault { n: &(e.rooms.len() + 1).to_string() });
            e.rooms.push(Room { id, name, capacity: 6, interpretation: false });
        })
    };
    view! {
        <section class="page">
            <Editor title=Signal::derive(move || i18n.t(Key::EventTitle).to_owned()) on_save=on_save on_cancel=on_cancel>
                <TextField label=Key::EventName required=true bind=bind(draft, |e| e.name.clone(), |e, v| e.name = v) />
                <TextField label=Key::EventOrganizer bind=bind(draft, |e| e.organizer.clone(), |e, v| e.organizer = v) />
                <TextField label=Key::EventVenue bind=bind(draft, |e| e.venue.clone(), |e, v| e.venue = v) />
                <TextField label=Key::EventCity bind=bind(draft, |e| e.city.clone(), |e, v| e.city = v) />
                <TextField label=Key::EventStarts kind="date" bind=bind_parsed(draft, |e| e.starts_on, |e, v: Date| e.starts_on = v) />
                <TextField label=Key::EventEnds kind="date" bind=bind_parsed(draft, |e| e.ends_on, |e, v: Date| e.ends_on = v) />
                <SelectField label=Key::EventLanguage options=languages bind=bind(draft, |e| e.language.clone(), |e, v| e.language = v) />
                <TextArea label=Key::EventDescription bind=bind(draft, |e| e.description.clone(), |e, v| e.description = v) />
                <fieldset class="wide rows">
                    <legend>{tr!(i18n, EventSlots)}</legend>
                    <For each=move || draft.with(|e| e.slots.iter().map(|s| s.id.clone()).collect::<Vec<_>>()) key=|id| id.clone() let:id>
                        <SlotRow draft=draft id=id />
                    </For>
                    <button type="button" on:click=add_slot>{tr!(i18n, EventAddSlot)}</button>
                </fieldset>
                <fieldset class="wide rows">
                    <legend>{tr!(i18n, EventRooms)}</legend>
                    <For each=move || draft.with(|e| e.rooms.iter().map(|r| r.id.clone()).collect::<Vec<_>>()) key=|id| id.clone() let:id>
                        <RoomRow draft=draft id=id />
                    </For>
                    <button type="button" on:click=add_room>{tr!(i18n, EventAddRoom)}</button>
                </fieldset>
                <SelectField label=Key::EventInterpretation options=rules bind=rule />
            </Editor>
        </section>
    }
}

/// Where a kind of row lives in the event, and its id.
struct Rows<R, I> {
    list: fn(&Event) -> &Vec<R>,
    list_mut: fn(&mut Event) -> &mut Vec<R>,
    id_of: fn(&R) -> &I,
}

impl<R: 'static, I: PartialEq + Clone + Send + Sync + 'static> Rows<R, I> {
    /// Binds the field `get`/`set` of the row `id`.
    fn field(&self, draft: RwSignal<Event>, id: &I, get: fn(&R) -> String, set: fn(&mut R, &str)) -> Binding {
        let Rows { list, list_mut, id_of } = *self;
        let (a, b) = (id.clone(), id.clone());
        bind(
            draft,
            move |e| list(e).iter().find(|r| id_of(r) == &a).map(get).unwrap_or_default(),
            move |e, v| {
                if let Some(row) = list_mut(e).iter_mut().find(|r| id_of(r) == &b) {
                    set(row, &v)
                }
            },
        )
    }

    /// Removes the row `id`.
    fn remove(&self, draft: RwSignal<Event>, id: &I) {
        let Rows { list_mut, id_of, .. } = *self;
        draft.update(|e| list_mut(e).retain(|r| id_of(r) != id));
    }
}

impl<R, I> Clone for Rows<R, I> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<R, I> Copy for Rows<R, I> {}

const SLOTS: Rows<Slot, SlotId> = Rows { list: |e| &e.slots, list_mut: |e| &mut e.slots, id_of: |s| &s.id };
const ROOMS: Rows<Room, RoomId> = Rows { list: |e| &e.rooms, list_mut: |e| &mut e.rooms, id_of: |r| &r.id };

/// One slot: date, start, end, remove.
#[component]
fn SlotRow(draft: RwSignal<Event>, id: SlotId) -> impl IntoView {
    let i18n = use_i18n();
    let field = |get, set| SLOTS.field(draft, &id, get, set);
    let (date, start, end) = (
        field(|s| s.date.to_string(), |s, v| s.date = v.parse().unwrap_or(s.date)),
        field(|s| s.start.to_string(), |s, v| s.start = v.parse().unwrap_or(s.start)),
        field(|s| s.end.to_string(), |s, v| s.end = v.parse().unwrap_or(s.end)),
    );
    let label = id.to_string();
    view! {
        <div class="row" data-testid="slot-row">
            <code>{label}</code>
            <TextField label=Key::EventSlotDate kind="date" bind=date />
            <TextField label=Key::EventSlotStart kind="time" bind=start />
            <TextField label=Key::EventSlotEnd kind="time" bind=end />
            <button type="button" class="quiet" on:click=move |_| SLOTS.remove(draft, &id)>{tr!(i18n, ActionRemove)}</button>
        </div>
    }
}

/// One room: name, capacity, interpretation, remove.
#[component]
fn RoomRow(draft: RwSignal<Event>, id: RoomId) -> impl IntoView {
    let i18n = use_i18n();
    let name = ROOMS.field(draft, &id, |r| r.name.clone(), |r, v| r.name = v.to_owned());
    let capacity =
        ROOMS.field(draft, &id, |r| r.capacity.to_string(), |r, v| r.capacity = v.parse().unwrap_or(r.capacity));
    let (room, toggle_room) = (id.clone(), id.clone());
    let interpretation = move || draft.with(|e| e.rooms.iter().any(|r| r.id == room && r.interpretation));
    let toggle = move |ev| {
        let on = event_target_checked(&ev);
        draft.update(|e| e.rooms.iter_mut().filter(|r| r.id == toggle_room).for_each(|r| r.interpretation = on));
    };
    let label = id.to_string();
    view! {
        <div class="row" data-testid="room-row">
            <code>{label}</code>
            <TextField label=Key::EventRoomName bind=name />
            <TextField label=Key::EventRoomCapacity kind="number" bind=capacity />
            <label class="check">
                <input type="checkbox" data-testid="room-interpretation" prop:checked=interpretation on:change=toggle />
                <span>{tr!(i18n, EventRoomInterpretation)}</span>
            </label>
            <button type="button" class="quiet" on:click=move |_| ROOMS.remove(draft, &id)>{tr!(i18n, ActionRemove)}</button>
        </div>
    }
}
