//! The round schedule: sessions in slots and rooms, as saved with the plan.

use crate::domain::date::Timestamp;
use crate::domain::ids::{CountryId, DelegateId, OfferId, RoomId, SessionId, SlotId};
use serde::{Deserialize, Serialize};

/// One business round: an offer presented in a slot and room to the
/// attending countries (the presenting country is not counted).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub id: SessionId,
    pub offer: OfferId,
    pub slot: SlotId,
    pub room: RoomId,
    pub attendees: Vec<CountryId>,
    /// Pinned by the organizer: a re-run keeps it exactly where it is.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub locked: bool,
    /// Delegates chosen by the organizer to go to this session (at most one
    /// per taking-part country); the others are picked by
    /// [`assign`](crate::domain::assign).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub delegates: Vec<DelegateId>,
}

/// A schedule and what it was computed from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    pub sessions: Vec<Session>,
    /// Fingerprint of the inputs it was computed from; when the plan's
    /// inputs no longer match, the schedule is stale.
    #[serde(default)]
    pub inputs: String,
    /// Satisfied weight, and the upper bound known when it was computed.
    #[serde(default)]
    pub objective: u64,
    #[serde(default)]
    pub bound: u64,
    #[serde(default)]
    pub seed: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub computed_at: Option<Timestamp>,
}
