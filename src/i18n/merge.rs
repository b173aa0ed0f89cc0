//! The merge of response files in words: what each file adds, changes and
//! withdraws, its conflicts and the answers it skips; the responses page
//! and `rondas-cli merge` say the same.

use super::{fill, Key, Lang};
use crate::domain::merge::{Change, Conflict, FileDiff, Skipped, Stance, Subject};
use crate::domain::model::{Action, Score};
use crate::domain::Plan;

impl Lang {
    /// Who answered and when: "Peru, Sunday, March 1, 2026: 3 changes".
    pub fn merge_file_head(self, plan: &Plan, d: &FileDiff) -> String {
        let who = match &d.evaluator {
            Some(e) => plan.evaluator(e).map_or_else(|| e.to_string(), |e| e.name.clone()),
            None => plan.country_name(&d.country),
        };
        self.fill(fill::ResponsesFileHead {
            n: d.changes.len(),
            country: &who,
            date: &self.date_long(d.created_at.date),
        })
    }

    /// The file's conflicts as sentences.
    pub fn merge_conflicts(self, plan: &Plan, d: &FileDiff) -> Vec<String> {
        let respondent = d.evaluator.as_ref().map_or_else(|| d.country.to_string(), ToString::to_string);
        d.conflicts.iter().map(|c| self.merge_conflict(plan, c, &respondent)).collect()
    }

    /// A file's diff as `rondas-cli merge` prints it: the head, then each
    /// change (`+` add, `~` change, `-` withdraw; withheld ones marked),
    /// conflict (`!`) and skipped answer (`?`).
    pub fn merge_text(self, plan: &Plan, d: &FileDiff) -> String {
        let mut lines = vec![format!("{}: {}", d.file, self.merge_file_head(plan, d))];
        for change in &d.changes {
            let sign = match change {
                Change::AddInterest(_)
                | Change::AddThemeInterest(_)
                | Change::AddAction(_)
                | Change::AddScore(_)
                | Change::AddOutcome(_) => '+',
                Change::ChangeInterest { .. }
                | Change::ChangeThemeInterest { .. }
                | Change::ChangeAction { .. }
                | Change::ChangeScore { .. }
                | Change::ChangeOutcome { .. } => '~',
                Change::RemoveInterest(_)
                | Change::RemoveThemeInterest(_)
                | Change::RemoveAction(_)
                | Change::RemoveScore(_)
                | Change::RemoveOutcome(_) => '-',
            };
            let mut line = format!("  {sign} {}", self.merge_change(plan, change));
            if d.is_withheld(change) {
                line = format!("{line} {}", self.t(Key::MergeWithheld));
            }
            lines.push(line);
        }
        lines.extend(self.merge_conflicts(plan, d).into_iter().map(|c| format!("  ! {c}")));
        lines.extend(d.skipped.iter().map(|s| format!("  ? {}", self.merge_skipped(plan, s))));
        lines.join("\n")
    }

    /// The title of an offer, the label of a theme, the form or score of an action.
    pub fn merge_subject(self, plan: &Plan, s: &Subject) -> String {
        let action = |id: &crate::domain::ids::ActionId| {
            plan.action(id).map_or_else(|| id.to_string(), |a| format!("{id} “{}”", a.title))
        };
        match s {
            Subject::Offer(o) => plan.offer_title(o, self.code()).map_or_else(|| o.to_string(), |t| t.text.to_owned()),
            Subject::Theme(t) => self.fill(fill::ResponsesTheme { theme: &plan.theme_label(t, self.code()) }),
            Subject::Action(a) => self.fill(fill::ResponsesForm { action: &action(a) }),
            Subject::Score(a) => self.fill(fill::ResponsesScore { action: &action(a) }),
            Subject::Outcome(s) => self.outcome_session(plan, s),
        }
    }

    /// A form's gist: type, countries, cost.
    fn form_gist(self, plan: &Plan, a: &Action) -> String {
        format!(
            "{} · {} → {} · {} — {}",
            plan.action_type_label(&a.kind, self.code()),
            plan.country_name(&a.offering),
            plan.country_name(&a.receiving),
            self.money(a.cost.total(), &a.cost.currency),
            a.title
        )
    }

    fn stance(self, s: &Option<Stance>) -> String {
        match s {
            Some(s) if s.note.is_empty() => self.priority(s.priority).to_owned(),
            Some(s) => format!("{} — “{}”", self.priority(s.priority), s.note),
            None => self.t(Key::PriorityNone).to_owned(),
        }
    }

    /// A change as a sentence: what it adds, changes or withdraws.
    pub fn merge_change(self, plan: &Plan, c: &Change) -> String {
        let what = self.merge_subject(plan, &c.subject());
        let what = what.as_str();
        let add = |after: String| self.fill(fill::ResponsesAdd { what, after: &after });
        let change =
            |before: String, after: String| self.fill(fill::ResponsesChange { what, before: &before, after: &after });
        match c {
            Change::AddInterest(_) | Change::AddThemeInterest(_) => add(self.stance(&c.after())),
            Change::ChangeInterest { before, .. } => change(self.stance(&Some(before.into())), self.stance(&c.after())),
            Change::ChangeThemeInterest { before, .. } => {
                change(self.stance(&Some(before.into())), self.stance(&c.after()))
            }
            Change::AddAction(a) => add(self.form_gist(plan, a)),
            Change::ChangeAction { before, after } => change(self.form_gist(plan, before), self.form_gist(plan, after)),
            Change::AddScore(s) => add(score(s)),
            Change::ChangeScore { before, after } => change(score(before), score(after)),
            Change::AddOutcome(o) => add(self.outcome_gist(plan, o)),
            Change::ChangeOutcome { before, after } => {
                change(self.outcome_gist(plan, before), self.outcome_gist(plan, after))
            }
            Change::RemoveInterest(_)
            | Change::RemoveThemeInterest(_)
            | Change::RemoveAction(_)
            | Change::RemoveScore(_)
            | Change::RemoveOutcome(_) => self.fill(fill::ResponsesRemove { what }),
        }
    }

    /// A conflict as a sentence.
    fn merge_conflict(self, plan: &Plan, c: &Conflict, country: &str) -> String {
        match c {
            Conflict::UnknownCountry => self.fill(fill::ResponsesUnknownCountry { country }),
            Conflict::UnknownEvaluator => self.fill(fill::ResponsesUnknownEvaluator { evaluator: country }),
            Conflict::OtherPlan { found, .. } => self.fill(fill::ResponsesOtherPlan { plan: found.as_str() }),
            Conflict::OlderThanPlan { plan_updated_at } => {
                self.fill(fill::ResponsesOlder { date: &self.date_long(plan_updated_at.date) })
            }
            Conflict::Disagrees { other_file, subject: s, this, other } => self.fill(fill::ResponsesDisagrees {
                file: other_file,
                what: &self.merge_subject(plan, s),
                this: &self.stance(this),
                other: &self.stance(other),
            }),
        }
    }

    /// Why an answer cannot apply.
    pub fn merge_skipped(self, plan: &Plan, s: &Skipped) -> String {
        match s {
            Skipped::UnknownOffer(i) => self.fill(fill::ResponsesSkipUnknownOffer { id: i.offer.as_str() }),
            Skipped::OwnOffer(i) => self.fill(fill::ResponsesSkipOwnOffer {
                what: &self.merge_subject(plan, &Subject::Offer(i.offer.clone())),
            }),
            Skipped::UnknownDelegate(i) => self
                .fill(fill::ResponsesSkipPerson { what: &self.merge_subject(plan, &Subject::Offer(i.offer.clone())) }),
            Skipped::UnknownAgency(i) => self
                .fill(fill::ResponsesSkipPerson { what: &self.merge_subject(plan, &Subject::Offer(i.offer.clone())) }),
            Skipped::UnknownTheme(i) => self.fill(fill::ResponsesSkipUnknownTheme { id: i.theme.as_str() }),
            Skipped::OtherCountry { country, subject: s } => self.fill(fill::ResponsesSkipOtherCountry {
                country: country.as_str(),
                what: &self.merge_subject(plan, s),
            }),
            Skipped::Duplicate(s) => self.fill(fill::ResponsesSkipDuplicate { what: &self.merge_subject(plan, s) }),
            Skipped::BadForm { action, problems } => {
                let list: Vec<String> = problems.iter().map(|p| self.problem(p)).collect();
                self.fill(fill::ResponsesSkipBadForm { action: action.as_str(), list: &list.join("; ") })
            }
            Skipped::FormOfOtherCountry { action, country } => self
                .fill(fill::ResponsesSkipFormOfOther { action: action.as_str(), country: &plan.country_name(country) }),
            Skipped::UnknownAction(s) => self.fill(fill::ResponsesSkipUnknownAction { id: s.action.as_str() }),
            Skipped::ConflictOfInterest(s) => self.fill(fill::ResponsesSkipConflict {
                what: &self.merge_subject(plan, &Subject::Score(s.action.clone())),
            }),
            Skipped::BadScore(s) => self.fill(fill::ResponsesSkipBadScore {
                what: &self.merge_subject(plan, &Subject::Score(s.action.clone())),
            }),
            Skipped::BadOutcome { session, problems } => {
                let list: Vec<String> = problems.iter().map(|p| self.problem(p)).collect();
                self.fill(fill::ResponsesSkipBadOutcome {
                    what: &self.outcome_session(plan, session),
                    list: &list.join("; "),
                })
            }
        }
    }
}

/// A score's values by criterion.
fn score(s: &Score) -> String {
    s.values.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(", ")
}
