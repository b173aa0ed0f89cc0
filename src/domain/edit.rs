//! Every change a user can make to a plan, applied in one place.
//!
//! An [`Edit`] is applied to a copy of the plan and the copy is validated:
//! either the whole edit lands on a consistent plan, or nothing changes.
//! Edits are the plan's primitive changes; what a user does that takes
//! several of them (adopting a schedule, accepting response files…) is a
//! command of [`crate::domain::command`], which lands its edits together
//! with [`apply_all`].

use super::ids::*;
use super::model::*;
use super::schedule::{inputs_fingerprint, summarize};
use super::validate::{validate, Problem};
use std::collections::HashMap;

mod after_rounds;
mod delete;

pub(crate) use after_rounds::same_score;
pub use delete::deletion_impact;

/// A change to a plan. `Put…` adds the record, or replaces the one with its id.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    SetEvent(Event),
    PutTheme(Theme),
    PutCountry(Country),
    PutMechanism(Mechanism),
    PutAgency(Agency),
    PutDelegate(Delegate),
    PutOffer(Offer),
    /// Sets a country's interest in an offer (replacing the one it had).
    PutInterest(Interest),
    /// Withdraws a country's interest in an offer.
    RemoveInterest(CountryId, OfferId),
    /// Sets a country's interest in a theme.
    PutThemeInterest(ThemeInterest),
    /// Withdraws a country's interest in a theme.
    RemoveThemeInterest(CountryId, ThemeId),
    /// Replaces the schedule (`None` clears it).
    SetSchedule(Option<Schedule>),
    /// Sets the plan up for bilateral meetings (see [`crate::domain::schedule::bilateral`]).
    BilateralPreset,
    /// Pins a session where it is, or releases it.
    LockSession(SessionId, bool),
    /// Moves a session to another slot and room (an organizer's hand edit:
    /// the rounds' rules are the checker's concern, not the edit's).
    MoveSession {
        session: SessionId,
        slot: SlotId,
        room: RoomId,
    },
    /// Sets the countries attending a session.
    SetAttendees(SessionId, Vec<CountryId>),
    /// Chooses the delegate of a country for a session (`None`: leave it to
    /// the automatic assignment).
    ChooseDelegate {
        session: SessionId,
        country: CountryId,
        delegate: Option<DelegateId>,
    },
    /// Adds a session, or replaces the one with its id (a plan without a
    /// schedule gets one, computed from its current inputs).
    PutSession(Session),
    /// Deletes a session.
    RemoveSession(SessionId),
    /// Deletes the record and what depends on it (see [`deletion_impact`]).
    Delete(RecordRef),
    /// Replaces the list of action types (empty: the defaults).
    SetActionTypes(Vec<ActionType>),
    /// Replaces the list of criteria (empty: the defaults).
    SetCriteria(Vec<Criterion>),
    PutAction(Action),
    /// Deletes a form, with its scores, follow-up, place in the selection
    /// and the links to it.
    RemoveAction(ActionId),
    PutEvaluator(Evaluator),
    /// Deletes an evaluator and their scores.
    RemoveEvaluator(EvaluatorId),
    /// Sets an evaluator's score of an action (replacing the one they gave).
    PutScore(Score),
    RemoveScore(EvaluatorId, ActionId),
    /// Replaces the selection (`None` clears it).
    SetSelection(Option<Selection>),
    /// Sets an action's follow-up (replacing the one it had).
    PutFollowUp(FollowUp),
    RemoveFollowUp(ActionId),
    /// Sets a session's outcome by the organizer or a delegation
    /// (replacing the one it had; a blank outcome removes it).
    PutOutcome(SessionOutcome),
    /// Checks a delegate in at the door, at the time given (`None`: undoes the check-in).
    CheckIn(DelegateId, Option<crate::domain::date::Timestamp>),
    /// Sets when a delegate is there on the day (all day: forgets it).
    SetPresence(DelegateId, Presence),
    /// Closes a room from a slot on (`None`: opens it again).
    CloseRoom(RoomId, Option<SlotId>),
    /// Records what the last re-plan changed (`None`: forgets it).
    SetReplanned(Option<Replanned>),
}

/// A reference to one record of a plan.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RecordRef {
    Theme(ThemeId),
    Country(CountryId),
    Mechanism(MechanismId),
    Agency(AgencyId),
    Delegate(DelegateId),
    Offer(OfferId),
    /// A cooperation action's form.
    Action(ActionId),
}

/// Replaces the record that is the `same` as `record`, or appends it.
pub(crate) fn put<T>(records: &mut Vec<T>, record: T, same: impl Fn(&T, &T) -> bool) {
    match records.iter().position(|r| same(r, &record)) {
        Some(i) => records[i] = record,
        None => records.push(record),
    }
}

/// The plan after `edit`, or the problems that keep it from landing.
pub fn apply(plan: &Plan, edit: Edit) -> Result<Plan, Vec<Problem>> {
    apply_all(plan, vec![edit])
}

/// The plan after `edits`, in order, or the problems that keep them from
/// landing: the result is tidied and validated once, so the edits land
/// together or not at all.
pub fn apply_all(plan: &Plan, edits: Vec<Edit>) -> Result<Plan, Vec<Problem>> {
    let mut next = plan.clone();
    // The satisfied weight is recomputed after a change to the sessions.
    let mut hand_edit = false;
    for edit in edits {
        hand_edit |= matches!(
            edit,
            Edit::MoveSession { .. } | Edit::SetAttendees(..) | Edit::PutSession(_) | Edit::RemoveSession(_)
        );
        change(plan, &mut next, edit);
    }
    super::attendance::tidy(&mut next);
    drop_stale_choices(&mut next);
    if hand_edit {
        let objective = next.schedule.as_ref().map(|s| summarize(&next, &s.sessions, 0).objective);
        if let (Some(schedule), Some(objective)) = (&mut next.schedule, objective) {
            schedule.objective = objective;
        }
    }
    after_rounds::tidy(plan, &mut next);
    let problems = validate(&next);
    if problems.is_empty() {
        Ok(next)
    } else {
        Err(problems)
    }
}

/// Makes one edit in `next` (`plan` is the plan before the edits). Every
/// edit is named here: a new one does not compile until it is handled.
fn change(plan: &Plan, next: &mut Plan, edit: Edit) {
    match edit {
        Edit::SetEvent(event) => {
            next.event = event;
            delete::drop_orphan_sessions(next);
        }
        Edit::PutTheme(r) => put(&mut next.themes, r, |a, b| a.id == b.id),
        Edit::PutCountry(r) => put(&mut next.countries, r, |a, b| a.id == b.id),
        Edit::PutMechanism(r) => put(&mut next.mechanisms, r, |a, b| a.id == b.id),
        Edit::PutAgency(r) => put(&mut next.agencies, r, |a, b| a.id == b.id),
        Edit::PutDelegate(r) => put(&mut next.delegates, r, |a, b| a.id == b.id),
        Edit::PutOffer(r) => put(&mut next.offers, r, |a, b| a.id == b.id),
        Edit::PutInterest(i) => put(&mut next.interests, i, same_interest),
        Edit::RemoveInterest(c, o) => next.interests.retain(|i| !(i.country == c && i.offer == o)),
        Edit::PutThemeInterest(i) => put(&mut next.theme_interests, i, same_theme_interest),
        Edit::RemoveThemeInterest(c, t) => next.theme_interests.retain(|i| !(i.country == c && i.theme == t)),
        Edit::SetSchedule(schedule) => next.schedule = schedule,
        Edit::BilateralPreset => super::schedule::bilateral(next),
        Edit::LockSession(id, locked) => {
            if let Some(s) = session_mut(next, &id) {
                s.locked = locked;
            }
        }
        Edit::MoveSession { session, slot, room } => {
            if let Some(s) = session_mut(next, &session) {
                (s.slot, s.room) = (slot, room);
            }
        }
        Edit::SetAttendees(id, attendees) => {
            if let Some(s) = session_mut(next, &id) {
                s.attendees = attendees;
            }
        }
        Edit::ChooseDelegate { session, country, delegate } => {
            let of_country: Vec<DelegateId> =
                plan.delegates.iter().filter(|d| d.country == country).map(|d| d.id.clone()).collect();
            if let Some(s) = session_mut(next, &session) {
                s.delegates.retain(|d| !of_country.contains(d));
                s.delegates.extend(delegate);
            }
        }
        Edit::PutSession(session) => {
            let inputs = inputs_fingerprint(plan);
            let schedule = next.schedule.get_or_insert_with(|| Schedule { inputs, ..Schedule::default() });
            put(&mut schedule.sessions, session, |a, b| a.id == b.id);
        }
        Edit::RemoveSession(id) => {
            if let Some(schedule) = &mut next.schedule {
                schedule.sessions.retain(|s| s.id != id);
            }
        }
        Edit::Delete(target) => delete::delete(next, &target),
        Edit::SetActionTypes(types) => next.action_types = types,
        Edit::SetCriteria(criteria) => next.criteria = criteria,
        Edit::PutAction(a) => put(&mut next.actions, a, |x, y| x.id == y.id),
        Edit::RemoveAction(id) => next.actions.retain(|a| a.id != id),
        Edit::PutEvaluator(e) => put(&mut next.evaluators, e, |x, y| x.id == y.id),
        Edit::RemoveEvaluator(id) => next.evaluators.retain(|e| e.id != id),
        Edit::PutScore(s) => put(&mut next.scores, s, same_score),
        Edit::RemoveScore(e, a) => next.scores.retain(|s| !(s.evaluator == e && s.action == a)),
        Edit::SetSelection(selection) => next.selection = selection,
        Edit::PutFollowUp(f) => put(&mut next.follow_ups, f, |x, y| x.action == y.action),
        Edit::RemoveFollowUp(id) => next.follow_ups.retain(|f| f.action != id),
        Edit::PutOutcome(o) if o.is_blank() => next.outcomes.retain(|x| !x.same_key(&o)),
        Edit::PutOutcome(o) => put(&mut next.outcomes, o, SessionOutcome::same_key),
        Edit::CheckIn(delegate, Some(at)) => _ = next.day.checked_in.insert(delegate, at),
        Edit::CheckIn(delegate, None) => _ = next.day.checked_in.remove(&delegate),
        Edit::SetPresence(delegate, presence) if presence.is_all_day() => _ = next.day.presence.remove(&delegate),
        Edit::SetPresence(delegate, presence) => _ = next.day.presence.insert(delegate, presence),
        Edit::CloseRoom(room, Some(slot)) => _ = next.day.closed_rooms.insert(room, slot),
        Edit::CloseRoom(room, None) => _ = next.day.closed_rooms.remove(&room),
        Edit::SetReplanned(replanned) => next.day.replanned = replanned,
    }
}

/// The session `id` of the plan's schedule, to change in place.
fn session_mut<'p>(plan: &'p mut Plan, id: &SessionId) -> Option<&'p mut Session> {
    plan.schedule.iter_mut().flat_map(|s| &mut s.sessions).find(|s| &s.id == id)
}

/// Drops the chosen delegates that no longer fit their session: gone from
/// the plan, away in its slot, or of a country that no longer takes part in
/// it (the first choice per country stays).
fn drop_stale_choices(plan: &mut Plan) {
    let presences = super::attendance::Presences::new(plan);
    let away: Vec<(SessionId, DelegateId)> = plan
        .schedule
        .iter()
        .flat_map(|s| &s.sessions)
        .flat_map(|s| s.delegates.iter().map(move |d| (s, d)))
        .filter(|(s, d)| !presences.is_present(d, &s.slot))
        .map(|(s, d)| (s.id.clone(), d.clone()))
        .collect();
    let Some(schedule) = &mut plan.schedule else { return };
    let presenters: HashMap<&OfferId, &CountryId> = plan.offers.iter().map(|o| (&o.id, &o.country)).collect();
    let countries: HashMap<&DelegateId, &CountryId> = plan.delegates.iter().map(|d| (&d.id, &d.country)).collect();
    for s in &mut schedule.sessions {
        let presenter = presenters.get(&s.offer).copied();
        let mut seen: Vec<&CountryId> = Vec::new();
        s.delegates.retain(|d| {
            let Some(&c) = countries.get(d) else { return false };
            if away.iter().any(|(session, delegate)| session == &s.id && delegate == d) {
                return false;
            }
            let takes_part = Some(c) == presenter || s.attendees.contains(c);
            let first = !seen.contains(&c);
            seen.push(c);
            takes_part && first
        });
    }
}

fn same_interest(a: &Interest, b: &Interest) -> bool {
    a.country == b.country && a.offer == b.offer
}

fn same_theme_interest(a: &ThemeInterest, b: &ThemeInterest) -> bool {
    a.country == b.country && a.theme == b.theme
}
