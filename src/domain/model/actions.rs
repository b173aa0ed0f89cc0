//! Cooperation actions: what a round may lead to, as each side registers it
//! on its form after the session (since version 4).

use super::catalogue::{en_es, label_in};
use crate::domain::date::{Date, Timestamp};
use crate::domain::ids::{ActionId, ActionTypeId, CountryId, OfferId, SessionId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A kind of cooperation action, labelled in one or more languages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ActionType {
    pub id: ActionTypeId,
    /// Label by language code; at least one.
    pub labels: BTreeMap<String, String>,
}

impl ActionType {
    /// The label in `lang`, else in English, else any label, else the id.
    pub fn label(&self, lang: &str) -> &str {
        label_in(&self.labels, lang, self.id.as_str())
    }

    /// The six types a plan has when it lists none.
    pub fn defaults() -> Vec<ActionType> {
        [
            ("expert-visit", "Expert visit", "Visita de expertos"),
            ("internship", "Internship", "Pasantía"),
            ("academic-activity", "Academic activity", "Actividad académica"),
            ("technical-assistance", "Technical assistance", "Asistencia técnica"),
            ("document-exchange", "Exchange of documents", "Intercambio de documentos"),
            ("virtual-seminar", "Virtual seminar", "Seminario virtual"),
        ]
        .into_iter()
        .map(|(id, en, es)| ActionType { id: id.into(), labels: en_es(en, es) })
        .collect()
    }
}

/// Which side of an action filled in its form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    /// The country that offers its experience.
    #[default]
    Offering,
    /// The country that wants to learn from it.
    Receiving,
}

impl Side {
    /// Both sides, offering first.
    pub const ALL: [Side; 2] = [Self::Offering, Self::Receiving];

    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Self::Offering => Self::Receiving,
            Self::Receiving => Self::Offering,
        }
    }
}

/// What an action is expected to cost, by item, in whole units of `currency`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Cost {
    /// ISO 4217 code (`USD`).
    pub currency: String,
    #[serde(default)]
    pub travel: u64,
    #[serde(default)]
    pub per_diem: u64,
    #[serde(default)]
    pub other: u64,
}

impl Cost {
    /// Travel, per diem and other together (saturating: never overflows).
    pub fn total(&self) -> u64 {
        self.travel.saturating_add(self.per_diem).saturating_add(self.other)
    }
}

/// A potential cooperation action, as one side registered it: the offering
/// country shares its experience with the receiving country. The other
/// side's form about the same action may be `linked`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: ActionId,
    /// Its type: an id of the plan's action types.
    #[serde(rename = "type")]
    pub kind: ActionTypeId,
    pub offering: CountryId,
    pub receiving: CountryId,
    /// The offer it follows from, if any (of the offering country).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer: Option<OfferId>,
    /// The session (round) it came from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<SessionId>,
    /// Which side filled in this form.
    pub registered_by: Side,
    /// A short name for lists.
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub objectives: String,
    /// Expected first and last day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_on: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_on: Option<Date>,
    /// Expected duration in days (0: not stated).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub duration_days: u32,
    /// Who takes part (names, roles, how many).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub participants: String,
    pub cost: Cost,
    /// The other side's form about the same action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linked: Option<ActionId>,
    /// When the form was last written (from its response file, or the edit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Action {
    /// The country whose form this is: the one of the side that registered it.
    pub fn registrant(&self) -> &CountryId {
        match self.registered_by {
            Side::Offering => &self.offering,
            Side::Receiving => &self.receiving,
        }
    }

    /// Whether `country` is one of its two sides.
    pub fn involves(&self, country: &CountryId) -> bool {
        &self.offering == country || &self.receiving == country
    }
}
