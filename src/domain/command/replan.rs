//! Re-planning from a slot on the day of the rounds: delegates absent from
//! that slot on and rooms lost are recorded, every session before the slot
//! is kept exactly as it was, and the solver re-runs the rest from the
//! current schedule (changing as little of it as it can). What changed is
//! told per delegation (moved, added, dropped sessions, another delegate)
//! and per room, and remembered so that only the agendas and door sheets
//! that changed are printed.
//!
//! The app runs the solver in its worker between [`prepare`] and [`adopt`];
//! the command line and the tests call [`replan`], which does all three.

use super::schedule::adopt_with;
use super::Done;
use crate::domain::agenda::{country_agenda, room_agenda, Role};
use crate::domain::assign::assign;
use crate::domain::attendance::slot_positions;
use crate::domain::date::Timestamp;
use crate::domain::edit::{apply, apply_all, Edit};
use crate::domain::ids::{CountryId, DelegateId, OfferId, RoomId, SessionId, SlotId};
use crate::domain::model::{Plan, Presence, Replanned, Schedule, Session};
use crate::domain::schedule::{check, inputs_fingerprint, schedule_plan, Clock, InstanceError, Options, Violation};
use crate::domain::validate::{Problem, ProblemKind};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// What the organizer asks: re-plan from `from`, with these delegates absent
/// from it on and these rooms closed from it on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Request {
    pub from: SlotId,
    pub absent: Vec<DelegateId>,
    pub rooms_closed: Vec<RoomId>,
}

/// Where a session is: its slot and room.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Place {
    pub slot: SlotId,
    pub room: RoomId,
}

/// One change in a delegation's agenda.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum Change {
    /// The session of the offer moved to another slot or room.
    Moved { offer: OfferId, role: Role, from: Place, to: Place },
    /// The delegation is now in a session of the offer.
    Added { offer: OfferId, role: Role, at: Place },
    /// The delegation is no longer in the session of the offer.
    Dropped { offer: OfferId, role: Role, at: Place },
    /// Another delegate (or none) goes to the session.
    Delegate { offer: OfferId, at: Place, before: Option<DelegateId>, after: Option<DelegateId> },
}

/// The changes of one delegation's agenda, in slot order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DelegationChanges {
    pub country: CountryId,
    pub changes: Vec<Change>,
}

/// What a re-plan did.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Replan {
    pub from: SlotId,
    /// Delegations whose agenda changed, in the plan's order.
    pub delegations: Vec<DelegationChanges>,
    /// Rooms whose door sheet changed, in the event's order.
    pub rooms: Vec<RoomId>,
    /// Later sessions the organizer had locked that could no longer stay
    /// (in a closed room, or with too few delegates left): released.
    pub released: Vec<SessionId>,
    /// The rules the new schedule breaks (only kept sessions can).
    pub violations: Vec<Violation>,
}

/// Why a re-plan could not be made.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ReplanError {
    /// The request or the plan it would make is refused.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Problems(Vec<Problem>),
    /// The solver cannot read the plan.
    #[error(transparent)]
    Instance(#[from] InstanceError),
}

/// The edits that record the request's absences and closed rooms (an
/// earlier absence or closing is kept), or the problems of the request.
fn day_edits(plan: &Plan, req: &Request) -> Result<Vec<Edit>, Vec<Problem>> {
    let positions = slot_positions(plan);
    let missing = |record: &str, field: &str, collection: &'static str, id: &str| Problem {
        record: record.into(),
        field: field.into(),
        kind: ProblemKind::MissingReference { collection, id: id.into() },
    };
    let Some(&from) = positions.get(&req.from) else {
        return Err(vec![missing("replan", "from", "slots", req.from.as_str())]);
    };
    let earlier = |slot: Option<&SlotId>| slot.and_then(|s| positions.get(s)).is_some_and(|&t| t <= from);
    let mut problems = Vec::new();
    let mut edits = Vec::new();
    for d in &req.absent {
        if plan.delegate(d).is_none() {
            problems.push(missing("replan", "absent", "delegates", d.as_str()));
            continue;
        }
        let mut presence: Presence = plan.day.presence.get(d).cloned().unwrap_or_default();
        if !earlier(presence.absent_from.as_ref()) {
            presence.absent_from = Some(req.from.clone());
        }
        edits.push(Edit::SetPresence(d.clone(), presence));
    }
    for r in &req.rooms_closed {
        if !plan.event.rooms.iter().any(|x| &x.id == r) {
            problems.push(missing("replan", "room_closed", "rooms", r.as_str()));
        } else if !earlier(plan.day.closed_rooms.get(r)) {
            edits.push(Edit::CloseRoom(r.clone(), Some(req.from.clone())));
        }
    }
    if problems.is_empty() {
        Ok(edits)
    } else {
        Err(problems)
    }
}

/// The ids of the `sessions` in a slot before `from`.
fn earlier_sessions(plan: &Plan, sessions: &[Session], from: &SlotId) -> HashSet<SessionId> {
    let positions = slot_positions(plan);
    let from = positions.get(from).copied().unwrap_or(0);
    sessions.iter().filter(|s| positions.get(&s.slot).is_some_and(|&t| t < from)).map(|s| s.id.clone()).collect()
}

/// The plan for the solver: the request recorded, every session before the
/// slot locked, nobody free for a new session before it (the past is
/// done), and the later locks that now break a rule released.
pub fn prepare(plan: &Plan, req: &Request) -> Result<Plan, Vec<Problem>> {
    let mut next = apply_all(plan, day_edits(plan, req)?)?;
    let sessions = next.schedule.as_ref().map_or(&[][..], |s| &s.sessions[..]);
    let earlier = earlier_sessions(&next, sessions, &req.from);
    let broken: HashSet<SessionId> = check(&next, sessions).iter().flat_map(|v| v.sessions()).cloned().collect();
    if let Some(schedule) = &mut next.schedule {
        for s in &mut schedule.sessions {
            s.locked = earlier.contains(&s.id) || (s.locked && !broken.contains(&s.id));
        }
    }
    let from = next.event.slots.iter().position(|s| s.id == req.from).unwrap_or(0);
    let past: Vec<SlotId> = next.event.slots[..from].iter().map(|s| s.id.clone()).collect();
    for country in &mut next.countries {
        country.availability.extend(past.iter().map(|slot| (slot.clone(), 0)));
    }
    Ok(next)
}

/// Lands the solver's `schedule` (made on [`prepare`]'s plan) on `plan`: the
/// request recorded, the sessions before the slot restored as they were,
/// absent delegates' choices dropped, and what changed remembered.
pub fn adopt(
    plan: &Plan,
    req: &Request,
    mut schedule: Schedule,
    computed_at: Option<Timestamp>,
) -> super::Outcome<Replan> {
    let edits = day_edits(plan, req)?;
    let before = plan.schedule.as_ref().map_or(&[][..], |s| &s.sessions[..]);
    let earlier = earlier_sessions(plan, before, &req.from);
    let kept: HashMap<&SessionId, &Session> =
        before.iter().filter(|s| earlier.contains(&s.id)).map(|s| (&s.id, s)).collect();
    for s in &mut schedule.sessions {
        if let Some(&original) = kept.get(&s.id) {
            *s = original.clone();
        }
    }
    schedule.inputs = inputs_fingerprint(&apply_all(plan, edits.clone())?);
    let released = before
        .iter()
        .filter(|s| s.locked && !kept.contains_key(&s.id))
        .filter(|s| schedule.sessions.iter().any(|n| n.id == s.id && !n.locked))
        .map(|s| s.id.clone())
        .collect();
    let done = adopt_with(plan, edits, schedule, computed_at)?;
    let (delegations, rooms) = changes(plan, &done.plan);
    let replanned = Replanned {
        from: req.from.clone(),
        at: computed_at,
        countries: delegations.iter().map(|d| d.country.clone()).collect(),
        rooms: rooms.clone(),
    };
    let plan = apply(&done.plan, Edit::SetReplanned(Some(replanned)))?;
    let summary = Replan { from: req.from.clone(), delegations, rooms, released, violations: done.summary.violations };
    Ok(Done { plan, summary })
}

/// Prepares, runs the solver (from the current schedule, `options` as
/// given, `lock_existing` ignored) and adopts: the whole re-plan in one call.
pub fn replan(
    plan: &Plan,
    req: &Request,
    options: Options,
    clock: &dyn Clock,
    computed_at: Option<Timestamp>,
) -> Result<Done<Replan>, ReplanError> {
    let prepared = prepare(plan, req).map_err(ReplanError::Problems)?;
    let options = Options { lock_existing: false, ..options };
    let outcome = schedule_plan(&prepared, options, clock, &mut |_| true)?;
    adopt(plan, req, outcome.schedule, computed_at).map_err(ReplanError::Problems)
}

/// One delegation's session of an offer: where, and who goes.
struct Seat {
    place: Place,
    position: usize,
    delegate: Option<DelegateId>,
}

/// The changes of every delegation's agenda from `before` to `after`, and
/// the rooms whose door sheet changed.
pub fn changes(before: &Plan, after: &Plan) -> (Vec<DelegationChanges>, Vec<RoomId>) {
    let sessions = |p: &Plan| p.schedule.as_ref().map_or_else(Vec::new, |s| s.sessions.clone());
    let (old, new) = (sessions(before), sessions(after));
    let (old_picks, new_picks) = (assign(before, &old), assign(after, &new));
    let positions = slot_positions(after);
    let seats = |plan: &Plan, list: &[Session], picks: &crate::domain::assign::Assignment, c: &CountryId| {
        let mut map: BTreeMap<(OfferId, Role), Seat> = BTreeMap::new();
        for slot in country_agenda(plan, list, c).slots {
            for item in slot.items {
                let seat = Seat {
                    place: Place { slot: slot.slot.clone(), room: item.room.clone() },
                    position: positions.get(&slot.slot).copied().unwrap_or(usize::MAX),
                    delegate: picks.delegate(&item.session, c).cloned(),
                };
                map.entry((item.offer, item.role)).or_insert(seat);
            }
        }
        map
    };
    let mut delegations = Vec::new();
    for country in &after.countries {
        let was = seats(before, &old, &old_picks, &country.id);
        let is = seats(after, &new, &new_picks, &country.id);
        let mut list: Vec<(usize, Change)> = Vec::new();
        for ((offer, role), seat) in &is {
            let (offer, role) = (offer.clone(), *role);
            match was.get(&(offer.clone(), role)) {
                None => list.push((seat.position, Change::Added { offer, role, at: seat.place.clone() })),
                Some(old) if old.place != seat.place => list.push((
                    seat.position,
                    Change::Moved { offer, role, from: old.place.clone(), to: seat.place.clone() },
                )),
                Some(old) if old.delegate != seat.delegate => list.push((
                    seat.position,
                    Change::Delegate {
                        offer,
                        at: seat.place.clone(),
                        before: old.delegate.clone(),
                        after: seat.delegate.clone(),
                    },
                )),
                Some(_) => {}
            }
        }
        for ((offer, role), seat) in &was {
            if !is.contains_key(&(offer.clone(), *role)) {
                list.push((
                    seat.position,
                    Change::Dropped { offer: offer.clone(), role: *role, at: seat.place.clone() },
                ));
            }
        }
        list.sort_by_key(|(t, _)| *t);
        if !list.is_empty() {
            delegations.push(DelegationChanges {
                country: country.id.clone(),
                changes: list.into_iter().map(|(_, c)| c).collect(),
            });
        }
    }
    let door = |plan: &Plan, list: &[Session], room: &RoomId| -> Vec<Option<(OfferId, Vec<CountryId>)>> {
        let by_id: HashMap<&SessionId, &Session> = list.iter().map(|s| (&s.id, s)).collect();
        room_agenda(plan, list, room)
            .slots
            .into_iter()
            .map(|(_, id)| {
                let s = by_id.get(&id?)?;
                let mut attendees = s.attendees.clone();
                attendees.sort();
                Some((s.offer.clone(), attendees))
            })
            .collect()
    };
    let rooms = after
        .event
        .rooms
        .iter()
        .filter(|r| door(before, &old, &r.id) != door(after, &new, &r.id))
        .map(|r| r.id.clone())
        .collect();
    (delegations, rooms)
}
