//! The merge's changes, conflicts and skipped answers in the interface's language.

use crate::app::components::priority::priority_label;
use crate::domain::merge::{Change, Conflict, Skipped, Stance, Subject};
use crate::domain::model::{Action, Score};
use crate::domain::Plan;
use crate::i18n::{fill, Key, Lang};

/// The title of an offer, the label of a theme, the form or score of an action.
pub fn subject(plan: &Plan, lang: Lang, s: &Subject) -> String {
    let action = |id: &crate::domain::ids::ActionId| {
        plan.action(id).map_or_else(|| id.to_string(), |a| format!("{id} “{}”", a.title))
    };
    match s {
        Subject::Offer(o) => plan.offer(o).map_or_else(|| o.to_string(), |o| o.title.clone()),
        Subject::Theme(t) => lang.fill(fill::ResponsesTheme { theme: &plan.theme_label(t, lang.code()) }),
        Subject::Action(a) => lang.fill(fill::ResponsesForm { action: &action(a) }),
        Subject::Score(a) => lang.fill(fill::ResponsesScore { action: &action(a) }),
    }
}

/// A form's gist: type, countries, cost.
fn form(plan: &Plan, lang: Lang, a: &Action) -> String {
    format!(
        "{} · {} → {} · {} — {}",
        plan.action_type_label(&a.kind, lang.code()),
        plan.country_name(&a.offering),
        plan.country_name(&a.receiving),
        crate::app::pages::actions::money(lang, a.cost.total(), &a.cost.currency),
        a.title
    )
}

/// A score's values by criterion.
fn score(s: &Score) -> String {
    s.values.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(", ")
}

fn stance(lang: Lang, s: &Option<Stance>) -> String {
    match s {
        Some(s) if s.note.is_empty() => priority_label(lang, s.priority).to_owned(),
        Some(s) => format!("{} — “{}”", priority_label(lang, s.priority), s.note),
        None => lang.t(Key::PriorityNone).to_owned(),
    }
}

/// A change as a sentence: what it adds, changes or withdraws.
pub fn change(plan: &Plan, lang: Lang, c: &Change) -> String {
    let what = subject(plan, lang, &c.subject());
    let what = what.as_str();
    let add = |after: String| lang.fill(fill::ResponsesAdd { what, after: &after });
    let change =
        |before: String, after: String| lang.fill(fill::ResponsesChange { what, before: &before, after: &after });
    match c {
        Change::AddInterest(_) | Change::AddThemeInterest(_) => add(stance(lang, &c.after())),
        Change::ChangeInterest { before, .. } => change(stance(lang, &Some(before.into())), stance(lang, &c.after())),
        Change::ChangeThemeInterest { before, .. } => {
            change(stance(lang, &Some(before.into())), stance(lang, &c.after()))
        }
        Change::AddAction(a) => add(form(plan, lang, a)),
        Change::ChangeAction { before, after } => change(form(plan, lang, before), form(plan, lang, after)),
        Change::AddScore(s) => add(score(s)),
        Change::ChangeScore { before, after } => change(score(before), score(after)),
        Change::RemoveInterest(_)
        | Change::RemoveThemeInterest(_)
        | Change::RemoveAction(_)
        | Change::RemoveScore(_) => lang.fill(fill::ResponsesRemove { what }),
    }
}

/// A conflict as a sentence.
pub fn conflict(plan: &Plan, lang: Lang, c: &Conflict, country: &str) -> String {
    match c {
        Conflict::UnknownCountry => lang.fill(fill::ResponsesUnknownCountry { country }),
        Conflict::UnknownEvaluator => lang.fill(fill::ResponsesUnknownEvaluator { evaluator: country }),
        Conflict::OtherPlan { found, .. } => lang.fill(fill::ResponsesOtherPlan { plan: found.as_str() }),
        Conflict::OlderThanPlan { plan_updated_at } => {
            lang.fill(fill::ResponsesOlder { date: &lang.date_long(plan_updated_at.date) })
        }
        Conflict::Disagrees { other_file, subject: s, this, other } => lang.fill(fill::ResponsesDisagrees {
            file: other_file,
            what: &subject(plan, lang, s),
            this: &stance(lang, this),
            other: &stance(lang, other),
        }),
    }
}

/// Why an answer cannot apply.
pub fn skipped(plan: &Plan, lang: Lang, s: &Skipped) -> String {
    match s {
        Skipped::UnknownOffer(i) => lang.fill(fill::ResponsesSkipUnknownOffer { id: i.offer.as_str() }),
        Skipped::OwnOffer(i) => {
            lang.fill(fill::ResponsesSkipOwnOffer { what: &subject(plan, lang, &Subject::Offer(i.offer.clone())) })
        }
        Skipped::UnknownDelegate(i) => {
            lang.fill(fill::ResponsesSkipPerson { what: &subject(plan, lang, &Subject::Offer(i.offer.clone())) })
        }
        Skipped::UnknownAgency(i) => {
            lang.fill(fill::ResponsesSkipPerson { what: &subject(plan, lang, &Subject::Offer(i.offer.clone())) })
        }
        Skipped::UnknownTheme(i) => lang.fill(fill::ResponsesSkipUnknownTheme { id: i.theme.as_str() }),
        Skipped::OtherCountry { country, subject: s } => {
            lang.fill(fill::ResponsesSkipOtherCountry { country: country.as_str(), what: &subject(plan, lang, s) })
        }
        Skipped::Duplicate(s) => lang.fill(fill::ResponsesSkipDuplicate { what: &subject(plan, lang, s) }),
        Skipped::BadForm { action, problems } => {
            lang.fill(fill::ResponsesSkipBadForm { action: action.as_str(), list: &problems.join("; ") })
        }
        Skipped::FormOfOtherCountry { action, country } => {
            lang.fill(fill::ResponsesSkipFormOfOther { action: action.as_str(), country: &plan.country_name(country) })
        }
        Skipped::UnknownAction(s) => lang.fill(fill::ResponsesSkipUnknownAction { id: s.action.as_str() }),
        Skipped::ConflictOfInterest(s) => {
            lang.fill(fill::ResponsesSkipConflict { what: &subject(plan, lang, &Subject::Score(s.action.clone())) })
        }
        Skipped::BadScore(s) => {
            lang.fill(fill::ResponsesSkipBadScore { what: &subject(plan, lang, &Subject::Score(s.action.clone())) })
        }
    }
}
