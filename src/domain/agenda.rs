//! Agendas read off a schedule: a country's (what its delegation presents
//! and attends in each slot, free slots included) and a room's (the session
//! in each slot, or none).
//!
//! Pure functions of the plan and a list of sessions (the plan's schedule,
//! or one being edited). Sessions whose slot is not in the plan are left out
//! ([`check`](crate::domain::schedule::check) reports them).

use crate::domain::ids::{CountryId, OfferId, RoomId, SessionId, SlotId};
use crate::domain::model::{Plan, Room, Session, Slot};
use std::collections::HashMap;

/// What a delegation does in a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Its country's offer is presented.
    Presenting,
    /// It attends another country's offer.
    Attending,
}

impl Role {
    /// The role's code in exports: `presenting`, `attending`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Presenting => "presenting",
            Self::Attending => "attending",
        }
    }
}

/// One session in a delegation's agenda.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaItem {
    pub session: SessionId,
    pub offer: OfferId,
    pub room: RoomId,
    pub role: Role,
}

/// A slot of a delegation's agenda: its sessions, in room order; none when
/// the slot is free.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaSlot {
    pub slot: SlotId,
    pub items: Vec<AgendaItem>,
}

impl AgendaSlot {
    /// Whether the delegation has nothing in this slot.
    pub fn is_free(&self) -> bool {
        self.items.is_empty()
    }
}

/// A country's agenda: every slot of the event, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountryAgenda {
    pub country: CountryId,
    pub slots: Vec<AgendaSlot>,
}

/// A room's agenda: for every slot of the event, in order, the session held
/// there, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoomAgenda {
    pub room: RoomId,
    pub slots: Vec<(SlotId, Option<SessionId>)>,
}

/// A session with its slot and room records (the room is `None` when it is
/// not in the plan).
#[derive(Clone, Copy, Debug)]
pub struct Placed<'a> {
    pub slot: &'a Slot,
    pub room: Option<&'a Room>,
    pub session: &'a Session,
}

/// The sessions whose slot is in the plan, in time order: by slot, then by
/// room in the event's order (unknown rooms last), then by session id.
pub fn in_order<'a>(plan: &'a Plan, sessions: &'a [Session]) -> Vec<Placed<'a>> {
    let slots: HashMap<&SlotId, (usize, &Slot)> =
        plan.event.slots.iter().enumerate().map(|(k, s)| (&s.id, (k, s))).collect();
    let rooms: HashMap<&RoomId, (usize, &Room)> =
        plan.event.rooms.iter().enumerate().map(|(k, r)| (&r.id, (k, r))).collect();
    let mut placed: Vec<(usize, usize, Placed<'a>)> = sessions
        .iter()
        .filter_map(|session| {
            let &(t, slot) = slots.get(&session.slot)?;
            let (r, room) = rooms.get(&session.room).map_or((usize::MAX, None), |&(r, room)| (r, Some(room)));
            Some((t, r, Placed { slot, room, session }))
        })
        .collect();
    placed.sort_by(|a, b| (a.0, a.1, &a.2.session.id).cmp(&(b.0, b.1, &b.2.session.id)));
    placed.into_iter().map(|(_, _, p)| p).collect()
}

/// The role of `country` in `session`, if it takes part: presenting when the
/// offer is its own, else attending when it is among the attendees.
pub fn role_of(plan: &Plan, session: &Session, country: &CountryId) -> Option<Role> {
    if plan.offer(&session.offer).is_some_and(|o| &o.country == country) {
        Some(Role::Presenting)
    } else if session.attendees.contains(country) {
        Some(Role::Attending)
    } else {
        None
    }
}

/// The agenda of `country` over every slot of the event.
pub fn country_agenda(plan: &Plan, sessions: &[Session], country: &CountryId) -> CountryAgenda {
    let mut items: HashMap<&SlotId, Vec<AgendaItem>> = HashMap::new();
    for p in in_order(plan, sessions) {
        if let Some(role) = role_of(plan, p.session, country) {
            items.entry(&p.slot.id).or_default().push(AgendaItem {
                session: p.session.id.clone(),
                offer: p.session.offer.clone(),
                room: p.session.room.clone(),
                role,
            });
        }
    }
    CountryAgenda {
        country: country.clone(),
        slots: plan
            .event
            .slots
            .iter()
            .map(|s| AgendaSlot { slot: s.id.clone(), items: items.remove(&s.id).unwrap_or_default() })
            .collect(),
    }
}

/// The agenda of every country of the plan, in the plan's order.
pub fn country_agendas(plan: &Plan, sessions: &[Session]) -> Vec<CountryAgenda> {
    plan.countries.iter().map(|c| country_agenda(plan, sessions, &c.id)).collect()
}

/// The agenda of `room` over every slot of the event. Were two sessions in
/// the room in one slot (a broken schedule), the first by id is shown.
pub fn room_agenda(plan: &Plan, sessions: &[Session], room: &RoomId) -> RoomAgenda {
    let mut held: HashMap<&SlotId, &SessionId> = HashMap::new();
    for p in in_order(plan, sessions).into_iter().filter(|p| &p.session.room == room) {
        held.entry(&p.slot.id).or_insert(&p.session.id);
    }
    RoomAgenda {
        room: room.clone(),
        slots: plan.event.slots.iter().map(|s| (s.id.clone(), held.get(&s.id).map(|&id| id.clone()))).collect(),
    }
}
