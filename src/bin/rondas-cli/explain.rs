//! `explain PLAN`: how much of the demand the plan's schedule meets, per
//! country, and why each interest left out is left out.

use crate::files::read_plan;
use rondas::domain::schedule::{explain, inputs_fingerprint, summarize};
use rondas::i18n::{fill, Key};

/// The summary and the reasons, in the plan's language (or `--lang`).
pub fn explain_cmd(file: &str) -> Result<String, String> {
    let plan = read_plan(file)?;
    let lang = crate::lang::of(&plan);
    let schedule = plan.schedule.as_ref().ok_or_else(|| lang.fill(fill::CliNoSchedule { file }))?;
    let summary = summarize(&plan, &schedule.sessions, schedule.bound);
    let int = |n: u64| lang.integer(i64::try_from(n).unwrap_or(i64::MAX));
    let mut lines = vec![lang.fill(fill::CliExplainSummary {
        objective: &int(summary.objective),
        total: &int(summary.total_weight),
        bound: &int(summary.bound),
        gap: &lang.decimal(100.0 * summary.gap, 2),
        met: &int(summary.interests_met.into()),
        interests: &int(summary.interests.into()),
    })];
    if schedule.inputs != inputs_fingerprint(&plan) {
        lines.push(lang.t(Key::RoundsStale).to_owned());
    }
    for share in &summary.countries {
        let line = lang.fill(fill::CliExplainShare {
            country: &plan.country_name(&share.country),
            met: &int(share.met.into()),
            wanted: &int(share.wanted.into()),
            share: &lang.decimal(100.0 * share.share(), 0),
        });
        lines.push(format!("  {line}"));
    }
    let left_out = explain(&plan, &schedule.sessions);
    lines.push(format!("{}:", lang.fill(fill::RoundsLeftOut { n: left_out.len() })));
    lines.extend(left_out.iter().map(|e| format!("  - {}", lang.explanation(&plan, e))));
    Ok(lines.join("\n"))
}
