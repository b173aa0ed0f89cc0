//! Every change a user can make to a plan, applied in one place.
//!
//! An [`Edit`] is applied to a copy of the plan and the copy is validated:
//! either the whole edit lands on a consistent plan, or nothing changes.

use super::ids::*;
use super::merge::Change;
use super::model::*;
use super::validate::{validate, Problem};

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
            if let Some(s) = next.schedule.iter_mut().flat_map(|s| &mut s.sessions).find(|s| s.id == id) {
                s.locked = locked;
            }
        }
        Edit::Delete(target) => delete(&mut next, &target),
        Edit::Merge(changes) => changes.into_iter().for_each(|c| merge(&mut next, c)),
        other => after_rounds::apply(&mut next, other),
    }
    after_rounds::tidy(plan, &mut next);
    let problems = validate(&next);
    if problems.is_empty() {
        Ok(next)
    } else {
        Err(problems)
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
    agencies
        .map(|a| RecordRef::Agency(a.id.clone()))
        .chain(delegates.map(|d| RecordRef::Delegate(d.id.clone())))
        .chain(offers.map(|o| RecordRef::Offer(o.id.clone())))
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
        Change::AddInterest(i) | Change::ChangeInterest { after: i, .. } => {
            put(&mut plan.interests, i, same_interest)
        }
        Change::RemoveInterest(r) => plan.interests.retain(|i| !same_interest(i, &r)),
        Change::AddThemeInterest(i) | Change::ChangeThemeInterest { after: i, .. } => {
            put(&mut plan.theme_interests, i, same_theme_interest)
        }
        Change::RemoveThemeInterest(r) => plan.theme_interests.retain(|i| !same_theme_interest(i, &r)),
        Change::AddAction(a) | Change::ChangeAction { after: a, .. } => put(&mut plan.actions, *a, |x, y| x.id == y.id),
        Change::RemoveAction(a) => plan.actions.retain(|x| x.id != a.id),
        Change::AddScore(s) | Change::ChangeScore { after: s, .. } => put(&mut plan.scores, s, after_rounds::same_score),
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
        schedule
            .sessions
            .retain(|s| slots.contains(&s.slot) && rooms.contains(&s.room) && offers.contains(&s.offer));
    }
}
