//! `export-csv PLAN [--agendas] -o OUT`: the plan's schedule as a CSV table,
//! one row per session, or with `--agendas` every delegation's agenda.

use crate::args::Args;
use crate::files::{read_plan, write};
use rondas::domain::export::{agendas_csv, schedule_csv};

/// Writes the table and says how many rows it holds.
pub fn export_csv(args: &[String]) -> Result<String, String> {
    let args = Args::parse(args, &["-o"], &["--agendas"])?;
    let (Some(out), [plan_file]) = (args.value("-o"), &args.positional[..]) else {
        return Err(crate::usage());
    };
    let plan = read_plan(plan_file)?;
    let schedule = plan.schedule.as_ref().ok_or_else(|| format!("{plan_file}: the plan has no schedule"))?;
    let table = if args.flag("--agendas") { agendas_csv } else { schedule_csv };
    let text = table(&plan, &schedule.sessions).map_err(|e| format!("{out}: {e}"))?;
    write(out, &text)?;
    Ok(format!("{out}: {} row(s)", text.lines().count().saturating_sub(1)))
}
