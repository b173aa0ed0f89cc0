//! Every change a user can make to a plan, applied in one place.
//!
//! An [`Edit`] is applied to a copy of the plan and the copy is validated:
//! either the whole edit lands on a consistent plan, or nothing changes.

use super::ids::*;
use super::merge::Change;
use super::model::*;
use super::schedule::{inputs_fingerprint, summarize};
use super::validate::{validate, Problem};
use std::collections::HashMap;

mod after_rounds;

pub use after_rounds::adopt;

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
    /// Applies changes accepted from response files, in order (see
    /// [`crate::domain::merge`]): each sets or withdraws its answer, whatever
    /// the plan held for it.
    Merge(Vec<Change>),
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
    /// Sets the selection and starts the follow-up (status selected) of its
    /// chosen actions that have none (see [`adopt`]).
    AdoptSelection(Selection),
    /// Sets an action's follow-up (replacing the one it had).
    PutFollowUp(FollowUp),
    RemoveFollowUp(ActionId),
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
    let mut next = plan.clone();
    // The satisfied weight is recomputed after a change to the sessions.
    let hand_edit = matches!(
        edit,
        Edit::MoveSession { .. } | Edit::SetAttendees(..) | Edit::PutSession(_) | Edit::RemoveSession(_)
    );
    match edit {
        Edit::SetEvent(event) => {
            next.event = event;
            drop_orphan_sessions(&mut next);
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
        Edit::BilateralPreset => super::schedule::bilateral(&mut next),
        Edit::LockSession(id, locked) => {
            if let Some(s) = session_mut(&mut next, &id) {
                s.locked = locked;
            }
        }
        Edit::MoveSession { session, slot, room } => {
            if let Some(s) = session_mut(&mut next, &session) {
                (s.slot, s.room) = (slot, room);
            }
        }
        Edit::SetAttendees(id, attendees) => {
            if let Some(s) = session_mut(&mut next, &id) {
                s.attendees = attendees;
            }
        }
        Edit::ChooseDelegate { session, country, delegate } => {
            let of_country: Vec<DelegateId> =
                plan.delegates.iter().filter(|d| d.country == country).map(|d| d.id.clone()).collect();
            if let Some(s) = session_mut(&mut next, &session) {
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
        Edit::Delete(target) => delete(&mut next, &target),
        Edit::Merge(changes) => changes.into_iter().for_each(|c| merge(&mut next, c)),
        other => after_rounds::apply(&mut next, other),
    }
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

/// The session `id` of the plan's schedule, to change in place.
fn session_mut<'p>(plan: &'p mut Plan, id: &SessionId) -> Option<&'p mut Session> {
    plan.schedule.iter_mut().flat_map(|s| &mut s.sessions).find(|s| &s.id == id)
}

/// Drops the chosen delegates that no longer fit their session: gone from
/// the plan, or of a country that no longer takes part in it (the first
/// choice per country stays).
fn drop_stale_choices(plan: &mut Plan) {
    let Some(schedule) = &mut plan.schedule else { return };
    let presenters: HashMap<&OfferId, &CountryId> = plan.offers.iter().map(|o| (&o.id, &o.country)).collect();
    let countries: HashMap<&DelegateId, &CountryId> = plan.delegates.iter().map(|d| (&d.id, &d.country)).collect();
    for s in &mut schedule.sessions {
        let presenter = presenters.get(&s.offer).copied();
        let mut seen: Vec<&CountryId> = Vec::new();
        s.delegates.retain(|d| {
            let Some(&c) = countries.get(d) else { return false };
            let takes_part = Some(c) == presenter || s.attendees.contains(c);
            let first = !seen.contains(&c);
            seen.push(c);
            takes_part && first
        });
    }
}

/// The other records a deletion of `target` removes with it: a country takes
/// its agencies, delegates and offers. (References to a deleted agency or
/// theme are cleared, not deleted.)
pub fn deletion_impact(plan: &Plan, target: &RecordRef) -> Vec<RecordRef> {
    let RecordRef::Country(country) = target else { return Vec::new() };
    let agencies = plan.agencies.iter().filter(|a| &a.country == country);
    let delegates = plan.delegates.iter().filter(|d| &d.country == country);
    let offers = plan.offers.iter().filter(|o| &o.country == country);
    let actions = plan.actions.iter().filter(|a| &a.offering == country || &a.receiving == country);
    agencies
        .map(|a| RecordRef::Agency(a.id.clone()))
        .chain(delegates.map(|d| RecordRef::Delegate(d.id.clone())))
        .chain(offers.map(|o| RecordRef::Offer(o.id.clone())))
        .chain(actions.map(|a| RecordRef::Action(a.id.clone())))
        .collect()
}

fn same_interest(a: &Interest, b: &Interest) -> bool {
    a.country == b.country && a.offer == b.offer
}

fn same_theme_interest(a: &ThemeInterest, b: &ThemeInterest) -> bool {
    a.country == b.country && a.theme == b.theme
}

fn merge(plan: &mut Plan, change: Change) {
    match change {
        Change::AddInterest(i) | Change::ChangeInterest { after: i, .. } => put(&mut plan.interests, i, same_interest),
        Change::RemoveInterest(r) => plan.interests.retain(|i| !same_interest(i, &r)),
        Change::AddThemeInterest(i) | Change::ChangeThemeInterest { after: i, .. } => {
            put(&mut plan.theme_interests, i, same_theme_interest)
        }
        Change::RemoveThemeInterest(r) => plan.theme_interests.retain(|i| !same_theme_interest(i, &r)),
        Change::AddAction(a) | Change::ChangeAction { after: a, .. } => put(&mut plan.actions, *a, |x, y| x.id == y.id),
        Change::RemoveAction(a) => plan.actions.retain(|x| x.id != a.id),
        Change::AddScore(s) | Change::ChangeScore { after: s, .. } => {
            put(&mut plan.scores, s, after_rounds::same_score)
        }
        Change::RemoveScore(s) => plan.scores.retain(|x| !after_rounds::same_score(x, &s)),
    }
}

fn delete(plan: &mut Plan, target: &RecordRef) {
    match target {
        RecordRef::Theme(id) => {
            plan.themes.retain(|t| &t.id != id);
            plan.offers.iter_mut().for_each(|o| o.themes.retain(|t| t != id));
            plan.theme_interests.retain(|i| &i.theme != id);
        }
        RecordRef::Country(id) => {
            plan.countries.retain(|c| &c.id != id);
            plan.agencies.retain(|a| &a.country != id);
            plan.delegates.retain(|d| &d.country != id);
            let offers: Vec<OfferId> = plan.offers.iter().filter(|o| &o.country == id).map(|o| o.id.clone()).collect();
            plan.offers.retain(|o| &o.country != id);
            plan.interests.retain(|i| &i.country != id && !offers.contains(&i.offer));
            plan.theme_interests.retain(|i| &i.country != id);
            plan.mechanisms.iter_mut().for_each(|m| m.members.retain(|c| c != id));
        }
        RecordRef::Mechanism(id) => plan.mechanisms.retain(|m| &m.id != id),
        RecordRef::Action(id) => plan.actions.retain(|a| &a.id != id),
        RecordRef::Agency(id) => {
            plan.agencies.retain(|a| &a.id != id);
            let gone = Some(id.clone());
            plan.delegates.iter_mut().filter(|d| d.agency == gone).for_each(|d| d.agency = None);
            plan.offers.iter_mut().filter(|o| o.agency == gone).for_each(|o| o.agency = None);
            plan.interests.iter_mut().filter(|i| i.agency == gone).for_each(|i| i.agency = None);
        }
        RecordRef::Delegate(id) => {
            plan.delegates.retain(|d| &d.id != id);
            let gone = Some(id.clone());
            plan.interests.iter_mut().filter(|i| i.delegate == gone).for_each(|i| i.delegate = None);
        }
        RecordRef::Offer(id) => {
            plan.offers.retain(|o| &o.id != id);
            plan.interests.retain(|i| &i.offer != id);
        }
    }
    if let RecordRef::Country(id) = target {
        if let Some(schedule) = &mut plan.schedule {
            schedule.sessions.iter_mut().for_each(|s| s.attendees.retain(|a| a != id));
        }
    }
    drop_orphan_sessions(plan);
}

/// Drops the sessions whose offer, slot or room no longer exists, and the
/// availability of slots that no longer exist.
fn drop_orphan_sessions(plan: &mut Plan) {
    let slots: Vec<SlotId> = plan.event.slots.iter().map(|s| s.id.clone()).collect();
    let rooms: Vec<RoomId> = plan.event.rooms.iter().map(|r| r.id.clone()).collect();
    let offers: Vec<OfferId> = plan.offers.iter().map(|o| o.id.clone()).collect();
    for country in &mut plan.countries {
        country.availability.retain(|slot, _| slots.contains(slot));
    }
    if let Some(schedule) = &mut plan.schedule {
        schedule.sessions.retain(|s| slots.contains(&s.slot) && rooms.contains(&s.room) && offers.contains(&s.offer));
    }
}
