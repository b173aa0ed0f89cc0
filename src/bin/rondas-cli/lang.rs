//! `--lang CODE`: the language of the messages a command prints (problems,
//! broken rules, reasons, merges); by default the plan's own
//! (`event.language`), else English. Chosen once, before the command runs.

use rondas::domain::Plan;
use rondas::i18n::{fill, Lang};
use std::sync::OnceLock;

static CHOSEN: OnceLock<Lang> = OnceLock::new();

/// Remembers the language of `--lang CODE`, if given and known.
pub fn choose(code: Option<&str>) -> Result<(), String> {
    let Some(code) = code else { return Ok(()) };
    let lang = Lang::from_code(code).ok_or_else(|| {
        let codes: Vec<&str> = Lang::all().map(Lang::code).collect();
        Lang::default().fill(fill::CliUnknownLanguage { code, codes: &codes.join(", ") })
    })?;
    let _ = CHOSEN.set(lang);
    Ok(())
}

/// The language chosen with `--lang`, else English: for what is said
/// before a plan is read.
pub fn chosen() -> Lang {
    CHOSEN.get().copied().unwrap_or_default()
}

/// The language chosen with `--lang`, else the plan's.
pub fn of(plan: &Plan) -> Lang {
    CHOSEN.get().copied().unwrap_or_else(|| Lang::of_plan(plan))
}
