//! Deleting a record with what depends on it, and dropping the sessions left
//! without their offer, slot or room.

use super::RecordRef;
use crate::domain::ids::{OfferId, RoomId, SlotId};
use crate::domain::model::Plan;

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

pub(super) fn delete(plan: &mut Plan, target: &RecordRef) {
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
pub(super) fn drop_orphan_sessions(plan: &mut Plan) {
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
