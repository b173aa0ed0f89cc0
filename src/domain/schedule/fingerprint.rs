//! The fingerprint of a plan's scheduling inputs: a schedule remembers the
//! fingerprint it was computed from, and is stale once the plan's differs.

use crate::domain::attendance::availability;
use crate::domain::model::Plan;
use std::collections::HashMap;
use std::fmt::Write as _;

/// A stable hash (FNV-1a, 64 bits, as 16 hex digits) of what the scheduler
/// reads: slots (id, date, times), rooms (id, capacity), countries (id,
/// delegates, availability, those present in each slot), rooms closed on
/// the day, offers (id, presenter, sessions, minimum) and
/// interests (pair, weight). Names, notes and the order of records do not
/// count; the schedule itself (locks included) does not either.
pub fn inputs_fingerprint(plan: &Plan) -> String {
    let mut delegates: HashMap<&str, u32> = HashMap::new();
    for d in &plan.delegates {
        *delegates.entry(d.country.as_str()).or_default() += 1;
    }
    let mut lines: Vec<String> = Vec::new();
    for s in &plan.event.slots {
        lines.push(format!("slot\t{}\t{}\t{}\t{}", s.id, s.date, s.start, s.end));
    }
    for r in &plan.event.rooms {
        lines.push(format!("room\t{}\t{}", r.id, r.capacity));
    }
    let (_, available) = availability(plan);
    let n_slots = plan.event.slots.len();
    for (k, c) in plan.countries.iter().enumerate() {
        let mut line = format!("country\t{}\t{}", c.id, delegates.get(c.id.as_str()).copied().unwrap_or(0));
        for (slot, n) in &c.availability {
            let _ = write!(line, "\t{slot}={n}");
        }
        if !plan.day.presence.is_empty() {
            for (slot, n) in plan.event.slots.iter().zip(&available[k * n_slots..(k + 1) * n_slots]) {
                let _ = write!(line, "\t{}:{n}", slot.id);
            }
        }
        lines.push(line);
    }
    for (room, slot) in &plan.day.closed_rooms {
        lines.push(format!("closed\t{room}\t{slot}"));
    }
    for o in &plan.offers {
        lines.push(format!("offer\t{}\t{}\t{}\t{}", o.id, o.country, o.max_sessions, o.min_attendees));
    }
    for i in &plan.interests {
        lines.push(format!("interest\t{}\t{}\t{}", i.country, i.offer, i.priority.weight()));
    }
    lines.sort_unstable();
    let mut hash: u64 = 0xCBF2_9CE4_8422_2325;
    for byte in lines.iter().flat_map(|l| l.bytes().chain(std::iter::once(b'\n'))) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01B3);
    }
    format!("{hash:016x}")
}
