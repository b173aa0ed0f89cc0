//! Large-neighbourhood search: take part of the schedule out (a slot's
//! sessions, a few sessions, what blocks an unmet interest, a delegation's
//! agenda in a slot), put it back greedily with some noise, and keep the
//! result when it scores no worse. Locked sessions are never touched.

use super::greedy::{fill, open_sessions, rooms_by_size, Scratch};
use super::instance::NONE;
use super::rng::Rng;
use super::state::State;

/// The search's buffers and the orders it reuses.
pub(super) struct Search {
    rooms_by_size: Vec<u32>,
    /// Every interest, heaviest first, shuffled within a weight, and the
    /// weight at each position.
    by_weight: Vec<u32>,
    weights: Vec<u32>,
    scratch: Scratch,
    cells: Vec<u32>,
    offers: Vec<u32>,
    slots: Vec<u32>,
}

impl Search {
    /// The search over `state`'s instance.
    pub fn new(state: &State) -> Self {
        let inst = &*state.inst;
        let mut by_weight: Vec<u32> = (0..inst.interests.len() as u32).collect();
        by_weight.sort_by_key(|&i| (std::cmp::Reverse(inst.interests[i as usize].weight), i));
        Self {
            rooms_by_size: rooms_by_size(state),
            weights: by_weight.iter().map(|&i| inst.interests[i as usize].weight).collect(),
            by_weight,
            scratch: Scratch::default(),
            cells: Vec::new(),
            offers: Vec::new(),
            slots: Vec::new(),
        }
    }

    /// Fills the empty cells and free seats of `state` greedily (no noise).
    pub fn construct(&mut self, state: &mut State, rng: &mut Rng) {
        self.repair(state, rng, 0);
        state.commit();
    }

    /// Puts back the previous sessions that still fit (same offer, cell
    /// and attendees), then fills the rest greedily.
    pub fn warm_start(&mut self, state: &mut State, rng: &mut Rng) {
        let inst = std::rc::Rc::clone(&state.inst);
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
        }
        self.construct(state, rng);
    }

    /// One destroy-and-repair move; keeps it if the score does not fall.
    pub fn iterate(&mut self, state: &mut State, rng: &mut Rng) -> bool {
        state.commit();
        let before = state.score();
        self.destroy(state, rng);
        let spread = [0, 64, 256][rng.below(3)];
        self.repair(state, rng, spread);
        let kept = state.score() >= before;
        if !kept {
            state.rollback(0);
        }
        state.commit();
        kept
    }

    /// Takes out part of the schedule, chosen at random among the moves.
    fn destroy(&mut self, state: &mut State, rng: &mut Rng) {
        let inst = std::rc::Rc::clone(&state.inst);
        let n_slots = inst.n_slots();
        if n_slots == 0 {
            return;
        }
        self.cells.clear();
        match rng.below(4) {
            0 => {
                // Some of one slot's sessions.
                let t = rng.below(n_slots) as u32;
                self.cells.extend((0..inst.n_rooms() as u32).map(|r| inst.cell(t, r)).filter(|&c| movable(state, c)));
                rng.shuffle(&mut self.cells);
                let keep = if rng.chance(0.3) { 0 } else { rng.below(self.cells.len().max(1)) };
                self.cells.truncate(self.cells.len() - keep.min(self.cells.len()));
            }
            1 => {
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
            2 => {
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
            if state.offer(cell) != NONE && !state.is_locked(cell) {
                state.clear(cell);
            }
        }
    }

    /// Takes country `c` out of the sessions it attends in slot `t` and,
    /// with `sessions`, marks the sessions it presents there for removal.
    fn free_country(&mut self, state: &mut State, c: u32, t: u32, sessions: bool) {
        let inst = std::rc::Rc::clone(&state.inst);
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

    /// Puts back what fits: short sessions out, free seats filled, new
    /// sessions opened best gain first (perturbed by `spread`), seats filled.
    fn repair(&mut self, state: &mut State, rng: &mut Rng, spread: u64) {
        let inst = std::rc::Rc::clone(&state.inst);
        for cell in 0..inst.n_cells() as u32 {
            if state.is_short(cell) && !state.is_locked(cell) {
                state.clear(cell);
            }
        }
        self.shuffle_weights(rng);
        fill(state, &self.by_weight);
        self.offers.clear();
        self.offers.extend((0..inst.offers.len() as u32).filter(|&o| {
            state.offer_count(o) < inst.offers[o as usize].max_sessions
                && inst.offer_interests(o).iter().any(|&i| state.is_open(i))
        }));
        self.slots.clear();
        self.slots.extend(
            (0..inst.n_slots() as u32)
                .filter(|&t| (0..inst.n_rooms() as u32).any(|r| state.offer(inst.cell(t, r)) == NONE)),
        );
        open_sessions(state, &self.offers, &self.slots, &self.rooms_by_size, spread, rng, &mut self.scratch);
        fill(state, &self.by_weight);
    }

    /// Reorders interests of equal weight at random.
    fn shuffle_weights(&mut self, rng: &mut Rng) {
        let mut start = 0;
        while start < self.by_weight.len() {
            let w = self.weights[start];
            let end = start + self.weights[start..].iter().take_while(|&&x| x == w).count();
            rng.shuffle(&mut self.by_weight[start..end]);
            start = end;
        }
    }
}

/// Whether `cell` holds a session the search may take out.
fn movable(state: &State, cell: u32) -> bool {
    state.offer(cell) != NONE && !state.is_locked(cell)
}
