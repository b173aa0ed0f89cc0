//! Reading and writing plan files, with the file name in every error.

use rondas::domain::format::{self, FormatError, PlanFile};
use rondas::domain::Plan;

/// Reads and validates a plan or response file.
pub fn read_file(file: &str) -> Result<PlanFile, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    let lang = crate::lang::chosen();
    format::read(&text).map_err(|e| match e {
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
