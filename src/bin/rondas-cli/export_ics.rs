//! `export-ics PLAN [--country ID [--alarm MINUTES]] -o OUT`: the plan's
//! schedule as an iCalendar file, for the whole event or one delegation
//! (with a reminder before each session).

use rondas::i18n::fill;
use crate::files::{read_plan, write};
use rondas::domain::date::Timestamp;
use rondas::domain::export::ics::DEFAULT_ALARM_MINUTES;
use rondas::domain::export::{country_ics, event_ics};
use rondas::domain::ids::CountryId;
use std::time::{SystemTime, UNIX_EPOCH};

/// `export-ics`'s arguments.
#[derive(clap::Args)]
pub struct ExportIcsArgs {
    /// The plan file, with its schedule
    #[arg(value_name = "PLAN")]
    plan: String,
    /// One delegation's agenda (a country's id) instead of the whole event
    #[arg(long, value_name = "ID")]
    country: Option<String>,
    /// Minutes before each session a delegation's calendar reminds (0: no reminder)
    #[arg(long, value_name = "MINUTES", default_value_t = DEFAULT_ALARM_MINUTES, requires = "country")]
    alarm: u32,
    /// The calendar file to write
    #[arg(short, value_name = "OUT")]
    out: String,
}

/// Writes the calendar and says how many events it holds.
pub fn export_ics(args: &ExportIcsArgs) -> Result<String, String> {
    let (plan_file, out) = (&args.plan, &args.out);
    let plan = read_plan(plan_file)?;
    let lang = crate::lang::of(&plan);
    let schedule = plan.schedule.as_ref().ok_or_else(|| lang.fill(fill::CliNoSchedule { file: plan_file }))?;
    let since = SystemTime::now().duration_since(UNIX_EPOCH).map_err(|e| format!("the clock is wrong: {e}"))?;
    let stamp = Timestamp::from_unix_seconds(since.as_secs());
    let text = match args.country.as_deref() {
        Some(id) => {
            let country = CountryId::from(id);
            if plan.country(&country).is_none() {
                return Err(lang.fill(fill::CliNoCountry { file: plan_file, country: country.as_str() }));
            }
            country_ics(&plan, &schedule.sessions, &country, stamp, args.alarm)
        }
        None => event_ics(&plan, &schedule.sessions, stamp),
    };
    write(out, &text)?;
    Ok(lang.fill(fill::CliIcsWritten { n: text.matches("BEGIN:VEVENT").count(), file: out }))
}
