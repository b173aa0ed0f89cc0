//! `merge PLAN RESPONSE... -o OUT [--accept-conflicts]`: prints what each
//! response file changes and writes the plan with the accepted changes.
//!
//! By default the changes a conflict touches are withheld; with
//! `--accept-conflicts` they apply too, except those of a country that is not
//! in the plan. Files apply oldest first, so the newest answer wins.

use crate::files::{read_file, read_plan, write_outcome};
use rondas::domain::command::responses::accept;
use rondas::domain::format::PlanFile;
use rondas::domain::merge::{diff, Conflict, FileDiff};
use rondas::domain::model::Response;

/// `merge`'s arguments.
#[derive(clap::Args)]
pub struct MergeArgs {
    /// The plan file
    #[arg(value_name = "PLAN")]
    plan: String,
    /// The response files to merge into it
    #[arg(value_name = "RESPONSE", required = true)]
    responses: Vec<String>,
    /// The merged plan file to write
    #[arg(short, value_name = "OUT")]
    out: String,
    /// Apply the changes a conflict touches too (never those of a country
    /// that is not in the plan)
    #[arg(long)]
    accept_conflicts: bool,
}

/// Merges and reports.
pub fn merge(args: &MergeArgs) -> Result<String, String> {
    let (plan_file, out) = (&args.plan, &args.out);
    let plan = read_plan(plan_file)?;
    let responses = args.responses.iter().map(|f| read_response(f)).collect::<Result<Vec<_>, _>>()?;
    let accept_conflicts = args.accept_conflicts;
    let diffs = diff(&plan, &responses);

    let mut report: Vec<String> = diffs.iter().map(|d| format!("{d}\n  = {}", outcome(d, accept_conflicts))).collect();
    let taken = accept(&plan, &diffs, |f, c| diffs[f].accepts(&diffs[f].changes[c], accept_conflicts));
    let applied = write_outcome(out, taken)?.summary;

    let total: usize = diffs.iter().map(|d| d.changes.len()).sum();
    let mut summary = format!("{out}: applied {applied} of {total} change(s) from {} file(s)", diffs.len());
    if !accept_conflicts && applied < total {
        summary.push_str("; changes marked [conflict] were withheld (--accept-conflicts applies them)");
    }
    report.push(summary);
    Ok(report.join("\n\n"))
}

/// Reads a response file; a plan file is refused, naming it.
fn read_response(file: &str) -> Result<(String, Response), String> {
    match read_file(file)? {
        PlanFile::Response(response) => Ok((file.to_owned(), response)),
        PlanFile::Plan(_) => Err(format!("{file}: a plan file, not a response file")),
    }
}

/// `3 change(s) applied, 1 withheld`, and why none apply when none can.
fn outcome(diff: &FileDiff, accept_conflicts: bool) -> String {
    let applied = diff.accepted(accept_conflicts).count();
    let withheld = diff.changes.len() - applied;
    if withheld > 0 && diff.conflicts.contains(&Conflict::UnknownCountry) {
        return format!("{applied} change(s) applied, {withheld} withheld: the country is not in the plan");
    }
    match withheld {
        0 => format!("{applied} change(s) applied"),
        _ => format!("{applied} change(s) applied, {withheld} withheld (touched by a conflict)"),
    }
}
