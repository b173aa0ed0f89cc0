//! The rules of the rounds, checked on any list of sessions: the solver's,
//! or one an organizer edits by hand (the UI runs it on every edit, so it is
//! one pass over the sessions with hash lookups).

use crate::domain::attendance::{availability, closed_cells};
use crate::domain::ids::{CountryId, OfferId, RoomId, SessionId, SlotId};
use crate::domain::interpretation::Languages;
use crate::domain::model::{Interpretation, Plan, Session};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// One broken rule, naming the sessions, slot, room or country and the
/// numbers involved; [`crate::i18n::Lang::violation`] says it in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "rule", rename_all = "kebab-case")]
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
    /// The session is in a room closed in its slot.
    RoomClosed { session: SessionId, slot: SlotId, room: RoomId },
    /// In this slot the country presents and attends more sessions than it
    /// has delegates available.
    CountryOverbooked { country: CountryId, slot: SlotId, delegates: u32, sessions: u32, involved: Vec<SessionId> },
    /// The session needs interpretation (these attending delegations share
    /// no language with the presenter) and its room has none, while the
    /// event requires it.
    NoInterpretation { session: SessionId, room: RoomId, countries: Vec<CountryId> },
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
            | Self::RoomClosed { session, .. }
            | Self::TooFew { session, .. }
            | Self::NoInterest { session, .. }
            | Self::NoInterpretation { session, .. } => vec![session],
            Self::TwoSessionsInRoom { first, second, .. } => vec![first, second],
            Self::AttendsTwice { sessions, .. } => sessions.iter().collect(),
            Self::TooManySessions { .. } => Vec::new(),
            Self::CountryOverbooked { involved, .. } => involved.iter().collect(),
        }
    }
}

/// Every rule `sessions` break against `plan`; empty when the schedule is
/// feasible. Violations come in a stable order: per session in order, then
/// per attendance, per offer, per country and slot. (To check many edits of
/// the sessions of one plan, build its [`Rules`] once.)
pub fn check(plan: &Plan, sessions: &[Session]) -> Vec<Violation> {
    Rules::new(plan).check(sessions)
}

/// What the rules need of a plan, indexed: build it when the plan changes,
/// and check each edit of the sessions against it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rules {
    offers: HashMap<String, u32>,
    /// Each offer's id, presenting country (if in the plan), sessions
    /// allowed and attendees needed.
    offer_data: Vec<(OfferId, Option<u32>, u32, u32)>,
    slots: HashMap<String, u32>,
    rooms: HashMap<String, u32>,
    /// Each room's capacity.
    capacity: Vec<u32>,
    /// Whether each (slot, room) cell is closed, at `t * rooms + r`.
    closed: Vec<bool>,
    countries: HashMap<String, u32>,
    /// Delegates of country `c` available in slot `t`, at `c * slots + t`.
    available: Vec<u32>,
    n_slots: usize,
    /// Pairs (country, offer) with an interest.
    interests: HashSet<(u32, u32)>,
    /// The languages, when the event requires interpretation where needed.
    interpretation: Option<Languages>,
}

impl Rules {
    /// The index of `plan`.
    pub fn new(plan: &Plan) -> Self {
        let index = |ids: Vec<&str>| -> HashMap<String, u32> {
            let mut map = HashMap::new();
            for (k, id) in ids.into_iter().enumerate() {
                map.entry(id.to_owned()).or_insert(k as u32);
            }
            map
        };
        let countries = index(plan.countries.iter().map(|c| c.id.as_str()).collect());
        let slots = index(plan.event.slots.iter().map(|s| s.id.as_str()).collect());
        let offers = index(plan.offers.iter().map(|o| o.id.as_str()).collect());
        let (_, available) = availability(plan);
        let interests = plan
            .interests
            .iter()
            .filter_map(|i| Some((*countries.get(i.country.as_str())?, *offers.get(i.offer.as_str())?)))
            .collect();
        Self {
            offer_data: plan
                .offers
                .iter()
                .map(|o| (o.id.clone(), countries.get(o.country.as_str()).copied(), o.max_sessions, o.min_attendees))
                .collect(),
            offers,
            rooms: index(plan.event.rooms.iter().map(|r| r.id.as_str()).collect()),
            capacity: plan.event.rooms.iter().map(|r| r.capacity).collect(),
            closed: closed_cells(plan),
            countries,
            available,
            n_slots: plan.event.slots.len(),
            interests,
            slots,
            interpretation: (plan.event.interpretation == Interpretation::Require).then(|| Languages::new(plan)),
        }
    }

    /// Every rule `sessions` break (see [`check`]).
    pub fn check(&self, sessions: &[Session]) -> Vec<Violation> {
        let mut found = Vec::new();
        let mut ids = HashSet::new();
        let mut cells: HashMap<(u32, u32), &SessionId> = HashMap::new();
        let mut per_offer: Vec<u32> = Vec::new();
        let mut offer_count: HashMap<u32, u32> = HashMap::new();
        let mut attendance: HashMap<(u32, u32), Vec<&SessionId>> = HashMap::new();
        let mut attendance_order = Vec::new();
        let mut busy = Busy::default();

        for s in sessions {
            let id = &s.id;
            if !ids.insert(id) {
                found.push(Violation::DuplicateId { session: id.clone() });
            }
            let offer = self.offers.get(s.offer.as_str()).copied();
            if offer.is_none() {
                found.push(Violation::UnknownOffer { session: id.clone(), offer: s.offer.clone() });
            }
            let slot = self.slots.get(s.slot.as_str()).copied();
            if slot.is_none() {
                found.push(Violation::UnknownSlot { session: id.clone(), slot: s.slot.clone() });
            }
            let room = self.rooms.get(s.room.as_str()).copied();
            if room.is_none() {
                found.push(Violation::UnknownRoom { session: id.clone(), room: s.room.clone() });
            }
            if let (Some(t), Some(r)) = (slot, room) {
                if self.closed.get(t as usize * self.capacity.len() + r as usize).copied().unwrap_or(false) {
                    found.push(Violation::RoomClosed {
                        session: id.clone(),
                        slot: s.slot.clone(),
                        room: s.room.clone(),
                    });
                }
                if let Some(first) = cells.insert((t, r), id) {
                    found.push(Violation::TwoSessionsInRoom {
                        slot: s.slot.clone(),
                        room: s.room.clone(),
                        first: first.clone(),
                        second: id.clone(),
                    });
                }
            }
            if let Some(need) = self.interpretation.as_ref().and_then(|l| l.need(s)).filter(|n| !n.room_has_it) {
                found.push(Violation::NoInterpretation {
                    session: id.clone(),
                    room: s.room.clone(),
                    countries: need.countries,
                });
            }
            let attendees = s.attendees.len() as u32;
            if let Some(capacity) = room.map(|r| self.capacity[r as usize]).filter(|&c| attendees > c) {
                found.push(Violation::RoomOverfull {
                    session: id.clone(),
                    slot: s.slot.clone(),
                    room: s.room.clone(),
                    capacity,
                    attendees,
                });
            }
            if let Some(o) = offer {
                let (_, presenter, _, min) = self.offer_data[o as usize];
                if attendees < min.max(1) {
                    found.push(Violation::TooFew {
                        session: id.clone(),
                        offer: s.offer.clone(),
                        min_attendees: min.max(1),
                        attendees,
                    });
                }
                let count = offer_count.entry(o).or_default();
                if *count == 0 {
                    per_offer.push(o);
                }
                *count += 1;
                if let (Some(t), Some(p)) = (slot, presenter) {
                    busy.add(p, t, id);
                }
            }
            for a in &s.attendees {
                let Some(&c) = self.countries.get(a.as_str()) else {
                    found.push(Violation::UnknownCountry { session: id.clone(), country: a.clone() });
                    continue;
                };
                let Some(o) = offer else { continue };
                if !self.interests.contains(&(c, o)) {
                    found.push(Violation::NoInterest {
                        session: id.clone(),
                        offer: s.offer.clone(),
                        country: a.clone(),
                    });
                }
                let entry = attendance.entry((c, o)).or_default();
                if entry.len() == 1 {
                    attendance_order.push((c, o, a));
                }
                entry.push(id);
                if let Some(t) = slot {
                    busy.add(c, t, id);
                }
            }
        }

        for (c, o, country) in attendance_order {
            found.push(Violation::AttendsTwice {
                country: country.clone(),
                offer: self.offer_data[o as usize].0.clone(),
                sessions: attendance[&(c, o)].iter().map(|&s| s.clone()).collect(),
            });
        }
        for o in per_offer {
            let (id, _, max, _) = &self.offer_data[o as usize];
            let count = offer_count[&o];
            if count > *max {
                found.push(Violation::TooManySessions { offer: id.clone(), max_sessions: *max, sessions: count });
            }
        }
        let country_ids: HashMap<u32, &str> = self.countries.iter().map(|(id, &c)| (c, id.as_str())).collect();
        let slot_ids: HashMap<u32, &str> = self.slots.iter().map(|(id, &t)| (t, id.as_str())).collect();
        for (c, t) in busy.order {
            let involved = &busy.sessions[&(c, t)];
            let available = self.available.get(c as usize * self.n_slots + t as usize).copied().unwrap_or(1);
            if involved.len() as u32 > available {
                found.push(Violation::CountryOverbooked {
                    country: CountryId::from(country_ids.get(&c).copied().unwrap_or_default()),
                    slot: SlotId::from(slot_ids.get(&t).copied().unwrap_or_default()),
                    delegates: available,
                    sessions: involved.len() as u32,
                    involved: involved.iter().map(|&s| s.clone()).collect(),
                });
            }
        }
        found
    }
}

/// The sessions each country is in, per slot, in order of first use.
#[derive(Default)]
struct Busy<'s> {
    sessions: HashMap<(u32, u32), Vec<&'s SessionId>>,
    order: Vec<(u32, u32)>,
}

impl<'s> Busy<'s> {
    fn add(&mut self, country: u32, slot: u32, session: &'s SessionId) {
        let entry = self.sessions.entry((country, slot)).or_default();
        if entry.is_empty() {
            self.order.push((country, slot));
        }
        entry.push(session);
    }
}
