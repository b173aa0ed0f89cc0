//! The committee's evaluation of the cooperation actions: evaluators,
//! weighted criteria and scores (since version 4).

use super::catalogue::{en_es, label_in};
use crate::domain::date::Timestamp;
use crate::domain::ids::{ActionId, CountryId, CriterionId, EvaluatorId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The lowest and highest score of a criterion.
pub const SCORE_MIN: u8 = 1;
pub const SCORE_MAX: u8 = 5;

/// Where a committee member comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum EvaluatorKind {
    /// The workshop's secretariat.
    #[default]
    Secretariat,
    /// An expert from outside it.
    External,
}

impl EvaluatorKind {
    /// Both kinds, secretariat first.
    pub const ALL: [EvaluatorKind; 2] = [Self::Secretariat, Self::External];
}

/// A member of the evaluation committee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Evaluator {
    pub id: EvaluatorId,
    pub name: String,
    pub kind: EvaluatorKind,
    /// Their country, if any: they do not score actions of that country
    /// (offering or receiving), a conflict of interest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryId>,
    /// Institution they belong to.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organization: String,
}

impl Evaluator {
    /// Whether the evaluator may not score actions involving this country.
    pub fn conflicts_with(&self, offering: &CountryId, receiving: &CountryId) -> bool {
        self.country.as_ref().is_some_and(|c| c == offering || c == receiving)
    }
}

/// A criterion the committee scores every action on, with its weight.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: CriterionId,
    /// Label by language code; at least one.
    pub labels: BTreeMap<String, String>,
    /// Relative weight (the weights need not add up to 100).
    pub weight: u32,
}

impl Criterion {
    /// The label in `lang`, else in English, else any label, else the id.
    pub fn label(&self, lang: &str) -> &str {
        label_in(&self.labels, lang, self.id.as_str())
    }

    /// The five criteria a plan has when it lists none.
    pub fn defaults() -> Vec<Criterion> {
        [
            ("relevance", "Relevance to the demand", "Pertinencia para la demanda", 30),
            ("feasibility", "Feasibility", "Factibilidad", 20),
            ("impact", "Expected impact", "Impacto esperado", 25),
            ("cost-effectiveness", "Cost-effectiveness", "Costo-efectividad", 15),
            ("sustainability", "Sustainability", "Sostenibilidad", 10),
        ]
        .into_iter()
        .map(|(id, en, es, weight)| Criterion { id: id.into(), labels: en_es(en, es), weight })
        .collect()
    }
}

/// How sure an evaluator is of a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    High,
    Medium,
    Low,
}

impl Confidence {
    /// Every confidence, highest first.
    pub const ALL: [Confidence; 3] = [Self::High, Self::Medium, Self::Low];
}

/// One evaluator's scores of one action, by criterion, from
/// [`SCORE_MIN`] to [`SCORE_MAX`]; `(evaluator, action)` is its id.
/// A criterion left out is not scored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Score {
    pub evaluator: EvaluatorId,
    pub action: ActionId,
    pub values: BTreeMap<CriterionId, u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    /// When it was given (from its response file, or the edit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}
