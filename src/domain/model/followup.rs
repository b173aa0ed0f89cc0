//! The follow-up of the selected actions: status, dates, who is responsible,
//! notes and results (since version 4).

use crate::domain::date::{Date, Timestamp};
use crate::domain::ids::{ActionId, AgencyId};
use serde::{Deserialize, Serialize};

/// Where a selected action stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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

/// The follow-up of one selected action (since version 4); the action's id is its id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// Id of the action.
    pub action: ActionId,
    /// Where it stands.
    pub status: Status,
    /// Ids of the agencies responsible for carrying it out. Optional, empty when missing (and then
    /// not written).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsible: Vec<AgencyId>,
    /// When it starts. Null or missing when not known (not written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_on: Option<Date>,
    /// When it ends, not before starts_on. Null or missing when not known (not written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_on: Option<Date>,
    /// When the next step or report is due; open after it: overdue. Null or missing when none (not
    /// written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_on: Option<Date>,
    /// Notes. Optional, empty when missing (and then not written).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Results reported. Optional, empty when missing (and then not written).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub results: String,
    /// When it was last changed. Null or missing when not known (not written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

impl FollowUp {
    /// Whether it is still open after its due date, on `today`.
    pub fn is_overdue(&self, today: Date) -> bool {
        !self.status.is_closed() && self.due_on.is_some_and(|d| d < today)
    }
}
