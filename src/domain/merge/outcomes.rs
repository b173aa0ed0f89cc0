//! The session outcomes of a country's response, compared with what the
//! plan holds of that country.

use super::answers::{walk, Answer};
use super::{Change, Skipped, Subject};
use crate::domain::date::Timestamp;
use crate::domain::edit::{self, Edit};
use crate::domain::ids::{CountryId, SessionId};
use crate::domain::model::{Plan, Response, SessionOutcome};
use crate::domain::validate::outcome_record;
use std::collections::BTreeMap;

impl Answer for SessionOutcome {
    fn same_as(&self, other: &Self) -> bool {
        Self { updated_at: None, ..self.clone() } == Self { updated_at: None, ..other.clone() }
    }
    fn stamped(&self, country: &CountryId, at: Timestamp) -> Self {
        Self { country: Some(country.clone()), updated_at: Some(at), ..self.clone() }
    }
    fn add(self) -> Change {
        Change::AddOutcome(self)
    }
    fn change(before: Self, after: Self) -> Change {
        Change::ChangeOutcome { before, after }
    }
    fn remove(self) -> Change {
        Change::RemoveOutcome(self)
    }
}

/// The newest `updated_at` among the outcomes `country` reported.
pub(super) fn newest_outcome(plan: &Plan, country: &CountryId) -> Option<Timestamp> {
    plan.outcomes.iter().filter(|o| o.country.as_ref() == Some(country)).filter_map(|o| o.updated_at).max()
}

/// The changes that bring the plan's outcomes of the response's country to
/// the response's, and the outcomes that cannot apply. A response without
/// `outcomes` changes none.
pub(super) fn outcome_changes(plan: &Plan, response: &Response) -> (Vec<Change>, Vec<Skipped>) {
    let Some(outcomes) = &response.outcomes else { return (Vec::new(), Vec::new()) };
    let country = &response.country;
    let held: BTreeMap<&SessionId, Option<&SessionOutcome>> =
        plan.outcomes.iter().filter(|o| o.country.as_ref() == Some(country)).map(|o| (&o.session, Some(o))).collect();
    let mut given: BTreeMap<&SessionId, Option<&SessionOutcome>> = BTreeMap::new();
    let mut skipped = Vec::new();
    for o in outcomes {
        if given.contains_key(&o.session) {
            skipped.push(Skipped::Duplicate(Subject::Outcome(o.session.clone())));
            continue;
        }
        let record = outcome_record(o);
        let problems: Vec<_> = match edit::apply(plan, Edit::PutOutcome(o.clone())) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.into_iter().filter(|p| p.record == record).collect(),
        };
        if problems.is_empty() {
            given.insert(&o.session, (!o.is_blank()).then_some(o));
        } else {
            // The plan keeps what it holds: not a withdrawal.
            given.insert(&o.session, held.get(&o.session).copied().flatten());
            skipped.push(Skipped::BadOutcome { session: o.session.clone(), problems });
        }
    }
    (walk(&held, &given, country, response.created_at), skipped)
}
