//! `select PLAN --budget AMOUNT [--currency CODE] [--max-per-country K]
//! [--per-subregion] [--per-theme]`: prints the proposed selection of
//! cooperation actions as JSON. Rules not given on the command line are the
//! plan's selection's (currency USD when it has none); its overrides count.

use crate::args::Args;
use crate::files::read_plan;
use rondas::domain::select::propose;

/// Proposes and prints.
pub fn select(args: &[String]) -> Result<String, String> {
    let args =
        Args::parse(args, &["--budget", "--currency", "--max-per-country"], &["--per-subregion", "--per-theme"])?;
    let (Some(budget), [plan_file]) = (args.value("--budget"), &args.positional[..]) else {
        return Err(crate::usage());
    };
    let plan = read_plan(plan_file)?;
    let selection = plan.selection.clone().unwrap_or_default();
    let mut rules = selection.rules;
    rules.budget = budget.parse().map_err(|_| format!("--budget: \"{budget}\" is not a whole amount"))?;
    if let Some(currency) = args.value("--currency") {
        rules.currency = currency.to_owned();
    }
    if rules.currency.is_empty() {
        rules.currency = "USD".into();
    }
    if let Some(k) = args.value("--max-per-country") {
        rules.max_per_country =
            Some(k.parse().map_err(|_| format!("--max-per-country: \"{k}\" is not a whole number"))?);
    }
    rules.min_per_subregion |= args.flag("--per-subregion");
    rules.min_per_theme |= args.flag("--per-theme");
    let proposal = propose(&plan, &rules, &selection.overrides);
    serde_json::to_string_pretty(&proposal).map_err(|e| e.to_string())
}
