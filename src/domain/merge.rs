//! Merging delegations' response files into a plan.
//!
//! A [`Response`] holds *all* of a country's answers, so [`diff`] compares it
//! with what the plan holds for that country: an answer the plan lacks is
//! added, one that differs is changed, and one the response lacks was
//! withdrawn. Each [`Change`] can be accepted on its own; [`Conflict`]s flag
//! what the organizer must look at first, and [`Skipped`] answers cannot
//! apply at all. [`apply`] then lands the accepted changes like any other
//! [`Edit`]: whole and validated, or not at all.

mod answers;
mod render;

use super::date::Timestamp;
use super::edit::{self, Edit};
use super::ids::{AgencyId, CountryId, DelegateId, OfferId, PlanId, ThemeId};
use super::model::{Interest, Plan, Priority, Response, ThemeInterest};
use super::validate::Problem;
use answers::Index;
use std::collections::{BTreeMap, BTreeSet};

/// What an answer is about: an offer or a theme.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    Offer(OfferId),
    Theme(ThemeId),
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
    ChangeInterest { before: Interest, after: Interest },
    /// The response lacks an interest the plan holds: it was withdrawn.
    RemoveInterest(Interest),
    AddThemeInterest(ThemeInterest),
    ChangeThemeInterest { before: ThemeInterest, after: ThemeInterest },
    /// The response lacks a theme interest the plan holds: it was withdrawn.
    RemoveThemeInterest(ThemeInterest),
}

impl Change {
    /// The country whose answer this is.
    pub fn country(&self) -> &CountryId {
        match self {
            Self::AddInterest(i) | Self::ChangeInterest { after: i, .. } | Self::RemoveInterest(i) => &i.country,
            Self::AddThemeInterest(i)
            | Self::ChangeThemeInterest { after: i, .. }
            | Self::RemoveThemeInterest(i) => &i.country,
        }
    }

    /// The offer or theme the answer is about.
    pub fn subject(&self) -> Subject {
        match self {
            Self::AddInterest(i) | Self::ChangeInterest { after: i, .. } | Self::RemoveInterest(i) => {
                Subject::Offer(i.offer.clone())
            }
            Self::AddThemeInterest(i)
            | Self::ChangeThemeInterest { after: i, .. }
            | Self::RemoveThemeInterest(i) => Subject::Theme(i.theme.clone()),
        }
    }

    /// What the answer says once the change is applied; `None` for a removal.
    pub fn after(&self) -> Option<Stance> {
        match self {
            Self::AddInterest(i) | Self::ChangeInterest { after: i, .. } => Some(i.into()),
            Self::AddThemeInterest(i) | Self::ChangeThemeInterest { after: i, .. } => Some(i.into()),
            Self::RemoveInterest(_) | Self::RemoveThemeInterest(_) => None,
        }
    }
}

/// Something about a file the organizer must see before accepting its changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Conflict {
    /// The response's country is not in the plan: none of its changes can apply.
    UnknownCountry,
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
            Self::UnknownCountry | Self::OtherPlan { .. } | Self::OlderThanPlan { .. } => true,
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
}

/// What one response file would change in the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct FileDiff {
    /// The caller's label for the file, e.g. its name.
    pub file: String,
    pub country: CountryId,
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

    /// The changes to apply: those no conflict touches, or with
    /// `accept_conflicts` all of them; never any of an unknown country.
    pub fn accepted(&self, accept_conflicts: bool) -> impl Iterator<Item = &Change> {
        let unknown = self.conflicts.contains(&Conflict::UnknownCountry);
        self.changes.iter().filter(move |c| !unknown && (accept_conflicts || !self.is_withheld(c)))
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
        .map(|d| d.changes.iter().map(|c| (c.subject(), c.after())).collect())
        .collect();
    for (i, diff) in diffs.iter_mut().enumerate() {
        for (j, (other_file, other)) in files.iter().enumerate() {
            if i != j && other.country == diff.country {
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
    if plan.country(country).is_none() {
        conflicts.push(Conflict::UnknownCountry);
    }
    if response.plan != plan.id {
        conflicts.push(Conflict::OtherPlan { expected: plan.id.clone(), found: response.plan.clone() });
    }
    if let Some(newest) = index.newest(country).filter(|t| *t > response.created_at) {
        conflicts.push(Conflict::OlderThanPlan { plan_updated_at: newest });
    }
    let (given, skipped) = index.read(response);
    FileDiff {
        file: file.to_owned(),
        country: country.clone(),
        created_at: response.created_at,
        changes: index.changes(country, &given, response.created_at),
        conflicts,
        skipped,
    }
}

/// The plan with the `accepted` changes applied, in order, and nothing else
/// changed; or the problems of the result (e.g. an offer deleted since the
/// diff), leaving the plan as it was. See [`Edit::Merge`].
pub fn apply(plan: &Plan, accepted: &[Change]) -> Result<Plan, Vec<Problem>> {
    edit::apply(plan, Edit::Merge(accepted.to_vec()))
}
