//! Greedy construction: sessions opened best gain first (the solver's start
//! and its repair step), seats filled heaviest interest first, and the naive
//! greedy the benchmark compares against.

use super::instance::NONE;
use super::state::State;
use crate::domain::rng::Rng;
use std::collections::BinaryHeap;

/// The best way to open a session of an offer in a slot, as last evaluated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Candidate {
    /// The gain, scaled and perturbed by the candidate's noise.
    key: u64,
    offer: u32,
    slot: u32,
    /// The candidate's fixed noise, in 0..=1024.
    noise: u32,
}

/// Where and with whom a session would open, and what it gains.
struct Opening {
    cell: u32,
    gain: u64,
    seats: usize,
}

/// Reusable buffers of the greedy.
#[derive(Default)]
pub(super) struct Scratch {
    interests: Vec<u32>,
    heap: BinaryHeap<Candidate>,
    /// Empty cells of each slot as (capacity, cell), smallest room first,
    /// and whether the slot's list is made.
    empty: Vec<Vec<(u32, u32)>>,
    listed: Vec<bool>,
}

/// The session of `o` in slot `t` that seats the most weight now: the
/// smallest empty room (of `empty`, the slot's) holding every free
/// interested country, else the largest; `None` if the offer cannot open.
/// When some of them need interpretation, a room with it is taken if it
/// seats as much (under the rule, the others seat only those who do not).
fn best_opening(state: &State, o: u32, t: u32, empty: &[(u32, u32)], found: &mut Vec<u32>) -> Option<Opening> {
    let inst = &*state.inst;
    let offer = &inst.offers[o as usize];
    if state.offer_count(o) >= offer.max_sessions || offer.country == NONE || !state.is_free(offer.country, t) {
        return None;
    }
    found.clear();
    found.extend(
        inst.offer_interests(o)
            .iter()
            .copied()
            .filter(|&i| state.is_open(i) && state.is_free(inst.interests[i as usize].country, t)),
    );
    let needs = |i: &u32| inst.interests[*i as usize].needs_interpretation;
    let interpreted = |&(_, cell): &(u32, u32)| inst.interpreted[inst.slot_room(cell).1 as usize];
    if !found.iter().any(needs) {
        return opening(state, o, empty.iter(), found.iter().copied());
    }
    let with = opening(state, o, empty.iter().filter(|&c| interpreted(c)), found.iter().copied());
    let rule = inst.require_interpretation;
    let without = opening(
        state,
        o,
        empty.iter().filter(|&c| !interpreted(c)),
        found.iter().copied().filter(|i| !rule || !needs(i)),
    );
    match (with, without) {
        (Some(w), Some(b)) if b.gain > w.gain => {
            if rule {
                found.retain(|i| !needs(i));
            }
            Some(b)
        }
        (Some(w), _) => Some(w),
        (None, b) => {
            if rule {
                found.retain(|i| !needs(i));
            }
            b
        }
    }
}

/// The session of `o` among the empty cells `empty` (smallest room first)
/// seating the most of `found` (heaviest first), if it reaches its minimum.
fn opening<'a>(
    state: &State,
    o: u32,
    mut empty: impl Iterator<Item = &'a (u32, u32)>,
    found: impl Iterator<Item = u32> + Clone,
) -> Option<Opening> {
    let inst = &*state.inst;
    let min = inst.offers[o as usize].min_attendees;
    let n = found.clone().count() as u32;
    if n < min {
        return None;
    }
    let (mut largest, mut fitting) = (None, None);
    for &(cap, cell) in empty.by_ref() {
        largest = Some((cap, cell));
        if cap >= n {
            fitting = largest;
            break;
        }
    }
    let (cap, cell) = fitting.or(largest).filter(|&(cap, _)| cap >= min)?;
    let seats = n.min(cap) as usize;
    let gain = found.take(seats).map(|i| u64::from(inst.interests[i as usize].weight)).sum();
    Some(Opening { cell, gain, seats })
}

/// The heap key of a gain: `gain · 2^20 · (1 + spread/1024 · noise/1024)`.
fn key(gain: u64, noise: u32, spread: u64) -> u64 {
    (gain << 20) + gain * spread * u64::from(noise)
}

/// Opens sessions of the (offer, slot) `pairs` in empty cells, best (noisy)
/// gain first, seating the heaviest free interested countries, until no
/// opening gains anything. `spread` (0 = none, 1024 = up to double)
/// perturbs the gains with `rng`.
pub(super) fn open_sessions(
    state: &mut State,
    pairs: &[(u32, u32)],
    spread: u64,
    rng: &mut Rng,
    scratch: &mut Scratch,
) {
    let inst = std::rc::Rc::clone(&state.inst);
    let Scratch { interests, heap, empty, listed } = scratch;
    empty.resize_with(inst.n_slots(), Vec::new);
    listed.clear();
    listed.resize(inst.n_slots(), false);
    for &(_, t) in pairs {
        if std::mem::replace(&mut listed[t as usize], true) {
            continue;
        }
        let cells = &mut empty[t as usize];
        cells.clear();
        for r in 0..inst.n_rooms() as u32 {
            let cell = inst.cell(t, r);
            if state.offer(cell) == NONE && !inst.is_closed(cell) {
                cells.push((inst.capacity[r as usize], cell));
            }
        }
        cells.sort_unstable();
    }
    heap.clear();
    for &(o, t) in pairs {
        if let Some(op) = best_opening(state, o, t, &empty[t as usize], interests) {
            let noise = if spread > 0 { rng.below(1025) as u32 } else { 0 };
            heap.push(Candidate { key: key(op.gain, noise, spread), offer: o, slot: t, noise });
        }
    }
    // Gains only fall as sessions open, so a candidate whose fresh gain
    // still tops the heap is the best one.
    while let Some(top) = heap.pop() {
        let t = top.slot as usize;
        let Some(op) = best_opening(state, top.offer, top.slot, &empty[t], interests) else { continue };
        let fresh = key(op.gain, top.noise, spread);
        if fresh < top.key && heap.peek().is_some_and(|next| next.key > fresh) {
            heap.push(Candidate { key: fresh, ..top });
            continue;
        }
        state.open(op.cell, top.offer);
        for &i in &interests[..op.seats] {
            state.join(op.cell, i);
        }
        empty[t].retain(|&(_, cell)| cell != op.cell);
        if let Some(next) = best_opening(state, top.offer, top.slot, &empty[t], interests) {
            heap.push(Candidate { key: key(next.gain, top.noise, spread), ..top });
        }
    }
}

/// Seats each open interest of `interests`, in order, in a session of its
/// offer with a free seat in a slot where its country is free.
pub(super) fn fill(state: &mut State, interests: &[u32]) {
    for &i in interests {
        if state.is_open(i) {
            if let Some(cell) = seat_for(state, i) {
                state.join(cell, i);
            }
        }
    }
}

/// A session of interest `i`'s offer that `i` can join now.
fn seat_for(state: &State, i: u32) -> Option<u32> {
    let o = state.inst.interests[i as usize].offer;
    state.offer_cells(o).iter().copied().find(|&cell| state.can_join(cell, i))
}

/// Like [`fill`], but an interest that finds no seat may take one from a
/// lighter interest: the lightest attendee of a full session of its offer,
/// or its own country's lightest attendance in the slot of such a session
/// (if that session keeps its minimum). Whoever is bumped tries again, so
/// chains run down the weights and end. `work` is a buffer.
pub(super) fn fill_with_swaps(state: &mut State, interests: &[u32], work: &mut Vec<u32>) {
    let inst = std::rc::Rc::clone(&state.inst);
    work.clear();
    work.extend(interests.iter().rev().copied());
    while let Some(i) = work.pop() {
        if !state.is_open(i) {
            continue;
        }
        if let Some(cell) = seat_for(state, i) {
            state.join(cell, i);
            continue;
        }
        let x = inst.interests[i as usize];
        // The best swap: (weight given up, cell to join, the bumped one's cell and position).
        let mut best: Option<(u32, u32, u32, usize)> = None;
        for &cell in state.offer_cells(x.offer) {
            let (t, r) = inst.slot_room(cell);
            if state.is_locked(cell) || !inst.may_sit(i, r) {
                continue;
            }
            let found = match (state.is_free(x.country, t), state.seats_left(cell) > 0) {
                (true, false) => lightest(state, cell).map(|(w, pos)| (w, cell, pos)),
                (false, true) => own_lightest(state, x.country, t),
                _ => None,
            };
            if let Some((w, other, pos)) = found {
                if w < x.weight && best.is_none_or(|b| w < b.0) {
                    best = Some((w, cell, other, pos));
                }
            }
        }
        if let Some((_, cell, other, pos)) = best {
            let bumped = state.attendees(other)[pos];
            state.leave(other, pos);
            state.join(cell, i);
            work.push(bumped);
        }
    }
}

/// The lightest attendee of the session in `cell`: its weight and position.
fn lightest(state: &State, cell: u32) -> Option<(u32, usize)> {
    let inst = &*state.inst;
    state.attendees(cell).iter().enumerate().map(|(pos, &j)| (inst.interests[j as usize].weight, pos)).min()
}

/// Country `c`'s lightest attendance in slot `t` that it could leave (an
/// unlocked session keeping its minimum): weight, cell and position.
fn own_lightest(state: &State, c: u32, t: u32) -> Option<(u32, u32, usize)> {
    let inst = &*state.inst;
    (0..inst.n_rooms() as u32)
        .map(|r| inst.cell(t, r))
        .filter(|&cell| {
            let o = state.offer(cell);
            o != NONE
                && !state.is_locked(cell)
                && state.attendees(cell).len() as u32 > inst.offers[o as usize].min_attendees
        })
        .filter_map(|cell| {
            let pos = state.attendees(cell).iter().position(|&j| inst.interests[j as usize].country == c)?;
            Some((inst.interests[state.attendees(cell)[pos] as usize].weight, cell, pos))
        })
        .min()
}

/// The naive greedy: offers by total interest weight; each takes the
/// largest free room of the first slot where it can gather its minimum,
/// seating the heaviest free interested countries, as often as it may.
pub(super) fn naive(state: &mut State) {
    let inst = std::rc::Rc::clone(&state.inst);
    let mut offers: Vec<u32> = (0..inst.offers.len() as u32).collect();
    let total =
        |o: u32| -> u64 { inst.offer_interests(o).iter().map(|&i| u64::from(inst.interests[i as usize].weight)).sum() };
    offers.sort_by_key(|&o| (std::cmp::Reverse(total(o)), o));
    let mut found = Vec::new();
    for o in offers {
        let offer = &inst.offers[o as usize];
        'sessions: while state.offer_count(o) < offer.max_sessions {
            for t in 0..inst.n_slots() as u32 {
                if offer.country == NONE || !state.is_free(offer.country, t) {
                    continue;
                }
                let largest = (0..inst.n_rooms() as u32)
                    .map(|r| inst.cell(t, r))
                    .filter(|&cell| state.offer(cell) == NONE && !inst.is_closed(cell))
                    .max_by_key(|&cell| (inst.capacity[inst.slot_room(cell).1 as usize], std::cmp::Reverse(cell)));
                let Some(cell) = largest else { continue };
                let cap = inst.capacity[inst.slot_room(cell).1 as usize] as usize;
                found.clear();
                found.extend(
                    inst.offer_interests(o)
                        .iter()
                        .copied()
                        .filter(|&i| state.is_open(i) && state.is_free(inst.interests[i as usize].country, t))
                        .filter(|&i| inst.may_sit(i, inst.slot_room(cell).1))
                        .take(cap),
                );
                if found.len() as u32 >= offer.min_attendees {
                    state.open(cell, o);
                    for &i in &found {
                        state.join(cell, i);
                    }
                    continue 'sessions;
                }
            }
            break;
        }
    }
    state.commit();
}
