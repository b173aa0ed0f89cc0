//! `rondas-cli`: the Rondas core on files, without a browser.
//!
//! ```text
//! rondas-cli demo              print the demo plan file
//! rondas-cli check FILE        validate a plan file; exit 1 with the problems;
//!                              list the rules of the rounds its schedule breaks
//! rondas-cli stats FILE        print the plan's counts as JSON
//! rondas-cli merge PLAN RESPONSE... -o OUT [--accept-conflicts]
//!                              merge response files; print the diff
//! rondas-cli respond PLAN (--country ID | --evaluator ID) -o OUT [--at TIMESTAMP]
//!                              write a country's or an evaluator's response file
//! rondas-cli recommend FILE COUNTRY
//!                              offers to suggest to a country, with reasons
//! rondas-cli generate PRESET [--seed N] -o OUT
//!                              write a seeded benchmark plan (see
//!                              `domain::generate` for the presets)
//! rondas-cli schedule PLAN -o OUT [--seed N] [--time-limit SECONDS] [--moves N] [--lock-existing]
//!                              compute the rounds; print objective, bound, gap as JSON
//! rondas-cli explain PLAN      how much demand the plan's schedule meets, and
//!                              why each interest left out is left out
//! rondas-cli export-ics PLAN [--country ID] -o OUT
//!                              the schedule as an iCalendar file (whole
//!                              event, or one delegation's agenda)
//! rondas-cli export-csv PLAN [--agendas] -o OUT
//!                              the schedule (or every delegation's agenda)
//!                              as a CSV table
//! rondas-cli select PLAN --budget AMOUNT [--currency CODE] [--max-per-country K]
//!                    [--per-subregion] [--per-theme]
//!                              the proposed selection of cooperation actions
//!                              under the budget, with reasons, as JSON
//! rondas-cli report PLAN --format json|md|html [-o OUT]
//!                              the workshop report in the plan's language
//!                              (Markdown, standalone HTML), or its figures (JSON)
//! ```
//!
//! Every command takes `--lang CODE` (`en`, `es`, …): the language of the
//! messages it prints, by default the plan's (see [`lang`]).
//!
//! Each subcommand is a function from its arguments to the text it prints,
//! or to the message of its failure (printed on stderr, exit code 1).

mod args;
mod explain;
mod export_csv;
mod export_ics;
mod files;
mod generate;
mod lang;
mod merge;
mod report;
mod respond;
mod schedule;
mod select;

use files::read_plan;
use rondas::domain::ids::CountryId;
use rondas::domain::schedule::check as check_rules;
use rondas::domain::{demo, format, recommend::recommend, stats::Stats};
use rondas::i18n::fill;
use std::process::ExitCode;

type Command = fn(&[String]) -> Result<String, String>;

/// Every subcommand: name, usage line, function.
const COMMANDS: &[(&str, &str, Command)] = &[
    ("demo", "demo", demo_cmd),
    ("check", "check FILE", check),
    ("stats", "stats FILE", stats),
    ("merge", "merge PLAN RESPONSE... -o OUT [--accept-conflicts]", merge::merge),
    ("respond", "respond PLAN (--country ID | --evaluator ID) -o OUT [--at TIMESTAMP]", respond::respond),
    ("recommend", "recommend FILE COUNTRY", recommend_cmd),
    ("generate", "generate PRESET [--seed N] -o OUT", generate::generate_cmd),
    (
        "schedule",
        "schedule PLAN -o OUT [--seed N] [--time-limit SECONDS] [--moves N] [--lock-existing]",
        schedule::schedule,
    ),
    ("explain", "explain PLAN", explain::explain_cmd),
    ("export-ics", "export-ics PLAN [--country ID] -o OUT", export_ics::export_ics),
    ("export-csv", "export-csv PLAN [--agendas] -o OUT", export_csv::export_csv),
    (
        "select",
        "select PLAN --budget AMOUNT [--currency CODE] [--max-per-country K] [--per-subregion] [--per-theme]",
        select::select,
    ),
    ("report", "report PLAN --format json|md|html [-o OUT]", report::report),
];

fn main() -> ExitCode {
    let result = lang::take(std::env::args().skip(1).collect()).and_then(|args| {
        match args.first().and_then(|name| COMMANDS.iter().find(|(n, _, _)| n == name)) {
            Some((_, _, run)) => run(&args[1..]),
            None => Err(usage()),
        }
    });
    // Written, not printed: a closed pipe (`| head`) is not a reason to panic.
    use std::io::Write;
    match result {
        Ok(out) => {
            let _ = writeln!(std::io::stdout(), "{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            let _ = writeln!(std::io::stderr(), "{message}");
            ExitCode::FAILURE
        }
    }
}

/// The usage lines of every subcommand.
pub fn usage() -> String {
    let lines: Vec<String> = COMMANDS.iter().map(|(_, u, _)| format!("  rondas-cli {u}")).collect();
    format!("usage:\n{}\n(any command: --lang CODE, the language of its messages)", lines.join("\n"))
}

fn demo_cmd(args: &[String]) -> Result<String, String> {
    match args {
        [] => demo::demo_plan().map(|p| format::to_json(&p)).map_err(|e| e.to_string()),
        _ => Err(usage()),
    }
}

fn check(args: &[String]) -> Result<String, String> {
    let [file] = args else { return Err(usage()) };
    let plan = read_plan(file)?;
    let lang = lang::of(&plan);
    let mut lines = vec![lang.fill(fill::CliValidPlan { file, name: &plan.event.name })];
    let broken = plan.schedule.as_ref().map(|s| check_rules(&plan, &s.sessions)).unwrap_or_default();
    if !broken.is_empty() {
        lines.push(lang.fill(fill::ReportViolations { n: broken.len() }));
        lines.extend(broken.iter().map(|v| format!("  - {}", lang.violation(&plan, v))));
    }
    Ok(lines.join("\n"))
}

fn stats(args: &[String]) -> Result<String, String> {
    let [file] = args else { return Err(usage()) };
    let plan = read_plan(file)?;
    serde_json::to_string_pretty(&Stats::of(&plan)).map_err(|e| e.to_string())
}

fn recommend_cmd(args: &[String]) -> Result<String, String> {
    let [file, country] = args else { return Err(usage()) };
    let plan = read_plan(file)?;
    let country = CountryId::from(country.as_str());
    let lang = lang::of(&plan);
    if plan.country(&country).is_none() {
        return Err(lang.fill(fill::CliNoCountry { file, country: country.as_str() }));
    }
    let lines: Vec<String> = recommend(&plan, &country)
        .iter()
        .map(|r| {
            let title = plan.offer(&r.offer).map_or("", |o| o.title.as_str());
            let reasons: Vec<String> = r.reasons.iter().map(|x| lang.recommend_reason(&plan, x)).collect();
            format!("{:>3}  {} ({}): {}", r.score, r.offer, title, reasons.join("; "))
        })
        .collect();
    if lines.is_empty() {
        return Ok(lang.fill(fill::CliNothingToRecommend { country: &plan.country_name(&country) }));
    }
    Ok(lines.join("\n"))
}
