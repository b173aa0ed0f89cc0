//! The merge's changes, conflicts and skipped answers in the interface's language.

use crate::app::components::priority::priority_label;
use crate::domain::merge::{Change, Conflict, Skipped, Stance, Subject};
use crate::domain::Plan;
use crate::i18n::{Key, Lang};

/// The title of an offer, or the label of a theme.
pub fn subject(plan: &Plan, lang: Lang, s: &Subject) -> String {
    match s {
        Subject::Offer(o) => plan.offer(o).map_or_else(|| o.to_string(), |o| o.title.clone()),
        Subject::Theme(t) => lang.fill(Key::ResponsesTheme, &[("theme", &plan.theme_label(t, lang.code()))]),
    }
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
        Change::AddInterest(_) | Change::AddThemeInterest(_) => (Key::ResponsesAdd, None, c.after()),
        Change::ChangeInterest { before, .. } => (Key::ResponsesChange, Some(Stance::from(before)), c.after()),
        Change::ChangeThemeInterest { before, .. } => (Key::ResponsesChange, Some(Stance::from(before)), c.after()),
        Change::RemoveInterest(_) | Change::RemoveThemeInterest(_) => (Key::ResponsesRemove, None, None),
    };
    lang.fill(key, &[("what", &what), ("before", &stance(lang, &before)), ("after", &stance(lang, &after))])
}

/// A conflict as a sentence.
pub fn conflict(plan: &Plan, lang: Lang, c: &Conflict, country: &str) -> String {
    match c {
        Conflict::UnknownCountry => lang.fill(Key::ResponsesUnknownCountry, &[("country", country)]),
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
        Skipped::OwnOffer(i) => lang.fill(Key::ResponsesSkipOwnOffer, &[("what", &subject(plan, lang, &Subject::Offer(i.offer.clone())))]),
        Skipped::UnknownDelegate(i) => lang.fill(Key::ResponsesSkipPerson, &[("what", &subject(plan, lang, &Subject::Offer(i.offer.clone())))]),
        Skipped::UnknownAgency(i) => lang.fill(Key::ResponsesSkipPerson, &[("what", &subject(plan, lang, &Subject::Offer(i.offer.clone())))]),
        Skipped::UnknownTheme(i) => lang.fill(Key::ResponsesSkipUnknownTheme, &[("id", i.theme.as_str())]),
        Skipped::OtherCountry { country, subject: s } => {
            lang.fill(Key::ResponsesSkipOtherCountry, &[("country", country.as_str()), ("what", &subject(plan, lang, s))])
        }
        Skipped::Duplicate(s) => lang.fill(Key::ResponsesSkipDuplicate, &[("what", &subject(plan, lang, s))]),
    }
}
