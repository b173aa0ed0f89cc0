//! The text of a diff, as `rondas-cli merge` prints it:
//!
//! ```text
//! pe.json: country pe, written 2026-03-01T10:00:00Z: 3 change(s), 1 conflict(s), 1 skipped
//!   + interest pe → off-br-paa (high) "registries"
//!   ~ interest pe → off-mx-pension-adultos-mayores: medium → high [conflict]
//!   - interest pe → off-cl-rsh
//!   ! conflict: pe-2.json disagrees about offer off-mx-pension-adultos-mayores: here (high), there (low)
//!   ? skipped interest in off-zz: the offer is not in the plan
//! ```

use super::{Change, Conflict, FileDiff, Skipped, Stance, Subject};
use crate::domain::model::code_of;
use std::fmt;

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Offer(id) => write!(f, "offer {id}"),
            Self::Theme(id) => write!(f, "theme {id}"),
            Self::Action(id) => write!(f, "action form {id}"),
            Self::Score(id) => write!(f, "score of {id}"),
        }
    }
}

impl fmt::Display for Stance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({})", code_of(&self.priority))?;
        if !self.note.is_empty() {
            write!(f, " {:?}", self.note)?;
        }
        if let Some(d) = &self.delegate {
            write!(f, " delegate {d}")?;
        }
        if let Some(a) = &self.agency {
            write!(f, " agency {a}")?;
        }
        Ok(())
    }
}

/// `medium → high, note "" → "pensions"`: the fields that differ.
fn changed_fields(before: &Stance, after: &Stance) -> String {
    let or_none = |id: Option<&str>| id.map_or_else(|| "none".to_owned(), str::to_owned);
    let mut parts = Vec::new();
    if before.priority != after.priority {
        parts.push(format!("{} → {}", code_of(&before.priority), code_of(&after.priority)));
    }
    if before.note != after.note {
        parts.push(format!("note {:?} → {:?}", before.note, after.note));
    }
    if before.delegate != after.delegate {
        let (b, a) = (before.delegate.as_ref().map(|d| d.as_str()), after.delegate.as_ref().map(|d| d.as_str()));
        parts.push(format!("delegate {} → {}", or_none(b), or_none(a)));
    }
    if before.agency != after.agency {
        let (b, a) = (before.agency.as_ref().map(|d| d.as_str()), after.agency.as_ref().map(|d| d.as_str()));
        parts.push(format!("agency {} → {}", or_none(b), or_none(a)));
    }
    parts.join(", ")
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (kind, target) = match self.subject() {
            Subject::Offer(id) => ("interest", id.to_string()),
            Subject::Theme(id) => ("theme interest", id.to_string()),
            Subject::Action(_) | Subject::Score(_) => return super::forms::render(self, f),
        };
        let head = |f: &mut fmt::Formatter<'_>, sign: char| write!(f, "{sign} {kind} {} → {target}", self.country());
        match self {
            Self::AddInterest(i) => head(f, '+').and_then(|()| write!(f, " {}", Stance::from(i))),
            Self::AddThemeInterest(i) => head(f, '+').and_then(|()| write!(f, " {}", Stance::from(i))),
            Self::ChangeInterest { before, after } => {
                head(f, '~').and_then(|()| write!(f, ": {}", changed_fields(&before.into(), &after.into())))
            }
            Self::ChangeThemeInterest { before, after } => {
                head(f, '~').and_then(|()| write!(f, ": {}", changed_fields(&before.into(), &after.into())))
            }
            _ => head(f, '-'),
        }
    }
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let answer = |s: &Option<Stance>| s.as_ref().map_or_else(|| "no answer".to_owned(), ToString::to_string);
        match self {
            Self::UnknownCountry => write!(f, "the country is not in the plan: none of this file's changes can apply"),
            Self::UnknownEvaluator => {
                write!(f, "the evaluator is not in the plan: none of this file's changes can apply")
            }
            Self::OtherPlan { expected, found } => {
                write!(f, "the file answers plan \"{found}\", not this plan \"{expected}\"")
            }
            Self::OlderThanPlan { plan_updated_at } => write!(
                f,
                "written before the plan's newest answer of this country ({plan_updated_at}): \
                 applying it could undo newer answers"
            ),
            Self::Disagrees { other_file, subject, this, other } => {
                write!(f, "{other_file} disagrees about {subject}: here {}, there {}", answer(this), answer(other))
            }
        }
    }
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownOffer(i) => write!(f, "interest in {}: the offer is not in the plan", i.offer),
            Self::OwnOffer(i) => write!(f, "interest in {}: a country cannot ask for its own offer", i.offer),
            Self::UnknownDelegate(i) => write!(
                f,
                "interest in {}: delegate {} is not a delegate of this country in the plan",
                i.offer,
                i.delegate.as_ref().map_or("", |d| d.as_str())
            ),
            Self::UnknownAgency(i) => write!(
                f,
                "interest in {}: agency {} is not an agency of this country in the plan",
                i.offer,
                i.agency.as_ref().map_or("", |a| a.as_str())
            ),
            Self::UnknownTheme(i) => write!(f, "theme interest in {}: the theme is not in the plan", i.theme),
            Self::OtherCountry { country, subject } => {
                write!(f, "answer about {subject}: filed under country {country}, not this file's")
            }
            Self::Duplicate(subject) => write!(f, "answer about {subject}: a second answer (the first counts)"),
            Self::BadForm { action, problems } => write!(f, "action form {action}: {}", problems.join("; ")),
            Self::FormOfOtherCountry { action, country } => {
                write!(f, "action form {action}: the plan holds it as a form of country {country}")
            }
            Self::UnknownAction(s) => write!(f, "score of {}: the action is not in the plan", s.action),
            Self::ConflictOfInterest(s) => {
                write!(
                    f,
                    "score of {}: the evaluator's country is a side of the action (conflict of interest)",
                    s.action
                )
            }
            Self::BadScore(s) => write!(f, "score of {}: a criterion not in the plan, or a value out of 1–5", s.action),
        }
    }
}

impl fmt::Display for FileDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let who = match &self.evaluator {
            Some(e) => format!("evaluator {e}"),
            None => format!("country {}", self.country),
        };
        write!(
            f,
            "{}: {who}, written {}: {} change(s), {} conflict(s), {} skipped",
            self.file,
            self.created_at,
            self.changes.len(),
            self.conflicts.len(),
            self.skipped.len()
        )?;
        for change in &self.changes {
            let mark = if self.is_withheld(change) { " [conflict]" } else { "" };
            write!(f, "\n  {change}{mark}")?;
        }
        for conflict in &self.conflicts {
            write!(f, "\n  ! conflict: {conflict}")?;
        }
        for skipped in &self.skipped {
            write!(f, "\n  ? skipped {skipped}")?;
        }
        Ok(())
    }
}
