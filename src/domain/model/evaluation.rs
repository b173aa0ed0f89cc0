//! The committee's evaluation of the cooperation actions: evaluators,
//! weighted criteria and scores (since version 4).

use super::catalogue::{label_in, labels4};
use crate::domain::date::Timestamp;
use crate::domain::ids::{ActionId, CountryId, CriterionId, EvaluatorId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The lowest and highest score of a criterion.
pub const SCORE_MIN: u8 = 1;
pub const SCORE_MAX: u8 = 5;

/// Where a committee member comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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

/// A member of the evaluation committee (since version 4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Evaluator {
    /// Stable id of the evaluator; not blank, unique among the evaluators.
    pub id: EvaluatorId,
    /// Full name; not blank.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "crate::domain::format::schema::NonBlank"))]
    pub name: String,
    /// secretariat (the workshop's secretariat) or external.
    pub kind: EvaluatorKind,
    /// Id of their country: their scores of actions of that country (offering or receiving) are not
    /// counted, a conflict of interest. Null or missing when none (not written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryId>,
    /// Institution they belong to. Optional, empty when missing (and then not written).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organization: String,
}

impl Evaluator {
    /// Whether the evaluator may not score actions involving this country.
    pub fn conflicts_with(&self, offering: &CountryId, receiving: &CountryId) -> bool {
        self.country.as_ref().is_some_and(|c| c == offering || c == receiving)
    }
}

/// A criterion the committee scores actions on, with its weight (since version 4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Stable id of the criterion; not blank, unique among the criteria.
    pub id: CriterionId,
    /// Label by language code (en, es, pt, fr); at least one label not blank. English is the
    /// fallback for a missing language.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "crate::domain::format::schema::Labels"))]
    pub labels: BTreeMap<String, String>,
    /// Relative weight; at least 1 (the weights need not add up to 100).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1)))]
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
            (
                "relevance",
                [
                    "Relevance to the demand",
                    "Pertinencia para la demanda",
                    "Pertinência para a demanda",
                    "Pertinence au regard de la demande",
                ],
                30,
            ),
            ("feasibility", ["Feasibility", "Factibilidad", "Viabilidade", "Faisabilité"], 20),
            ("impact", ["Expected impact", "Impacto esperado", "Impacto esperado", "Impact attendu"], 25),
            (
                "cost-effectiveness",
                ["Cost-effectiveness", "Costo-efectividad", "Custo-efetividade", "Rapport coût-efficacité"],
                15,
            ),
            ("sustainability", ["Sustainability", "Sostenibilidad", "Sustentabilidade", "Durabilité"], 10),
        ]
        .into_iter()
        .map(|(id, labels, weight)| Criterion { id: id.into(), labels: labels4(labels), weight })
        .collect()
    }
}

/// How sure an evaluator is of a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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

/// One evaluator's scores of one action (since version 4); (evaluator, action) is its id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Score {
    /// Id of the evaluator.
    pub evaluator: EvaluatorId,
    /// Id of the action.
    pub action: ActionId,
    /// Score by criterion id, 1 (lowest) to 5 (highest); a criterion left out is not scored.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "crate::domain::format::schema::ScoreValues"))]
    pub values: BTreeMap<CriterionId, u8>,
    /// How sure the evaluator is. Optional, none when missing (and then not written).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// Free comment. Optional, empty when missing (and then not written).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    /// When the score was given. Null or missing when not known (not written then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}
