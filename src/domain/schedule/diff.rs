//! What changed between two schedules (a re-run's, or a hand edit's):
//! sessions are matched by id, as the solver keeps the id of a session it
//! continues.

use crate::domain::ids::{CountryId, RoomId, SessionId, SlotId};
use crate::domain::model::Session;
use std::collections::{HashMap, HashSet};

/// The changes from one schedule to the next.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScheduleDiff {
    /// Sessions only in the next schedule (or whose offer changed).
    pub added: Vec<SessionId>,
    /// Sessions only in the previous schedule (or whose offer changed).
    pub removed: Vec<SessionId>,
    /// Sessions of the same offer now in another slot or room.
    pub moved: Vec<Moved>,
    /// Countries that now attend a kept session, and those that no longer do.
    pub attendees_added: Vec<(SessionId, CountryId)>,
    pub attendees_removed: Vec<(SessionId, CountryId)>,
}

/// A session that changed slot or room.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    pub session: SessionId,
    pub from: (SlotId, RoomId),
    pub to: (SlotId, RoomId),
}

impl ScheduleDiff {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.moved.is_empty()
            && self.attendees_added.is_empty()
            && self.attendees_removed.is_empty()
    }
}

/// The changes from `previous` to `next`, in the order of the sessions.
pub fn diff(previous: &[Session], next: &[Session]) -> ScheduleDiff {
    let before: HashMap<&SessionId, &Session> = previous.iter().map(|s| (&s.id, s)).collect();
    let after: HashMap<&SessionId, &Session> = next.iter().map(|s| (&s.id, s)).collect();
    let mut d = ScheduleDiff::default();
    for s in next {
        match before.get(&s.id) {
            Some(p) if p.offer == s.offer => {
                if (&p.slot, &p.room) != (&s.slot, &s.room) {
                    d.moved.push(Moved {
                        session: s.id.clone(),
                        from: (p.slot.clone(), p.room.clone()),
                        to: (s.slot.clone(), s.room.clone()),
                    });
                }
                let was: HashSet<&CountryId> = p.attendees.iter().collect();
                let is: HashSet<&CountryId> = s.attendees.iter().collect();
                d.attendees_added
                    .extend(s.attendees.iter().filter(|c| !was.contains(c)).map(|c| (s.id.clone(), c.clone())));
                d.attendees_removed
                    .extend(p.attendees.iter().filter(|c| !is.contains(c)).map(|c| (s.id.clone(), c.clone())));
            }
            _ => d.added.push(s.id.clone()),
        }
    }
    for p in previous {
        if after.get(&p.id).is_none_or(|s| s.offer != p.offer) {
            d.removed.push(p.id.clone());
        }
    }
    d
}
