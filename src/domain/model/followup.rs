//! The follow-up of the selected actions: status, dates, who is responsible,
//! notes and results (since version 4).

use crate::domain::date::{Date, Timestamp};
use crate::domain::ids::{ActionId, AgencyId};
use serde::{Deserialize, Serialize};

/// Where a selected action stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    Selected,
    Funded,
    Planned,
    InProgress,
    Completed,
    Cancelled,
}

impl Status {
    /// Every status, in the order an action moves through them.
    pub const ALL: [Status; 6] =
        [Self::Selected, Self::Funded, Self::Planned, Self::InProgress, Self::Completed, Self::Cancelled];

    /// Whether the action is finished one way or the other.
    pub fn is_closed(self) -> bool {
        matches!(self, Self::Completed | Self::Cancelled)
    }
}

/// The follow-up of one action; the action's id is its id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    pub action: ActionId,
    pub status: Status,
    /// Agencies responsible for carrying it out (of either side).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsible: Vec<AgencyId>,
    /// When it starts and ends, as planned or as it happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_on: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_on: Option<Date>,
    /// When the next step or report is due: overdue after it while open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_on: Option<Date>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Results reported.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub results: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

impl FollowUp {
    /// Whether it is still open after its due date, on `today`.
    pub fn is_overdue(&self, today: Date) -> bool {
        !self.status.is_closed() && self.due_on.is_some_and(|d| d < today)
    }
}
