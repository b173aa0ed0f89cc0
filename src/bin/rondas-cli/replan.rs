//! `replan PLAN --from SLOT [--absent DELEGATE]... [--room-closed ROOM]...
//! -o OUT [--seed N] [--moves N]`: re-plans the rounds from a slot on the
//! day (absent delegates and closed rooms recorded, every earlier session
//! kept as it was), writes the plan, and prints the changes as JSON: per
//! delegation (moved, added, dropped sessions, another delegate) and the
//! rooms whose door sheet changed. Slots are named by id or number (1 is
//! the first), rooms and delegates by id or name.

use crate::files::{read_plan, write};
use rondas::domain::command::replan::{replan as run, ReplanError, Request};
use rondas::domain::date::Timestamp;
use rondas::domain::format::to_json;
use rondas::domain::ids::{DelegateId, RoomId, SlotId};
use rondas::domain::schedule::Options;
use rondas::domain::text::fold;
use rondas::domain::Plan;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// `replan`'s arguments.
#[derive(clap::Args)]
pub struct ReplanArgs {
    /// The plan file
    #[arg(value_name = "PLAN")]
    plan: String,
    /// The first slot to re-plan (id, or number: 1 is the first)
    #[arg(long, value_name = "SLOT")]
    from: String,
    /// A delegate absent from that slot on (id or name); repeat for more
    #[arg(long, value_name = "DELEGATE")]
    absent: Vec<String>,
    /// A room closed from that slot on (id or name); repeat for more
    #[arg(long, value_name = "ROOM")]
    room_closed: Vec<String>,
    /// The plan file to write
    #[arg(short, value_name = "OUT")]
    out: String,
    /// The seed of the search
    #[arg(long, value_name = "N")]
    seed: Option<u64>,
    /// Stop after this many moves of the search (deterministic runs)
    #[arg(long, value_name = "N")]
    moves: Option<u64>,
}

/// The record whose id is `name`, else the one whose name is `name` (case
/// and accents aside), if only one.
fn find<'p, T>(records: &'p [T], name: &str, id: impl Fn(&T) -> &str, label: impl Fn(&T) -> &str) -> Option<&'p T> {
    if let Some(r) = records.iter().find(|r| id(r) == name) {
        return Some(r);
    }
    let mut same = records.iter().filter(|r| fold(label(r).trim()) == fold(name.trim()));
    let first = same.next()?;
    same.next().is_none().then_some(first)
}

/// The request named by the arguments, or what it names that the plan lacks.
fn request(plan: &Plan, args: &ReplanArgs) -> Result<Request, String> {
    let slots = &plan.event.slots;
    let from = slots
        .iter()
        .find(|s| s.id.as_str() == args.from)
        .or_else(|| args.from.parse::<usize>().ok().and_then(|n| slots.get(n.checked_sub(1)?)))
        .ok_or_else(|| format!("--from {}: no such slot", args.from))?;
    let absent = args
        .absent
        .iter()
        .map(|name| {
            find(&plan.delegates, name, |d| d.id.as_str(), |d| d.name.as_str())
                .map(|d| DelegateId::from(d.id.as_str()))
                .ok_or_else(|| format!("--absent {name}: no such delegate (or more than one)"))
        })
        .collect::<Result<_, _>>()?;
    let rooms_closed = args
        .room_closed
        .iter()
        .map(|name| {
            find(&plan.event.rooms, name, |r| r.id.as_str(), |r| r.name.as_str())
                .map(|r| RoomId::from(r.id.as_str()))
                .ok_or_else(|| format!("--room-closed {name}: no such room (or more than one)"))
        })
        .collect::<Result<_, _>>()?;
    Ok(Request { from: SlotId::from(from.id.as_str()), absent, rooms_closed })
}

/// Re-plans and reports.
pub fn replan(args: &ReplanArgs) -> Result<String, String> {
    let plan = read_plan(&args.plan)?;
    let req = request(&plan, args)?;
    let mut options = Options { moves: args.moves, ..Options::default() };
    if let Some(seed) = args.seed {
        options.seed = seed;
    }
    let origin = Instant::now();
    let clock = move || origin.elapsed().as_secs_f64() * 1000.0;
    let now = SystemTime::now().duration_since(UNIX_EPOCH).ok().map(|d| Timestamp::from_unix_seconds(d.as_secs()));
    let done = run(&plan, &req, options, &clock, now).map_err(|e| match e {
        ReplanError::Problems(problems) => {
            let lang = crate::lang::chosen();
            let lines: Vec<String> = problems.iter().map(|p| format!("  {}", lang.problem(p))).collect();
            format!("the plan would not be valid; nothing written:\n{}", lines.join("\n"))
        }
        other => format!("{}: {other}", args.plan),
    })?;
    write(&args.out, &to_json(&done.plan))?;
    serde_json::to_string_pretty(&done.summary).map_err(|e| e.to_string())
}
