//! `report PLAN --format json|md|html [-o OUT]`: the workshop report, in the
//! plan's language, as Markdown or standalone HTML, or every figure as JSON.

use crate::args::Args;
use crate::files::{read_plan, write};
use rondas::domain::analytics::Report;
use rondas::report::{compose, language_of, to_html, to_markdown};

/// The report on stdout, or written to `-o OUT`.
pub fn report(args: &[String]) -> Result<String, String> {
    let args = Args::parse(args, &["--format", "-o"], &[])?;
    let (Some(format), [plan_file]) = (args.value("--format"), &args.positional[..]) else {
        return Err(crate::usage());
    };
    let plan = read_plan(plan_file)?;
    let figures = Report::of(&plan);
    let document = || compose(&plan, &figures, language_of(&figures));
    let text = match format {
        "json" => figures.to_json(),
        "md" => to_markdown(&document()),
        "html" => to_html(&document()),
        other => return Err(format!("unknown format \"{other}\": use json, md or html")),
    };
    match args.value("-o") {
        Some(out) => write(out, &text).map(|()| format!("{out}: the {format} report")),
        None => Ok(text),
    }
}
