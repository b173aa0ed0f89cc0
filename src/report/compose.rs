//! The report's sentences and tables, composed from the figures in one language.

use super::document::{Block, Document, Table};
use super::sentences;
use crate::domain::analytics::themes::ThemeFigures;
use crate::domain::analytics::Report;
use crate::domain::model::{code_of, Plan, ProgramType, Status};
use crate::i18n::{fill, Key, Lang};

/// The report of `r` (the figures of `plan`, whose names its messages use), written in `lang`.
pub fn compose(plan: &Plan, r: &Report, lang: Lang) -> Document {
    let mut blocks = vec![Block::Paragraph(lang.fill(fill::ReportWhen {
        city: &r.event.city,
        starts: &lang.date_long(r.event.starts_on),
        ends: &lang.date_long(r.event.ends_on),
    }))];
    if !r.event.organizer.is_empty() {
        blocks.push(Block::Paragraph(lang.fill(fill::ReportOrganizer { organizer: &r.event.organizer })));
    }
    blocks.push(Block::Heading(lang.t(Key::ReportSectionFigures).to_owned()));
    blocks.extend(sentences::summary(r, lang).into_iter().map(Block::Paragraph));
    participation(r, lang, &mut blocks);
    programs(r, lang, &mut blocks);
    themes(r, lang, &mut blocks);
    rounds(plan, r, lang, &mut blocks);
    outcomes(r, lang, &mut blocks);
    gaps(r, lang, &mut blocks);
    actions(r, lang, &mut blocks);
    evaluation(r, lang, &mut blocks);
    blocks.push(Block::Paragraph(lang.t(Key::ReportGenerated).to_owned()));
    Document { lang: lang.code().to_owned(), title: r.event.name.clone(), blocks }
}

fn participation(r: &Report, lang: Lang, blocks: &mut Vec<Block>) {
    let int = |n: usize| lang.integer(n as i64);
    blocks.push(Block::Heading(lang.t(Key::ReportSectionParticipation).to_owned()));
    blocks.push(Block::Table(Table {
        caption: lang.t(Key::ReportCountriesCaption).to_owned(),
        head: heads(
            lang,
            &[
                Key::ReportColCountry,
                Key::ReportColSubregion,
                Key::ReportColDelegates,
                Key::ReportColAgencies,
                Key::ReportColPrograms,
                Key::ReportColInterests,
                Key::ReportColMet,
            ],
        ),
        numeric: vec![false, false, true, true, true, true, true],
        rows: r
            .countries
            .iter()
            .map(|c| {
                vec![
                    c.name.clone(),
                    c.subregion.clone(),
                    int(c.delegates),
                    int(c.agencies),
                    int(c.part.offers),
                    int(c.part.interests),
                    int(c.part.interests_met),
                ]
            })
            .collect(),
    }));
    blocks.push(Block::Table(Table {
        caption: lang.t(Key::ReportSubregionsCaption).to_owned(),
        head: heads(
            lang,
            &[
                Key::ReportColSubregion,
                Key::ReportColCountries,
                Key::ReportColDelegates,
                Key::ReportColPrograms,
                Key::ReportColInterests,
                Key::ReportColMet,
            ],
        ),
        numeric: vec![false, true, true, true, true, true],
        rows: r
            .subregions
            .iter()
            .map(|s| {
                vec![
                    s.subregion.clone(),
                    int(s.countries),
                    int(s.delegates),
                    int(s.part.offers),
                    int(s.part.interests),
                    int(s.part.interests_met),
                ]
            })
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
        head: heads(
            lang,
            &[
                Key::ReportColTheme,
                Key::ReportColPrograms,
                Key::ReportColInterests,
                Key::ReportColWeight,
                Key::ReportColThemeInterests,
            ],
        ),
        numeric: vec![false, true, true, true, true],
        rows: r
            .themes
            .iter()
            .map(|t: &ThemeFigures| {
                let sd = t.supply_demand;
                vec![
                    t.theme.label(lang.code()).to_owned(),
                    int(sd.offers),
                    int(sd.interests),
                    int(sd.weight as usize),
                    int(t.theme_interests),
                ]
            })
            .collect(),
    }));
}

fn rounds(plan: &Plan, r: &Report, lang: Lang, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(lang.t(Key::ReportSectionRounds).to_owned()));
    let Some(c) = &r.coverage else {
        blocks.push(Block::Paragraph(lang.t(Key::ReportNoRounds).to_owned()));
        return;
    };
    blocks.push(Block::Paragraph(sentences::rounds(c, lang)));
    if c.interpretation.sessions > 0 {
        blocks.push(Block::Paragraph(lang.interpretation_count(c.interpretation)));
    }
    if c.stale {
        blocks.push(Block::Paragraph(lang.t(Key::ReportRoundsStale).to_owned()));
    }
    if !c.violations.is_empty() {
        blocks.push(Block::Paragraph(lang.fill(fill::ReportViolations { n: c.violations.len() })));
        blocks.push(Block::List(c.violations.iter().map(|v| lang.violation(plan, v)).collect()));
    }
}

/// What happened in the rounds, once they are scheduled: held, moved, not
/// held, no-shows, mean usefulness and actions wanted.
fn outcomes(r: &Report, lang: Lang, blocks: &mut Vec<Block>) {
    let Some(o) = &r.outcomes else { return };
    blocks.push(Block::Heading(lang.t(Key::ReportSectionOutcomes).to_owned()));
    if !o.any() {
        blocks.push(Block::Paragraph(lang.t(Key::ReportOutcomesNone).to_owned()));
        return;
    }
    let int = |n: usize| lang.integer(n as i64);
    let mean = o.mean_usefulness.map_or_else(
        || "—".to_owned(),
        |m| lang.fill(fill::ReportOutcomeUsefulnessValue { mean: &lang.decimal(m, 1), n: &int(o.ratings) }),
    );
    let rows = [
        (Key::ReportOutcomeHeld, int(o.held)),
        (Key::ReportOutcomeMoved, int(o.moved)),
        (Key::ReportOutcomeNotHeld, int(o.not_held)),
        (Key::ReportOutcomeUnknown, int(o.unknown)),
        (Key::ReportOutcomeNoShows, int(o.no_shows)),
        (Key::ReportOutcomeUsefulness, mean),
        (Key::ReportOutcomeActions, int(o.actions_wanted)),
    ];
    blocks.push(Block::Table(Table {
        caption: lang.t(Key::ReportOutcomesCaption).to_owned(),
        head: heads(lang, &[Key::ReportColFigure, Key::ReportColValue]),
        numeric: vec![false, true],
        rows: rows.into_iter().map(|(k, v)| vec![lang.t(k).to_owned(), v]).collect(),
    }));
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
                    let label = r
                        .themes
                        .iter()
                        .find(|f| f.theme.id.as_str() == t.theme)
                        .map_or(t.theme.as_str(), |f| f.theme.label(lang.code()));
                    let asking = lang.fill(fill::ReportCountries { n: t.countries });
                    format!("{label} ({asking})")
                })
                .collect(),
        ));
    }
    if !u.offers_without_interest.is_empty() {
        blocks.push(Block::Paragraph(lang.t(Key::ReportOffersWithoutInterest).to_owned()));
        blocks.push(Block::List(
            u.offers_without_interest.iter().map(|o| format!("{} ({})", o.title, o.country)).collect(),
        ));
    }
    if r.coverage.is_some() && !u.interests_not_met.is_empty() {
        blocks.push(Block::Table(Table {
            caption: lang.fill(fill::ReportNotMetCaption { n: u.interests_not_met.len() }),
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

fn actions(r: &Report, lang: Lang, blocks: &mut Vec<Block>) {
    let a = &r.actions;
    let int = |n: usize| lang.integer(n as i64);
    blocks.push(Block::Heading(lang.t(Key::ReportSectionActions).to_owned()));
    if a.potential == 0 {
        blocks.push(Block::Paragraph(lang.t(Key::ReportNoActions).to_owned()));
        return;
    }
    blocks.push(Block::Paragraph(sentences::registered(a, lang)));
    let counts = |caption: Key, first: Key, rows: Vec<(String, usize)>| {
        Block::Table(Table {
            caption: lang.t(caption).to_owned(),
            head: heads(lang, &[first, Key::ReportColActions]),
            numeric: vec![false, true],
            rows: rows.into_iter().filter(|(_, n)| *n > 0).map(|(label, n)| vec![label, int(n)]).collect(),
        })
    };
    blocks.push(counts(
        Key::ReportActionsTypesCaption,
        Key::ReportColType,
        a.by_type.iter().map(|t| (t.action_type.label(lang.code()).to_owned(), t.actions)).collect(),
    ));
    let mut themes: Vec<(String, usize)> = r
        .themes
        .iter()
        .map(|t| (t.theme.label(lang.code()).to_owned(), a.by_theme.get(t.theme.id.as_str()).copied().unwrap_or(0)))
        .collect();
    themes.sort_by_key(|t| std::cmp::Reverse(t.1));
    blocks.push(counts(Key::ReportActionsThemesCaption, Key::ReportColTheme, themes));
    let count = |map: &std::collections::BTreeMap<String, usize>, id: &str| map.get(id).copied().unwrap_or(0);
    blocks.push(Block::Table(Table {
        caption: lang.t(Key::ReportActionsCountriesCaption).to_owned(),
        head: heads(lang, &[Key::ReportColCountry, Key::ReportColOffering, Key::ReportColReceiving]),
        numeric: vec![false, true, true],
        rows: r
            .countries
            .iter()
            .map(|c| (c, count(&a.by_offering, &c.country), count(&a.by_receiving, &c.country)))
            .filter(|(_, o, g)| o + g > 0)
            .map(|(c, o, g)| vec![c.name.clone(), int(o), int(g)])
            .collect(),
    }));
}

fn evaluation(r: &Report, lang: Lang, blocks: &mut Vec<Block>) {
    let a = &r.actions;
    if a.potential == 0 {
        return;
    }
    let int = |n: usize| lang.integer(n as i64);
    blocks.push(Block::Heading(lang.t(Key::ReportSectionEvaluation).to_owned()));
    blocks.push(Block::Paragraph(sentences::evaluation(a, lang)));
    let f = &a.funding;
    blocks.push(Block::Paragraph(sentences::funding(a, lang)));
    if f.budget.is_none() {
        return;
    }
    blocks.push(Block::Table(Table {
        caption: lang.t(Key::ReportStatusCaption).to_owned(),
        head: heads(lang, &[Key::ReportColStatus, Key::ReportColActions]),
        numeric: vec![false, true],
        rows: Status::ALL
            .iter()
            .map(|s| (lang.status(*s), f.by_status.get(&code_of(s)).copied().unwrap_or(0)))
            .filter(|(_, n)| *n > 0)
            .map(|(label, n)| vec![label.to_owned(), int(n)])
            .collect(),
    }));
}

fn heads(lang: Lang, keys: &[Key]) -> Vec<String> {
    keys.iter().map(|&k| lang.t(k).to_owned()).collect()
}
