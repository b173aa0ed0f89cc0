//! Merging delegations' and evaluators' response files into a plan.
//!
//! A [`Response`] holds *all* of a country's answers, so [`diff`] compares it
//! with what the plan holds for that country: an answer the plan lacks is
//! added, one that differs is changed, and one the response lacks was
//! withdrawn. Each [`Change`] can be accepted on its own; [`Conflict`]s flag
//! what the organizer must look at first, and [`Skipped`] answers cannot
//! apply at all. The command [`crate::domain::command::responses::accept`]
//! then lands the accepted changes as edits ([`Change::edit`]): whole and
//! validated, or not at all.
//!
//! A country's response may also hold all of its action forms, and an
//! evaluator's response all of their scores (see [`forms`]): they are
//! compared and accepted the same way.

mod answers;
mod forms;
mod outcomes;

use super::date::Timestamp;
use super::edit::Edit;
use super::ids::{ActionId, AgencyId, CountryId, DelegateId, EvaluatorId, OfferId, PlanId, SessionId, ThemeId};
use super::model::{Action, Interest, Plan, Priority, Response, Score, SessionOutcome, ThemeInterest};
use super::validate::Problem;
use answers::Index;
use std::collections::{BTreeMap, BTreeSet};

/// What an answer is about: an offer or a theme; an action form (by its
/// id); the score of an action; the outcome of a session.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    Offer(OfferId),
    Theme(ThemeId),
    Action(ActionId),
    Score(ActionId),
    Outcome(SessionId),
}

/// What an answer says, without its ids and time: what a change changes and
/// what two files can disagree on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stance {
    pub priority: Priority,
    pub note: String,
    pub delegate: Option<DelegateId>,
    pub agency: Option<AgencyId>,
}

impl From<&Interest> for Stance {
    fn from(i: &Interest) -> Self {
        Self { priority: i.priority, note: i.note.clone(), delegate: i.delegate.clone(), agency: i.agency.clone() }
    }
}

impl From<&ThemeInterest> for Stance {
    fn from(i: &ThemeInterest) -> Self {
        Self { priority: i.priority, note: i.note.clone(), delegate: None, agency: None }
    }
}

/// One change a response makes to the plan, to accept or not on its own.
/// Added and changed answers carry the response's `created_at` as `updated_at`.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    AddInterest(Interest),
    ChangeInterest {
        before: Interest,
        after: Interest,
    },
    /// The response lacks an interest the plan holds: it was withdrawn.
    RemoveInterest(Interest),
    AddThemeInterest(ThemeInterest),
    ChangeThemeInterest {
        before: ThemeInterest,
        after: ThemeInterest,
    },
    /// The response lacks a theme interest the plan holds: it was withdrawn.
    RemoveThemeInterest(ThemeInterest),
    AddAction(Box<Action>),
    ChangeAction {
        before: Box<Action>,
        after: Box<Action>,
    },
    /// The response lacks a form the plan holds of its country: withdrawn.
    RemoveAction(Box<Action>),
    AddScore(Score),
    ChangeScore {
        before: Score,
        after: Score,
    },
    /// The evaluator's response lacks a score the plan holds: withdrawn.
    RemoveScore(Score),
    AddOutcome(SessionOutcome),
    ChangeOutcome {
        before: SessionOutcome,
        after: SessionOutcome,
    },
    /// The response lacks an outcome the plan holds of its country: withdrawn.
    RemoveOutcome(SessionOutcome),
}

/// The country of a score's change: none.
static NO_COUNTRY: CountryId = CountryId(String::new());

impl Change {
    /// The edit that makes this change: it sets or withdraws its answer,
    /// whatever the plan holds for it by then.
    pub fn edit(self) -> Edit {
        match self {
            Self::AddInterest(i) | Self::ChangeInterest { after: i, .. } => Edit::PutInterest(i),
            Self::RemoveInterest(i) => Edit::RemoveInterest(i.country, i.offer),
            Self::AddThemeInterest(i) | Self::ChangeThemeInterest { after: i, .. } => Edit::PutThemeInterest(i),
            Self::RemoveThemeInterest(i) => Edit::RemoveThemeInterest(i.country, i.theme),
            Self::AddAction(a) | Self::ChangeAction { after: a, .. } => Edit::PutAction(*a),
            Self::RemoveAction(a) => Edit::RemoveAction(a.id),
            Self::AddScore(s) | Self::ChangeScore { after: s, .. } => Edit::PutScore(s),
            Self::RemoveScore(s) => Edit::RemoveScore(s.evaluator, s.action),
            Self::AddOutcome(o) | Self::ChangeOutcome { after: o, .. } => Edit::PutOutcome(o),
            Self::RemoveOutcome(o) => Edit::PutOutcome(SessionOutcome::new(o.session, o.country)),
        }
    }

    /// The country whose answer this is (empty for a score).
    pub fn country(&self) -> &CountryId {
        match self {
            Self::AddInterest(i) | Self::ChangeInterest { after: i, .. } | Self::RemoveInterest(i) => &i.country,
            Self::AddThemeInterest(i) | Self::ChangeThemeInterest { after: i, .. } | Self::RemoveThemeInterest(i) => {
                &i.country
            }
            Self::AddAction(a) | Self::ChangeAction { after: a, .. } | Self::RemoveAction(a) => a.registrant(),
            Self::AddScore(_) | Self::ChangeScore { .. } | Self::RemoveScore(_) => &NO_COUNTRY,
            Self::AddOutcome(o) | Self::ChangeOutcome { after: o, .. } | Self::RemoveOutcome(o) => {
                o.country.as_ref().unwrap_or(&NO_COUNTRY)
            }
        }
    }

    /// The offer or theme the answer is about.
    pub fn subject(&self) -> Subject {
        match self {
            Self::AddInterest(i) | Self::ChangeInterest { after: i, .. } | Self::RemoveInterest(i) => {
                Subject::Offer(i.offer.clone())
            }
            Self::AddThemeInterest(i) | Self::ChangeThemeInterest { after: i, .. } | Self::RemoveThemeInterest(i) => {
                Subject::Theme(i.theme.clone())
            }
            Self::AddAction(a) | Self::ChangeAction { after: a, .. } | Self::RemoveAction(a) => {
                Subject::Action(a.id.clone())
            }
            Self::AddScore(s) | Self::ChangeScore { after: s, .. } | Self::RemoveScore(s) => {
                Subject::Score(s.action.clone())
            }
            Self::AddOutcome(o) | Self::ChangeOutcome { after: o, .. } | Self::RemoveOutcome(o) => {
                Subject::Outcome(o.session.clone())
            }
        }
    }

    /// What an interest says once the change is applied; `None` for a
    /// removal, and for the changes of forms and scores.
    pub fn after(&self) -> Option<Stance> {
        match self {
            Self::AddInterest(i) | Self::ChangeInterest { after: i, .. } => Some(i.into()),
            Self::AddThemeInterest(i) | Self::ChangeThemeInterest { after: i, .. } => Some(i.into()),
            _ => None,
        }
    }

    /// Whether the change is about an interest or a theme interest (the
    /// answers that two files of one country can disagree on).
    pub fn is_interest(&self) -> bool {
        matches!(self.subject(), Subject::Offer(_) | Subject::Theme(_))
    }
}

/// Something about a file the organizer must see before accepting its changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Conflict {
    /// The response's country is not in the plan: none of its changes can apply.
    UnknownCountry,
    /// The response's evaluator is not in the plan: none of its changes can apply.
    UnknownEvaluator,
    /// The response answers another plan.
    OtherPlan { expected: PlanId, found: PlanId },
    /// The response was written before the newest answer the plan holds for
    /// its country: applying it could undo newer answers.
    OlderThanPlan { plan_updated_at: Timestamp },
    /// Another file of the same country in this batch leaves a different
    /// answer about `subject` (`None`: no answer).
    Disagrees { other_file: String, subject: Subject, this: Option<Stance>, other: Option<Stance> },
}

impl Conflict {
    /// Whether the conflict concerns `change`: every change of the file, or
    /// for a disagreement, the changes about its subject.
    pub fn touches(&self, change: &Change) -> bool {
        match self {
            Self::Disagrees { subject, .. } => &change.subject() == subject,
            Self::UnknownCountry | Self::UnknownEvaluator | Self::OtherPlan { .. } | Self::OlderThanPlan { .. } => true,
        }
    }
}

/// An answer of a response that cannot apply to the plan at all.
#[derive(Clone, Debug, PartialEq)]
pub enum Skipped {
    /// The offer is not in the plan.
    UnknownOffer(Interest),
    /// The offer is the responding country's own.
    OwnOffer(Interest),
    /// The delegate is not in the plan, or is of another country.
    UnknownDelegate(Interest),
    /// The agency is not in the plan, or is of another country.
    UnknownAgency(Interest),
    /// The theme is not in the plan.
    UnknownTheme(ThemeInterest),
    /// The answer is filed under another country than the response's.
    OtherCountry { country: CountryId, subject: Subject },
    /// A second answer about the same offer or theme (the first one counts).
    Duplicate(Subject),
    /// The form cannot stand in the plan: the problems name its fields.
    BadForm { action: ActionId, problems: Vec<Problem> },
    /// The plan holds a form with this id registered by another country.
    FormOfOtherCountry { action: ActionId, country: CountryId },
    /// The scored action is not in the plan.
    UnknownAction(Score),
    /// The evaluator's country is a side of the action: the score is not taken.
    ConflictOfInterest(Score),
    /// The score names a criterion the plan does not have, or a value out of 1–5.
    BadScore(Score),
    /// The outcome cannot stand in the plan: the problems name its fields.
    BadOutcome { session: SessionId, problems: Vec<Problem> },
}

/// What one response file would change in the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct FileDiff {
    /// The caller's label for the file, e.g. its name.
    pub file: String,
    /// The responding country (empty for an evaluator's file).
    pub country: CountryId,
    /// The responding evaluator, for an evaluator's file.
    pub evaluator: Option<EvaluatorId>,
    pub created_at: Timestamp,
    /// Sorted by subject: offers, then themes, each by id.
    pub changes: Vec<Change>,
    pub conflicts: Vec<Conflict>,
    pub skipped: Vec<Skipped>,
}

impl FileDiff {
    /// Whether a conflict concerns `change`.
    pub fn is_withheld(&self, change: &Change) -> bool {
        self.conflicts.iter().any(|c| c.touches(change))
    }

    /// Whether the respondent is not in the plan: none of the changes can apply.
    pub fn is_unknown(&self) -> bool {
        self.conflicts.iter().any(|c| matches!(c, Conflict::UnknownCountry | Conflict::UnknownEvaluator))
    }

    /// The changes to apply: those no conflict touches, or with
    /// `accept_conflicts` all of them; never any of an unknown country or evaluator.
    pub fn accepted(&self, accept_conflicts: bool) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(move |c| self.accepts(c, accept_conflicts))
    }

    /// Whether `change` (one of this file's) is among the [`accepted`](Self::accepted).
    pub fn accepts(&self, change: &Change, accept_conflicts: bool) -> bool {
        !self.is_unknown() && (accept_conflicts || !self.is_withheld(change))
    }
}

/// What each response file would change in `plan`, in the order given.
/// Files of the same country are each compared with the plan, and flag
/// each other's different answers as [`Conflict::Disagrees`].
pub fn diff(plan: &Plan, files: &[(String, Response)]) -> Vec<FileDiff> {
    let index = Index::of(plan);
    let mut diffs: Vec<FileDiff> = files.iter().map(|(file, r)| diff_one(plan, &index, file, r)).collect();
    let outcomes: Vec<BTreeMap<Subject, Option<Stance>>> = diffs
        .iter()
        .map(|d| d.changes.iter().filter(|c| c.is_interest()).map(|c| (c.subject(), c.after())).collect())
        .collect();
    for (i, diff) in diffs.iter_mut().enumerate() {
        for (j, (other_file, other)) in files.iter().enumerate() {
            if i != j && other.evaluator.is_none() && diff.evaluator.is_none() && other.country == diff.country {
                let now = |s: &Subject| index.stance(&diff.country, s);
                diff.conflicts.extend(disagreements(&outcomes[i], &outcomes[j], now, other_file));
            }
        }
    }
    diffs
}

/// The subjects on which two files of one country leave different answers;
/// `now` is the plan's answer, which a file without a change keeps.
fn disagreements(
    this: &BTreeMap<Subject, Option<Stance>>,
    other: &BTreeMap<Subject, Option<Stance>>,
    now: impl Fn(&Subject) -> Option<Stance>,
    other_file: &str,
) -> Vec<Conflict> {
    let subjects: BTreeSet<&Subject> = this.keys().chain(other.keys()).collect();
    subjects
        .into_iter()
        .filter_map(|s| {
            let mine = this.get(s).cloned().unwrap_or_else(|| now(s));
            let theirs = other.get(s).cloned().unwrap_or_else(|| now(s));
            (mine != theirs).then(|| Conflict::Disagrees {
                other_file: other_file.to_owned(),
                subject: s.clone(),
                this: mine,
                other: theirs,
            })
        })
        .collect()
}

fn diff_one(plan: &Plan, index: &Index, file: &str, response: &Response) -> FileDiff {
    let country = &response.country;
    let mut conflicts = Vec::new();
    match &response.evaluator {
        Some(e) if plan.evaluator(e).is_none() => conflicts.push(Conflict::UnknownEvaluator),
        None if plan.country(country).is_none() => conflicts.push(Conflict::UnknownCountry),
        _ => {}
    }
    if response.plan != plan.id {
        conflicts.push(Conflict::OtherPlan { expected: plan.id.clone(), found: response.plan.clone() });
    }
    let newest = match &response.evaluator {
        Some(e) => forms::newest_score(plan, e),
        None => {
            index.newest(country).max(forms::newest_form(plan, country)).max(outcomes::newest_outcome(plan, country))
        }
    };
    if let Some(newest) = newest.filter(|t| *t > response.created_at) {
        conflicts.push(Conflict::OlderThanPlan { plan_updated_at: newest });
    }
    let (given, mut skipped) = index.read(response);
    let mut changes = index.changes(country, &given, response.created_at);
    let (more, also_skipped) = match &response.evaluator {
        Some(e) => forms::score_changes(plan, e, response),
        None => forms::form_changes(plan, response),
    };
    changes.extend(more);
    skipped.extend(also_skipped);
    if response.evaluator.is_none() {
        let (more, also_skipped) = outcomes::outcome_changes(plan, response);
        changes.extend(more);
        skipped.extend(also_skipped);
    }
    FileDiff {
        file: file.to_owned(),
        country: country.clone(),
        evaluator: response.evaluator.clone(),
        created_at: response.created_at,
        changes,
        conflicts,
        skipped,
    }
}
