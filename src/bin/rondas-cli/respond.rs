//! `respond PLAN --country ID -o OUT [--at TIMESTAMP]`: writes the response
//! file of a country as the plan now holds it, to test and time merging.

use crate::args::Args;
use crate::files::{read_plan, write};
use rondas::domain::date::Timestamp;
use rondas::domain::format::response_to_json;
use rondas::domain::ids::CountryId;
use rondas::domain::model::Response;
use std::time::{SystemTime, UNIX_EPOCH};

/// Writes the response and says what it holds.
pub fn respond(args: &[String]) -> Result<String, String> {
    let args = Args::parse(args, &["--country", "-o", "--at"], &[])?;
    let (Some(country), Some(out), [plan_file]) = (args.value("--country"), args.value("-o"), &args.positional[..])
    else {
        return Err(crate::usage());
    };
    let at = match args.value("--at") {
        Some(text) => text.parse::<Timestamp>().map_err(|e| format!("--at: {e}"))?,
        None => now()?,
    };
    let plan = read_plan(plan_file)?;
    let country = CountryId::from(country);
    if plan.country(&country).is_none() {
        return Err(format!("{plan_file}: country \"{country}\" is not in the plan"));
    }
    let response = Response::of(&plan, &country, at);
    write(out, &response_to_json(&response))?;
    Ok(format!(
        "{out}: response of {country} at {at}: {} interest(s), {} theme interest(s)",
        response.interests.len(),
        response.theme_interests.len()
    ))
}

fn now() -> Result<Timestamp, String> {
    let since = SystemTime::now().duration_since(UNIX_EPOCH).map_err(|e| format!("the clock is wrong: {e}"))?;
    Ok(Timestamp::from_unix_seconds(since.as_secs()))
}
