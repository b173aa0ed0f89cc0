//! The event: when and where the workshop happens, its rounds and rooms.

use crate::domain::date::{Date, TimeOfDay};
use crate::domain::ids::{RoomId, SlotId};
use serde::{Deserialize, Serialize};

/// The workshop itself.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub name: String,
    /// Language of the plan's own texts and of its report (`en`, `es`, …).
    pub language: String,
    pub organizer: String,
    pub venue: String,
    pub city: String,
    pub starts_on: Date,
    pub ends_on: Date,
    #[serde(default)]
    pub description: String,
    /// Time slots of the business rounds, in order.
    pub slots: Vec<Slot>,
    pub rooms: Vec<Room>,
}

/// One round's time window.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Slot {
    pub id: SlotId,
    pub date: Date,
    pub start: TimeOfDay,
    pub end: TimeOfDay,
}

/// A room where sessions take place; `capacity` counts attending delegations,
/// the presenter not included.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Room {
    pub id: RoomId,
    pub name: String,
    pub capacity: u32,
}
