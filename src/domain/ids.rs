//! Stable record ids. Each kind of record has its own newtype so a country id
//! can never be passed where an offer id is expected.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                Self(s)
            }
        }

        /// In the plan file's JSON Schema: a `RecordId`.
        #[cfg(not(target_arch = "wasm32"))]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                "RecordId".into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                crate::domain::format::schema::record_id()
            }
        }
    )*};
}

id_type!(
    /// A plan (one workshop), stable across saves and exports.
    PlanId,
    /// A time slot (one round).
    SlotId,
    /// A room where sessions take place.
    RoomId,
    /// A theme of the catalogue.
    ThemeId,
    /// A participating country.
    CountryId,
    /// A sub-regional cooperation mechanism.
    MechanismId,
    /// A ministry or agency.
    AgencyId,
    /// A delegate.
    DelegateId,
    /// An offer (program or project) of the catalogue.
    OfferId,
    /// A session of the schedule.
    SessionId,
    /// A type of cooperation action (expert visit, internship, …).
    ActionTypeId,
    /// A cooperation action, as one side registered it on its form.
    ActionId,
    /// A member of the evaluation committee.
    EvaluatorId,
    /// A criterion the committee scores actions on.
    CriterionId,
);

/// The first id of the form `{prefix}-{n}` that `taken` does not hold.
pub fn next_id(prefix: &str, taken: impl Iterator<Item = impl AsRef<str>>) -> String {
    let used: std::collections::HashSet<String> = taken.map(|s| s.as_ref().to_owned()).collect();
    (1..).map(|n| format!("{prefix}-{n}")).find(|id| !used.contains(id)).unwrap_or_default()
}
