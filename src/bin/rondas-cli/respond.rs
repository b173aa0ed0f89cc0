//! `respond PLAN (--country ID | --evaluator ID) -o OUT [--at TIMESTAMP]`:
//! writes the response file of a country (its answers and action forms) or
//! of an evaluator (their scores) as the plan now holds it, to test and time
//! merging.

use crate::args::Args;
use crate::files::{read_plan, write};
use rondas::domain::date::Timestamp;
use rondas::domain::format::response_to_json;
use rondas::domain::ids::{CountryId, EvaluatorId};
use rondas::domain::model::Response;
use std::time::{SystemTime, UNIX_EPOCH};

/// Writes the response and says what it holds.
pub fn respond(args: &[String]) -> Result<String, String> {
    let args = Args::parse(args, &["--country", "--evaluator", "-o", "--at"], &[])?;
    let (Some(out), [plan_file]) = (args.value("-o"), &args.positional[..]) else {
        return Err(crate::usage());
    };
    let at = match args.value("--at") {
        Some(text) => text.parse::<Timestamp>().map_err(|e| format!("--at: {e}"))?,
        None => now()?,
    };
    let plan = read_plan(plan_file)?;
    match (args.value("--country"), args.value("--evaluator")) {
        (Some(country), None) => {
            let country = CountryId::from(country);
            if plan.country(&country).is_none() {
                return Err(format!("{plan_file}: country \"{country}\" is not in the plan"));
            }
            let response = Response::of(&plan, &country, at);
            write(out, &response_to_json(&response))?;
            Ok(format!(
                "{out}: response of {country} at {at}: {} interest(s), {} theme interest(s), {} action form(s)",
                response.interests.len(),
                response.theme_interests.len(),
                response.actions.as_ref().map_or(0, Vec::len)
            ))
        }
        (None, Some(evaluator)) => {
            let evaluator = EvaluatorId::from(evaluator);
            if plan.evaluator(&evaluator).is_none() {
                return Err(format!("{plan_file}: evaluator \"{evaluator}\" is not in the plan"));
            }
            let response = Response::of_evaluator(&plan, &evaluator, at);
            write(out, &response_to_json(&response))?;
            Ok(format!("{out}: scores of evaluator {evaluator} at {at}: {} score(s)", response.scores.len()))
        }
        _ => Err(crate::usage()),
    }
}

fn now() -> Result<Timestamp, String> {
    let since = SystemTime::now().duration_since(UNIX_EPOCH).map_err(|e| format!("the clock is wrong: {e}"))?;
    Ok(Timestamp::from_unix_seconds(since.as_secs()))
}
