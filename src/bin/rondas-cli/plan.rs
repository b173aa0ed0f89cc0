//! `demo`, `check`, `stats` and `recommend`: the plan itself.

use crate::files::read_plan;
use rondas::domain::ids::CountryId;
use rondas::domain::schedule::check as check_rules;
use rondas::domain::{demo, format, recommend as ranking, stats::Stats};
use rondas::i18n::fill;

/// The demo plan file.
pub fn demo() -> Result<String, String> {
    demo::demo_plan().map(|p| format::to_json(&p)).map_err(|e| e.to_string())
}

/// Says the file is a valid plan, or what is wrong and where.
/// With the rules of the rounds its schedule breaks, if any.
pub fn check(file: &str) -> Result<String, String> {
    let plan = read_plan(file)?;
    let lang = crate::lang::of(&plan);
    let mut lines = vec![lang.fill(fill::CliValidPlan { file, name: &plan.event.name })];
    let broken = plan.schedule.as_ref().map(|s| check_rules(&plan, &s.sessions)).unwrap_or_default();
    if !broken.is_empty() {
        lines.push(lang.fill(fill::ReportViolations { n: broken.len() }));
        lines.extend(broken.iter().map(|v| format!("  - {}", lang.violation(&plan, v))));
    }
    Ok(lines.join("\n"))
}

/// The plan's counts as JSON.
pub fn stats(file: &str) -> Result<String, String> {
    let plan = read_plan(file)?;
    serde_json::to_string_pretty(&Stats::of(&plan)).map_err(|e| e.to_string())
}

/// The offers to suggest to a country, best first, with their reasons.
pub fn recommend(file: &str, country: &str) -> Result<String, String> {
    let plan = read_plan(file)?;
    let country = CountryId::from(country);
    let lang = crate::lang::of(&plan);
    if plan.country(&country).is_none() {
        return Err(lang.fill(fill::CliNoCountry { file, country: country.as_str() }));
    }
    let lines: Vec<String> = ranking::recommend(&plan, &country)
        .iter()
        .map(|r| {
            let title = plan.offer_title(&r.offer, lang.code()).map_or("", |t| t.text);
            let reasons: Vec<String> = r.reasons.iter().map(|x| lang.recommend_reason(&plan, x)).collect();
            format!("{:>3}  {} ({}): {}", r.score, r.offer, title, reasons.join("; "))
        })
        .collect();
    if lines.is_empty() {
        return Ok(lang.fill(fill::CliNothingToRecommend { country: &plan.country_name(&country) }));
    }
    Ok(lines.join("\n"))
}
