//! `demo`, `check`, `stats` and `recommend`: the plan itself.

use crate::files::read_plan;
use rondas::domain::ids::CountryId;
use rondas::domain::{demo, format, recommend as ranking, stats::Stats};

/// The demo plan file.
pub fn demo() -> Result<String, String> {
    demo::demo_plan().map(|p| format::to_json(&p)).map_err(|e| e.to_string())
}

/// Says the file is a valid plan, or what is wrong and where.
pub fn check(file: &str) -> Result<String, String> {
    read_plan(file).map(|p| format!("{file}: valid plan \"{}\"", p.event.name))
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
    if plan.country(&country).is_none() {
        return Err(format!("{file}: no country \"{country}\""));
    }
    let lines: Vec<String> = ranking::recommend(&plan, &country)
        .iter()
        .map(|r| {
            let title = plan.offer(&r.offer).map_or("", |o| o.title.as_str());
            let reasons: Vec<String> = r.reasons.iter().map(ToString::to_string).collect();
            format!("{:>3}  {} ({}): {}", r.score, r.offer, title, reasons.join("; "))
        })
        .collect();
    if lines.is_empty() {
        return Ok(format!("nothing to recommend to {}", plan.country_name(&country)));
    }
    Ok(lines.join("\n"))
}
