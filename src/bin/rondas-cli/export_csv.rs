//! `export-csv PLAN [--agendas] -o OUT`: the plan's schedule as a CSV table,
//! one row per session, or with `--agendas` every delegation's agenda.

use rondas::i18n::fill;
use crate::files::{read_plan, write};
use rondas::domain::export::{agendas_csv, schedule_csv};

/// `export-csv`'s arguments.
#[derive(clap::Args)]
pub struct ExportCsvArgs {
    /// The plan file, with its schedule
    #[arg(value_name = "PLAN")]
    plan: String,
    /// Every delegation's agenda instead of one row per session
    #[arg(long)]
    agendas: bool,
    /// The CSV file to write
    #[arg(short, value_name = "OUT")]
    out: String,
}

/// Writes the table and says how many rows it holds.
pub fn export_csv(args: &ExportCsvArgs) -> Result<String, String> {
    let (plan_file, out) = (&args.plan, &args.out);
    let plan = read_plan(plan_file)?;
    let lang = crate::lang::of(&plan);
    let schedule = plan.schedule.as_ref().ok_or_else(|| lang.fill(fill::CliNoSchedule { file: plan_file }))?;
    let table = if args.agendas { agendas_csv } else { schedule_csv };
    let text = table(&plan, &schedule.sessions).map_err(|e| format!("{out}: {e}"))?;
    write(out, &text)?;
    Ok(lang.fill(fill::CliCsvWritten { n: text.lines().count().saturating_sub(1), file: out }))
}
