//! The day of the rounds: who has checked in, who arrives late or is away,
//! the rooms lost, and what the last re-plan changed.

use crate::domain::date::Timestamp;
use crate::domain::ids::{CountryId, DelegateId, RoomId, SlotId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What happens on the day of the rounds (since version 5). Every field is optional and left out
/// when empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Day {
    /// Delegates who checked in at the door, each with when (since version 5). Every key names a
    /// delegate. Optional, empty when missing (and then not written).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub checked_in: BTreeMap<DelegateId, Timestamp>,
    /// Late arrivals and absences, by delegate (since version 5); a delegate not listed is there
    /// for every slot. Every key names a delegate. Optional, empty when missing (and then not
    /// written).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub presence: BTreeMap<DelegateId, Presence>,
    /// Rooms lost on the day: by room, the first slot it is closed from (since version 5). Every key
    /// names a room and every value a slot. Optional, empty when missing (and then not written).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub closed_rooms: BTreeMap<RoomId, SlotId>,
    /// What the last re-plan from a slot changed, to print only the agendas and door sheets that
    /// changed (since version 5). Optional: missing (or null) until a re-plan, and then not written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replanned: Option<Replanned>,
}

impl Day {
    /// Whether nothing is recorded of the day.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// When a delegate is at the workshop (since version 5): from the slot they arrive at (the first
/// one when none) up to the slot before the one they are absent from (the last one when none).
/// Absent from the first slot: absent all along.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Presence {
    /// The first slot the delegate is there, arriving late. Null or missing: from the start (not
    /// written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrives_at: Option<SlotId>,
    /// The first slot the delegate is no longer there (leaving early, ill, absent). Null or
    /// missing: to the end (not written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub absent_from: Option<SlotId>,
}

impl Presence {
    /// Whether the delegate is there for every slot.
    pub fn is_all_day(&self) -> bool {
        self.arrives_at.is_none() && self.absent_from.is_none()
    }
}

/// What a re-plan changed (since version 5): the delegations whose agenda and the rooms whose door
/// sheet differ from before.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Replanned {
    /// The slot the re-plan started from; the sessions before it were kept as they were.
    pub from: SlotId,
    /// When the re-plan was made. Null or missing when not known (not written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Timestamp>,
    /// Countries whose agenda changed. Optional, empty when missing.
    #[serde(default)]
    pub countries: Vec<CountryId>,
    /// Rooms whose door sheet changed. Optional, empty when missing.
    #[serde(default)]
    pub rooms: Vec<RoomId>,
}
