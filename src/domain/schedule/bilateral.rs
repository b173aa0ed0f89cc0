//! Bilateral B2B meetings: the rounds where every session is one presenting
//! country and one visitor at a table.

use crate::domain::model::Plan;
use std::collections::HashMap;

/// Sets `plan` up for bilateral meetings: every room is a table seating
/// one, each offer may be presented as often as countries are interested in
/// it (at least once), and one visitor is enough for a meeting.
pub fn bilateral(plan: &mut Plan) {
    let mut interested: HashMap<&str, u32> = HashMap::new();
    for i in &plan.interests {
        *interested.entry(i.offer.as_str()).or_default() += 1;
    }
    let counts: Vec<u32> =
        plan.offers.iter().map(|o| interested.get(o.id.as_str()).copied().unwrap_or(0).max(1)).collect();
    for room in &mut plan.event.rooms {
        room.capacity = 1;
    }
    for (offer, count) in plan.offers.iter_mut().zip(counts) {
        offer.max_sessions = count;
        offer.min_attendees = 1;
    }
}
