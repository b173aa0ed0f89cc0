//! Cooperation actions: what a round may lead to, as each side registers it
//! on its form after the session (since version 4).

use super::catalogue::{label_in, labels4};
use crate::domain::date::{Date, Timestamp};
use crate::domain::ids::{ActionId, ActionTypeId, CountryId, OfferId, SessionId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A type of cooperation action (since version 4).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActionType {
    /// Stable id of the action type; not blank, unique among the action types.
    pub id: ActionTypeId,
    /// Label by language code (en, es, pt, fr); at least one label not blank. English is the
    /// fallback for a missing language.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "crate::domain::format::schema::Labels"))]
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
            ("expert-visit", ["Expert visit", "Visita de expertos", "Visita de especialistas", "Visite d’experts"]),
            ("internship", ["Internship", "Pasantía", "Estágio", "Stage"]),
            (
                "academic-activity",
                ["Academic activity", "Actividad académica", "Atividade acadêmica", "Activité académique"],
            ),
            (
                "technical-assistance",
                ["Technical assistance", "Asistencia técnica", "Assistência técnica", "Assistance technique"],
            ),
            (
                "document-exchange",
                [
                    "Exchange of documents",
                    "Intercambio de documentos",
                    "Intercâmbio de documentos",
                    "Échange de documents",
                ],
            ),
            ("virtual-seminar", ["Virtual seminar", "Seminario virtual", "Seminário virtual", "Séminaire virtuel"]),
        ]
        .into_iter()
        .map(|(id, labels)| ActionType { id: id.into(), labels: labels4(labels) })
        .collect()
    }
}

/// Which side of an action filled in its form: the offering or the receiving country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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

/// What an action is expected to cost, by item, in whole units of one currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Cost {
    /// ISO 4217 code, three capital letters (USD); may be empty only when every amount is 0.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(regex(pattern = r"^(?:[A-Z]{3})?$")))]
    pub currency: String,
    /// Travel. Optional, 0 when missing.
    #[serde(default)]
    pub travel: u64,
    /// Per diem. Optional, 0 when missing.
    #[serde(default)]
    pub per_diem: u64,
    /// Anything else. Optional, 0 when missing.
    #[serde(default)]
    pub other: u64,
}

impl Cost {
    /// Travel, per diem and other together (saturating: never overflows).
    pub fn total(&self) -> u64 {
        self.travel.saturating_add(self.per_diem).saturating_add(self.other)
    }
}

/// One side's form about a potential cooperation action: the offering country shares its experience
/// with the receiving country (since version 4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Stable id of the action form; not blank, unique among the actions.
    pub id: ActionId,
    /// Its type: an id of the plan's action types.
    #[serde(rename = "type")]
    pub kind: ActionTypeId,
    /// Id of the offering country.
    pub offering: CountryId,
    /// Id of the receiving country; not the offering one.
    pub receiving: CountryId,
    /// Id of the offer it follows from, of the offering country. Null or missing when none (not
    /// written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer: Option<OfferId>,
    /// Id of the session (round) it came from; the session presents the action's offer. Null or
    /// missing when none (not written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<SessionId>,
    /// Which side filled in this form; the form belongs to that side's country.
    pub registered_by: Side,
    /// Short name for lists; not blank.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "crate::domain::format::schema::NonBlank"))]
    pub title: String,
    /// What the action is. Optional, empty when missing (and then not written).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// What it should achieve. Optional, empty when missing (and then not written).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub objectives: String,
    /// Expected first day. Null or missing when not known (not written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_on: Option<Date>,
    /// Expected last day, not before starts_on. Null or missing when not known (not written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_on: Option<Date>,
    /// Expected duration in days; 0 when not stated. Optional, 0 when missing (and then not
    /// written).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub duration_days: u32,
    /// Who takes part (names, roles, how many). Optional, empty when missing (and then not
    /// written).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub participants: String,
    /// Estimated cost by item.
    pub cost: Cost,
    /// Id of the other side's form about the same action: same offering and receiving country, the
    /// other registered_by. Null or missing when none (not written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linked: Option<ActionId>,
    /// When the form was last written (its response file's created_at, or the time of the edit).
    /// Null or missing when not known (not written then).
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
