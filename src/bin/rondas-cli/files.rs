//! Reading and writing plan files, with the file name in every error.

use rondas::domain::command::{Done, Outcome};
use rondas::domain::format::{self, to_json, FormatError, PlanFile, MAX_BYTES};
use rondas::domain::Plan;
use rondas::i18n::Key;
use std::io::Read;

/// Reads and validates a plan or response file: at most
/// [`MAX_BYTES`] are read, so `/dev/zero` or a video is refused at once.
pub fn read_file(file: &str) -> Result<PlanFile, String> {
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(MAX_BYTES as u64 + 1).read_to_end(&mut bytes))
        .map_err(|e| format!("{file}: {e}"))?;
    let lang = crate::lang::chosen();
    format::text_of(&bytes).and_then(format::read).map_err(|e| match e {
        FormatError::Invalid(problems) => {
            let lines: Vec<String> = problems.iter().map(|p| format!("{file}: {}", lang.problem(p))).collect();
            lines.join("\n")
        }
        other => format!("{file}: {}", lang.format_error(&other)),
    })
}

/// Reads and validates a plan file.
pub fn read_plan(file: &str) -> Result<Plan, String> {
    match read_file(file)? {
        PlanFile::Plan(plan) => Ok(*plan),
        PlanFile::Response(r) => {
            let error = FormatError::IsResponse { country: r.country.to_string() };
            Err(format!("{file}: {}", crate::lang::chosen().format_error(&error)))
        }
    }
}

/// Writes `text` to `file`.
pub fn write(file: &str, text: &str) -> Result<(), String> {
    std::fs::write(file, text).map_err(|e| format!("{file}: {e}"))
}

/// Writes the plan a command made to `file`; when the command was refused,
/// writes nothing and lists the problems.
pub fn write_outcome<S>(file: &str, outcome: Outcome<S>) -> Result<Done<S>, String> {
    let done = outcome.map_err(|problems| {
        let lang = crate::lang::chosen();
        let lines: Vec<String> = problems.iter().map(|p| format!("  {}", lang.problem(p))).collect();
        format!("{}\n{}", lang.t(Key::CliNotWritten), lines.join("\n"))
    })?;
    write(file, &to_json(&done.plan))?;
    Ok(done)
}
