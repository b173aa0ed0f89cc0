//! The tidying that keeps the references of what follows the rounds whole
//! when the records they name go away.

use crate::domain::model::{Plan, Score};
use std::collections::HashSet;

/// Whether two scores are the same evaluator's of the same action.
pub(crate) fn same_score(a: &Score, b: &Score) -> bool {
    a.evaluator == b.evaluator && a.action == b.action
}

/// Drops what names a record the edit removed (from `before` to `plan`):
/// the forms of a country gone, the outcomes of a session or country gone
/// (and absences of countries no longer attending), then the scores, follow-ups and selection
/// entries of forms or evaluators gone, and scores' values on criteria gone; clears references to an offer,
/// session, linked form, evaluator's country or responsible agency gone.
/// A reference to a record that was never there is left for validation.
pub(super) fn tidy(before: &Plan, plan: &mut Plan) {
    let gone = |had: Vec<String>, has: Vec<String>| -> HashSet<String> {
        let has: HashSet<String> = has.into_iter().collect();
        had.into_iter().filter(|id| !has.contains(id)).collect()
    };
    let ids = |p: &Plan| Ids {
        countries: p.countries.iter().map(|c| c.id.to_string()).collect(),
        offers: p.offers.iter().map(|o| o.id.to_string()).collect(),
        sessions: p.schedule.iter().flat_map(|s| &s.sessions).map(|s| s.id.to_string()).collect(),
        agencies: p.agencies.iter().map(|a| a.id.to_string()).collect(),
        evaluators: p.evaluators.iter().map(|e| e.id.to_string()).collect(),
        criteria: p.criteria().into_iter().map(|k| k.id.to_string()).collect(),
    };
    let (was, now) = (ids(before), ids(plan));
    let countries = gone(was.countries, now.countries);
    plan.actions.retain(|a| !countries.contains(a.offering.as_str()) && !countries.contains(a.receiving.as_str()));
    let actions = gone(
        before.actions.iter().map(|a| a.id.to_string()).collect(),
        plan.actions.iter().map(|a| a.id.to_string()).collect(),
    );
    let (offers, sessions) = (gone(was.offers, now.offers), gone(was.sessions, now.sessions));
    let is_gone = |set: &HashSet<String>, id: &str| set.contains(id);
    for a in &mut plan.actions {
        a.offer = a.offer.take().filter(|o| !is_gone(&offers, o.as_str()));
        a.session = a.session.take().filter(|s| !is_gone(&sessions, s.as_str()));
        a.linked = a.linked.take().filter(|l| !is_gone(&actions, l.as_str()));
    }
    for e in &mut plan.evaluators {
        e.country = e.country.take().filter(|c| !is_gone(&countries, c.as_str()));
    }
    let evaluators = gone(was.evaluators, now.evaluators);
    plan.scores.retain(|s| !is_gone(&actions, s.action.as_str()) && !is_gone(&evaluators, s.evaluator.as_str()));
    let criteria = gone(was.criteria, now.criteria);
    for s in &mut plan.scores {
        s.values.retain(|k, _| !is_gone(&criteria, k.as_str()));
    }
    plan.follow_ups.retain(|f| !is_gone(&actions, f.action.as_str()));
    let agencies = gone(was.agencies, now.agencies);
    for f in &mut plan.follow_ups {
        f.responsible.retain(|a| !is_gone(&agencies, a.as_str()));
    }
    let attending: std::collections::HashMap<&str, Vec<&str>> = plan
        .schedule
        .iter()
        .flat_map(|s| &s.sessions)
        .map(|s| (s.id.as_str(), s.attendees.iter().map(|c| c.as_str()).collect()))
        .collect();
    plan.outcomes.retain(|o| {
        !is_gone(&sessions, o.session.as_str()) && !o.country.as_ref().is_some_and(|c| is_gone(&countries, c.as_str()))
    });
    for o in &mut plan.outcomes {
        if let Some(attendees) = attending.get(o.session.as_str()) {
            o.absent.retain(|c| attendees.contains(&c.as_str()));
        }
    }
    if let Some(sel) = &mut plan.selection {
        sel.overrides.retain(|id, _| !is_gone(&actions, id.as_str()));
        sel.chosen.retain(|id| !is_gone(&actions, id.as_str()));
    }
}

/// The ids of the records whose removal [`tidy`] follows.
struct Ids {
    countries: Vec<String>,
    offers: Vec<String>,
    sessions: Vec<String>,
    agencies: Vec<String>,
    evaluators: Vec<String>,
    criteria: Vec<String>,
}
