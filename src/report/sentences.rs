//! The report's sentences, each from its figures in one language; the
//! report and the analytics page both say them.

use crate::domain::analytics::actions::ActionFigures;
use crate::domain::analytics::demand::Coverage;
use crate::domain::analytics::Report;
use crate::i18n::{fill, Key, Lang};

/// The summary: headline figures, themes that stand out, cash transfers.
pub fn summary(r: &Report, lang: Lang) -> Vec<String> {
    let f = &r.figures;
    let parts = [
        lang.fill(fill::ReportFigures {
            delegates: &lang.fill(fill::ReportDelegates { n: f.delegates }),
            countries: &lang.fill(fill::ReportCountries { n: f.countries }),
            agencies: &lang.fill(fill::ReportAgencies { n: f.agencies }),
        }),
        lang.fill(fill::ReportMechanisms { n: f.mechanisms }),
        lang.fill(fill::ReportPrograms { n: f.offers }),
    ];
    let actions = (r.actions.potential > 0).then(|| lang.fill(fill::ReportActions { n: r.actions.potential }));
    let mut out = vec![format!("{}.", parts.into_iter().chain(actions).collect::<Vec<_>>().join(", "))];
    let standouts: Vec<String> = r
        .standout_themes
        .iter()
        .filter_map(|id| r.themes.iter().find(|t| t.theme.id.as_str() == id))
        .map(|t| in_sentence(t.theme.label(lang.code())))
        .collect();
    if !standouts.is_empty() {
        let themes = join(lang, &standouts);
        out.push(capitalized(&lang.fill(fill::ReportStandout { n: standouts.len(), themes: &themes })));
    }
    if f.offers > 0 {
        let cct = f.conditional_cash_transfers;
        let total = lang.integer(f.offers as i64);
        out.push(if cct * 4 < f.offers {
            lang.fill(fill::ReportCctFew { n: cct, total: &total })
        } else {
            lang.fill(fill::ReportCct { n: cct, total: &total })
        });
    }
    out
}

/// What the rounds met.
pub fn rounds(c: &Coverage, lang: Lang) -> String {
    lang.fill(fill::ReportRounds {
        sessions: &lang.integer(c.sessions as i64),
        met: &lang.integer(i64::from(c.interests_met)),
        interests: &lang.integer(i64::from(c.interests)),
        share: &percent(lang, c.share),
        weight_share: &percent(lang, c.weight_share),
    })
}

/// How many actions, from how many forms.
pub fn registered(a: &ActionFigures, lang: Lang) -> String {
    let int = |n: usize| lang.integer(n as i64);
    lang.fill(fill::ReportActionsRegistered { n: &int(a.potential), forms: &int(a.forms), both: &int(a.both_sides) })
}

/// What the committee scored, or that it has not yet.
pub fn evaluation(a: &ActionFigures, lang: Lang) -> String {
    let int = |n: usize| lang.integer(n as i64);
    let e = &a.evaluation;
    match e.mean_score {
        Some(mean) => lang.fill(fill::ReportEvaluation {
            evaluators: &int(e.evaluators),
            scores: &int(e.scores),
            scored: &int(e.actions_scored),
            n: &int(a.potential),
            mean: &lang.decimal(mean, 1),
        }),
        None => lang.t(Key::ReportNoEvaluation).to_owned(),
    }
}

/// What the selection funds, or that there is none yet.
pub fn funding(a: &ActionFigures, lang: Lang) -> String {
    let f = &a.funding;
    match f.budget {
        Some(budget) => lang.fill(fill::ReportFunding {
            chosen: &lang.integer(f.chosen as i64),
            cost: &lang.integer(f.chosen_cost as i64),
            budget: &lang.integer(budget as i64),
            currency: &f.currency,
        }),
        None => lang.t(Key::ReportNoSelection).to_owned(),
    }
}

/// A share from 0 to 1 as a whole percentage ("79%", "79 %").
pub fn percent(lang: Lang, share: f64) -> String {
    lang.fill(fill::ReportPercent { n: &lang.decimal(100.0 * share, 0) })
}

/// "a, b and c" in the language.
pub fn join(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), lang.t(Key::ReportAnd)),
    }
}

/// A label as it reads inside a sentence: the first letter in lower case,
/// unless the first word is an acronym ("Food security" → "food security",
/// "ICT access" stays).
fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_owned(),
    }
}

/// `text` with its first letter in upper case, to start a sentence.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}
