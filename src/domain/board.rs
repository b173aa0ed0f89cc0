//! The live board: what is on now and what comes next in each room (or in
//! one room) at a moment of the workshop, for a projector or a tablet at a
//! room's door. The moment is the venue's clock, as the slots are written.

use crate::domain::date::{Date, DateError, TimeOfDay};
use crate::domain::ids::RoomId;
use crate::domain::model::{Room, Session, Slot};
use crate::domain::Plan;
use std::str::FromStr;

/// A moment at the venue, to the minute: written `2026-03-18T10:15`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Moment {
    pub date: Date,
    pub time: TimeOfDay,
}

impl FromStr for Moment {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || DateError::Timestamp(s.to_owned());
        let (date, time) = s.split_once('T').ok_or_else(bad)?;
        Ok(Self { date: date.parse().map_err(|_| bad())?, time: time.parse().map_err(|_| bad())? })
    }
}

/// When `slot` starts and ends.
fn span(slot: &Slot) -> (Moment, Moment) {
    (Moment { date: slot.date, time: slot.start }, Moment { date: slot.date, time: slot.end })
}

/// A session on the board, with its slot.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Entry<'a> {
    pub session: &'a Session,
    pub slot: &'a Slot,
}

/// One room's line: the session on now and the room's next one, each if any.
#[derive(Clone, Debug, PartialEq)]
pub struct RoomLine<'a> {
    pub room: &'a Room,
    pub now: Option<Entry<'a>>,
    pub next: Option<Entry<'a>>,
}

/// Where the rounds of the board's rooms stand.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Phase<'a> {
    /// A round is on, in this slot.
    On(&'a Slot),
    /// Between rounds (or before the first): the next starts in this slot.
    Next(&'a Slot),
    /// The last round is over (or none is scheduled).
    Over,
}

/// The board at a moment.
#[derive(Clone, Debug, PartialEq)]
pub struct Board<'a> {
    pub phase: Phase<'a>,
    pub rooms: Vec<RoomLine<'a>>,
}

/// The board of the plan's schedule at `at`: every room in the event's order, or only `room`
/// (no line when the plan has no such room).
pub fn board<'a>(plan: &'a Plan, at: Moment, room: Option<&RoomId>) -> Board<'a> {
    let sessions = plan.schedule.as_ref().map(|s| s.sessions.as_slice()).unwrap_or_default();
    let entries: Vec<Entry<'a>> = sessions
        .iter()
        .filter_map(|session| {
            plan.event.slots.iter().find(|s| s.id == session.slot).map(|slot| Entry { session, slot })
        })
        .collect();
    let rooms: Vec<RoomLine<'a>> = plan
        .event
        .rooms
        .iter()
        .filter(|r| room.is_none_or(|id| &r.id == id))
        .map(|room| {
            let here = || entries.iter().filter(|e| e.session.room == room.id);
            let now = here().find(|e| {
                let (start, end) = span(e.slot);
                start <= at && at < end
            });
            let next = here().filter(|e| span(e.slot).0 > at).min_by_key(|e| span(e.slot).0);
            RoomLine { room, now: now.copied(), next: next.copied() }
        })
        .collect();
    let on = rooms.iter().find_map(|line| line.now).map(|e| Phase::On(e.slot));
    let next = || rooms.iter().filter_map(|line| line.next).min_by_key(|e| span(e.slot).0).map(|e| Phase::Next(e.slot));
    let phase = on.or_else(next).unwrap_or(Phase::Over);
    Board { phase, rooms }
}
