//! Who is there on the day, and what it leaves to schedule: the delegates
//! present in each slot (late arrivals, absences), the rooms still open, and
//! the check-in list.
//!
//! Slots are ordered as the event lists them (in time order); a delegate's
//! [`Presence`] and a room's closing slot are positions in that order. The
//! scheduler, its checker, its bound and the explanations read the
//! availability from [`availability`] and the closed rooms from
//! [`closed_cells`], so what happens on the day is one rule everywhere.

use crate::domain::ids::{DelegateId, RoomId, SlotId};
use crate::domain::model::{Delegate, Plan, Presence};
use crate::domain::text::fold;
use std::collections::{HashMap, HashSet};

/// The position of each slot in the event's order.
pub fn slot_positions(plan: &Plan) -> HashMap<&SlotId, usize> {
    let mut map = HashMap::new();
    for (t, s) in plan.event.slots.iter().enumerate() {
        map.entry(&s.id).or_insert(t);
    }
    map
}

/// Whether `presence` has its delegate there in the slot at position `t`
/// (`positions` from [`slot_positions`]; a slot no longer in the plan bounds nothing).
fn present_at(presence: &Presence, positions: &HashMap<&SlotId, usize>, t: usize) -> bool {
    let from = presence.arrives_at.as_ref().and_then(|s| positions.get(s)).copied().unwrap_or(0);
    let until = presence.absent_from.as_ref().and_then(|s| positions.get(s)).copied().unwrap_or(usize::MAX);
    from <= t && t < until
}

/// Who is there when: the plan's presences with its slots' positions, to ask
/// about many delegates and slots.
pub struct Presences<'p> {
    plan: &'p Plan,
    positions: HashMap<&'p SlotId, usize>,
}

impl<'p> Presences<'p> {
    /// The presences of `plan`.
    pub fn new(plan: &'p Plan) -> Self {
        Self { plan, positions: slot_positions(plan) }
    }

    /// Whether `delegate` is there in `slot` (an unknown slot: yes).
    pub fn is_present(&self, delegate: &DelegateId, slot: &SlotId) -> bool {
        match (self.plan.day.presence.get(delegate), self.positions.get(slot)) {
            (Some(presence), Some(&t)) => present_at(presence, &self.positions, t),
            _ => true,
        }
    }
}

/// Whether `delegate` is there in `slot` (an unknown slot: yes).
pub fn is_present(plan: &Plan, delegate: &DelegateId, slot: &SlotId) -> bool {
    Presences::new(plan).is_present(delegate, slot)
}

/// Whether `delegate` is absent in every slot.
pub fn is_absent_all_day(plan: &Plan, delegate: &DelegateId) -> bool {
    let positions = slot_positions(plan);
    plan.day
        .presence
        .get(delegate)
        .is_some_and(|p| !p.is_all_day() && (0..plan.event.slots.len()).all(|t| !present_at(p, &positions, t)))
}

/// The effective availability: the delegates of each country, in the plan's
/// order (`n_c`: those the plan lists, at least 1), and those available in
/// each slot (at `c * slots + t`): the delegates present there, lowered by
/// the country's own availability (`Country::availability`), never above
/// `n_c`. A country that lists no delegate counts one, always present.
pub fn availability(plan: &Plan) -> (Vec<u32>, Vec<u32>) {
    let positions = slot_positions(plan);
    let n_slots = plan.event.slots.len();
    let country_ix: HashMap<_, usize> = plan.countries.iter().enumerate().map(|(c, x)| (&x.id, c)).rev().collect();
    let mut delegates = vec![0u32; plan.countries.len()];
    let mut present = vec![0u32; plan.countries.len() * n_slots];
    for d in &plan.delegates {
        let Some(&c) = country_ix.get(&d.country) else { continue };
        delegates[c] += 1;
        for t in 0..n_slots {
            if plan.day.presence.get(&d.id).is_none_or(|p| present_at(p, &positions, t)) {
                present[c * n_slots + t] += 1;
            }
        }
    }
    let mut available = Vec::with_capacity(present.len());
    for (c, country) in plan.countries.iter().enumerate() {
        let listed = delegates[c] > 0;
        delegates[c] = delegates[c].max(1);
        for (t, slot) in plan.event.slots.iter().enumerate() {
            let here = if listed { present[c * n_slots + t] } else { 1 };
            available.push(country.availability.get(&slot.id).map_or(here, |&a| a.min(here)));
        }
    }
    (delegates, available)
}

/// Whether each (slot, room) cell is closed, at `t * rooms + r`: the room
/// is closed from a slot at or before `t`.
pub fn closed_cells(plan: &Plan) -> Vec<bool> {
    let positions = slot_positions(plan);
    let from: Vec<usize> = plan
        .event
        .rooms
        .iter()
        .map(|r| plan.day.closed_rooms.get(&r.id).and_then(|s| positions.get(s)).copied().unwrap_or(usize::MAX))
        .collect();
    (0..plan.event.slots.len()).flat_map(|t| from.iter().map(move |&f| t >= f)).collect()
}

/// Whether `room` is closed in `slot`.
pub fn is_closed(plan: &Plan, room: &RoomId, slot: &SlotId) -> bool {
    let positions = slot_positions(plan);
    match (plan.day.closed_rooms.get(room).and_then(|s| positions.get(s)), positions.get(slot)) {
        (Some(from), Some(t)) => t >= from,
        _ => false,
    }
}

/// The delegates whose name, country or agency matches `query` (case and
/// accents aside; every word must match), in the plan's order.
pub fn search<'p>(plan: &'p Plan, query: &str) -> Vec<&'p Delegate> {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
    plan.delegates
        .iter()
        .filter(|d| {
            let country = plan.country(&d.country).map(|c| format!("{} {}", c.name, c.iso)).unwrap_or_default();
            let agency = d.agency.as_ref().and_then(|a| plan.agency(a)).map(|a| a.acronym.as_str()).unwrap_or("");
            let text = fold(&format!("{} {country} {agency}", d.name));
            words.iter().all(|w| text.contains(w.as_str()))
        })
        .collect()
}

/// Clears what the day's records say of delegates, rooms, slots and
/// countries the plan no longer holds (run after every edit).
pub fn tidy(plan: &mut Plan) {
    let delegates: HashSet<DelegateId> = plan.delegates.iter().map(|d| d.id.clone()).collect();
    let rooms: HashSet<RoomId> = plan.event.rooms.iter().map(|r| r.id.clone()).collect();
    let slots: HashSet<SlotId> = plan.event.slots.iter().map(|s| s.id.clone()).collect();
    let countries: HashSet<_> = plan.countries.iter().map(|c| c.id.clone()).collect();
    let day = &mut plan.day;
    day.checked_in.retain(|d, _| delegates.contains(d));
    day.presence.retain(|d, _| delegates.contains(d));
    for p in day.presence.values_mut() {
        p.arrives_at = p.arrives_at.take().filter(|s| slots.contains(s));
        p.absent_from = p.absent_from.take().filter(|s| slots.contains(s));
    }
    day.presence.retain(|_, p| !p.is_all_day());
    day.closed_rooms.retain(|r, s| rooms.contains(r) && slots.contains(s));
    if let Some(r) = &mut day.replanned {
        r.countries.retain(|c| countries.contains(c));
        r.rooms.retain(|x| rooms.contains(x));
    }
    if day.replanned.as_ref().is_some_and(|r| !slots.contains(&r.from)) {
        day.replanned = None;
    }
}
