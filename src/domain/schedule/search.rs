//! Large-neighbourhood search: take part of the schedule out (some of a
//! slot's sessions, a few sessions anywhere, what blocks an unmet interest,
//! a delegation's agenda in a slot), or force an unmet interest in; put back
//! what fits greedily, with some noise and seat swaps down the weights; keep
//! the result by late acceptance. Then polish: only moves that do not lower
//! the score, half of them putting a previous session back in its cell.
//! Locked sessions are never touched.

use super::greedy::{fill, fill_with_swaps, open_sessions, Scratch};
use super::instance::NONE;
use super::state::{Score, State};
use crate::domain::rng::Rng;
use std::rc::Rc;

/// Moves of late acceptance: a move is kept if it scores no worse than the
/// schedule it started from, or than the schedule this many moves ago.
const LATE_ACCEPTANCE: usize = 20;

/// The search's buffers and its acceptance history.
pub(super) struct Search {
    scratch: Scratch,
    cells: Vec<u32>,
    offers: Vec<u32>,
    slots: Vec<u32>,
    /// Interests to seat again, and a stamp per interest to list each once.
    candidates: Vec<u32>,
    stamp: Vec<u32>,
    generation: u32,
    keys: Vec<(u32, u64, u32)>,
    work: Vec<u32>,
    /// Stamps: offer `o` runs in slot `t` (`runs[o * slots + t]`), slot
    /// `t` looked at, in this repair.
    runs: Vec<u32>,
    slot_seen: Vec<u32>,
    /// Stamps: offer `o` lost a session in this repair; and the (offer,
    /// slot) pairs where sessions may open.
    closed: Vec<u32>,
    pairs: Vec<(u32, u32)>,
    /// Late acceptance: the scores of the last moves, and the moves made.
    history: Vec<Score>,
    moves: usize,
    /// Whether the search polishes (see [`Search::polish`]).
    polish: bool,
}

impl Search {
    /// The search over `state`'s instance.
    pub fn new(state: &State) -> Self {
        Self {
            scratch: Scratch::default(),
            cells: Vec::new(),
            offers: Vec::new(),
            slots: Vec::new(),
            candidates: Vec::new(),
            stamp: vec![0; state.inst.interests.len()],
            generation: 0,
            keys: Vec::new(),
            work: Vec::new(),
            runs: Vec::new(),
            slot_seen: Vec::new(),
            closed: Vec::new(),
            pairs: Vec::new(),
            history: Vec::new(),
            moves: 0,
            polish: false,
        }
    }

    /// Fills the empty cells and free seats of `state` greedily (no noise).
    pub fn construct(&mut self, state: &mut State, rng: &mut Rng) {
        self.candidates.clear();
        self.candidates.extend(0..state.inst.interests.len() as u32);
        self.order_candidates(state, rng);
        self.put_back(state, rng, 0, true);
        state.commit();
    }

    /// Puts back the previous sessions that still fit (same offer, cell
    /// and attendees), then fills the rest greedily.
    pub fn warm_start(&mut self, state: &mut State, rng: &mut Rng) {
        let inst = Rc::clone(&state.inst);
        for f in &inst.previous {
            let cell = inst.cell(f.slot, f.room);
            if !state.can_open(cell, f.offer) {
                continue;
            }
            state.open(cell, f.offer);
            for &c in &f.attendees {
                if let Some(i) = inst.interest(c, f.offer).filter(|&i| state.can_join(cell, i)) {
                    state.join(cell, i);
                }
            }
            if state.is_short(cell) {
                state.clear(cell);
            }
        }
        self.construct(state, rng);
    }

    /// From now on, keeps only moves that do not lower the score, and often
    /// tries to put a previous session back where it was: the last moves
    /// settle the tie-breaks (stability, compactness) of the best weight.
    pub fn polish(&mut self) {
        self.polish = true;
    }

    /// One destroy-and-repair move; keeps it if the score does not fall
    /// below the current one or, while exploring, if its weight is no less
    /// than the weight [`LATE_ACCEPTANCE`] moves ago.
    pub fn iterate(&mut self, state: &mut State, rng: &mut Rng) -> bool {
        state.commit();
        let before = state.score();
        if self.history.is_empty() {
            self.history = vec![before; LATE_ACCEPTANCE];
        }
        self.destroy(state, rng);
        let spread = [0, 64, 256][rng.below(3)];
        self.repair(state, rng, spread);
        let slot = self.moves % self.history.len();
        self.moves += 1;
        let after = state.score();
        // Exploring, the late comparison looks at the weight alone; polishing,
        // a move must not lower the score at all.
        let kept = after >= before || (!self.polish && after.0 >= self.history[slot].0);
        if !kept {
            state.rollback(0);
        }
        state.commit();
        self.history[slot] = state.score();
        kept
    }

    /// Takes out part of the schedule, chosen at random among the moves.
    fn destroy(&mut self, state: &mut State, rng: &mut Rng) {
        let inst = Rc::clone(&state.inst);
        let n_slots = inst.n_slots();
        if n_slots == 0 || inst.n_rooms() == 0 {
            return;
        }
        self.cells.clear();
        if self.polish && !inst.previous.is_empty() && rng.chance(0.5) {
            self.restore(state, rng);
            return;
        }
        // The moves' shares, out of 20: some of a slot's sessions 3, a few
        // sessions 6, what blocks an unmet interest 8, a delegation's agenda
        // 1, forcing an unmet interest in 2 (tuned on the benchmark).
        match rng.below(20) {
            18.. => {
                self.force(state, rng);
                return;
            }
            0..=2 => {
                // Some of one slot's sessions.
                let t = rng.below(n_slots) as u32;
                self.cells.extend((0..inst.n_rooms() as u32).map(|r| inst.cell(t, r)).filter(|&c| movable(state, c)));
                rng.shuffle(&mut self.cells);
                let keep = if rng.chance(0.3) { 0 } else { rng.below(self.cells.len().max(1)) };
                self.cells.truncate(self.cells.len() - keep.min(self.cells.len()));
            }
            3..=8 => {
                // A few sessions anywhere.
                let n = 1 + rng.below(6);
                for _ in 0..n * 4 {
                    let cell = rng.below(inst.n_cells()) as u32;
                    if movable(state, cell) && !self.cells.contains(&cell) {
                        self.cells.push(cell);
                        if self.cells.len() == n {
                            break;
                        }
                    }
                }
            }
            9..=16 => {
                // What keeps an unmet interest out: its offer's sessions and,
                // in one slot, its country's other commitments.
                let Some(i) = self.pick_open(state, rng) else { return };
                let x = inst.interests[i as usize];
                self.cells.extend(state.offer_cells(x.offer).iter().copied().filter(|&c| movable(state, c)));
                let t = rng.below(n_slots) as u32;
                self.free_country(state, x.country, t, rng.chance(0.5));
                if rng.chance(0.5) {
                    let presenter = inst.offers[x.offer as usize].country;
                    self.free_country(state, presenter, t, true);
                }
            }
            _ => {
                // One delegation's agenda in one slot.
                let c = rng.below(inst.countries.len()) as u32;
                let t = rng.below(n_slots) as u32;
                self.free_country(state, c, t, rng.chance(0.3));
            }
        }
        for k in 0..self.cells.len() {
            let cell = self.cells[k];
            if movable(state, cell) {
                state.clear(cell);
            }
        }
    }

    /// Forces an unmet interest in: in a random slot, frees its country and
    /// the offer's presenter (and a room if none is empty), opens a session
    /// of the offer there with it, and leaves the rest to the repair. For
    /// an offer that may not open another session, the interest takes a
    /// seat in one of its sessions instead, freeing its country there.
    fn force(&mut self, state: &mut State, rng: &mut Rng) {
        let inst = Rc::clone(&state.inst);
        let Some(i) = self.pick_open(state, rng) else { return };
        let x = inst.interests[i as usize];
        let presenter = inst.offers[x.offer as usize].country;
        let can_open = state.offer_count(x.offer) < inst.offers[x.offer as usize].max_sessions;
        let cell = if can_open || state.offer_cells(x.offer).is_empty() {
            let t = rng.below(inst.n_slots()) as u32;
            let empty = (0..inst.n_rooms() as u32)
                .map(|r| inst.cell(t, r))
                .find(|&c| state.offer(c) == NONE && !inst.is_closed(c));
            let cell = match empty {
                Some(cell) => cell,
                None => {
                    let r = rng.below(inst.n_rooms()) as u32;
                    self.cells.push(inst.cell(t, r));
                    inst.cell(t, r)
                }
            };
            self.free_country(state, x.country, t, true);
            self.free_country(state, presenter, t, true);
            cell
        } else {
            let cells = state.offer_cells(x.offer);
            let cell = cells[rng.below(cells.len())];
            let t = inst.slot_room(cell).0;
            self.free_country(state, x.country, t, true);
            if state.seats_left(cell) == 0 && !state.is_locked(cell) && !state.attendees(cell).is_empty() {
                let pos = rng.below(state.attendees(cell).len());
                state.leave(cell, pos);
            }
            cell
        };
        for k in 0..self.cells.len() {
            if movable(state, self.cells[k]) {
                state.clear(self.cells[k]);
            }
        }
        if state.offer(cell) == NONE && state.can_open(cell, x.offer) {
            state.open(cell, x.offer);
        }
        if state.can_join(cell, i) {
            state.join(cell, i);
        }
        // A new session needs its minimum: the heaviest free interested
        // countries make it up, or it closes again.
        for &j in inst.offer_interests(x.offer) {
            if !state.is_short(cell) {
                break;
            }
            if state.can_join(cell, j) {
                state.join(cell, j);
            }
        }
        if state.is_short(cell) && !state.is_locked(cell) {
            state.clear(cell);
        }
    }

    /// Puts a random previous session back in its cell with its previous
    /// attendees (who can still join), taking out what is in the way: the
    /// session in the cell and the offer's other sessions.
    fn restore(&mut self, state: &mut State, rng: &mut Rng) {
        let inst = Rc::clone(&state.inst);
        let f = &inst.previous[rng.below(inst.previous.len())];
        let cell = inst.cell(f.slot, f.room);
        if state.offer(cell) == f.offer || state.is_locked(cell) {
            return;
        }
        self.cells.push(cell);
        self.cells.extend(state.offer_cells(f.offer).iter().copied());
        for k in 0..self.cells.len() {
            if movable(state, self.cells[k]) {
                state.clear(self.cells[k]);
            }
        }
        if !state.can_open(cell, f.offer) {
            return;
        }
        state.open(cell, f.offer);
        for &c in &f.attendees {
            if let Some(i) = inst.interest(c, f.offer).filter(|&i| state.can_join(cell, i)) {
                state.join(cell, i);
            }
        }
        // Fewer of them than the offer now needs: the session cannot be put back.
        if state.is_short(cell) {
            state.clear(cell);
        }
    }

    /// Takes country `c` out of the sessions it attends in slot `t` and,
    /// with `sessions`, marks the sessions it presents there for removal.
    fn free_country(&mut self, state: &mut State, c: u32, t: u32, sessions: bool) {
        let inst = Rc::clone(&state.inst);
        for r in 0..inst.n_rooms() as u32 {
            let cell = inst.cell(t, r);
            let o = state.offer(cell);
            if o == NONE || state.is_locked(cell) {
                continue;
            }
            if inst.offers[o as usize].country == c {
                if sessions {
                    self.cells.push(cell);
                }
            } else if let Some(pos) =
                state.attendees(cell).iter().position(|&i| inst.interests[i as usize].country == c)
            {
                state.leave(cell, pos);
            }
        }
    }

    /// A random unmet interest, if one is found quickly.
    fn pick_open(&self, state: &State, rng: &mut Rng) -> Option<u32> {
        let n = state.inst.interests.len();
        if n == 0 {
            return None;
        }
        (0..32).map(|_| rng.below(n) as u32).find(|&i| state.is_open(i))
    }

    /// Puts back what fits after a destroy: sessions left short are closed,
    /// then the unmet interests the destroy may have unblocked (of the
    /// countries and offers it touched) are seated or get new sessions.
    fn repair(&mut self, state: &mut State, rng: &mut Rng, spread: u64) {
        let inst = Rc::clone(&state.inst);
        self.cells.clear();
        state.taken_out(0, |_, _, cell| self.cells.push(cell));
        for k in 0..self.cells.len() {
            let cell = self.cells[k];
            if state.is_short(cell) && !state.is_locked(cell) {
                state.clear(cell);
            }
        }
        self.generation += 1;
        self.candidates.clear();
        // Which offers run in each slot touched: `runs[o * slots + t]`.
        let n_slots = inst.n_slots();
        self.runs.resize(inst.offers.len() * n_slots, 0);
        for &cell in &self.cells {
            let (t, _) = inst.slot_room(cell);
            if self.slot_seen.get(t as usize) != Some(&self.generation) {
                self.slot_seen.resize(n_slots, 0);
                self.slot_seen[t as usize] = self.generation;
                for r in 0..inst.n_rooms() as u32 {
                    let o = state.offer(inst.cell(t, r));
                    if o != NONE {
                        self.runs[o as usize * n_slots + t as usize] = self.generation;
                    }
                }
            }
        }
        let (stamp, generation, candidates, runs) =
            (&mut self.stamp, self.generation, &mut self.candidates, &self.runs);
        let mut add = |i: u32| {
            if stamp[i as usize] != generation && state.is_open(i) {
                stamp[i as usize] = generation;
                candidates.push(i);
            }
        };
        // A seat freed in a session still running: its offer's unmet
        // interests. A country freed in a slot: its unmet interests in offers
        // that run in that slot. (New sessions find their attendees.)
        state.taken_out(0, |c, o, cell| {
            if state.offer(cell) == o {
                inst.offer_interests(o).iter().for_each(|&i| add(i));
            }
            let t = inst.slot_room(cell).0 as usize;
            for &i in inst.country_interests(c) {
                if runs[inst.interests[i as usize].offer as usize * n_slots + t] == generation {
                    add(i);
                }
            }
        });
        self.order_candidates(state, rng);
        self.put_back(state, rng, spread, false);
    }

    /// Orders the candidates heaviest first, at random within a weight.
    fn order_candidates(&mut self, state: &State, rng: &mut Rng) {
        let inst = &*state.inst;
        self.keys.clear();
        self.keys
            .extend(self.candidates.iter().map(|&i| (u32::MAX - inst.interests[i as usize].weight, rng.next_u64(), i)));
        self.keys.sort_unstable();
        self.candidates.clear();
        self.candidates.extend(self.keys.iter().map(|k| k.2));
    }

    /// Seats the candidates in sessions with room, opens new sessions best
    /// gain first (perturbed by `spread`), and seats the candidates again.
    fn put_back(&mut self, state: &mut State, rng: &mut Rng, spread: u64, everywhere: bool) {
        let inst = Rc::clone(&state.inst);
        fill(state, &self.candidates);
        let n_slots = inst.n_slots();
        // Slots with an empty cell; offers that could open a session.
        self.slots.clear();
        self.slots.extend((0..n_slots as u32).filter(|&t| state.has_empty_cell(t)));
        self.offers.clear();
        self.offers.extend(
            (0..inst.offers.len() as u32).filter(|&o| {
                state.open_interests(o) > 0 && state.offer_count(o) < inst.offers[o as usize].max_sessions
            }),
        );
        // Anywhere when building; after a destroy, where it freed room: any
        // offer in the slots it touched, and the offers it took a session
        // from in any slot (elsewhere, nothing changed that could help).
        self.generation += 1;
        let generation = self.generation;
        self.slot_seen.resize(n_slots, 0);
        self.closed.resize(inst.offers.len(), 0);
        if !everywhere {
            state.taken_out(0, |_, o, cell| {
                self.slot_seen[inst.slot_room(cell).0 as usize] = generation;
                if state.offer(cell) != o {
                    self.closed[o as usize] = generation;
                }
            });
        }
        self.pairs.clear();
        for &o in &self.offers {
            for &t in &self.slots {
                if everywhere || self.slot_seen[t as usize] == generation || self.closed[o as usize] == generation {
                    self.pairs.push((o, t));
                }
            }
        }
        open_sessions(state, &self.pairs, spread, rng, &mut self.scratch);
        fill_with_swaps(state, &self.candidates, &mut self.work);
    }
}

/// Whether `cell` holds a session the search may take out.
fn movable(state: &State, cell: u32) -> bool {
    state.offer(cell) != NONE && !state.is_locked(cell)
}
