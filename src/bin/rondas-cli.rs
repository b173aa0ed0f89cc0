//! `rondas-cli`: the Rondas core on files, without a browser.
//!
//! ```text
//! rondas-cli demo              print the demo plan file
//! rondas-cli check FILE        validate a plan file; exit 1 with the problems
//! rondas-cli stats FILE        print the plan's counts as JSON
//! ```

use rondas::domain::{demo, format, stats::Stats, Plan};
use std::process::ExitCode;

const USAGE: &str = "usage: rondas-cli demo | check FILE | stats FILE";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["demo"] => demo::demo_plan().map(|p| format::to_json(&p)).map_err(|e| e.to_string()),
        ["check", file] => read(file).map(|p| format!("{file}: valid plan \"{}\"", p.event.name)),
        ["stats", file] => read(file).map(|p| {
            serde_json::to_string_pretty(&Stats::of(&p)).unwrap_or_default()
        }),
        _ => Err(USAGE.to_owned()),
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

/// Reads and validates a plan file, with the file name in any error.
fn read(file: &str) -> Result<Plan, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    format::from_json(&text).map_err(|e| match e {
        format::FormatError::Invalid(problems) => {
            let lines: Vec<String> = problems.iter().map(|p| format!("{file}: {p}")).collect();
            lines.join("\n")
        }
        other => format!("{file}: {other}"),
    })
}
