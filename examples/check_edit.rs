//! How long a checked hand edit takes: indexing a plan's rules once
//! (`Rules::new`), then applying a move (`edit::apply`) and checking the
//! schedule (`Rules::check`), as the rounds page does on every edit.
//!
//! `cargo run --release --example check_edit -- PLAN.json [EDITS]` on a plan
//! with a schedule (e.g. `rondas-cli generate large` then `rondas-cli
//! schedule`); prints the median and worst times.

use rondas::domain::edit::{apply, Edit};
use rondas::domain::format::from_json;
use rondas::domain::schedule::{summarize, Rules};
use rondas::domain::validate::validate;
use std::time::Instant;

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: check_edit PLAN.json [EDITS]")?;
    let edits: usize = args.next().map_or(Ok(200), |n| n.parse().map_err(|e| format!("EDITS: {e}")))?;
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let plan = from_json(&text).map_err(|e| format!("{path}: {e}"))?;
    let sessions = plan.schedule.as_ref().map(|s| s.sessions.clone()).ok_or("the plan has no schedule")?;
    if sessions.is_empty() || plan.event.slots.is_empty() {
        return Err("the schedule is empty".into());
    }
    let start = Instant::now();
    let copy = plan.clone();
    let clone_ms = start.elapsed().as_secs_f64() * 1e3;
    let start = Instant::now();
    std::hint::black_box(validate(&copy));
    let validate_ms = start.elapsed().as_secs_f64() * 1e3;
    let start = Instant::now();
    std::hint::black_box(summarize(&plan, &sessions, 0));
    let summarize_ms = start.elapsed().as_secs_f64() * 1e3;
    let start = Instant::now();
    let rules = Rules::new(&plan);
    let index_ms = start.elapsed().as_secs_f64() * 1e3;
    let (mut check_ms, mut edit_ms) = (Vec::new(), Vec::new());
    for k in 0..edits {
        let s = &sessions[k * 7 % sessions.len()];
        let slot = plan.event.slots[k % plan.event.slots.len()].id.clone();
        let edit = Edit::MoveSession { session: s.id.clone(), slot, room: s.room.clone() };
        let start = Instant::now();
        let next = apply(&plan, edit).map_err(|p| format!("{p:?}"))?;
        let applied = start.elapsed();
        let violations = rules.check(&next.schedule.as_ref().map(|s| s.sessions.clone()).unwrap_or_default());
        let checked = start.elapsed();
        std::hint::black_box(violations);
        edit_ms.push(applied.as_secs_f64() * 1e3);
        check_ms.push((checked - applied).as_secs_f64() * 1e3);
    }
    let stats = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        (v[v.len() / 2], v[v.len() - 1])
    };
    let ((check_med, check_max), (edit_med, edit_max)) = (stats(&mut check_ms), stats(&mut edit_ms));
    println!("of one apply: clone {clone_ms:.2} ms, validate {validate_ms:.2} ms, objective (summarize) {summarize_ms:.2} ms");
    println!(
        "{} sessions, {} interests; Rules::new {index_ms:.2} ms; per edit: apply (clone, validate, objective) median {edit_med:.2} ms, max {edit_max:.2} ms; Rules::check median {check_med:.3} ms, max {check_max:.3} ms ({edits} edits)",
        sessions.len(),
        plan.interests.len()
    );
    Ok(())
}
