//! `report PLAN --format json|md|html [-o OUT]`: the workshop report, in the
//! language of `--lang` else the plan's, as Markdown or standalone HTML, or
//! every figure as JSON.

use crate::files::{read_plan, write};
use rondas::i18n::fill;
use clap::ValueEnum;
use rondas::domain::analytics::Report;
use rondas::report::{compose, to_html, to_markdown};

/// `report`'s arguments.
#[derive(clap::Args)]
pub struct ReportArgs {
    /// The plan file
    #[arg(value_name = "PLAN")]
    plan: String,
    /// What to write
    #[arg(long, value_enum)]
    format: Format,
    /// The file to write (the report goes to stdout without it)
    #[arg(short, value_name = "OUT")]
    out: Option<String>,
}

/// The report's forms.
#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Every figure, as JSON
    Json,
    /// The report in Markdown
    Md,
    /// The report as a standalone HTML file
    Html,
}

/// The report on stdout, or written to `-o OUT`.
pub fn report(args: &ReportArgs) -> Result<String, String> {
    let plan = read_plan(&args.plan)?;
    let figures = Report::of(&plan);
    let document = || compose(&plan, &figures, crate::lang::of(&plan));
    let text = match args.format {
        Format::Json => figures.to_json(),
        Format::Md => to_markdown(&document()),
        Format::Html => to_html(&document()),
    };
    match &args.out {
        Some(out) => {
            let name = args.format.to_possible_value().map(|v| v.get_name().to_owned()).unwrap_or_default();
            write(out, &text).map(|()| crate::lang::of(&plan).fill(fill::CliReportWritten { file: out, format: &name }))
        }
        None => Ok(text),
    }
}
