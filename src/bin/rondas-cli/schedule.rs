//! `schedule PLAN -o OUT [--seed N] [--time-limit SECONDS] [--moves N]
//! [--lock-existing]`: computes the rounds, writes the plan with its
//! schedule, and prints the figures as JSON (with the number of rules the
//! schedule breaks, 0 unless a locked session breaks one, and what changed
//! from the plan's previous schedule). The schedule is adopted as the app
//! adopts it ([`adopt`]).

use crate::files::{read_plan, write_outcome};
use rondas::domain::command::schedule::adopt;
use rondas::domain::command::Done;
use rondas::domain::date::Timestamp;
use rondas::domain::schedule::{schedule_plan, Options};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// `schedule`'s arguments.
#[derive(clap::Args)]
pub struct ScheduleArgs {
    /// The plan file
    #[arg(value_name = "PLAN")]
    plan: String,
    /// The plan file to write, with its schedule
    #[arg(short, value_name = "OUT")]
    out: String,
    /// The seed of the search
    #[arg(long, value_name = "N")]
    seed: Option<u64>,
    /// The time the search may take
    #[arg(long, value_name = "SECONDS", value_parser = positive_seconds, allow_negative_numbers = true)]
    time_limit: Option<f64>,
    /// Stop after this many moves of the search (deterministic runs)
    #[arg(long, value_name = "N")]
    moves: Option<u64>,
    /// Keep every session of the plan's schedule where it is
    #[arg(long)]
    lock_existing: bool,
}

/// A positive, finite number of seconds.
fn positive_seconds(text: &str) -> Result<f64, String> {
    text.parse().ok().filter(|s: &f64| s.is_finite() && *s > 0.0).ok_or_else(|| "not a positive number of seconds".into())
}

/// Schedules and reports.
pub fn schedule(args: &ScheduleArgs) -> Result<String, String> {
    let (plan_file, out) = (&args.plan, &args.out);
    let mut options = Options { lock_existing: args.lock_existing, moves: args.moves, ..Options::default() };
    if let Some(seed) = args.seed {
        options.seed = seed;
    }
    if let Some(seconds) = args.time_limit {
        options.time_limit_ms = seconds * 1000.0;
    }
    let plan = read_plan(plan_file)?;
    let origin = Instant::now();
    let clock = move || origin.elapsed().as_secs_f64() * 1000.0;
    let outcome = schedule_plan(&plan, options, &clock, &mut |_| true)
        .map_err(|e| format!("{plan_file}: {}", crate::lang::of(&plan).instance_error(&plan, &e)))?;
    let now = SystemTime::now().duration_since(UNIX_EPOCH).ok().map(|d| Timestamp::from_unix_seconds(d.as_secs()));
    let Done { plan, summary: adopted } = write_outcome(out, adopt(&plan, outcome.schedule.clone(), now))?;
    let sessions = plan.schedule.as_ref().map_or(0, |s| s.sessions.len());
    let changes = adopted.changes;
    let report = serde_json::json!({
        "objective": outcome.objective,
        "bound": outcome.bound,
        "gap": outcome.gap(),
        "time_ms": outcome.elapsed_ms.round(),
        "sessions": sessions,
        "interests_met": outcome.interests_met,
        "interests": outcome.interests,
        "greedy_objective": outcome.greedy_objective,
        "naive_objective": outcome.naive_objective,
        "violations": adopted.violations.len(),
        "changes": {
            "added": changes.added.len(),
            "removed": changes.removed.len(),
            "moved": changes.moved.len(),
            "attendees_added": changes.attendees_added.len(),
            "attendees_removed": changes.attendees_removed.len(),
        },
        "moves": outcome.moves,
        "stopped_by": format!("{:?}", outcome.stop).to_lowercase(),
    });
    serde_json::to_string_pretty(&report).map_err(|e| e.to_string())
}
