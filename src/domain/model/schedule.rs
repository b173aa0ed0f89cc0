//! The round schedule: sessions in slots and rooms, as saved with the plan.

use crate::domain::date::Timestamp;
use crate::domain::ids::{CountryId, DelegateId, OfferId, RoomId, SessionId, SlotId};
use serde::{Deserialize, Serialize};

/// One business round: an offer presented in a slot and room to the attending countries; the
/// presenting country is not counted among them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Stable id of the session; not blank, unique among the sessions.
    pub id: SessionId,
    /// Id of the offer presented.
    pub offer: OfferId,
    /// Id of the slot (the round's time window).
    pub slot: SlotId,
    /// Id of the room.
    pub room: RoomId,
    /// Ids of the attending countries.
    pub attendees: Vec<CountryId>,
    /// Pinned by the organizer: a re-run of the scheduler keeps it exactly where it is. Optional,
    /// false when missing (and then not written).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub locked: bool,
    /// Delegates the organizer chose for this session (since version 4), at most one per
    /// taking-part country (the presenting one or an attendee); the delegates of the other
    /// countries are picked automatically. Optional, empty when missing (and then not written).
    /// Each id must name a delegate of a country that takes part in the session (checked by Rondas,
    /// not by this schema).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub delegates: Vec<DelegateId>,
}

/// A schedule of the business rounds and what it was computed from (since version 3). Whether the
/// sessions keep the rounds' rules is the scheduler's question, not the file's: an organizer may
/// keep a flagged session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    /// The sessions, one business round each.
    pub sessions: Vec<Session>,
    /// Fingerprint of the plan's inputs the schedule was computed from; when the plan's inputs no
    /// longer match, the schedule is stale. Optional, empty when missing.
    #[serde(default)]
    pub inputs: String,
    /// Satisfied weight when the schedule was computed. Optional, 0 when missing.
    #[serde(default)]
    pub objective: u64,
    /// Upper bound of the objective known when the schedule was computed. Optional, 0 when missing.
    #[serde(default)]
    pub bound: u64,
    /// Seed of the computation. Optional, 0 when missing.
    #[serde(default)]
    pub seed: u64,
    /// When the schedule was computed. Null or missing when not known (not written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub computed_at: Option<Timestamp>,
}
