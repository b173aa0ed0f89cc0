//! `rondas-cli`: the Rondas core on files, without a browser.
//!
//! ```text
//! rondas-cli demo              print the demo plan file
//! rondas-cli check FILE        validate a plan file; exit 1 with the problems
//! rondas-cli stats FILE        print the plan's counts as JSON
//! rondas-cli merge PLAN RESPONSE... -o OUT [--accept-conflicts]
//!                              merge response files; print the diff
//! rondas-cli respond PLAN --country ID -o OUT [--at TIMESTAMP]
//!                              write a country's response file
//! rondas-cli schedule PLAN -o OUT [--seed N] [--time-limit SECONDS] [--moves N] [--lock-existing]
//!                              compute the rounds; print objective, bound, gap as JSON
//! ```
//!
//! Each subcommand is a function from its arguments to the text it prints,
//! or to the message of its failure (printed on stderr, exit code 1).

mod args;
mod files;
mod merge;
mod respond;
mod schedule;

use files::read_plan;
use rondas::domain::{demo, format, stats::Stats};
use std::process::ExitCode;

type Command = fn(&[String]) -> Result<String, String>;

/// Every subcommand: name, usage line, function.
const COMMANDS: &[(&str, &str, Command)] = &[
    ("demo", "demo", demo_cmd),
    ("check", "check FILE", check),
    ("stats", "stats FILE", stats),
    ("merge", "merge PLAN RESPONSE... -o OUT [--accept-conflicts]", merge::merge),
    ("respond", "respond PLAN --country ID -o OUT [--at TIMESTAMP]", respond::respond),
    (
        "schedule",
        "schedule PLAN -o OUT [--seed N] [--time-limit SECONDS] [--moves N] [--lock-existing]",
        schedule::schedule,
    ),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = args.first().and_then(|name| COMMANDS.iter().find(|(n, _, _)| n == name));
    let result = match command {
        Some((_, _, run)) => run(&args[1..]),
        None => Err(usage()),
    };
    match result {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> String {
    let lines: Vec<String> = COMMANDS.iter().map(|(_, u, _)| format!("  rondas-cli {u}")).collect();
    format!("usage:\n{}", lines.join("\n"))
}

fn demo_cmd(args: &[String]) -> Result<String, String> {
    match args {
        [] => demo::demo_plan().map(|p| format::to_json(&p)).map_err(|e| e.to_string()),
        _ => Err(usage()),
    }
}

fn check(args: &[String]) -> Result<String, String> {
    let [file] = args else { return Err(usage()) };
    read_plan(file).map(|p| format!("{file}: valid plan \"{}\"", p.event.name))
}

fn stats(args: &[String]) -> Result<String, String> {
    let [file] = args else { return Err(usage()) };
    let plan = read_plan(file)?;
    serde_json::to_string_pretty(&Stats::of(&plan)).map_err(|e| e.to_string())
}
