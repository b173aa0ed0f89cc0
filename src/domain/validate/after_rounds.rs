//! The rules of what follows the rounds: action forms, the committee's
//! evaluation, the selection and the follow-up.

use super::{Checker, Problem, ProblemKind};
use crate::domain::ids::*;
use crate::domain::model::{
    Action, Response, Score, SessionOutcome, SCORE_MAX, SCORE_MIN, USEFULNESS_MAX, USEFULNESS_MIN,
};
use std::collections::HashSet;

/// The record name of a score: `scores/ev-1:act-pe-1`.
pub fn score_record(s: &Score) -> String {
    format!("scores/{}:{}", s.evaluator, s.action)
}

pub(super) fn check(c: &mut Checker) {
    let p = c.plan;
    c.unique_ids("action_types", p.action_types.iter().map(|r| r.id.as_str()));
    c.unique_ids("actions", p.actions.iter().map(|r| r.id.as_str()));
    c.unique_ids("evaluators", p.evaluators.iter().map(|r| r.id.as_str()));
    c.unique_ids("criteria", p.criteria.iter().map(|r| r.id.as_str()));
    for t in &p.action_types {
        c.at("action_types", t.id.as_str());
        if t.labels.values().all(|l| l.trim().is_empty()) {
            c.report("labels", ProblemKind::Empty);
        }
    }
    for k in &p.criteria {
        c.at("criteria", k.id.as_str());
        if k.labels.values().all(|l| l.trim().is_empty()) {
            c.report("labels", ProblemKind::Empty);
        }
        if k.weight == 0 {
            c.report("weight", ProblemKind::Zero);
        }
    }
    check_actions(c);
    check_evaluation(c);
    check_selection(c);
    check_outcomes(c);
}

fn check_actions(c: &mut Checker) {
    let p = c.plan;
    let types: HashSet<ActionTypeId> = p.action_types().into_iter().map(|t| t.id).collect();
    for a in &p.actions {
        c.at("actions", a.id.as_str());
        c.non_empty("title", &a.title);
        c.exists("type", types.contains(&a.kind), "action_types", a.kind.as_str());
        c.country("offering", &a.offering);
        c.country("receiving", &a.receiving);
        if a.offering == a.receiving {
            c.report("receiving", ProblemKind::SameCountries);
        }
        if let Some(id) = &a.offer {
            match p.offer(id) {
                None => c.exists("offer", false, "offers", id.as_str()),
                Some(o) if o.country != a.offering => {
                    c.report("offer", ProblemKind::OtherCountry { country: o.country.to_string() })
                }
                Some(_) => {}
            }
        }
        if let Some(id) = &a.session {
            let session = p.schedule.iter().flat_map(|s| &s.sessions).find(|s| &s.id == id);
            match session {
                None => c.exists("session", false, "sessions", id.as_str()),
                Some(s) if a.offer.as_ref().is_some_and(|o| o != &s.offer) => {
                    c.report("session", ProblemKind::OtherOffer { offer: s.offer.to_string() })
                }
                Some(_) => {}
            }
        }
        if let (Some(start), Some(end)) = (a.starts_on, a.ends_on) {
            if end < start {
                c.report("ends_on", ProblemKind::EndsBeforeStart);
            }
        }
        currency(c, "cost.currency", &a.cost.currency, a.cost.total() > 0);
        if let Some(id) = &a.linked {
            match p.action(id) {
                None => c.exists("linked", false, "actions", id.as_str()),
                Some(other) if !is_other_side(a, other) => c.report("linked", ProblemKind::BadLink),
                Some(_) => {}
            }
        }
    }
}

/// Whether `other` is the other side's form about the same action as `a`.
pub fn is_other_side(a: &Action, other: &Action) -> bool {
    other.id != a.id
        && other.offering == a.offering
        && other.receiving == a.receiving
        && other.registered_by == a.registered_by.other()
}

/// A currency code: three capital letters; it may be blank unless `needed`.
fn currency(c: &mut Checker, field: &str, code: &str, needed: bool) {
    if code.is_empty() {
        if needed {
            c.report(field, ProblemKind::Empty);
        }
    } else if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        c.report(field, ProblemKind::BadCurrency);
    }
}

fn check_evaluation(c: &mut Checker) {
    let p = c.plan;
    for e in &p.evaluators {
        c.at("evaluators", e.id.as_str());
        c.non_empty("name", &e.name);
        if let Some(country) = &e.country {
            c.country("country", country);
        }
    }
    let criteria: HashSet<CriterionId> = p.criteria().into_iter().map(|k| k.id).collect();
    let mut seen = HashSet::new();
    for s in &p.scores {
        c.record = score_record(s);
        c.exists("evaluator", p.evaluator(&s.evaluator).is_some(), "evaluators", s.evaluator.as_str());
        c.exists("action", p.action(&s.action).is_some(), "actions", s.action.as_str());
        if !seen.insert((&s.evaluator, &s.action)) {
            c.report("action", ProblemKind::DuplicateId);
        }
        score_values(c, s, &criteria);
    }
}

fn score_values(c: &mut Checker, s: &Score, criteria: &HashSet<CriterionId>) {
    for (k, v) in &s.values {
        c.exists("values", criteria.contains(k), "criteria", k.as_str());
        if !(SCORE_MIN..=SCORE_MAX).contains(v) {
            c.report("values", ProblemKind::OutOfRange { min: SCORE_MIN, max: SCORE_MAX });
        }
    }
}

fn check_selection(c: &mut Checker) {
    let p = c.plan;
    if let Some(sel) = &p.selection {
        c.at("selection", "selection");
        currency(c, "rules.currency", &sel.rules.currency, true);
        for id in sel.overrides.keys() {
            c.exists("overrides", p.action(id).is_some(), "actions", id.as_str());
        }
        let mut seen = HashSet::new();
        for id in &sel.chosen {
            c.exists("chosen", p.action(id).is_some(), "actions", id.as_str());
            if !seen.insert(id) {
                c.report("chosen", ProblemKind::DuplicateId);
            }
        }
        for (i, s) in sel.scenarios.iter().enumerate() {
            currency(c, &format!("scenarios[{i}].rules.currency"), &s.rules.currency, true);
        }
    }
    c.unique_ids("follow_ups", p.follow_ups.iter().map(|f| f.action.as_str()));
    for f in &p.follow_ups {
        c.at("follow_ups", f.action.as_str());
        c.exists("action", p.action(&f.action).is_some(), "actions", f.action.as_str());
        for a in &f.responsible {
            c.exists("responsible", p.agency(a).is_some(), "agencies", a.as_str());
        }
        if let (Some(start), Some(end)) = (f.starts_on, f.ends_on) {
            if end < start {
                c.report("ends_on", ProblemKind::EndsBeforeStart);
            }
        }
    }
}

/// The record name of an outcome: `outcomes/ses-3:PE`, or `outcomes/ses-3` for the organizer's.
pub fn outcome_record(o: &SessionOutcome) -> String {
    match &o.country {
        Some(c) => format!("outcomes/{}:{c}", o.session),
        None => format!("outcomes/{}", o.session),
    }
}

/// Each outcome names a session of the schedule, a country taking part in it (or none, the
/// organizer's), a usefulness on its scale, absences among its attendees (the organizer's
/// only); one per session and country.
fn check_outcomes(c: &mut Checker) {
    let p = c.plan;
    let sessions = p.schedule.iter().flat_map(|s| &s.sessions);
    let sessions: std::collections::HashMap<&SessionId, &crate::domain::model::Session> =
        sessions.map(|s| (&s.id, s)).collect();
    let mut seen = HashSet::new();
    for o in &p.outcomes {
        c.record = outcome_record(o);
        if !seen.insert((&o.session, &o.country)) {
            c.report("session", ProblemKind::DuplicateId);
        }
        let session = sessions.get(&o.session);
        c.exists("session", session.is_some(), "sessions", o.session.as_str());
        if let (Some(country), Some(s)) = (&o.country, session) {
            let presenter = p.offer(&s.offer).map(|x| &x.country);
            if presenter != Some(country) && !s.attendees.contains(country) {
                c.report("country", ProblemKind::NotInSession { country: country.to_string() });
            }
            if !o.absent.is_empty() {
                c.report("absent", ProblemKind::NotForRespondent);
            }
        }
        if o.usefulness.is_some_and(|u| !(USEFULNESS_MIN..=USEFULNESS_MAX).contains(&u)) {
            c.report("usefulness", ProblemKind::OutOfRange { min: USEFULNESS_MIN, max: USEFULNESS_MAX });
        }
        for a in &o.absent {
            if session.is_some_and(|s| !s.attendees.contains(a)) {
                c.report("absent", ProblemKind::NotInSession { country: a.to_string() });
            }
        }
    }
}

/// The rules of a response about actions and scores: a country's forms are
/// its own and a country sends no scores; an evaluator's scores are theirs
/// and an evaluator sends nothing else; at most one form per id and one
/// score per action.
pub(super) fn check_response(r: &Response) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = |record: String, field: &str, kind| problems.push(Problem { record, field: field.into(), kind });
    let has_answers =
        !r.interests.is_empty() || !r.theme_interests.is_empty() || r.actions.is_some() || r.outcomes.is_some();
    match &r.evaluator {
        None if r.country.as_str().is_empty() => report("response/response".into(), "country", ProblemKind::Empty),
        None if !r.scores.is_empty() => report("response/response".into(), "scores", ProblemKind::NotForRespondent),
        Some(_) if !r.country.as_str().is_empty() || has_answers => {
            report("response/response".into(), "evaluator", ProblemKind::NotForRespondent)
        }
        _ => {}
    }
    let mut ids = HashSet::new();
    for a in r.actions.iter().flatten() {
        let record = format!("actions/{}", a.id);
        if a.registrant() != &r.country {
            report(record.clone(), "registered_by", ProblemKind::OtherCountry { country: a.registrant().to_string() });
        }
        if !ids.insert(&a.id) {
            report(record, "id", ProblemKind::DuplicateId);
        }
    }
    for o in r.outcomes.iter().flatten() {
        if o.country.as_ref() != Some(&r.country) {
            let country = o.country.as_ref().map_or_else(String::new, ToString::to_string);
            report(outcome_record(o), "country", ProblemKind::OtherCountry { country });
        }
    }
    let mut scored = HashSet::new();
    for s in &r.scores {
        if Some(&s.evaluator) != r.evaluator.as_ref() {
            report(score_record(s), "evaluator", ProblemKind::OtherEvaluator { evaluator: s.evaluator.to_string() });
        }
        if !scored.insert(&s.action) {
            report(score_record(s), "action", ProblemKind::DuplicateId);
        }
    }
    problems
}
