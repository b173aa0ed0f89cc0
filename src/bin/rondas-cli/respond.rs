//! `respond PLAN (--country ID | --evaluator ID) -o OUT [--at TIMESTAMP]`:
//! writes the response file of a country (its answers and action forms) or
//! of an evaluator (their scores) as the plan now holds it, to test and time
//! merging.

use crate::files::{read_plan, write};
use rondas::domain::date::Timestamp;
use rondas::domain::format::response_to_json;
use rondas::domain::ids::{CountryId, EvaluatorId};
use rondas::domain::model::Response;
use rondas::i18n::fill;
use std::time::{SystemTime, UNIX_EPOCH};

/// `respond`'s arguments.
#[derive(clap::Args)]
pub struct RespondArgs {
    /// The plan file
    #[arg(value_name = "PLAN")]
    plan: String,
    #[command(flatten)]
    who: Who,
    /// The response file to write
    #[arg(short, value_name = "OUT")]
    out: String,
    /// The time the response is stamped with (default: now), as
    /// 2026-03-05T12:00:00Z
    #[arg(long, value_name = "TIMESTAMP")]
    at: Option<Timestamp>,
}

/// Whose response: a country's or an evaluator's.
#[derive(clap::Args)]
#[group(required = true, multiple = false)]
struct Who {
    /// A country's answers and action forms (its id)
    #[arg(long, value_name = "ID")]
    country: Option<String>,
    /// An evaluator's scores (their id)
    #[arg(long, value_name = "ID")]
    evaluator: Option<String>,
}

/// Writes the response and says what it holds.
pub fn respond(args: &RespondArgs) -> Result<String, String> {
    let (plan_file, out) = (&args.plan, &args.out);
    let at = match args.at {
        Some(at) => at,
        None => now()?,
    };
    let plan = read_plan(plan_file)?;
    let lang = crate::lang::of(&plan);
    match (args.who.country.as_deref(), args.who.evaluator.as_deref()) {
        (Some(country), _) => {
            let country = CountryId::from(country);
            if plan.country(&country).is_none() {
                return Err(lang.fill(fill::CliNoCountry { file: plan_file, country: country.as_str() }));
            }
            let response = Response::of(&plan, &country, at);
            write(out, &response_to_json(&response))?;
            Ok(lang.fill(fill::CliResponseWritten {
                file: out,
                country: country.as_str(),
                at: &at.to_string(),
                interests: &response.interests.len().to_string(),
                themes: &response.theme_interests.len().to_string(),
                forms: &response.actions.as_ref().map_or(0, Vec::len).to_string(),
            }))
        }
        (None, Some(evaluator)) => {
            let evaluator = EvaluatorId::from(evaluator);
            if plan.evaluator(&evaluator).is_none() {
                return Err(lang.fill(fill::CliNoEvaluator { file: plan_file, evaluator: evaluator.as_str() }));
            }
            let response = Response::of_evaluator(&plan, &evaluator, at);
            write(out, &response_to_json(&response))?;
            Ok(lang.fill(fill::CliScoresWritten {
                file: out,
                evaluator: evaluator.as_str(),
                at: &at.to_string(),
                scores: &response.scores.len().to_string(),
            }))
        }
        (None, None) => Err("respond: --country or --evaluator is needed".into()),
    }
}

fn now() -> Result<Timestamp, String> {
    let since = SystemTime::now().duration_since(UNIX_EPOCH).map_err(|e| format!("the clock is wrong: {e}"))?;
    Ok(Timestamp::from_unix_seconds(since.as_secs()))
}
