//! The event: when and where the workshop happens, its rounds and rooms.

use crate::domain::date::{Date, TimeOfDay};
use crate::domain::ids::{RoomId, SlotId};
use serde::{Deserialize, Serialize};

/// The workshop itself: when and where it happens, its rounds and rooms.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Name of the workshop; not blank.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "crate::domain::format::schema::NonBlank"))]
    pub name: String,
    /// Language code of the plan's own texts and of its report (en, es, pt, fr); not blank.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "crate::domain::format::schema::NonBlank"))]
    pub language: String,
    /// Who organises the workshop.
    pub organizer: String,
    /// Where it takes place (building).
    pub venue: String,
    /// City (and country) of the venue.
    pub city: String,
    /// First day of the workshop.
    pub starts_on: Date,
    /// Last day of the workshop; not before starts_on.
    pub ends_on: Date,
    /// Free text about the workshop. Optional, empty when missing.
    #[serde(default)]
    pub description: String,
    /// Time slots of the business rounds, in order.
    pub slots: Vec<Slot>,
    /// Rooms where sessions take place.
    pub rooms: Vec<Room>,
    /// How the scheduler treats a session needing interpretation in a room without it (since
    /// version 5): "prefer" (avoid it when no interest is lost) or "require" (never). Optional,
    /// "prefer" when missing (and then not written).
    #[serde(default, skip_serializing_if = "Interpretation::is_default")]
    pub interpretation: Interpretation,
}

/// How the scheduler treats a session that needs interpretation (some attending delegation
/// shares no language with the presenter) in a room without it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Interpretation {
    /// A penalty: the scheduler avoids it, but never at the cost of an interest met.
    #[default]
    Prefer,
    /// A rule: such a session only takes place in a room with interpretation.
    Require,
}

impl Interpretation {
    /// Whether this is the default ("prefer"), which the file leaves out.
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// One round's time window.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Slot {
    /// Stable id of the slot; not blank, unique among the slots.
    pub id: SlotId,
    /// Day of the round, within the event's dates.
    pub date: Date,
    /// Start time.
    pub start: TimeOfDay,
    /// End time; after start.
    pub end: TimeOfDay,
}

/// A room where sessions take place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Room {
    /// Stable id of the room; not blank, unique among the rooms.
    pub id: RoomId,
    /// Name of the room; not blank.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "crate::domain::format::schema::NonBlank"))]
    pub name: String,
    /// Attending delegations it seats, the presenter not included; at least 1.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1)))]
    pub capacity: u32,
    /// Whether the room has interpretation between the delegations' languages (since version 5).
    /// Optional, false when missing (and then not written).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub interpretation: bool,
}
