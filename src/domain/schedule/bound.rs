//! An upper bound on the satisfied weight, by Lagrangian relaxation.
//!
//! The locked sessions are taken as they are: their satisfied weight counts
//! in full, and what they use (cells, delegates, sessions of their offers,
//! interests they satisfy) is taken away. On what is left, with binary
//! `z(o,t,r)` (offer `o` in room `r` at slot `t`) and `x(i,t,r)` (interest
//! `i = (c,o)` attends it), the problem is
//!
//! ```text
//! max Σ w_i x(i,t,r)
//!   x(i,t,r) ≤ z(o,t,r);  m_o z(o,t,r) ≤ Σ_i x(i,t,r) ≤ cap_r z(o,t,r)   (seats)
//!   Σ_{t,r} x(i,t,r) ≤ 1                                   (once)       μ_i
//!   Σ_{t,r} z(o,t,r) ≤ M_o                                 (sessions)   ν_o
//!   Σ_{i of c} x(i,t,·) + Σ_{o of c} z(o,t,·) ≤ a(c,t)     (delegates)  λ_ct
//!   Σ_o z(o,t,r) ≤ 1 per room, relaxed to: Σ_{o, r of class k} z ≤ n(t,k)  α_tk
//!   Σ_r z(o,t,r) ≤ min(M_o, a(s(o),t))                     (kept)
//! ```
//!
//! where class `k` groups the free rooms of slot `t` by capacity and
//! `n(t,k)` counts them. The constraints marked with a multiplier move into
//! the objective (Lagrangian relaxation); what stays splits into one small
//! problem per offer, solved exactly: the best prefix of its interests
//! sorted by reduced weight `w_i − λ_ct (− μ_i)`, in the best slot and room
//! class. Every choice of non-negative multipliers gives a valid bound.
//!
//! Slots whose data are the same (delegates left to every country, free
//! rooms of every class) are interchangeable, so the best multipliers can be
//! taken equal over such a *slot class*: the relaxation is solved once per
//! slot class, and an offer keeps its own rules within one:
//!
//! * an offer with one session left keeps "attend once" and "one session"
//!   exactly (`μ`, `ν` unused): it takes its best slot class and room class;
//! * an offer that may repeat, with few ways to pick its sessions in a slot
//!   class (how many in each room class: bilateral tables, an offer held
//!   twice), keeps "attend once" within a slot class: it takes the best
//!   pick there, by exhaustive search; `μ`, `ν` price the rules across slot
//!   classes only, and vanish when all slots are alike;
//! * otherwise a repeating offer takes its best sessions slot by slot, with
//!   `μ` and `ν` pricing "attend once" and "at most `M_o`".
//!
//! The multipliers are searched by the Volume algorithm (Barahona & Anbil,
//! 2000): steps from the best point so far along an exponentially averaged
//! subgradient, sized by Polyak's rule towards the best known schedule. The
//! best value met is the bound, rounded down (the objective is an integer)
//! and never above the total weight. Under the interpretation rule, an
//! interest that no room may seat (it needs interpretation and no room has
//! it) is left out; the rule is otherwise relaxed. It is at least as tight as the linear
//! relaxation of the model above; what it misses is integrality (mostly a
//! session spread over several slots).

mod pick;

use super::instance::{Instance, NONE};
use super::state::State;
use pick::{best_pick, multisets, Limits, Pick, Way, MAX_WAYS};
use std::rc::Rc;

/// Share of the newest subgradient in the averaged one.
const AVERAGING: f64 = 0.1;
/// Steps without a better point before the step factor shrinks.
const PATIENCE: u32 = 20;
/// The step factor at the start, and where the steps end.
const START_FACTOR: f64 = 0.1;
const END_FACTOR: f64 = 1e-4;

/// A residual interest: its country, weight and index.
#[derive(Clone, Copy, Debug)]
struct Want {
    country: u32,
    weight: f64,
    interest: u32,
}

/// Slots whose data are the same: the first one stands for all.
#[derive(Clone, Copy, Debug)]
struct SlotClass {
    slot: usize,
    size: f64,
}

/// How an offer's sessions are relaxed (see the module's docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// No session left, or too few interests.
    Idle,
    Single,
    /// Repeats; exact within a slot class (few ways to pick its sessions).
    Repeat,
    /// Repeats; slot by slot.
    PerSlot,
}

/// The Lagrangian relaxation and its multipliers, improved step by step.
///
/// The multipliers `λ` (country × slot), `μ` (interest), `ν` (offer), `α`
/// (slot × room class) sit in one vector; the steps move one parameter per
/// country × slot class, interest, offer, and slot class × room class.
#[derive(Clone, Debug)]
pub struct Lagrangian {
    n_slots: usize,
    /// Where `μ`, `ν` and `α` start in the multiplier vector.
    at_mu: usize,
    at_nu: usize,
    at_alpha: usize,
    /// Satisfied weight of the locked sessions.
    locked_weight: u64,
    /// Total weight of the interests still open after the locks.
    open_weight: u64,
    /// The right-hand side of each relaxed constraint (0 where unused).
    rhs: Vec<f64>,
    /// Delegates left to country `c` in slot `t`, at `c * slots + t`.
    free: Vec<u32>,
    sessions_left: Vec<u32>,
    mode: Vec<Mode>,
    /// Whether an offer's "attend once" and "at most `M_o`" are priced
    /// (`μ`, `ν`) rather than kept.
    relaxed: Vec<bool>,
    /// Residual interests of each offer.
    wants: Vec<Vec<Want>>,
    /// Distinct room capacities, and free rooms of each class per slot, at
    /// `t * classes + k`.
    class_capacity: Vec<u32>,
    class_free: Vec<u32>,
    slot_classes: Vec<SlotClass>,
    /// The multipliers last evaluated, the subgradient there, and the
    /// parameter each multiplier follows.
    trial: Vec<f64>,
    grad: Vec<f64>,
    param_of: Vec<u32>,
    /// The best parameters so far (the centre the steps start from), their
    /// value, the parameters being tried, and the (averaged) subgradient.
    center: Vec<f64>,
    center_value: f64,
    params: Vec<f64>,
    average: Vec<f64>,
    grad_params: Vec<f64>,
    /// Polyak's step factor, and the steps since the centre last moved.
    factor: f64,
    stall: u32,
    best: f64,
    iterations: u32,
    // Sort buffers.
    reduced: Vec<(f64, u32)>,
    prefix: Vec<f64>,
    options: Vec<(f64, usize, usize)>,
    ways: Vec<Way>,
}

impl Lagrangian {
    /// The relaxation of `inst` with its locked sessions in place, with
    /// every multiplier at 0.
    pub fn new(inst: &Rc<Instance>) -> Self {
        let locked = State::new(Rc::clone(inst));
        let n_slots = inst.n_slots();
        let n_countries = inst.countries.len();
        let mut free = vec![0; n_countries * n_slots];
        for c in 0..n_countries as u32 {
            for t in 0..n_slots as u32 {
                free[c as usize * n_slots + t as usize] = inst.available(c, t).saturating_sub(locked.load(c, t));
            }
        }
        let sessions_left: Vec<u32> = (0..inst.offers.len() as u32)
            .map(|o| inst.offers[o as usize].max_sessions.saturating_sub(locked.offer_count(o)))
            .collect();
        let mut class_capacity: Vec<u32> = inst.capacity.iter().copied().filter(|&c| c > 0).collect();
        class_capacity.sort_unstable();
        class_capacity.dedup();
        let n_classes = class_capacity.len();
        let mut class_free = vec![0; n_slots * n_classes];
        for t in 0..n_slots as u32 {
            for r in 0..inst.n_rooms() as u32 {
                let cap = inst.capacity[r as usize];
                let cell = inst.cell(t, r);
                if inst.is_closed(cell) {
                    continue;
                }
                if let (NONE, Ok(k)) = (locked.offer(cell), class_capacity.binary_search(&cap)) {
                    class_free[t as usize * n_classes + k] += 1;
                }
            }
        }
        // Slot classes: slots with the same delegates left and free rooms.
        let column = |t: usize| -> Vec<u32> {
            let mut key: Vec<u32> = (0..n_countries).map(|c| free[c * n_slots + t]).collect();
            key.extend_from_slice(&class_free[t * n_classes..(t + 1) * n_classes]);
            key
        };
        let mut keys: Vec<Vec<u32>> = Vec::new();
        let mut slot_classes: Vec<SlotClass> = Vec::new();
        let class_of_slot: Vec<usize> = (0..n_slots)
            .map(|t| {
                let key = column(t);
                match keys.iter().position(|k| *k == key) {
                    Some(s) => {
                        slot_classes[s].size += 1.0;
                        s
                    }
                    None => {
                        keys.push(key);
                        slot_classes.push(SlotClass { slot: t, size: 1.0 });
                        keys.len() - 1
                    }
                }
            })
            .collect();

        let mut wants = vec![Vec::new(); inst.offers.len()];
        let mut open_weight = 0;
        for (i, x) in inst.interests.iter().enumerate() {
            if locked.is_open(i as u32) && inst.offers[x.offer as usize].country != NONE && inst.can_be_met(i as u32) {
                wants[x.offer as usize].push(Want {
                    country: x.country,
                    weight: f64::from(x.weight),
                    interest: i as u32,
                });
                open_weight += u64::from(x.weight);
            }
        }
        // The ways an offer may pick its sessions in a slot class: multisets
        // of room classes, as many as it may hold there.
        let ways = |o: usize| -> u64 {
            let presenter = inst.offers[o].country as usize;
            let most = slot_classes
                .iter()
                .map(|sc| u64::from(free[presenter * n_slots + sc.slot]) * sc.size as u64)
                .max()
                .unwrap_or(0)
                .min(u64::from(sessions_left[o]));
            multisets(most, n_classes as u64)
        };
        let mode: Vec<Mode> = (0..inst.offers.len())
            .map(|o| match sessions_left[o] {
                _ if wants[o].len() < inst.offers[o].min_attendees as usize => Mode::Idle,
                0 => Mode::Idle,
                1 => Mode::Single,
                _ if ways(o) <= MAX_WAYS => Mode::Repeat,
                _ => Mode::PerSlot,
            })
            .collect();
        let relaxed: Vec<bool> = mode
            .iter()
            .map(|m| match m {
                Mode::PerSlot => true,
                Mode::Repeat => slot_classes.len() > 1,
                Mode::Idle | Mode::Single => false,
            })
            .collect();

        let (at_mu, at_nu) = (free.len(), free.len() + inst.interests.len());
        let at_alpha = at_nu + inst.offers.len();
        let n = at_alpha + class_free.len();
        let mut rhs = vec![0.0; n];
        for (j, &a) in free.iter().enumerate() {
            rhs[j] = f64::from(a);
        }
        for (j, &k) in class_free.iter().enumerate() {
            rhs[at_alpha + j] = f64::from(k);
        }
        for (o, wants) in wants.iter().enumerate() {
            if relaxed[o] {
                rhs[at_nu + o] = f64::from(sessions_left[o]);
                for w in wants {
                    rhs[at_mu + w.interest as usize] = 1.0;
                }
            }
        }
        let n_slot_classes = slot_classes.len();
        let param_of: Vec<u32> = (0..n)
            .map(|j| {
                (if j < at_mu {
                    (j / n_slots) * n_slot_classes + class_of_slot[j % n_slots]
                } else if j < at_alpha {
                    n_countries * n_slot_classes + (j - at_mu)
                } else {
                    let (t, k) = ((j - at_alpha) / n_classes, (j - at_alpha) % n_classes);
                    n_countries * n_slot_classes + (at_alpha - at_mu) + class_of_slot[t] * n_classes + k
                }) as u32
            })
            .collect();
        let n_params = n_countries * n_slot_classes + (at_alpha - at_mu) + n_slot_classes * n_classes;
        let params = vec![0.0; n_params];
        Self {
            n_slots,
            at_mu,
            at_nu,
            at_alpha,
            locked_weight: locked.weight(),
            open_weight,
            rhs,
            free,
            sessions_left,
            mode,
            relaxed,
            wants,
            class_capacity,
            class_free,
            slot_classes,
            trial: vec![0.0; n],
            grad: vec![0.0; n],
            param_of,
            center: params.clone(),
            center_value: f64::INFINITY,
            average: vec![0.0; n_params],
            grad_params: vec![0.0; n_params],
            params,
            factor: START_FACTOR,
            stall: 0,
            best: f64::INFINITY,
            iterations: 0,
            reduced: Vec::new(),
            prefix: Vec::new(),
            options: Vec::new(),
            ways: Vec::new(),
        }
    }

    /// The bound so far: never below the optimum of the instance.
    pub fn bound(&self) -> u64 {
        let relaxed = if self.best.is_finite() { (self.best + 1e-6).floor().max(0.0) as u64 } else { u64::MAX };
        self.locked_weight + relaxed.min(self.open_weight)
    }

    /// Relaxation steps taken.
    pub fn iterations(&self) -> u32 {
        self.iterations
    }

    /// Whether more steps can still lower the bound: false once it meets
    /// `objective` or the steps have become too small to matter.
    pub fn can_improve(&self, objective: u64) -> bool {
        self.bound() > objective && self.factor > END_FACTOR
    }

    /// One step aimed at `objective` (the best known schedule's weight,
    /// locks included): evaluates the relaxation at the trial point, moves
    /// the centre there if it is better, and picks the next trial point.
    /// Returns the value at the trial point.
    pub fn step(&mut self, objective: u64, inst: &Instance) -> f64 {
        let value = self.evaluate(inst);
        let first = self.iterations == 0;
        self.iterations += 1;
        self.best = self.best.min(value);
        self.grad_params.iter_mut().for_each(|g| *g = 0.0);
        for (g, &p) in self.grad.iter().zip(&self.param_of) {
            self.grad_params[p as usize] += g;
        }
        for (a, g) in self.average.iter_mut().zip(&self.grad_params) {
            *a = if first { *g } else { AVERAGING * g + (1.0 - AVERAGING) * *a };
        }
        if value < self.center_value - 1e-9 * value.abs().max(1.0) {
            let agrees: f64 = self.grad_params.iter().zip(&self.average).map(|(g, a)| g * a).sum();
            if !first && agrees >= 0.0 {
                self.factor = (self.factor * 1.1).min(2.0);
            }
            self.center.clone_from(&self.params);
            self.center_value = value;
            self.stall = 0;
        } else {
            self.stall += 1;
            if self.stall >= PATIENCE {
                self.factor *= 0.66;
                self.stall = 0;
            }
        }
        // A component that would push a parameter at 0 below 0 leaves it
        // there, and stays out of the step's norm.
        let norm: f64 =
            self.center.iter().zip(&self.average).filter(|(m, a)| **m > 0.0 || **a < 0.0).map(|(_, a)| a * a).sum();
        let target = objective.saturating_sub(self.locked_weight) as f64;
        let gap = (self.center_value - target).max(1e-3 * self.center_value.abs().max(1.0));
        let step = if norm > 0.0 { self.factor * gap / norm } else { 0.0 };
        for ((p, c), a) in self.params.iter_mut().zip(&self.center).zip(&self.average) {
            *p = (c - step * a).max(0.0);
        }
        for (m, &p) in self.trial.iter_mut().zip(&self.param_of) {
            *m = self.params[p as usize];
        }
        value
    }

    /// The relaxation's value at `trial`, leaving its subgradient (the
    /// relaxed constraints' slack) in `grad`. Each slot class is evaluated
    /// at its first slot, which takes the usage of the whole class.
    fn evaluate(&mut self, inst: &Instance) -> f64 {
        let mut value: f64 = self.trial.iter().zip(&self.rhs).map(|(m, b)| m * b).sum();
        self.grad.copy_from_slice(&self.rhs);
        for o in 0..inst.offers.len() {
            value += match self.mode[o] {
                Mode::Idle => 0.0,
                Mode::Single => self.single(inst, o),
                Mode::Repeat => self.repeat(inst, o),
                Mode::PerSlot => self.per_slot(inst, o),
            };
        }
        value
    }

    /// An offer with one session left: its best session over all slot
    /// classes and room classes.
    fn single(&mut self, inst: &Instance, o: usize) -> f64 {
        // Among (near) ties, the room class with the most rooms still
        // unclaimed in this evaluation: any best choice gives a valid
        // subgradient, and a spread one points the multipliers the right way.
        let n_classes = self.class_capacity.len();
        let mut best: Option<(f64, f64, usize, usize, usize)> = None;
        for s in 0..self.slot_classes.len() {
            let SlotClass { slot: t, size } = self.slot_classes[s];
            if self.sessions_at(inst, o, t) == 0 {
                continue;
            }
            for &(v, k, seats) in &self.options {
                let at = t * n_classes + k;
                let slack = self.grad[self.at_alpha + at] + (size - 1.0) * f64::from(self.class_free[at]);
                let tie = 1e-9 * v.abs().max(1.0);
                let better = best.is_none_or(|(bv, bs, ..)| v > bv + tie || (v > bv - tie && slack > bs));
                if better {
                    let top = best.map_or(v, |b| b.0.max(v));
                    best = Some((top, slack, t, k, seats));
                }
            }
        }
        let Some((v, _, t, k, seats)) = best else { return 0.0 };
        self.sessions_at(inst, o, t);
        self.count(inst, o, t, k, seats, 1.0);
        v
    }

    /// A repeating offer with few ways to pick its sessions: in each slot
    /// class, the best multiset of room classes (and so of seats), each
    /// interest attending at most one of them.
    fn repeat(&mut self, inst: &Instance, o: usize) -> f64 {
        let relaxed = self.relaxed[o];
        let n_classes = self.class_capacity.len();
        let presenter = inst.offers[o].country as usize;
        let min = inst.offers[o].min_attendees as usize;
        let most_cap = self.class_capacity.last().map_or(0, |&c| c as usize);
        let mut value = 0.0;
        for s in 0..self.slot_classes.len() {
            let SlotClass { slot: t, size } = self.slot_classes[s];
            let per_slot = self.sessions_at(inst, o, t);
            let most = ((f64::from(per_slot) * size) as u32).min(self.sessions_left[o]) as usize;
            if most == 0 || self.reduced.len() < min {
                continue;
            }
            let base =
                self.trial[presenter * self.n_slots + t] + if relaxed { self.trial[self.at_nu + o] } else { 0.0 };
            self.ways.clear();
            for k in 0..n_classes {
                let rooms = (f64::from(self.class_free[t * n_classes + k]) * size) as usize;
                let cap = self.class_capacity[k] as usize;
                let cost = base + self.trial[self.at_alpha + t * n_classes + k];
                self.ways.push(Way { cap, cost, rooms: if cap >= min { rooms } else { 0 } });
            }
            let positive = self.reduced.iter().take_while(|p| p.0 > 0.0).count();
            self.fill_prefix(self.reduced.len().min(most * most_cap));
            let mut pick = Pick { counts: vec![0; n_classes], best: 0.0, best_counts: vec![0; n_classes] };
            let limits = Limits { most, min, positive, available: self.reduced.len() };
            best_pick(&self.ways, &self.prefix, limits, 0, (0, 0, 0.0), &mut pick);
            if pick.best <= 0.0 {
                continue;
            }
            value += pick.best;
            let sessions: usize = pick.best_counts.iter().sum();
            let seats: usize = pick.best_counts.iter().zip(&self.ways).map(|(n, w)| n * w.cap).sum();
            let filled = positive.clamp(sessions * min, seats.min(self.reduced.len()));
            self.grad[presenter * self.n_slots + t] -= sessions as f64;
            if relaxed {
                self.grad[self.at_nu + o] -= sessions as f64;
            }
            for (k, &n) in pick.best_counts.iter().enumerate() {
                self.grad[self.at_alpha + t * n_classes + k] -= n as f64;
            }
            for &(_, i) in &self.reduced[..filled] {
                let c = inst.interests[i as usize].country as usize;
                self.grad[c * self.n_slots + t] -= 1.0;
                if relaxed {
                    self.grad[self.at_mu + i as usize] -= 1.0;
                }
            }
        }
        value
    }

    /// A repeating offer: in each slot independently, its best sessions
    /// (`μ` prices attending it twice, `ν` its sessions).
    fn per_slot(&mut self, inst: &Instance, o: usize) -> f64 {
        let n_classes = self.class_capacity.len();
        let mut value = 0.0;
        for s in 0..self.slot_classes.len() {
            let SlotClass { slot: t, size } = self.slot_classes[s];
            let mut left = self.sessions_at(inst, o, t);
            for ix in 0..self.options.len() {
                let (v, k, seats) = self.options[ix];
                if left == 0 {
                    break;
                }
                let rooms = left.min(self.class_free[t * n_classes + k]);
                left -= rooms;
                value += size * f64::from(rooms) * v;
                self.count(inst, o, t, k, seats, size * f64::from(rooms));
            }
        }
        value
    }

    /// Counts `z` sessions of offer `o` at slot `t` in room class `k`, with
    /// the first `seats` of the sorted interests, in the subgradient.
    fn count(&mut self, inst: &Instance, o: usize, t: usize, k: usize, seats: usize, z: f64) {
        let presenter = inst.offers[o].country as usize;
        self.grad[presenter * self.n_slots + t] -= z;
        self.grad[self.at_alpha + t * self.class_capacity.len() + k] -= z;
        let relaxed = self.relaxed[o];
        if relaxed {
            self.grad[self.at_nu + o] -= z;
        }
        for &(_, i) in &self.reduced[..seats] {
            let c = inst.interests[i as usize].country as usize;
            self.grad[c * self.n_slots + t] -= z;
            if relaxed {
                self.grad[self.at_mu + i as usize] -= z;
            }
        }
    }

    /// Prefix sums of the first `n` reduced weights.
    fn fill_prefix(&mut self, n: usize) {
        self.prefix.clear();
        self.prefix.push(0.0);
        for p in &self.reduced[..n] {
            self.prefix.push(self.prefix[self.prefix.len() - 1] + p.0);
        }
    }

    /// Prepares a session of offer `o` at slot `t`: the interests sorted by
    /// reduced weight (less `μ` if relaxed) and, best first, the value and
    /// seats of a session in each room class where it gains. Returns how
    /// many sessions the offer may hold in the slot (0: none).
    fn sessions_at(&mut self, inst: &Instance, o: usize, t: usize) -> u32 {
        let relaxed = self.relaxed[o];
        self.options.clear();
        self.reduced.clear();
        let n_classes = self.class_capacity.len();
        let min = inst.offers[o].min_attendees as usize;
        let at = inst.offers[o].country as usize * self.n_slots + t;
        let limit = self.sessions_left[o].min(self.free[at]);
        if limit == 0 {
            return 0;
        }
        for w in &self.wants[o] {
            let ct = w.country as usize * self.n_slots + t;
            if self.free[ct] > 0 {
                let mu = if relaxed { self.trial[self.at_mu + w.interest as usize] } else { 0.0 };
                self.reduced.push((w.weight - self.trial[ct] - mu, w.interest));
            }
        }
        if self.reduced.len() < min {
            return 0;
        }
        self.reduced.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let positive = self.reduced.iter().take_while(|p| p.0 > 0.0).count();
        let most_seats = self.class_capacity.last().map_or(0, |&c| c as usize).min(self.reduced.len());
        self.fill_prefix(most_seats);
        let base = -self.trial[at] - if relaxed { self.trial[self.at_nu + o] } else { 0.0 };
        for k in 0..n_classes {
            let most = (self.class_capacity[k] as usize).min(self.reduced.len());
            if self.class_free[t * n_classes + k] == 0 || most < min {
                continue;
            }
            let seats = positive.clamp(min, most);
            let v = base + self.prefix[seats] - self.trial[self.at_alpha + t * n_classes + k];
            if v > 0.0 {
                self.options.push((v, k, seats));
            }
        }
        self.options.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        limit
    }
}

/// An upper bound on the satisfied weight of any schedule of `inst` that
/// keeps its locked sessions, after at most `iterations` steps aimed at
/// `objective` (a known schedule's weight: the closer, the faster).
pub fn upper_bound(inst: &Instance, objective: u64, iterations: u32) -> u64 {
    let inst = Rc::new(inst.clone());
    let mut relaxation = Lagrangian::new(&inst);
    for _ in 0..iterations {
        if !relaxation.can_improve(objective) {
            break;
        }
        relaxation.step(objective, &inst);
    }
    relaxation.bound()
}
