//! The command line's shape, declared once with clap: the commands, their
//! arguments and the help text that `rondas-cli --help` prints.

use crate::{explain, export_csv, export_ics, generate, merge, plan, replan, report, respond, schedule, select};
use clap::{Parser, Subcommand};

/// The Rondas core on files, without a browser: plan files checked, merged,
/// scheduled, exported and reported on.
#[derive(Parser)]
#[command(name = "rondas-cli", version, arg_required_else_help = true)]
pub struct Cli {
    /// The language of the messages (problems, broken rules, reasons,
    /// merges, reports): en, es, pt or fr; by default the plan's own
    #[arg(long, global = true, value_name = "CODE")]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

/// Every command.
#[derive(Subcommand)]
pub enum Command {
    /// Print the demo plan file
    Demo,
    /// Validate a plan file; exit 1 with the problems. List the rules of
    /// the rounds its schedule breaks
    Check {
        #[arg(value_name = "FILE")]
        file: String,
    },
    /// Print the JSON Schema of plan and response files (derived from the
    /// types; public/rondas-plan.schema.json holds it)
    Schema,
    /// Print the plan's counts as JSON
    Stats {
        #[arg(value_name = "FILE")]
        file: String,
    },
    /// Merge response files into a plan; print what each one changes
    Merge(merge::MergeArgs),
    /// Write a country's or an evaluator's response file
    Respond(respond::RespondArgs),
    /// Offers to suggest to a country, with reasons
    Recommend {
        #[arg(value_name = "FILE")]
        file: String,
        /// The country's id
        #[arg(value_name = "COUNTRY")]
        country: String,
    },
    /// Write a seeded benchmark plan
    Generate(generate::GenerateArgs),
    /// Compute the rounds; print objective, bound, gap… as JSON
    Schedule(schedule::ScheduleArgs),
    /// Re-plan the rounds from a slot on the day (absent delegates, closed
    /// rooms), keeping every earlier session; print the changes as JSON
    Replan(replan::ReplanArgs),
    /// How much demand the plan's schedule meets, and why each interest left
    /// out is left out
    Explain {
        #[arg(value_name = "PLAN")]
        file: String,
    },
    /// The schedule as an iCalendar file (the whole event, or one
    /// delegation's agenda)
    ExportIcs(export_ics::ExportIcsArgs),
    /// The schedule (or every delegation's agenda) as a CSV table
    ExportCsv(export_csv::ExportCsvArgs),
    /// The proposed selection of cooperation actions under the budget, with
    /// reasons, as JSON
    Select(select::SelectArgs),
    /// The workshop report in the plan's language or that of `--lang`
    /// (Markdown, standalone HTML), or its figures (JSON)
    Report(report::ReportArgs),
}

impl Command {
    /// Runs the command: the text to print, or the message of its failure.
    pub fn run(self) -> Result<String, String> {
        match self {
            Self::Demo => plan::demo(),
            Self::Check { file } => plan::check(&file),
            Self::Schema => Ok(rondas::domain::format::schema::schema_json()),
            Self::Stats { file } => plan::stats(&file),
            Self::Merge(args) => merge::merge(&args),
            Self::Respond(args) => respond::respond(&args),
            Self::Recommend { file, country } => plan::recommend(&file, &country),
            Self::Generate(args) => generate::generate_cmd(&args),
            Self::Schedule(args) => schedule::schedule(&args),
            Self::Replan(args) => replan::replan(&args),
            Self::Explain { file } => explain::explain_cmd(&file),
            Self::ExportIcs(args) => export_ics::export_ics(&args),
            Self::ExportCsv(args) => export_csv::export_csv(&args),
            Self::Select(args) => select::select(&args),
            Self::Report(args) => report::report(&args),
        }
    }
}
