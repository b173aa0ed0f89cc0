//! A schedule being built: a grid of cells (slot × room), each empty or
//! holding one offer's session and its attending interests, with every
//! count the rules need kept up to date, and a journal to undo a tried move.

use super::instance::{Instance, NONE};
use std::cmp::Reverse;
use std::rc::Rc;

/// An interest satisfied by a locked session outside the grid (a second
/// locked session in an occupied cell).
const GHOST: u32 = NONE - 1;

/// How good a schedule is, compared lexicographically: satisfied weight,
/// then fewer sessions needing interpretation in rooms without it, then
/// sessions and attendances kept from the previous schedule, then fewer idle
/// gaps in the delegations' days, then fewer sessions.
pub(super) type Score = (u64, Reverse<u32>, u32, Reverse<u32>, Reverse<u32>);

/// One change, as the journal records it to undo it.
#[derive(Clone, Copy, Debug)]
enum Op {
    Open { cell: u32 },
    Close { cell: u32, offer: u32, pos: u32 },
    Join { cell: u32 },
    Leave { cell: u32, pos: u32, interest: u32 },
}

/// The schedule under construction and its bookkeeping.
#[derive(Clone, Debug)]
pub(super) struct State {
    /// The problem (shared by the solver's states).
    pub inst: Rc<Instance>,
    /// Offer held by each cell, or [`NONE`].
    offer: Vec<u32>,
    /// Interests attending each cell's session.
    attendees: Vec<Vec<u32>>,
    locked: Vec<bool>,
    /// Sessions presented plus attended by country `c` in slot `t`, at `c * slots + t`.
    load: Vec<u32>,
    /// The cell where each interest is satisfied, [`NONE`] or [`GHOST`].
    assigned: Vec<u32>,
    /// Cells holding each offer.
    offer_cells: Vec<Vec<u32>>,
    /// Sessions of each offer, locked ones outside the grid included.
    offer_count: Vec<u32>,
    /// Unsatisfied interests of each offer.
    open_interests: Vec<u32>,
    /// Empty cells of each slot.
    empty_cells: Vec<u32>,
    weight: u64,
    sessions: u32,
    /// Attendees needing interpretation in each cell, and the cells in
    /// rooms without it where some do.
    needing: Vec<u32>,
    uninterpreted: u32,
    /// Idle gaps of country `c` on day `d`, at `c * days + d`, and their sum.
    day_gaps: Vec<u32>,
    gaps: u32,
    /// The previous schedule: offer of each cell, slot of each attendance.
    prev_offer: Vec<u32>,
    prev_slot: Vec<u32>,
    kept: u32,
    journal: Vec<Op>,
}

impl State {
    /// The empty grid with the locked sessions in place, remembering the
    /// previous sessions (not placing them).
    pub fn new(inst: Rc<Instance>) -> Self {
        let n_cells = inst.n_cells();
        let mut s = Self {
            inst: Rc::clone(&inst),
            offer: vec![NONE; n_cells],
            attendees: vec![Vec::new(); n_cells],
            locked: vec![false; n_cells],
            load: vec![0; inst.countries.len() * inst.n_slots()],
            assigned: vec![NONE; inst.interests.len()],
            offer_cells: vec![Vec::new(); inst.offers.len()],
            offer_count: vec![0; inst.offers.len()],
            open_interests: (0..inst.offers.len() as u32).map(|o| inst.offer_interests(o).len() as u32).collect(),
            empty_cells: (0..inst.n_slots() as u32)
                .map(|t| (0..inst.n_rooms() as u32).filter(|&r| !inst.is_closed(inst.cell(t, r))).count() as u32)
                .collect(),
            weight: 0,
            sessions: 0,
            needing: vec![0; n_cells],
            uninterpreted: 0,
            day_gaps: vec![0; inst.countries.len() * inst.days.len()],
            gaps: 0,
            prev_offer: vec![NONE; n_cells],
            prev_slot: vec![NONE; inst.interests.len()],
            kept: 0,
            journal: Vec::new(),
        };
        for f in &inst.previous {
            let cell = inst.cell(f.slot, f.room) as usize;
            if s.prev_offer[cell] == NONE {
                s.prev_offer[cell] = f.offer;
            }
            for &c in &f.attendees {
                if let Some(i) = inst.interest(c, f.offer) {
                    s.prev_slot[i as usize] = f.slot;
                }
            }
        }
        for f in &inst.locked {
            let cell = inst.cell(f.slot, f.room);
            let in_grid = s.offer[cell as usize] == NONE;
            if in_grid {
                s.open(cell, f.offer);
                s.locked[cell as usize] = true;
            } else {
                s.offer_count[f.offer as usize] += 1;
                s.sessions += 1;
                s.add_load(inst.offers[f.offer as usize].country, f.slot);
            }
            for &c in &f.attendees {
                match inst.interest(c, f.offer).filter(|&i| s.assigned[i as usize] == NONE) {
                    Some(i) if in_grid => s.join(cell, i),
                    Some(i) => {
                        s.assigned[i as usize] = GHOST;
                        s.open_interests[f.offer as usize] -= 1;
                        s.weight += u64::from(inst.interests[i as usize].weight);
                        s.add_load(c, f.slot);
                    }
                    None => s.add_load(c, f.slot),
                }
            }
        }
        s.journal.clear();
        s
    }

    /// The score to maximise.
    pub fn score(&self) -> Score {
        (self.weight, Reverse(self.uninterpreted), self.kept, Reverse(self.gaps), Reverse(self.sessions))
    }

    /// Satisfied weight.
    pub fn weight(&self) -> u64 {
        self.weight
    }

    /// The offer in `cell`, or [`NONE`].
    pub fn offer(&self, cell: u32) -> u32 {
        self.offer[cell as usize]
    }

    /// The interests attending `cell`.
    pub fn attendees(&self, cell: u32) -> &[u32] {
        &self.attendees[cell as usize]
    }

    /// Whether `cell` holds a locked session.
    pub fn is_locked(&self, cell: u32) -> bool {
        self.locked[cell as usize]
    }

    /// Whether interest `i` is unsatisfied.
    pub fn is_open(&self, i: u32) -> bool {
        self.assigned[i as usize] == NONE
    }

    /// Cells holding offer `o`.
    pub fn offer_cells(&self, o: u32) -> &[u32] {
        &self.offer_cells[o as usize]
    }

    /// Sessions of offer `o` (locked ones included).
    pub fn offer_count(&self, o: u32) -> u32 {
        self.offer_count[o as usize]
    }

    /// Unsatisfied interests in offer `o`.
    pub fn open_interests(&self, o: u32) -> u32 {
        self.open_interests[o as usize]
    }

    /// Whether slot `t` has an empty cell (of an open room).
    pub fn has_empty_cell(&self, t: u32) -> bool {
        self.empty_cells[t as usize] > 0
    }

    /// Sessions presented plus attended by `c` in slot `t`.
    pub fn load(&self, c: u32, t: u32) -> u32 {
        self.load[c as usize * self.inst.n_slots() + t as usize]
    }

    /// Whether `c` has a delegate free in slot `t`.
    pub fn is_free(&self, c: u32, t: u32) -> bool {
        self.load(c, t) < self.inst.available(c, t)
    }

    /// Free seats of the session in `cell`.
    pub fn seats_left(&self, cell: u32) -> u32 {
        let (_, r) = self.inst.slot_room(cell);
        self.inst.capacity[r as usize].saturating_sub(self.attendees[cell as usize].len() as u32)
    }

    /// Whether offer `o` may open a session in the empty `cell`.
    pub fn can_open(&self, cell: u32, o: u32) -> bool {
        let (t, r) = self.inst.slot_room(cell);
        let offer = &self.inst.offers[o as usize];
        self.offer[cell as usize] == NONE
            && !self.inst.is_closed(cell)
            && self.offer_count[o as usize] < offer.max_sessions
            && self.inst.capacity[r as usize] >= offer.min_attendees
            && self.is_free(offer.country, t)
    }

    /// Whether unsatisfied interest `i` may join the (unlocked) session in `cell`.
    pub fn can_join(&self, cell: u32, i: u32) -> bool {
        let interest = self.inst.interests[i as usize];
        let (t, r) = self.inst.slot_room(cell);
        self.seats_left(cell) > 0
            && self.inst.may_sit(i, r)
            && self.offer[cell as usize] == interest.offer
            && !self.locked[cell as usize]
            && self.assigned[i as usize] == NONE
            && self.is_free(interest.country, t)
    }

    /// Whether the session in `cell` has too few attendees to take place.
    pub fn is_short(&self, cell: u32) -> bool {
        let o = self.offer[cell as usize];
        o != NONE && (self.attendees[cell as usize].len() as u32) < self.inst.offers[o as usize].min_attendees
    }

    /// Opens a session of `o` in the empty `cell`.
    pub fn open(&mut self, cell: u32, o: u32) {
        let (t, _) = self.inst.slot_room(cell);
        self.offer[cell as usize] = o;
        if !self.inst.is_closed(cell) {
            self.empty_cells[t as usize] -= 1;
        }
        self.offer_cells[o as usize].push(cell);
        self.offer_count[o as usize] += 1;
        self.sessions += 1;
        self.add_load(self.inst.offers[o as usize].country, t);
        if self.prev_offer[cell as usize] == o {
            self.kept += 1;
        }
        self.journal.push(Op::Open { cell });
    }

    /// Closes the session in `cell`, which has no attendee left.
    pub fn close(&mut self, cell: u32) {
        let o = self.offer[cell as usize];
        let (t, _) = self.inst.slot_room(cell);
        let cells = &mut self.offer_cells[o as usize];
        let pos = cells.iter().position(|&c| c == cell).unwrap_or(0);
        cells.swap_remove(pos);
        self.offer[cell as usize] = NONE;
        if !self.inst.is_closed(cell) {
            self.empty_cells[t as usize] += 1;
        }
        self.offer_count[o as usize] -= 1;
        self.sessions -= 1;
        self.remove_load(self.inst.offers[o as usize].country, t);
        if self.prev_offer[cell as usize] == o {
            self.kept -= 1;
        }
        self.journal.push(Op::Close { cell, offer: o, pos: pos as u32 });
    }

    /// Seats interest `i` in the session in `cell`.
    pub fn join(&mut self, cell: u32, i: u32) {
        let interest = self.inst.interests[i as usize];
        let (t, _) = self.inst.slot_room(cell);
        self.attendees[cell as usize].push(i);
        self.assigned[i as usize] = cell;
        self.open_interests[interest.offer as usize] -= 1;
        self.weight += u64::from(interest.weight);
        self.add_load(interest.country, t);
        if self.prev_slot[i as usize] == t {
            self.kept += 1;
        }
        if interest.needs_interpretation {
            self.count_needing(cell, true);
        }
        self.journal.push(Op::Join { cell });
    }

    /// Removes the attendee at `pos` of the session in `cell`.
    pub fn leave(&mut self, cell: u32, pos: usize) {
        let i = self.attendees[cell as usize].swap_remove(pos);
        let interest = self.inst.interests[i as usize];
        let (t, _) = self.inst.slot_room(cell);
        self.assigned[i as usize] = NONE;
        self.open_interests[interest.offer as usize] += 1;
        self.weight -= u64::from(interest.weight);
        self.remove_load(interest.country, t);
        if self.prev_slot[i as usize] == t {
            self.kept -= 1;
        }
        if interest.needs_interpretation {
            self.count_needing(cell, false);
        }
        self.journal.push(Op::Leave { cell, pos: pos as u32, interest: i });
    }

    /// Empties and closes the (unlocked) session in `cell`.
    pub fn clear(&mut self, cell: u32) {
        while !self.attendees[cell as usize].is_empty() {
            self.leave(cell, self.attendees[cell as usize].len() - 1);
        }
        self.close(cell);
    }

    /// Undoes every change since `mark`.
    pub fn rollback(&mut self, mark: usize) {
        while self.journal.len() > mark {
            let Some(op) = self.journal.pop() else { break };
            match op {
                Op::Open { cell } => {
                    self.close(cell);
                    self.journal.pop();
                    // `close` put the cell last; `open` had pushed it last too.
                }
                Op::Close { cell, offer, pos } => {
                    self.open(cell, offer);
                    self.journal.pop();
                    let cells = &mut self.offer_cells[offer as usize];
                    let last = cells.len() - 1;
                    cells.swap(pos as usize, last);
                }
                Op::Join { cell } => {
                    let last = self.attendees[cell as usize].len() - 1;
                    self.leave(cell, last);
                    self.journal.pop();
                }
                Op::Leave { cell, pos, interest } => {
                    self.join(cell, interest);
                    self.journal.pop();
                    let list = &mut self.attendees[cell as usize];
                    let last = list.len() - 1;
                    list.swap(pos as usize, last);
                }
            }
        }
    }

    /// What the changes since `mark` took out: calls `f(country, offer,
    /// cell)` for each attendance ended (the attending country) and each
    /// session closed (the presenting country).
    pub fn taken_out(&self, mark: usize, mut f: impl FnMut(u32, u32, u32)) {
        for op in &self.journal[mark.min(self.journal.len())..] {
            match *op {
                Op::Leave { cell, interest, .. } => {
                    let x = self.inst.interests[interest as usize];
                    f(x.country, x.offer, cell);
                }
                Op::Close { cell, offer, .. } => f(self.inst.offers[offer as usize].country, offer, cell),
                Op::Open { .. } | Op::Join { .. } => {}
            }
        }
    }

    /// Forgets the journal (the changes stay).
    pub fn commit(&mut self) {
        self.journal.clear();
    }

    /// One more (`up`) or one fewer attendee needing interpretation in `cell`.
    fn count_needing(&mut self, cell: u32, up: bool) {
        let (_, r) = self.inst.slot_room(cell);
        let n = &mut self.needing[cell as usize];
        let before = *n > 0;
        *n = if up { *n + 1 } else { *n - 1 };
        if !self.inst.interpreted[r as usize] && before != (*n > 0) {
            self.uninterpreted = if up { self.uninterpreted + 1 } else { self.uninterpreted - 1 };
        }
    }

    fn add_load(&mut self, c: u32, t: u32) {
        let ix = c as usize * self.inst.n_slots() + t as usize;
        self.load[ix] += 1;
        if self.load[ix] == 1 {
            self.update_gaps(c, t);
        }
    }

    fn remove_load(&mut self, c: u32, t: u32) {
        let ix = c as usize * self.inst.n_slots() + t as usize;
        self.load[ix] -= 1;
        if self.load[ix] == 0 {
            self.update_gaps(c, t);
        }
    }

    /// Recounts the idle slots of `c` between its first and last busy slot
    /// of the day of `t`.
    fn update_gaps(&mut self, c: u32, t: u32) {
        let d = self.inst.slot_day[t as usize];
        let base = c as usize * self.inst.n_slots();
        let (mut first, mut last, mut busy) = (usize::MAX, 0, 0);
        for (k, &s) in self.inst.days[d as usize].iter().enumerate() {
            if self.load[base + s as usize] > 0 {
                first = first.min(k);
                last = k;
                busy += 1;
            }
        }
        let gaps = if busy == 0 { 0 } else { (last + 1 - first - busy) as u32 };
        let ix = c as usize * self.inst.days.len() + d as usize;
        self.gaps = self.gaps - self.day_gaps[ix] + gaps;
        self.day_gaps[ix] = gaps;
    }
}
