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
use rondas::i18n::{fill, Key, Lang};

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
    let lang = crate::lang::of(&plan);
    let responses = args.responses.iter().map(|f| read_response(f, lang)).collect::<Result<Vec<_>, _>>()?;
    let accept_conflicts = args.accept_conflicts;
    let diffs = diff(&plan, &responses);

    let mut report: Vec<String> = diffs
        .iter()
        .map(|d| format!("{}\n  = {}", lang.merge_text(&plan, d), outcome(d, accept_conflicts, lang)))
        .collect();
    let taken = accept(&plan, &diffs, |f, c| diffs[f].accepts(&diffs[f].changes[c], accept_conflicts));
    let applied = write_outcome(out, taken)?.summary;

    let total: usize = diffs.iter().map(|d| d.changes.len()).sum();
    let mut summary = lang.fill(fill::CliMergeSummary {
        file: out,
        applied: &lang.integer(applied as i64),
        total: &lang.integer(total as i64),
        files: &lang.integer(diffs.len() as i64),
    });
    if !accept_conflicts && applied < total {
        summary = format!("{summary} {}", lang.t(Key::CliMergeWithheldHint));
    }
    report.push(summary);
    Ok(report.join("\n\n"))
}

/// Reads a response file; a plan file is refused, naming it.
fn read_response(file: &str, lang: Lang) -> Result<(String, Response), String> {
    match read_file(file)? {
        PlanFile::Response(response) => Ok((file.to_owned(), response)),
        PlanFile::Plan(_) => Err(lang.fill(fill::CliNotAResponse { file })),
    }
}

/// How many of the file's changes apply, and why none do when none can.
fn outcome(diff: &FileDiff, accept_conflicts: bool, lang: Lang) -> String {
    let (applied, total) = (diff.accepted(accept_conflicts).count(), diff.changes.len());
    let (applied, total) = (&lang.integer(applied as i64), &lang.integer(total as i64));
    if applied != total && diff.conflicts.contains(&Conflict::UnknownCountry) {
        return lang.fill(fill::CliMergeUnknown { applied, total });
    }
    lang.fill(fill::CliMergeApplied { applied, total })
}
