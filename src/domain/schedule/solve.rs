//! The optimizer: a greedy start (or the previous schedule, on a re-run),
//! then large-neighbourhood search, with the Lagrangian bound improved
//! alongside to tell how far from optimal the best schedule can be.
//!
//! It is deterministic for a seed: the work is counted in moves, and the
//! clock only stops it early (when the time budget runs out first, the
//! result depends on the machine's speed). The clock is injected, so the
//! browser passes `performance.now()`; the work runs in slices
//! ([`Solver::step`]) so a page can show progress and cancel between them.

use super::bound::Lagrangian;
use super::fingerprint::inputs_fingerprint;
use super::greedy::naive;
use super::instance::{Instance, InstanceError, NONE};
use super::search::Search;
use super::state::State;
use crate::domain::ids::SessionId;
use crate::domain::model::{Plan, Schedule, Session};
use crate::domain::rng::Rng;
use std::collections::HashSet;
use std::rc::Rc;

/// A source of time in milliseconds from any fixed origin: natively from
/// `std::time::Instant`, in the browser `performance.now()`.
pub trait Clock {
    /// Milliseconds since the clock's origin.
    fn now_ms(&self) -> f64;
}

impl<F: Fn() -> f64> Clock for F {
    fn now_ms(&self) -> f64 {
        self()
    }
}

/// How to run the optimizer.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// The same seed (and inputs) gives the same schedule.
    pub seed: u64,
    /// Time budget in milliseconds, over all steps (the greedy start that
    /// [`Solver::new`] builds is not counted).
    pub time_limit_ms: f64,
    /// Search moves; `None`: a number scaled to the instance.
    pub moves: Option<u64>,
    /// Treat every existing session as locked.
    pub lock_existing: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self { seed: 1, time_limit_ms: 10_000.0, moves: None, lock_existing: false }
    }
}

/// Where the optimizer stands, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress {
    /// Share of the work done, 0 to 1: of the moves or of the time budget,
    /// whichever is further.
    pub fraction: f64,
    /// Weight of the best schedule so far.
    pub objective: u64,
    /// Upper bound so far.
    pub bound: u64,
    /// Whether the optimizer has finished.
    pub done: bool,
}

/// Why the optimizer stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// It made all its moves.
    Moves,
    /// The time budget ran out first.
    Time,
    /// The caller cancelled it.
    Cancelled,
}

/// The optimizer's result.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The schedule, ready for `plan.schedule`.
    pub schedule: Schedule,
    /// Satisfied weight.
    pub objective: u64,
    /// Upper bound on the satisfied weight.
    pub bound: u64,
    /// Weight of the greedy start, and of the naive greedy baseline.
    pub greedy_objective: u64,
    pub naive_objective: u64,
    /// Interests satisfied, of how many.
    pub interests_met: usize,
    pub interests: usize,
    /// Search moves made, milliseconds spent, and why it stopped.
    pub moves: u64,
    pub elapsed_ms: f64,
    pub stop: Stop,
}

impl Outcome {
    /// The relative gap `(bound − objective) / bound`, 0 when the bound is 0.
    pub fn gap(&self) -> f64 {
        if self.bound == 0 {
            0.0
        } else {
            self.bound.saturating_sub(self.objective) as f64 / self.bound as f64
        }
    }
}

/// Relaxation steps before the search starts, and at most in all.
const FIRST_BOUND_STEPS: u32 = 30;
const MAX_BOUND_STEPS: u32 = 3_000;
/// Search moves per relaxation step once the search runs.
const MOVES_PER_BOUND_STEP: u64 = 4;

/// The optimizer of one plan, run slice by slice.
pub struct Solver {
    inst: Rc<Instance>,
    options: Options,
    /// The plan's locked sessions as they are, and its other sessions (for
    /// their ids).
    locked: Vec<Session>,
    previous: Vec<Session>,
    inputs: String,
    rng: Rng,
    search: Search,
    current: State,
    best: State,
    relaxation: Lagrangian,
    greedy_objective: u64,
    naive_objective: u64,
    budget: u64,
    moves: u64,
    /// The move that last improved the best schedule, and the one at which
    /// its weight was proven optimal.
    improved_at: u64,
    proven_at: Option<u64>,
    /// The move at which polishing began.
    polish_from: Option<u64>,
    elapsed_ms: f64,
    stop: Option<Stop>,
}

impl Solver {
    /// A solver for `plan`, with its greedy start built.
    pub fn new(plan: &Plan, options: Options) -> Result<Self, InstanceError> {
        let inst = Rc::new(Instance::new(plan, options.lock_existing)?);
        let sessions = plan.schedule.as_ref().map_or(&[][..], |s| &s.sessions[..]);
        let (locked, previous) = sessions.iter().cloned().partition(|s| s.locked || options.lock_existing);
        let mut rng = Rng::new(options.seed);

        let mut naive_state = State::new(Rc::clone(&inst));
        naive(&mut naive_state);
        let mut greedy = State::new(Rc::clone(&inst));
        let mut search = Search::new(&greedy);
        search.construct(&mut greedy, &mut rng);
        let greedy_objective = greedy.weight();
        // A re-run searches from the previous schedule; the greedy start
        // stays the best one if it scores higher.
        let (current, best) = if inst.previous.is_empty() {
            (greedy.clone(), greedy)
        } else {
            let mut warm = State::new(Rc::clone(&inst));
            search.warm_start(&mut warm, &mut rng);
            let best = if greedy.score() > warm.score() { greedy } else { warm.clone() };
            (warm, best)
        };
        let budget = options.moves.unwrap_or_else(|| default_moves(&inst));
        Ok(Self {
            relaxation: Lagrangian::new(&inst),
            inputs: inputs_fingerprint(plan),
            naive_objective: naive_state.weight(),
            best,
            current,
            greedy_objective,
            inst,
            options,
            locked,
            previous,
            rng,
            search,
            budget,
            moves: 0,
            improved_at: 0,
            proven_at: None,
            polish_from: None,
            elapsed_ms: 0.0,
            stop: None,
        })
    }

    /// Works for about `slice_ms` (or until done) and says where it stands.
    pub fn step(&mut self, clock: &dyn Clock, slice_ms: f64) -> Progress {
        let start = clock.now_ms();
        while self.stop.is_none() {
            self.work();
            let now = clock.now_ms();
            if self.moves_done() {
                self.stop = Some(Stop::Moves);
            } else if self.elapsed_ms + (now - start) >= self.options.time_limit_ms {
                self.stop = Some(Stop::Time);
            }
            if now - start >= slice_ms {
                break;
            }
        }
        self.elapsed_ms += clock.now_ms() - start;
        self.progress()
    }

    /// Stops the search: the best schedule so far is the result.
    pub fn cancel(&mut self) {
        self.stop.get_or_insert(Stop::Cancelled);
    }

    /// Where the optimizer stands.
    pub fn progress(&self) -> Progress {
        let moves = self.moves as f64 / self.budget.max(1) as f64;
        let time = self.elapsed_ms / self.options.time_limit_ms.max(1.0);
        let fraction = if self.stop.is_some() { 1.0 } else { moves.max(time).min(1.0) };
        Progress { fraction, objective: self.best.weight(), bound: self.bound(), done: self.stop.is_some() }
    }

    /// One unit of work: a relaxation step (the first ones, then one per
    /// few moves while it can still lower the bound) or a search move.
    fn work(&mut self) {
        let steps = self.relaxation.iterations();
        let due = steps < FIRST_BOUND_STEPS
            || (steps < MAX_BOUND_STEPS
                && self.moves >= u64::from(steps - FIRST_BOUND_STEPS + 1) * MOVES_PER_BOUND_STEP);
        if due && self.relaxation.can_improve(self.best.weight()) {
            self.relaxation.step(self.best.weight(), &self.inst);
            return;
        }
        if self.polish_from.is_none() && self.exploration_done() {
            self.polish_from = Some(self.moves);
            self.current = self.best.clone();
            self.search.polish();
        }
        self.search.iterate(&mut self.current, &mut self.rng);
        self.moves += 1;
        if self.current.score() > self.best.score() {
            self.best = self.current.clone();
            self.improved_at = self.moves;
        }
        if self.proven_at.is_none() && self.bound() == self.best.weight() {
            self.proven_at = Some(self.moves);
        }
    }

    /// Whether exploring is over: four fifths of the budget made, a third
    /// of it without a better schedule, or a tenth of it since the weight
    /// was proven optimal.
    fn exploration_done(&self) -> bool {
        self.moves >= self.budget / 5 * 4
            || self.moves - self.improved_at >= (self.budget / 3).max(1_000)
            || self.proven_at.is_some_and(|at| self.moves - at >= self.budget / 10)
    }

    /// Whether the moves are all made: a fifth of the budget polishing the
    /// best schedule after exploring.
    fn moves_done(&self) -> bool {
        self.polish_from.is_some_and(|from| self.moves - from >= (self.budget / 5).max(1))
    }

    /// The bound so far (never below the best schedule's weight).
    fn bound(&self) -> u64 {
        self.relaxation.bound().max(self.best.weight())
    }

    /// The result: the best schedule so far, as the plan stores it.
    pub fn outcome(&self) -> Outcome {
        let schedule = self.schedule();
        let met = (0..self.inst.interests.len() as u32).filter(|&i| !self.best.is_open(i)).count();
        Outcome {
            objective: self.best.weight(),
            bound: self.bound(),
            greedy_objective: self.greedy_objective,
            naive_objective: self.naive_objective,
            interests_met: met,
            interests: self.inst.interests.len(),
            moves: self.moves,
            elapsed_ms: self.elapsed_ms,
            stop: self.stop.unwrap_or(Stop::Cancelled),
            schedule,
        }
    }

    /// The best schedule: locked sessions as they were, the others with
    /// the id of the previous session they continue (same offer, same cell
    /// first), or a new `s-N`; in slot and room order.
    fn schedule(&self) -> Schedule {
        let inst = &*self.inst;
        let mut placed: Vec<(u32, u32, u32)> = Vec::new();
        for cell in 0..inst.n_cells() as u32 {
            let o = self.best.offer(cell);
            if o != NONE && !self.best.is_locked(cell) {
                let (t, r) = inst.slot_room(cell);
                placed.push((t, r, o));
            }
        }
        let mut ids: Vec<Option<SessionId>> = vec![None; placed.len()];
        let mut used: HashSet<&SessionId> = self.locked.iter().map(|s| &s.id).collect();
        for exact in [true, false] {
            for (k, &(t, r, o)) in placed.iter().enumerate() {
                if ids[k].is_some() {
                    continue;
                }
                let continued = inst
                    .previous
                    .iter()
                    .find(|f| f.offer == o && (!exact || (f.slot == t && f.room == r)) && !used.contains(&f.id));
                if let Some(f) = continued {
                    used.insert(&f.id);
                    ids[k] = Some(f.id.clone());
                }
            }
        }
        // Ids of the plan's other sessions stay reserved too: a hand-made
        // session the solver dropped may still be referred to.
        let taken: HashSet<&str> =
            used.iter().map(|id| id.as_str()).chain(self.previous.iter().map(|s| s.id.as_str())).collect();
        let mut counter = 0;
        let mut fresh_id = || loop {
            counter += 1;
            let id = format!("s-{counter}");
            if !taken.contains(id.as_str()) {
                return SessionId(id);
            }
        };
        let mut sessions: Vec<(u32, u32, Session)> = Vec::new();
        for (k, &(t, r, o)) in placed.iter().enumerate() {
            let id = ids[k].clone().unwrap_or_else(&mut fresh_id);
            let mut attendees: Vec<u32> =
                self.best.attendees(inst.cell(t, r)).iter().map(|&i| inst.interests[i as usize].country).collect();
            attendees.sort_unstable();
            sessions.push((
                t,
                r,
                Session {
                    id,
                    offer: inst.offers[o as usize].id.clone(),
                    slot: inst.slots[t as usize].clone(),
                    room: inst.rooms[r as usize].clone(),
                    attendees: attendees.into_iter().map(|c| inst.countries[c as usize].clone()).collect(),
                    locked: false,
                    delegates: Vec::new(),
                },
            ));
        }
        for (f, s) in inst.locked.iter().zip(&self.locked) {
            sessions.push((f.slot, f.room, s.clone()));
        }
        sessions.sort_by_key(|(t, r, _)| (*t, *r));
        Schedule {
            sessions: sessions.into_iter().map(|(_, _, s)| s).collect(),
            inputs: self.inputs.clone(),
            objective: self.best.weight(),
            bound: self.bound(),
            seed: self.options.seed,
            computed_at: None,
        }
    }
}

/// The default number of search moves: enough for the search to settle on
/// the instances of the benchmark, growing with the instance (small ones
/// get more than they seem to need: their moves cost microseconds).
fn default_moves(inst: &Instance) -> u64 {
    (2_000 + 4 * inst.interests.len() as u64).max(5_000)
}

/// Schedules `plan` in one call: runs the solver in slices of 50 ms,
/// reporting each to `progress`, which returns `false` to cancel.
pub fn schedule_plan(
    plan: &Plan,
    options: Options,
    clock: &dyn Clock,
    progress: &mut dyn FnMut(&Progress) -> bool,
) -> Result<Outcome, InstanceError> {
    let mut solver = Solver::new(plan, options)?;
    loop {
        let p = solver.step(clock, 50.0);
        if p.done {
            break;
        }
        if !progress(&p) {
            solver.cancel();
            break;
        }
    }
    progress(&solver.progress());
    Ok(solver.outcome())
}
