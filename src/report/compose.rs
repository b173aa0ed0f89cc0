//! The report's sentences and tables, composed from the figures in one language.

use super::document::{Block, Document, Table};
use crate::domain::analytics::themes::ThemeFigures;
use crate::domain::analytics::Report;
use crate::domain::model::{code_of, ProgramType};
use crate::i18n::{Key, Lang};

/// The report of `r`, written in `lang`.
pub fn compose(r: &Report, lang: Lang) -> Document {
    let mut blocks = vec![Block::Paragraph(lang.fill(
        Key::ReportWhen,
        &[
            ("city", &r.event.city),
            ("starts", &lang.date_long(r.event.starts_on)),
            ("ends", &lang.date_long(r.event.ends_on)),
        ],
    ))];
    if !r.event.organizer.is_empty() {
        blocks.push(Block::Paragraph(lang.fill(Key::ReportOrganizer, &[("organizer", &r.event.organizer)])));
    }
    blocks.push(Block::Heading(lang.t(Key::ReportSectionFigures).to_owned()));
    blocks.extend(summary(r, lang).into_iter().map(Block::Paragraph));
    participation(r, lang, &mut blocks);
    programs(r, lang, &mut blocks);
    themes(r, lang, &mut blocks);
    rounds(r, lang, &mut blocks);
    gaps(r, lang, &mut blocks);
    blocks.push(Block::Paragraph(lang.t(Key::ReportGenerated).to_owned()));
    Document { lang: lang.code().to_owned(), title: r.event.name.clone(), blocks }
}

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
    let mut out = vec![format!("{}.", parts.join(", "))];
    let standouts: Vec<String> = r
        .standout_themes
        .iter()
        .filter_map(|id| r.themes.iter().find(|t| t.theme.id.as_str() == id))
        .map(|t| in_sentence(t.theme.label(lang.code())))
        .collect();
    if !standouts.is_empty() {
        let themes = join(lang, &standouts);
        out.push(capitalized(&lang.count(standouts.len(), Key::ReportStandoutOne, Key::ReportStandout, &[("themes", &themes)])));
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

fn participation(r: &Report, lang: Lang, blocks: &mut Vec<Block>) {
    let int = |n: usize| lang.integer(n as i64);
    blocks.push(Block::Heading(lang.t(Key::ReportSectionParticipation).to_owned()));
    blocks.push(Block::Table(Table {
        caption: lang.t(Key::ReportCountriesCaption).to_owned(),
        head: heads(lang, &[Key::ReportColCountry, Key::ReportColSubregion, Key::ReportColDelegates, Key::ReportColAgencies, Key::ReportColPrograms, Key::ReportColInterests, Key::ReportColMet]),
        numeric: vec![false, false, true, true, true, true, true],
        rows: r
            .countries
            .iter()
            .map(|c| {
                vec![c.name.clone(), c.subregion.clone(), int(c.delegates), int(c.agencies), int(c.part.offers), int(c.part.interests), int(c.part.interests_met)]
            })
            .collect(),
    }));
    blocks.push(Block::Table(Table {
        caption: lang.t(Key::ReportSubregionsCaption).to_owned(),
        head: heads(lang, &[Key::ReportColSubregion, Key::ReportColCountries, Key::ReportColDelegates, Key::ReportColPrograms, Key::ReportColInterests, Key::ReportColMet]),
        numeric: vec![false, true, true, true, true, true],
        rows: r
            .subregions
            .iter()
            .map(|s| vec![s.subregion.clone(), int(s.countries), int(s.delegates), int(s.part.offers), int(s.part.interests), int(s.part.interests_met)])
            .collect(),
    }));
    if !r.mechanisms.is_empty() {
        blocks.push(Block::Table(Table {
            caption: lang.t(Key::ReportMechanismsCaption).to_owned(),
            head: heads(lang, &[Key::ReportColAcronym, Key::ReportColMechanism, Key::ReportColMembers]),
            numeric: vec![false, false, false],
            rows: r.mechanisms.iter().map(|m| vec![m.acronym.clone(), m.name.clone(), m.members.join(", ")]).collect(),
        }));
    }
}

fn programs(r: &Report, lang: Lang, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(lang.t(Key::ReportSectionPrograms).to_owned()));
    blocks.push(Block::Table(Table {
        caption: lang.t(Key::ReportTypesCaption).to_owned(),
        head: heads(lang, &[Key::ReportColType, Key::ReportColPrograms]),
        numeric: vec![false, true],
        rows: ProgramType::ALL
            .iter()
            .map(|&t| (t, r.figures.offers_by_type.get(&code_of(&t)).copied().unwrap_or(0)))
            .filter(|&(_, n)| n > 0)
            .map(|(t, n)| vec![lang.program_type(t).to_owned(), lang.integer(n as i64)])
            .collect(),
    }));
}

fn themes(r: &Report, lang: Lang, blocks: &mut Vec<Block>) {
    let int = |n: usize| lang.integer(n as i64);
    blocks.push(Block::Heading(lang.t(Key::ReportSectionThemes).to_owned()));
    blocks.push(Block::Paragraph(lang.t(Key::ReportThemesHelp).to_owned()));
    blocks.push(Block::Table(Table {
        caption: lang.t(Key::ReportThemesCaption).to_owned(),
        head: heads(lang, &[Key::ReportColTheme, Key::ReportColPrograms, Key::ReportColInterests, Key::ReportColWeight, Key::ReportColThemeInterests]),
        numeric: vec![false, true, true, true, true],
        rows: r
            .themes
            .iter()
            .map(|t: &ThemeFigures| {
                let sd = t.supply_demand;
                vec![t.theme.label(lang.code()).to_owned(), int(sd.offers), int(sd.interests), int(sd.weight as usize), int(t.theme_interests)]
            })
            .collect(),
    }));
}

fn rounds(r: &Report, lang: Lang, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(lang.t(Key::ReportSectionRounds).to_owned()));
    let Some(c) = &r.coverage else {
        blocks.push(Block::Paragraph(lang.t(Key::ReportNoRounds).to_owned()));
        return;
    };
    blocks.push(Block::Paragraph(lang.fill(
        Key::ReportRounds,
        &[
            ("sessions", &lang.integer(c.sessions as i64)),
            ("met", &lang.integer(i64::from(c.interests_met))),
            ("interests", &lang.integer(i64::from(c.interests))),
            ("share", &percent(lang, c.share)),
            ("weight_share", &percent(lang, c.weight_share)),
        ],
    )));
    if c.stale {
        blocks.push(Block::Paragraph(lang.t(Key::ReportRoundsStale).to_owned()));
    }
}

fn gaps(r: &Report, lang: Lang, blocks: &mut Vec<Block>) {
    let u = &r.unmet;
    blocks.push(Block::Heading(lang.t(Key::ReportSectionGaps).to_owned()));
    if u.themes_without_offer.is_empty() {
        blocks.push(Block::Paragraph(lang.t(Key::ReportEveryThemeOffered).to_owned()));
    } else {
        blocks.push(Block::Paragraph(lang.t(Key::ReportThemesWithoutOffer).to_owned()));
        blocks.push(Block::List(
            u.themes_without_offer
                .iter()
                .map(|t| {
                    let label = r.themes.iter().find(|f| f.theme.id.as_str() == t.theme).map_or(t.theme.as_str(), |f| f.theme.label(lang.code()));
                    let asking = lang.count(t.countries, Key::ReportCountriesOne, Key::ReportCountries, &[]);
                    format!("{label} ({asking})")
                })
                .collect(),
        ));
    }
    if !u.offers_without_interest.is_empty() {
        blocks.push(Block::Paragraph(lang.t(Key::ReportOffersWithoutInterest).to_owned()));
        blocks.push(Block::List(u.offers_without_interest.iter().map(|o| format!("{} ({})", o.title, o.country)).collect()));
    }
    if r.coverage.is_some() && !u.interests_not_met.is_empty() {
        blocks.push(Block::Table(Table {
            caption: lang.count(u.interests_not_met.len(), Key::ReportNotMetCaptionOne, Key::ReportNotMetCaption, &[]),
            head: heads(lang, &[Key::ReportColCountry, Key::ReportColProgram, Key::ReportColWeight]),
            numeric: vec![false, false, true],
            rows: u
                .interests_not_met
                .iter()
                .map(|i| vec![i.country_name.clone(), i.offer_title.clone(), lang.integer(i64::from(i.weight))])
                .collect(),
        }));
    }
}

fn heads(lang: Lang, keys: &[Key]) -> Vec<String> {
    keys.iter().map(|&k| lang.t(k).to_owned()).collect()
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
