//! The CLI against broken files: seeded mutants of the demo plan and of a
//! response file (byte flips, insertions, truncations, a byte-order mark,
//! invalid UTF-8, deleted fields, changed types, huge strings and numbers,
//! deep nesting, duplicated records, values moved to other fields) go
//! through every command that reads a file. None may panic, none may hang
//! (each run has a timeout), and every plan a command writes must pass
//! `check` (every response it writes must read back).
//!
//! `cargo test --test mutants` runs 2,000 mutants (`MUTANTS=N` for another
//! number, `MUTANTS_SEED=S` for other mutants); the benchmark runs 100,000:
//! `cargo test --release --test mutants -- --ignored --nocapture`.
//! A mutant that fails is kept under `target/mutants/` to be replayed.

use rondas::domain::date::Timestamp;
use rondas::domain::format::{read, response_to_json, to_json, PlanFile};
use rondas::domain::model::Response;
use rondas::domain::rng::Rng;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long one run of the CLI may take before it counts as a hang.
const TIMEOUT: Duration = Duration::from_secs(30);

#[test]
fn mutants_neither_panic_nor_hang() {
    let count = std::env::var("MUTANTS").ok().and_then(|n| n.parse().ok()).unwrap_or(2_000);
    run_and_assert(count);
}

#[test]
#[ignore = "the benchmark: 100,000 mutants, some minutes in release mode"]
fn benchmark_100000_mutants() {
    let count = std::env::var("MUTANTS").ok().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    run_and_assert(count);
}

fn run_and_assert(count: usize) {
    let seed = std::env::var("MUTANTS_SEED").ok().and_then(|n| n.parse().ok()).unwrap_or(2026);
    let tally = run(count, seed);
    println!("{tally}");
    assert!(
        tally.failures.lock().map(|f| f.is_empty()).unwrap_or(false),
        "{tally}\n{}",
        tally.failures.lock().map(|f| f.join("\n")).unwrap_or_default()
    );
}

/// What the runs came to.
#[derive(Default)]
struct Tally {
    runs: AtomicUsize,
    accepted: AtomicUsize,
    refused: AtomicUsize,
    panics: AtomicUsize,
    hangs: AtomicUsize,
    written: AtomicUsize,
    bad_writes: AtomicUsize,
    failures: Mutex<Vec<String>>,
    elapsed: Mutex<Duration>,
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = |a: &AtomicUsize| a.load(Ordering::Relaxed);
        let secs = self.elapsed.lock().map(|d| d.as_secs_f64()).unwrap_or(0.0);
        write!(
            f,
            "{} runs in {secs:.1} s: {} accepted, {} refused, {} panics, {} hangs; {} written files checked, {} refused",
            n(&self.runs),
            n(&self.accepted),
            n(&self.refused),
            n(&self.panics),
            n(&self.hangs),
            n(&self.written),
            n(&self.bad_writes)
        )
    }
}

/// The two files mutated: the demo plan, and Peru's response to it.
fn seeds() -> (String, String) {
    let plan = rondas::domain::demo::demo_plan().expect("the demo is valid");
    let at: Timestamp = "2026-03-01T10:00:00Z".parse().expect("a time stamp");
    let response = Response::of(&plan, &"pe".into(), at);
    (to_json(&plan), response_to_json(&response))
}

/// A command's arguments for a mutant at `m`, the good plan and response,
/// and a file to write; and whether it writes `out`.
type Args = fn(&str, &str, &str, &str) -> (Vec<String>, bool);

/// Every command that reads a file, with the mutant in each reading place.
const COMMANDS: &[Args] = &[
    |m, _, _, _| (args(&["check", m]), false),
    |m, _, _, _| (args(&["stats", m]), false),
    |m, _, _, _| (args(&["recommend", m, "gt"]), false),
    |m, _, _, _| (args(&["explain", m]), false),
    |m, _, _, o| (args(&["export-ics", m, "-o", o]), false),
    |m, _, _, o| (args(&["export-ics", m, "--country", "pe", "-o", o]), false),
    |m, _, _, o| (args(&["export-csv", m, "-o", o]), false),
    |m, _, _, o| (args(&["export-csv", m, "--agendas", "-o", o]), false),
    |m, _, _, o| (args(&["schedule", m, "-o", o, "--seed", "1", "--moves", "300", "--time-limit", "2"]), true),
    |m, _, _, o| (args(&["schedule", m, "-o", o, "--lock-existing", "--moves", "100", "--time-limit", "2"]), true),
    |m, _, _, _| (args(&["select", m, "--budget", "100000", "--max-per-country", "3", "--per-subregion"]), false),
    |m, _, _, _| (args(&["report", m, "--format", "md"]), false),
    |m, _, _, o| (args(&["report", m, "--format", "html", "-o", o]), false),
    |m, _, _, _| (args(&["report", m, "--format", "json"]), false),
    |m, _, _, o| (args(&["respond", m, "--country", "pe", "-o", o, "--at", "2026-03-02T10:00:00Z"]), false),
    |m, _, _, o| (args(&["respond", m, "--evaluator", "ev-3", "-o", o, "--at", "2026-03-02T10:00:00Z"]), false),
    |m, _, r, o| (args(&["merge", m, r, "-o", o]), true),
    |m, p, _, o| (args(&["merge", p, m, "-o", o, "--accept-conflicts"]), true),
    |m, p, _, o| (args(&["merge", p, m, "-o", o]), true),
];

/// The commands whose mutant is of the response file (the last two), not
/// of the plan.
fn mutates_response(command: usize) -> bool {
    command + 2 >= COMMANDS.len()
}

fn args(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn work_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("mutants-{}", std::process::id()))
}

fn run(count: usize, seed: u64) -> Tally {
    let (plan, response) = seeds();
    let dir = work_dir();
    std::fs::create_dir_all(&dir).expect("a work folder");
    let plan_file = dir.join("plan.json");
    let response_file = dir.join("response.json");
    std::fs::write(&plan_file, &plan).expect("write the plan");
    std::fs::write(&response_file, &response).expect("write the response");
    let json = |text: &str| serde_json::from_str(text).unwrap_or(Value::Null);
    let sources: [Value; 2] = [json(&plan), json(&response)];
    let tally = Tally::default();
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, 4);
    let started = Instant::now();
    std::thread::scope(|scope| {
        for worker in 0..workers {
            let (tally, next, dir, sources) = (&tally, &next, &dir, &sources);
            let (plan, response) = (&plan, &response);
            let (plan_file, response_file) = (&plan_file, &response_file);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= count {
                    break;
                }
                let command = i % COMMANDS.len();
                let mut rng = Rng::stream(seed, i as u64);
                let (text, value) =
                    if mutates_response(command) { (response, &sources[1]) } else { (plan, &sources[0]) };
                let mutant = mutate(&mut rng, text, value);
                let mutant_file = dir.join(format!("mutant-{worker}.json"));
                let out_file = dir.join(format!("out-{worker}"));
                let _ = std::fs::remove_file(&out_file);
                if std::fs::write(&mutant_file, &mutant).is_err() {
                    continue;
                }
                let (argv, writes_plan) = COMMANDS[command](
                    &mutant_file.to_string_lossy(),
                    &plan_file.to_string_lossy(),
                    &response_file.to_string_lossy(),
                    &out_file.to_string_lossy(),
                );
                let outcome = run_cli(&argv);
                tally.runs.fetch_add(1, Ordering::Relaxed);
                let failure = match outcome {
                    Outcome::Exit(0) => {
                        tally.accepted.fetch_add(1, Ordering::Relaxed);
                        check_written(tally, &out_file, writes_plan, argv[0] == "respond")
                    }
                    Outcome::Exit(1) => {
                        tally.refused.fetch_add(1, Ordering::Relaxed);
                        None
                    }
                    Outcome::Exit(_) | Outcome::Crash(_) => {
                        tally.panics.fetch_add(1, Ordering::Relaxed);
                        Some(format!("{outcome}"))
                    }
                    Outcome::Hang => {
                        tally.hangs.fetch_add(1, Ordering::Relaxed);
                        Some("no answer within the timeout".to_owned())
                    }
                };
                if let Some(why) = failure {
                    let kept = keep(&mutant, i);
                    let line = format!("mutant {i} ({}): {why}; kept as {}", argv.join(" "), kept.display());
                    if let Ok(mut f) = tally.failures.lock() {
                        f.push(line);
                    }
                }
            });
        }
    });
    if let Ok(mut e) = tally.elapsed.lock() {
        *e = started.elapsed();
    }
    let _ = std::fs::remove_dir_all(&dir);
    tally
}

/// A written plan must pass `check`; a written response must read back.
fn check_written(tally: &Tally, out: &Path, writes_plan: bool, writes_response: bool) -> Option<String> {
    if !(writes_plan || writes_response) || !out.exists() {
        return None;
    }
    tally.written.fetch_add(1, Ordering::Relaxed);
    let refused = if writes_plan {
        match run_cli(&args(&["check", &out.to_string_lossy()])) {
            Outcome::Exit(0) => None,
            other => Some(format!("check refuses the plan it wrote: {other}")),
        }
    } else {
        let text = std::fs::read_to_string(out).unwrap_or_default();
        match read(&text) {
            Ok(PlanFile::Response(_)) => None,
            Ok(PlanFile::Plan(_)) => Some("respond wrote a plan".to_owned()),
            Err(e) => Some(format!("the response it wrote does not read back: {e}")),
        }
    };
    if refused.is_some() {
        tally.bad_writes.fetch_add(1, Ordering::Relaxed);
    }
    refused
}

/// Keeps a failing mutant to replay it; returns where.
fn keep(mutant: &[u8], i: usize) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("mutants");
    let path = dir.join(format!("mutant-{i}.json"));
    let _ = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, mutant));
    path
}

/// How a run of the CLI ended.
enum Outcome {
    Exit(i32),
    /// Killed by a signal (an overflowed stack aborts).
    Crash(String),
    Hang,
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Exit(code) => write!(f, "exit code {code}"),
            Self::Crash(what) => write!(f, "crashed: {what}"),
            Self::Hang => write!(f, "no answer within {} s", TIMEOUT.as_secs()),
        }
    }
}

/// Runs the CLI, killing it after [`TIMEOUT`]. Output is discarded (a pipe
/// left unread could block the child).
fn run_cli(argv: &[String]) -> Outcome {
    let child = Command::new(env!("CARGO_BIN_EXE_rondas-cli"))
        .args(argv)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut child) = child else { return Outcome::Crash("could not start".into()) };
    let deadline = Instant::now() + TIMEOUT;
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                return match status.code() {
                    Some(code) => Outcome::Exit(code),
                    None => Outcome::Crash(format!("{status}")),
                }
            }
            Ok(None) if Instant::now() < deadline => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(4));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return Outcome::Hang;
            }
        }
    }
}

/// A mutant of `text` (whose JSON is `value`): one to three mutations, on
/// the bytes or on the JSON.
fn mutate(rng: &mut Rng, text: &str, value: &Value) -> Vec<u8> {
    let rounds = 1 + rng.below(3);
    if rng.chance(0.35) {
        let mut bytes = text.as_bytes().to_vec();
        for _ in 0..rounds {
            mutate_bytes(rng, &mut bytes);
        }
        return bytes;
    }
    let mut value = value.clone();
    let mut deep = None;
    for _ in 0..rounds {
        deep = mutate_json(rng, &mut value).or(deep);
    }
    let text = serde_json::to_string_pretty(&value).unwrap_or_default();
    match deep {
        // Deep nesting is written as text: building it as a value would
        // overflow the test's own stack when serialised.
        Some(depth) => text.replacen(DEEP, &format!("{}1{}", "[".repeat(depth), "]".repeat(depth)), 1).into_bytes(),
        None => text.into_bytes(),
    }
}

/// Where deep nesting goes in the text.
const DEEP: &str = "\"\\u0000deep\"";

fn mutate_bytes(rng: &mut Rng, bytes: &mut Vec<u8>) {
    if bytes.is_empty() {
        return;
    }
    let at = rng.below(bytes.len());
    match rng.below(7) {
        0 => bytes[at] = rng.below(256) as u8,
        1 => bytes[at] ^= 1 << rng.below(8),
        2 => {
            let end = (at + 1 + rng.below(64)).min(bytes.len());
            bytes.drain(at..end);
        }
        3 => bytes.truncate(at),
        4 => {
            let noise: Vec<u8> = (0..1 + rng.below(8)).map(|_| rng.below(256) as u8).collect();
            bytes.splice(at..at, noise);
        }
        5 => bytes.splice(0..0, [0xef, 0xbb, 0xbf]).for_each(drop),
        _ => bytes.splice(at..at, [0xff, 0xc3]).for_each(drop),
    }
}

/// One change to the JSON; the depth of nesting to write, if it asks for it.
fn mutate_json(rng: &mut Rng, root: &mut Value) -> Option<usize> {
    let paths = paths_of(root);
    let path = rng.pick(&paths)?.clone();
    let strings: Vec<String> = paths
        .iter()
        .filter_map(|p| at(root, p).and_then(Value::as_str).map(str::to_owned))
        .filter(|s| s.len() < 64)
        .collect();
    let other = rng.pick(&strings).cloned().unwrap_or_default();
    let change = rng.below(14);
    if change == 0 {
        remove(root, &path);
        return None;
    }
    let target = at_mut(root, &path)?;
    let mut deep = None;
    match change {
        1 => *target = Value::Null,
        2 => *target = pick_value(rng),
        3 => *target = Value::String("x".repeat(1 + rng.below(200_000))),
        4 => *target = serde_json::json!(pick_number(rng)),
        5 => {
            deep = Some(1 + rng.below(100_000));
            *target = Value::String("\u{0}deep".into());
        }
        6 => {
            if let Value::Array(items) = target {
                if let Some(first) = items.first().cloned() {
                    let most = if rng.chance(0.1) { 2_000 } else { 3 };
                    let copies = 1 + rng.below(most);
                    items.extend(std::iter::repeat_n(first, copies));
                }
            }
        }
        7 => {
            if let Value::Array(items) = target {
                items.clear();
            } else if let Value::Object(fields) = target {
                fields.clear();
            }
        }
        8 | 9 => *target = Value::String(other),
        10 => {
            if let Value::Object(fields) = target {
                fields.insert(other, Value::Bool(true));
            }
        }
        11 | 12 => {
            // A plausible number: what validation may let through.
            if let Some(n) = target.as_u64() {
                *target = serde_json::json!([0, 1, n + 1, n.saturating_mul(1_000)][rng.below(4)]);
            } else if let Value::Array(items) = target {
                let len = items.len();
                if len > 1 {
                    items.swap(rng.below(len), rng.below(len));
                }
            }
        }
        _ => {
            if let Value::String(s) = target {
                s.push_str(["\u{0}", "\u{202e}", "=cmd|' /C calc'!A0", "\r\n", "\u{feff}"][rng.below(5)]);
            }
        }
    }
    deep
}

fn pick_value(rng: &mut Rng) -> Value {
    let choices = [
        serde_json::json!(true),
        serde_json::json!(0),
        serde_json::json!(-1),
        serde_json::json!(1.5),
        serde_json::json!(""),
        serde_json::json!("   "),
        serde_json::json!([]),
        serde_json::json!({}),
        serde_json::json!([null]),
        serde_json::json!({"id": "x"}),
    ];
    choices[rng.below(choices.len())].clone()
}

fn pick_number(rng: &mut Rng) -> serde_json::Number {
    let numbers = [
        serde_json::Number::from(u64::MAX),
        serde_json::Number::from(i64::MIN),
        serde_json::Number::from(u64::from(u32::MAX)),
        serde_json::Number::from(u64::from(u32::MAX) + 1),
        serde_json::Number::from(1_000_000_000u64),
        serde_json::Number::from(0),
    ];
    let floats = [1e308, -1e308, 1e-308, 4294967296.5];
    if rng.chance(0.7) {
        numbers[rng.below(numbers.len())].clone()
    } else {
        serde_json::Number::from_f64(floats[rng.below(floats.len())]).unwrap_or_else(|| 0.into())
    }
}

/// A step into a JSON value.
#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// The path of every value in `root`.
fn paths_of(root: &Value) -> Vec<Vec<Step>> {
    let mut paths = Vec::new();
    let mut stack = vec![(root, Vec::new())];
    while let Some((value, path)) = stack.pop() {
        match value {
            Value::Object(fields) => {
                for (k, v) in fields {
                    let mut p = path.clone();
                    p.push(Step::Key(k.clone()));
                    stack.push((v, p));
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    let mut p = path.clone();
                    p.push(Step::Index(i));
                    stack.push((v, p));
                }
            }
            _ => {}
        }
        paths.push(path);
    }
    paths
}

fn at<'a>(root: &'a Value, path: &[Step]) -> Option<&'a Value> {
    path.iter().try_fold(root, |v, step| match step {
        Step::Key(k) => v.get(k),
        Step::Index(i) => v.get(*i),
    })
}

fn at_mut<'a>(root: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(root, |v, step| match step {
        Step::Key(k) => v.get_mut(k),
        Step::Index(i) => v.get_mut(*i),
    })
}

/// Removes the value at `path` from its object or array.
fn remove(root: &mut Value, path: &[Step]) {
    let Some((last, parent)) = path.split_last() else { return };
    match (at_mut(root, parent), last) {
        (Some(Value::Object(fields)), Step::Key(k)) => {
            fields.remove(k);
        }
        (Some(Value::Array(items)), Step::Index(i)) if *i < items.len() => {
            items.remove(*i);
        }
        _ => {}
    }
}
