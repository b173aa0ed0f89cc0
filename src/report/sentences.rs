//! The report's sentences, each from its figures in one language; the
//! report and the analytics page both say them.

use crate::domain::analytics::actions::ActionFigures;
use crate::domain::analytics::demand::Coverage;
use crate::domain::analytics::Report;
use crate::i18n::{Key, Lang};

/// The summary: headline figures, themes that stand out, cash transfers.
pub fn summary(r: &Report, lang: Lang) -> Vec<String> {
    let f = &r.figures;
    let n = |n: usize, one: Key, other: Key| lang.count(n, one, other, &[]);
    let parts = [
        lang.fill(
            Key::ReportFigures,
            &[
                ("delegates", &n(f.delegates, Key::ReportDelegatesOne, Key::ReportDelegates)),
                ("countries", &n(f.countries, Key::ReportCountriesOne, Key::ReportCountries)),
                ("agencies", &n(f.agencies, Key::ReportAgenciesOne, Key::ReportAgencies)),
            ],
        ),
        n(f.mechanisms, Key::ReportMechanismsOne, Key::ReportMechanisms),
        n(f.offers, Key::ReportProgramsOne, Key::ReportPrograms),
    ];
    let actions = (r.actions.potential > 0).then(|| n(r.actions.potential, Key::ReportActionsOne, Key::ReportActions));
    let mut out = vec![format!("{}.", parts.into_iter().chain(actions).collect::<Vec<_>>().join(", "))];
    let standouts: Vec<String> = r
        .standout_themes
        .iter()
        .filter_map(|id| r.themes.iter().find(|t| t.theme.id.as_str() == id))
        .map(|t| in_sentence(t.theme.label(lang.code())))
        .collect();
    if !standouts.is_empty() {
        let themes = join(lang, &standouts);
        out.push(capitalized(&lang.count(
            standouts.len(),
            Key::ReportStandoutOne,
            Key::ReportStandout,
            &[("themes", &themes)],
        )));
    }
    if f.offers > 0 {
        let cct = f.conditional_cash_transfers;
        let total = lang.integer(f.offers as i64);
        let (one, other) = if cct * 4 < f.offers {
            (Key::ReportCctFewOne, Key::ReportCctFew)
        } else {
            (Key::ReportCctOne, Key::ReportCct)
        };
        out.push(lang.count(cct, one, other, &[("total", &total)]));
    }
    out
}

/// What the rounds met.
pub fn rounds(c: &Coverage, lang: Lang) -> String {
    lang.fill(
        Key::ReportRounds,
        &[
            ("sessions", &lang.integer(c.sessions as i64)),
            ("met", &lang.integer(i64::from(c.interests_met))),
            ("interests", &lang.integer(i64::from(c.interests))),
            ("share", &percent(lang, c.share)),
            ("weight_share", &percent(lang, c.weight_share)),
        ],
    )
}

/// How many actions, from how many forms.
pub fn registered(a: &ActionFigures, lang: Lang) -> String {
    let int = |n: usize| lang.integer(n as i64);
    lang.fill(
        Key::ReportActionsRegistered,
        &[("n", &int(a.potential)), ("forms", &int(a.forms)), ("both", &int(a.both_sides))],
    )
}

/// What the committee scored, or that it has not yet.
pub fn evaluation(a: &ActionFigures, lang: Lang) -> String {
    let int = |n: usize| lang.integer(n as i64);
    let e = &a.evaluation;
    match e.mean_score {
        Some(mean) => lang.fill(
            Key::ReportEvaluation,
            &[
                ("evaluators", &int(e.evaluators)),
                ("scores", &int(e.scores)),
                ("scored", &int(e.actions_scored)),
                ("n", &int(a.potential)),
                ("mean", &lang.decimal(mean, 1)),
            ],
        ),
        None => lang.t(Key::ReportNoEvaluation).to_owned(),
    }
}

/// What the selection funds, or that there is none yet.
pub fn funding(a: &ActionFigures, lang: Lang) -> String {
    let f = &a.funding;
    match f.budget {
        Some(budget) => lang.fill(
            Key::ReportFunding,
            &[
                ("chosen", &lang.integer(f.chosen as i64)),
                ("cost", &lang.integer(f.chosen_cost as i64)),
                ("budget", &lang.integer(budget as i64)),
                ("currency", &f.currency),
            ],
        ),
        None => lang.t(Key::ReportNoSelection).to_owned(),
    }
}

/// A share from 0 to 1 as a whole percentage ("79%", "79 %").
pub fn percent(lang: Lang, share: f64) -> String {
    lang.fill(Key::ReportPercent, &[("n", &lang.decimal(100.0 * share, 0))])
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
