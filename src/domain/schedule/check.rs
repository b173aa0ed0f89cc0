//! The rules of the rounds, checked on any list of sessions: the solver's,
//! or one an organizer edits by hand (the UI runs it on every edit, so it is
//! one pass over the sessions with hash lookups).

use crate::domain::ids::{CountryId, OfferId, RoomId, SessionId, SlotId};
use crate::domain::model::{Plan, Session};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// One broken rule, naming the sessions, slot, room or country and the
/// numbers involved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Violation {
    /// Two sessions share this id.
    DuplicateId { session: SessionId },
    /// The session's offer is not in the plan.
    UnknownOffer { session: SessionId, offer: OfferId },
    /// The session's slot is not in the plan.
    UnknownSlot { session: SessionId, slot: SlotId },
    /// The session's room is not in the plan.
    UnknownRoom { session: SessionId, room: RoomId },
    /// An attendee is not a country of the plan.
    UnknownCountry { session: SessionId, country: CountryId },
    /// Another session already takes this room in this slot.
    TwoSessionsInRoom { slot: SlotId, room: RoomId, first: SessionId, second: SessionId },
    /// More attending delegations than the room seats.
    RoomOverfull { session: SessionId, slot: SlotId, room: RoomId, capacity: u32, attendees: u32 },
    /// Fewer attending delegations than the offer needs.
    TooFew { session: SessionId, offer: OfferId, min_attendees: u32, attendees: u32 },
    /// An attendee has no interest in the offer (the presenter included).
    NoInterest { session: SessionId, offer: OfferId, country: CountryId },
    /// A country attends the offer more than once: the sessions, one entry
    /// per attendance.
    AttendsTwice { country: CountryId, offer: OfferId, sessions: Vec<SessionId> },
    /// The offer has more sessions than it may.
    TooManySessions { offer: OfferId, max_sessions: u32, sessions: u32 },
    /// In this slot the country presents and attends more sessions than it
    /// has delegates available.
    CountryOverbooked { country: CountryId, slot: SlotId, delegates: u32, sessions: u32, involved: Vec<SessionId> },
}

impl Violation {
    /// The sessions the violation is about, for highlighting.
    pub fn sessions(&self) -> Vec<&SessionId> {
        match self {
            Self::DuplicateId { session }
            | Self::UnknownOffer { session, .. }
            | Self::UnknownSlot { session, .. }
            | Self::UnknownRoom { session, .. }
            | Self::UnknownCountry { session, .. }
            | Self::RoomOverfull { session, .. }
            | Self::TooFew { session, .. }
            | Self::NoInterest { session, .. } => vec![session],
            Self::TwoSessionsInRoom { first, second, .. } => vec![first, second],
            Self::AttendsTwice { sessions, .. } => sessions.iter().collect(),
            Self::TooManySessions { .. } => Vec::new(),
            Self::CountryOverbooked { involved, .. } => involved.iter().collect(),
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DuplicateId { session } => write!(f, "session {session}: another session has the same id"),
            Self::UnknownOffer { session, offer } => {
                write!(f, "session {session}: offer \"{offer}\" is not in the plan")
            }
            Self::UnknownSlot { session, slot } => write!(f, "session {session}: slot \"{slot}\" is not in the plan"),
            Self::UnknownRoom { session, room } => write!(f, "session {session}: room \"{room}\" is not in the plan"),
            Self::UnknownCountry { session, country } => {
                write!(f, "session {session}: attendee \"{country}\" is not a country of the plan")
            }
            Self::TwoSessionsInRoom { slot, room, first, second } => {
                write!(f, "sessions {first} and {second} are both in room {room} in slot {slot}")
            }
            Self::RoomOverfull { session, slot, room, capacity, attendees } => write!(
                f,
                "session {session}: room {room} seats {capacity} delegation(s) in slot {slot}, but {attendees} attend"
            ),
            Self::TooFew { session, offer, min_attendees, attendees } => write!(
                f,
                "session {session}: offer {offer} needs {min_attendees} delegation(s), but {attendees} attend"
            ),
            Self::NoInterest { session, offer, country } => {
                write!(f, "session {session}: {country} attends offer {offer} without an interest in it")
            }
            Self::AttendsTwice { country, offer, sessions } => {
                let list: Vec<&str> = sessions.iter().map(SessionId::as_str).collect();
                write!(f, "{country} attends offer {offer} more than once (sessions {})", list.join(", "))
            }
            Self::TooManySessions { offer, max_sessions, sessions } => {
                write!(f, "offer {offer} has {sessions} sessions, but at most {max_sessions} are allowed")
            }
            Self::CountryOverbooked { country, slot, delegates, sessions, involved } => {
                let list: Vec<&str> = involved.iter().map(SessionId::as_str).collect();
                write!(
                    f,
                    "{country} has {delegates} delegate(s) available in slot {slot} but is in {sessions} sessions ({})",
                    list.join(", ")
                )
            }
        }
    }
}

/// Every rule `sessions` break against `plan`; empty when the schedule is
/// feasible. Violations come in a stable order: per session in order, then
/// per offer, per country and slot.
pub fn check(plan: &Plan, sessions: &[Session]) -> Vec<Violation> {
    let offers: HashMap<&OfferId, (&CountryId, u32, u32)> =
        plan.offers.iter().map(|o| (&o.id, (&o.country, o.max_sessions, o.min_attendees))).collect();
    let slots: HashSet<&SlotId> = plan.event.slots.iter().map(|s| &s.id).collect();
    let rooms: HashMap<&RoomId, u32> = plan.event.rooms.iter().map(|r| (&r.id, r.capacity)).collect();
    let countries: HashSet<&CountryId> = plan.countries.iter().map(|c| &c.id).collect();
    let interests: HashSet<(&CountryId, &OfferId)> = plan.interests.iter().map(|i| (&i.country, &i.offer)).collect();

    let mut found = Vec::new();
    let mut ids = HashSet::new();
    let mut cells: HashMap<(&SlotId, &RoomId), &SessionId> = HashMap::new();
    let mut per_offer: Vec<&OfferId> = Vec::new();
    let mut offer_count: HashMap<&OfferId, u32> = HashMap::new();
    let mut attendance: HashMap<(&CountryId, &OfferId), Vec<&SessionId>> = HashMap::new();
    let mut attendance_order = Vec::new();
    let mut busy: HashMap<(&CountryId, &SlotId), Vec<&SessionId>> = HashMap::new();
    let mut busy_order = Vec::new();
    let mut occupy = |country, slot, session, busy: &mut HashMap<_, Vec<_>>| {
        let entry: &mut Vec<&SessionId> = busy.entry((country, slot)).or_default();
        if entry.is_empty() {
            busy_order.push((country, slot));
        }
        entry.push(session);
    };

    for s in sessions {
        let id = &s.id;
        if !ids.insert(id) {
            found.push(Violation::DuplicateId { session: id.clone() });
        }
        let offer = offers.get(&s.offer);
        if offer.is_none() {
            found.push(Violation::UnknownOffer { session: id.clone(), offer: s.offer.clone() });
        }
        let slot_known = slots.contains(&s.slot);
        if !slot_known {
            found.push(Violation::UnknownSlot { session: id.clone(), slot: s.slot.clone() });
        }
        let capacity = rooms.get(&s.room).copied();
        if capacity.is_none() {
            found.push(Violation::UnknownRoom { session: id.clone(), room: s.room.clone() });
        }
        if slot_known && capacity.is_some() {
            if let Some(first) = cells.insert((&s.slot, &s.room), id) {
                found.push(Violation::TwoSessionsInRoom {
                    slot: s.slot.clone(),
                    room: s.room.clone(),
                    first: first.clone(),
                    second: id.clone(),
                });
            }
        }
        let attendees = s.attendees.len() as u32;
        if let Some(capacity) = capacity.filter(|&c| attendees > c) {
            found.push(Violation::RoomOverfull {
                session: id.clone(),
                slot: s.slot.clone(),
                room: s.room.clone(),
                capacity,
                attendees,
            });
        }
        if let Some(&(presenter, _, min)) = offer {
            if attendees < min.max(1) {
                found.push(Violation::TooFew {
                    session: id.clone(),
                    offer: s.offer.clone(),
                    min_attendees: min.max(1),
                    attendees,
                });
            }
            let count = offer_count.entry(&s.offer).or_default();
            if *count == 0 {
                per_offer.push(&s.offer);
            }
            *count += 1;
            if slot_known && countries.contains(presenter) {
                occupy(presenter, &s.slot, id, &mut busy);
            }
        }
        for a in &s.attendees {
            if !countries.contains(a) {
                found.push(Violation::UnknownCountry { session: id.clone(), country: a.clone() });
                continue;
            }
            if offer.is_some() && !interests.contains(&(a, &s.offer)) {
                found.push(Violation::NoInterest { session: id.clone(), offer: s.offer.clone(), country: a.clone() });
            }
            let entry = attendance.entry((a, &s.offer)).or_default();
            if entry.len() == 1 {
                attendance_order.push((a, &s.offer));
            }
            entry.push(id);
            if slot_known {
                occupy(a, &s.slot, id, &mut busy);
            }
        }
    }

    for (country, offer) in attendance_order {
        found.push(Violation::AttendsTwice {
            country: country.clone(),
            offer: offer.clone(),
            sessions: attendance[&(country, offer)].iter().map(|&s| s.clone()).collect(),
        });
    }
    for offer in per_offer {
        let (count, max) = (offer_count[offer], offers[offer].1);
        if count > max {
            found.push(Violation::TooManySessions { offer: offer.clone(), max_sessions: max, sessions: count });
        }
    }
    let delegates = delegates_per_country(plan);
    let plan_countries: HashMap<&CountryId, &crate::domain::model::Country> =
        plan.countries.iter().map(|c| (&c.id, c)).collect();
    for (country, slot) in busy_order {
        let involved = &busy[&(country, slot)];
        let n = delegates.get(country).copied().unwrap_or(0).max(1);
        let available = plan_countries.get(country).and_then(|c| c.availability.get(slot)).map_or(n, |&a| a.min(n));
        if involved.len() as u32 > available {
            found.push(Violation::CountryOverbooked {
                country: country.clone(),
                slot: slot.clone(),
                delegates: available,
                sessions: involved.len() as u32,
                involved: involved.iter().map(|&s| s.clone()).collect(),
            });
        }
    }
    found
}

/// Delegates of each country listed in the plan (countries with none are
/// absent: they count as one).
fn delegates_per_country(plan: &Plan) -> HashMap<&CountryId, u32> {
    let mut count = HashMap::new();
    for d in &plan.delegates {
        *count.entry(&d.country).or_default() += 1;
    }
    count
}
