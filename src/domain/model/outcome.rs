//! What became of each session on the day (since version 5): held, not held
//! or moved, how useful it was, whether a cooperation action is wanted, and
//! which attending countries did not show up.
//!
//! The organizer and each delegation that takes part in a session may each
//! file one outcome of it (the key is session and country, no country for
//! the organizer). Both are kept and shown; where they differ on whether the
//! session was held, the organizer's word counts ([`held_of`]).

use crate::domain::date::Timestamp;
use crate::domain::ids::{CountryId, SessionId};
use serde::{Deserialize, Serialize};

/// Whether a session took place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Held {
    Held,
    NotHeld,
    /// Held at another time or place than planned.
    Moved,
}

impl Held {
    /// Every value, in the order the controls show them.
    pub const ALL: [Held; 3] = [Self::Held, Self::NotHeld, Self::Moved];

    /// Whether the session took place (where planned or not).
    pub fn took_place(self) -> bool {
        self != Self::NotHeld
    }
}

/// The lowest and highest usefulness.
pub const USEFULNESS_MIN: u8 = 1;
pub const USEFULNESS_MAX: u8 = 5;

/// One session's outcome as the organizer or one delegation reports it (since version 5); at
/// most one per (session, country).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SessionOutcome {
    /// Id of the session.
    pub session: SessionId,
    /// Id of the delegation that reports it, a country taking part in the session (presenting or
    /// attending). Missing: the organizer's outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryId>,
    /// Whether the session was held, not held or moved. Optional: not said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub held: Option<Held>,
    /// How useful the session was, 1 (not at all) to 5 (very). Optional: not said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usefulness: Option<u8>,
    /// A cooperation action is wanted after this session. Optional, false when missing (and then
    /// not written).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub action_wanted: bool,
    /// Ids of attending countries that did not show up (the organizer's outcome only). Optional,
    /// empty when missing (and then not written).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub absent: Vec<CountryId>,
    /// When the outcome was last changed. Null or missing when not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

impl SessionOutcome {
    /// An empty outcome of `session` by `country` (`None`: the organizer).
    pub fn new(session: SessionId, country: Option<CountryId>) -> Self {
        Self { session, country, ..Self::default() }
    }

    /// Whether the outcome says nothing (it need not be kept).
    pub fn is_blank(&self) -> bool {
        self.held.is_none() && self.usefulness.is_none() && !self.action_wanted && self.absent.is_empty()
    }

    /// Whether two outcomes are of the same session by the same reporter.
    pub fn same_key(&self, other: &Self) -> bool {
        self.session == other.session && self.country == other.country
    }
}

/// Whether a session was held, from its outcomes: the organizer's word when given, else the
/// delegations' when they agree; `None` when nobody said or they disagree.
pub fn held_of<'a>(outcomes: impl IntoIterator<Item = &'a SessionOutcome>) -> Option<Held> {
    let mut organizer = None;
    let mut said: Vec<Held> = Vec::new();
    for o in outcomes {
        match (&o.country, o.held) {
            (None, Some(h)) => organizer = Some(h),
            (Some(_), Some(h)) => said.push(h),
            _ => {}
        }
    }
    organizer.or_else(|| said.first().copied().filter(|h| said.iter().all(|x| x == h)))
}
