//! `explain PLAN`: how much of the demand the plan's schedule meets, per
//! country, and why each interest left out is left out.

use crate::files::read_plan;
use rondas::domain::schedule::{explain, inputs_fingerprint, summarize};

/// The summary and the reasons, in English.
pub fn explain_cmd(file: &str) -> Result<String, String> {
    let plan = read_plan(file)?;
    let schedule = plan.schedule.as_ref().ok_or_else(|| format!("{file}: the plan has no schedule"))?;
    let summary = summarize(&plan, &schedule.sessions, schedule.bound);
    let mut lines = vec![format!(
        "satisfied weight {} of {} (bound {}, gap {:.2}%); {} of {} interests met",
        summary.objective,
        summary.total_weight,
        summary.bound,
        100.0 * summary.gap,
        summary.interests_met,
        summary.interests
    )];
    if schedule.inputs != inputs_fingerprint(&plan) {
        lines.push("the plan has changed since this schedule was computed: it is stale".into());
    }
    for share in &summary.countries {
        lines.push(format!(
            "  {}: {} of {} interests met ({:.0}%)",
            plan.country_name(&share.country),
            share.met,
            share.wanted,
            100.0 * share.share()
        ));
    }
    let left_out = explain(&plan, &schedule.sessions);
    lines.push(format!("{} interest(s) left out:", left_out.len()));
    lines.extend(left_out.iter().map(|e| format!("  - {e}")));
    Ok(lines.join("\n"))
}
