//! The action forms of a country's response and the scores of an
//! evaluator's, compared with what the plan holds for them.

use super::answers::{walk, Answer};
use super::{Change, Skipped};
use crate::domain::date::Timestamp;
use crate::domain::edit::{self, Edit};
use crate::domain::ids::{ActionId, CountryId, CriterionId, EvaluatorId};
use crate::domain::model::{Action, Plan, Response, Score, SCORE_MAX, SCORE_MIN};
use crate::domain::validate::Problem;
use std::collections::{BTreeMap, HashSet};

impl Answer for Action {
    fn same_as(&self, other: &Self) -> bool {
        Self { updated_at: None, ..self.clone() } == Self { updated_at: None, ..other.clone() }
    }
    fn stamped(&self, _country: &CountryId, at: Timestamp) -> Self {
        Self { updated_at: Some(at), ..self.clone() }
    }
    fn add(self) -> Change {
        Change::AddAction(Box::new(self))
    }
    fn change(before: Self, after: Self) -> Change {
        Change::ChangeAction { before: Box::new(before), after: Box::new(after) }
    }
    fn remove(self) -> Change {
        Change::RemoveAction(Box::new(self))
    }
}

impl Answer for Score {
    fn same_as(&self, other: &Self) -> bool {
        Self { updated_at: None, ..self.clone() } == Self { updated_at: None, ..other.clone() }
    }
    fn stamped(&self, _country: &CountryId, at: Timestamp) -> Self {
        Self { updated_at: Some(at), ..self.clone() }
    }
    fn add(self) -> Change {
        Change::AddScore(self)
    }
    fn change(before: Self, after: Self) -> Change {
        Change::ChangeScore { before, after }
    }
    fn remove(self) -> Change {
        Change::RemoveScore(self)
    }
}

/// The newest `updated_at` among the forms `country` registered.
pub(super) fn newest_form(plan: &Plan, country: &CountryId) -> Option<Timestamp> {
    plan.actions.iter().filter(|a| a.registrant() == country).filter_map(|a| a.updated_at).max()
}

/// The newest `updated_at` among the scores of `evaluator`.
pub(super) fn newest_score(plan: &Plan, evaluator: &EvaluatorId) -> Option<Timestamp> {
    plan.scores.iter().filter(|s| &s.evaluator == evaluator).filter_map(|s| s.updated_at).max()
}

/// The problems of `form` itself once it is put in the plan.
fn form_problems(plan: &Plan, form: &Action) -> Vec<Problem> {
    let record = format!("actions/{}", form.id);
    match edit::apply(plan, Edit::PutAction(form.clone())) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.into_iter().filter(|p| p.record == record).collect(),
    }
}

/// The changes that bring the plan's forms of the response's country to the
/// response's, and the forms that cannot apply. A response without
/// `actions` changes no form.
pub(super) fn form_changes(plan: &Plan, response: &Response) -> (Vec<Change>, Vec<Skipped>) {
    let Some(forms) = &response.actions else { return (Vec::new(), Vec::new()) };
    let country = &response.country;
    let held: BTreeMap<&ActionId, Option<&Action>> =
        plan.actions.iter().filter(|a| a.registrant() == country).map(|a| (&a.id, Some(a))).collect();
    let mut given: BTreeMap<&ActionId, Option<&Action>> = BTreeMap::new();
    let mut skipped = Vec::new();
    for form in forms {
        if let Some(other) = plan.action(&form.id).filter(|a| a.registrant() != country) {
            skipped.push(Skipped::FormOfOtherCountry { action: form.id.clone(), country: other.registrant().clone() });
            continue;
        }
        if given.contains_key(&form.id) {
            skipped.push(Skipped::Duplicate(super::Subject::Action(form.id.clone())));
            continue;
        }
        let problems = form_problems(plan, form);
        if problems.is_empty() {
            given.insert(&form.id, Some(form));
        } else {
            // The plan keeps what it holds: not a withdrawal.
            given.insert(&form.id, None);
            skipped.push(Skipped::BadForm { action: form.id.clone(), problems });
        }
    }
    (walk(&held, &given, country, response.created_at), skipped)
}

/// The changes that bring the plan's scores of `evaluator` to the
/// response's, and the scores that cannot apply.
pub(super) fn score_changes(plan: &Plan, evaluator: &EvaluatorId, response: &Response) -> (Vec<Change>, Vec<Skipped>) {
    let held: BTreeMap<&ActionId, Option<&Score>> =
        plan.scores.iter().filter(|s| &s.evaluator == evaluator).map(|s| (&s.action, Some(s))).collect();
    let criteria: HashSet<CriterionId> = plan.criteria().into_iter().map(|k| k.id).collect();
    let who = plan.evaluator(evaluator);
    let mut given: BTreeMap<&ActionId, Option<&Score>> = BTreeMap::new();
    let mut skipped = Vec::new();
    for score in response.scores.iter().filter(|s| &s.evaluator == evaluator) {
        let skip = match plan.action(&score.action) {
            None => Some(Skipped::UnknownAction(score.clone())),
            Some(a) if who.is_some_and(|e| e.conflicts_with(&a.offering, &a.receiving)) => {
                Some(Skipped::ConflictOfInterest(score.clone()))
            }
            Some(_)
                if score.values.iter().any(|(k, v)| !criteria.contains(k) || !(SCORE_MIN..=SCORE_MAX).contains(v)) =>
            {
                Some(Skipped::BadScore(score.clone()))
            }
            Some(_) => None,
        };
        given.insert(&score.action, skip.is_none().then_some(score));
        skipped.extend(skip);
    }
    (walk(&held, &given, &CountryId::default(), response.created_at), skipped)
}
