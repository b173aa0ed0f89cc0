//! `select PLAN --budget AMOUNT [--currency CODE] [--max-per-country K]
//! [--per-subregion] [--per-theme]`: prints the proposed selection of
//! cooperation actions as JSON. Rules not given on the command line are the
//! plan's selection's (currency USD when it has none); its overrides count.

use crate::files::read_plan;
use rondas::domain::select::propose;

/// `select`'s arguments.
#[derive(clap::Args)]
pub struct SelectArgs {
    /// The plan file
    #[arg(value_name = "PLAN")]
    plan: String,
    /// The budget, a whole amount
    #[arg(long, value_name = "AMOUNT")]
    budget: u64,
    /// The budget's currency (the plan's selection's by default, else USD)
    #[arg(long, value_name = "CODE")]
    currency: Option<String>,
    /// At most K actions per receiving country
    #[arg(long, value_name = "K")]
    max_per_country: Option<u32>,
    /// At least one action per sub-region
    #[arg(long)]
    per_subregion: bool,
    /// At least one action per theme
    #[arg(long)]
    per_theme: bool,
}

/// Proposes and prints.
pub fn select(args: &SelectArgs) -> Result<String, String> {
    let plan = read_plan(&args.plan)?;
    let selection = plan.selection.clone().unwrap_or_default();
    let mut rules = selection.rules;
    rules.budget = args.budget;
    if let Some(currency) = &args.currency {
        rules.currency = currency.clone();
    }
    if rules.currency.is_empty() {
        rules.currency = "USD".into();
    }
    if let Some(k) = args.max_per_country {
        rules.max_per_country = Some(k);
    }
    rules.min_per_subregion |= args.per_subregion;
    rules.min_per_theme |= args.per_theme;
    let proposal = propose(&plan, &rules, &selection.overrides);
    serde_json::to_string_pretty(&proposal).map_err(|e| e.to_string())
}
