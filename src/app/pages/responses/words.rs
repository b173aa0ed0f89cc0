//! The merge's changes, conflicts and skipped answers in the interface's language.

use crate::app::components::priority::priority_label;
use crate::domain::merge::{Change, Conflict, Skipped, Stance, Subject};
use crate::domain::model::{Action, Score};
use crate::domain::Plan;
use crate::i18n::{Key, Lang};

/// The title of an offer, the label of a theme, the form or score of an action.
pub fn subject(plan: &Plan, lang: Lang, s: &Subject) -> String {
    let action = |id: &crate::domain::ids::ActionId| {
        plan.action(id).map_or_else(|| id.to_string(), |a| format!("{id} “{}”", a.title))
    };
    match s {
        Subject::Offer(o) => plan.offer(o).map_or_else(|| o.to_string(), |o| o.title.clone()),
        Subject::Theme(t) => lang.fill(Key::ResponsesTheme, &[("theme", &plan.theme_label(t, lang.code()))]),
        Subject::Action(a) => lang.fill(Key::ResponsesForm, &[("action", &action(a))]),
        Subject::Score(a) => lang.fill(Key::ResponsesScore, &[("action", &action(a))]),
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
    let (key, before, after) = match c {
        Change::AddInterest(_) | Change::AddThemeInterest(_) => {
            (Key::ResponsesAdd, String::new(), stance(lang, &c.after()))
        }
        Change::ChangeInterest { before, .. } => {
            (Key::ResponsesChange, stance(lang, &Some(before.into())), stance(lang, &c.after()))
        }
        Change::ChangeThemeInterest { before, .. } => {
            (Key::ResponsesChange, stance(lang, &Some(before.into())), stance(lang, &c.after()))
        }
        Change::AddAction(a) => (Key::ResponsesAdd, String::new(), form(plan, lang, a)),
        Change::ChangeAction { before, after } => {
            (Key::ResponsesChange, form(plan, lang, before), form(plan, lang, after))
        }
        Change::AddScore(s) => (Key::ResponsesAdd, String::new(), score(s)),
        Change::ChangeScore { before, after } => (Key::ResponsesChange, score(before), score(after)),
        Change::RemoveInterest(_)
        | Change::RemoveThemeInterest(_)
        | Change::RemoveAction(_)
        | Change::RemoveScore(_) => (Key::ResponsesRemove, String::new(), String::new()),
    };
    lang.fill(key, &[("what", &what), ("before", &before), ("after", &after)])
}

/// A conflict as a sentence.
pub fn conflict(plan: &Plan, lang: Lang, c: &Conflict, country: &str) -> String {
    match c {
        Conflict::UnknownCountry => lang.fill(Key::ResponsesUnknownCountry, &[("country", country)]),
        Conflict::UnknownEvaluator => lang.fill(Key::ResponsesUnknownEvaluator, &[("evaluator", country)]),
        Conflict::OtherPlan { found, .. } => lang.fill(Key::ResponsesOtherPlan, &[("plan", found.as_str())]),
        Conflict::OlderThanPlan { plan_updated_at } => {
            lang.fill(Key::ResponsesOlder, &[("date", &lang.date_long(plan_updated_at.date))])
        }
        Conflict::Disagrees { other_file, subject: s, this, other } => lang.fill(
            Key::ResponsesDisagrees,
            &[
                ("file", other_file),
                ("what", &subject(plan, lang, s)),
                ("this", &stance(lang, this)),
                ("other", &stance(lang, other)),
            ],
        ),
    }
}

/// Why an answer cannot apply.
pub fn skipped(plan: &Plan, lang: Lang, s: &Skipped) -> String {
    match s {
        Skipped::UnknownOffer(i) => lang.fill(Key::ResponsesSkipUnknownOffer, &[("id", i.offer.as_str())]),
        Skipped::OwnOffer(i) => {
            lang.fill(Key::ResponsesSkipOwnOffer, &[("what", &subject(plan, lang, &Subject::Offer(i.offer.clone())))])
        }
        Skipped::UnknownDelegate(i) => {
            lang.fill(Key::ResponsesSkipPerson, &[("what", &subject(plan, lang, &Subject::Offer(i.offer.clone())))])
        }
        Skipped::UnknownAgency(i) => {
            lang.fill(Key::ResponsesSkipPerson, &[("what", &subject(plan, lang, &Subject::Offer(i.offer.clone())))])
        }
        Skipped::UnknownTheme(i) => lang.fill(Key::ResponsesSkipUnknownTheme, &[("id", i.theme.as_str())]),
        Skipped::OtherCountry { country, subject: s } => lang
            .fill(Key::ResponsesSkipOtherCountry, &[("country", country.as_str()), ("what", &subject(plan, lang, s))]),
        Skipped::Duplicate(s) => lang.fill(Key::ResponsesSkipDuplicate, &[("what", &subject(plan, lang, s))]),
        Skipped::BadForm { action, problems } => {
            lang.fill(Key::ResponsesSkipBadForm, &[("action", action.as_str()), ("list", &problems.join("; "))])
        }
        Skipped::FormOfOtherCountry { action, country } => lang.fill(
            Key::ResponsesSkipFormOfOther,
            &[("action", action.as_str()), ("country", &plan.country_name(country))],
        ),
        Skipped::UnknownAction(s) => lang.fill(Key::ResponsesSkipUnknownAction, &[("id", s.action.as_str())]),
        Skipped::ConflictOfInterest(s) => {
            lang.fill(Key::ResponsesSkipConflict, &[("what", &subject(plan, lang, &Subject::Score(s.action.clone())))])
        }
        Skipped::BadScore(s) => {
            lang.fill(Key::ResponsesSkipBadScore, &[("what", &subject(plan, lang, &Subject::Score(s.action.clone())))])
        }
    }
}
