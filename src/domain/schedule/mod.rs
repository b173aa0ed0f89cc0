//! The business rounds: building, checking, bounding and explaining a
//! schedule of sessions.
//!
//! # The problem
//!
//! * Time slots `t` (rounds) and rooms `r`; room `r` seats at most `cap_r`
//!   attending delegations (the presenting delegation is not counted).
//! * Countries `c` with `n_c` delegates: the delegates of `c` in the plan, or
//!   1 when the plan lists none (a country takes part with at least one
//!   person). In one slot a country can be in at most `n_c` sessions at once;
//!   its per-slot availability ([`Country::availability`](crate::domain::model::Country))
//!   may lower that (never raise it).
//! * Offers `o`, presented by their country `s(o)`, in at most
//!   `max_sessions(o)` sessions; a session needs at least `min_attendees(o)`
//!   attending delegations.
//! * Interests `(c, o)` with weight `w` = the priority's weight (3, 2, 1),
//!   `c ≠ s(o)`.
//!
//! A session is (offer, slot, room, attending countries). Hard rules: one
//! session per room and slot; attendees ≤ `cap_r`; attendees ≥
//! `min_attendees`; every attendee has an interest in the offer; a country
//! attends an offer at most once (across its sessions); an offer has at most
//! `max_sessions` sessions; in each slot, the sessions a country presents plus
//! those it attends are at most its available delegates (so the presenter's
//! delegation is busy in a slot where its offer is presented). When the
//! event requires it, an attendee sharing no language with the presenter
//! ([`crate::domain::interpretation`]) sits only in a room with
//! interpretation.
//!
//! Objective: maximise the total weight of satisfied interests; then, among
//! equal schedules, have fewer sessions needing interpretation in rooms
//! without it (the event's default, a preference); then keep as much of the
//! previous schedule as possible (on a re-run), then prefer compact agendas (few idle slots between a
//! delegation's sessions within a day), then fewer sessions.
//!
//! Bilateral B2B meetings are the special case of tables seating one
//! ([`bilateral`]).
//!
//! # The parts
//!
//! * [`instance`]: the problem indexed from a plan (locks included);
//! * [`check`]: the rules, checked on any schedule (solver's or hand-made);
//! * [`bound`]: an upper bound on the objective (Lagrangian relaxation);
//! * [`solve`]: the optimizer (greedy, then large-neighbourhood search),
//!   seeded, time-boxed by an injected clock, resumable step by step;
//! * [`explain`]: why each interest left out is left out, and a summary;
//! * [`diff`]: what a re-run changed;
//! * [`fingerprint`]: the hash of the inputs, to tell a stale schedule.

pub mod bilateral;
pub mod bound;
pub mod check;
pub mod diff;
pub mod explain;
pub mod fingerprint;
pub mod instance;
pub mod solve;

mod greedy;
mod search;
mod state;

pub use bilateral::bilateral;
pub use bound::upper_bound;
pub use check::{check, Rules, Violation};
pub use diff::{diff, ScheduleDiff};
pub use explain::{explain, summarize, Explanation, Reason, Summary};
pub use fingerprint::inputs_fingerprint;
pub use instance::{Instance, InstanceError};
pub use solve::{schedule_plan, Clock, Options, Outcome, Progress, Solver, Stop};
