//! The scheduling problem of a plan as vectors and `u32` indices: what the
//! solver, the bound and the explanations work on instead of string ids.

use super::check::Violation;
use crate::domain::attendance::{availability, closed_cells};
use crate::domain::ids::{CountryId, OfferId, RoomId, SessionId, SlotId};
use crate::domain::interpretation::Languages;
use crate::domain::model::{Interpretation, Plan};
use std::collections::{BTreeSet, HashMap};

/// No index: an empty cell, an unassigned interest.
pub const NONE: u32 = u32::MAX;

/// The indexed problem. Countries, offers, slots and rooms keep the plan's
/// order; slot `t` and room `r` make cell `t * rooms + r`.
#[derive(Clone, Debug, PartialEq)]
pub struct Instance {
    pub slots: Vec<SlotId>,
    /// The day of each slot, `0` for the earliest date.
    pub slot_day: Vec<u32>,
    /// The slots of each day, in time order.
    pub days: Vec<Vec<u32>>,
    pub rooms: Vec<RoomId>,
    /// Attending delegations each room seats.
    pub capacity: Vec<u32>,
    /// Whether each room has interpretation.
    pub interpreted: Vec<bool>,
    /// Whether a session needing interpretation must be in a room with it
    /// (else it is only avoided: [`crate::domain::model::Interpretation`]).
    pub require_interpretation: bool,
    /// Whether each cell's room is closed on the day (no session may open there).
    closed: Vec<bool>,
    pub countries: Vec<CountryId>,
    /// `n_c`: delegates of each country, at least 1.
    pub delegates: Vec<u32>,
    /// Delegates of country `c` available in slot `t`, at `c * slots + t`.
    available: Vec<u32>,
    pub offers: Vec<OfferData>,
    /// The interests the scheduler can satisfy (known country and offer,
    /// not the offer's own country, first one of a pair).
    pub interests: Vec<InterestData>,
    /// Interests of each offer, heaviest first.
    offer_interests: Vec<Vec<u32>>,
    /// Interests of each country, heaviest first.
    country_interests: Vec<Vec<u32>>,
    by_pair: HashMap<(u32, u32), u32>,
    /// Sessions that must stay exactly as they are.
    pub locked: Vec<FixedSession>,
    /// The other sessions of the plan's schedule: the start of a re-run,
    /// which it changes as little as it can.
    pub previous: Vec<FixedSession>,
}

/// An offer, indexed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfferData {
    pub id: OfferId,
    /// The presenting country ([`NONE`] if the plan lacks it).
    pub country: u32,
    /// 0 when the presenting country is not in the plan.
    pub max_sessions: u32,
    /// At least 1.
    pub min_attendees: u32,
}

/// An interest, indexed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InterestData {
    pub country: u32,
    pub offer: u32,
    /// The priority's weight: 3, 2 or 1.
    pub weight: u32,
    /// Whether the country's delegation shares no language with the
    /// presenting one ([`crate::domain::interpretation`]).
    pub needs_interpretation: bool,
}

/// A session of the plan's schedule, indexed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FixedSession {
    pub id: SessionId,
    pub offer: u32,
    pub slot: u32,
    pub room: u32,
    /// Attending countries as listed (a hand-made session may repeat one or
    /// hold one without interest: the checker says so).
    pub attendees: Vec<u32>,
}

/// Why a plan cannot be scheduled as it stands (said in words by `i18n`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InstanceError {
    /// A locked session names a record the plan does not hold: the
    /// checker's `Unknown…` violation for it.
    UnknownReference(Violation),
}

impl std::error::Error for InstanceError {}

impl Instance {
    /// The problem of `plan`. Its schedule's locked sessions (every session
    /// when `lock_existing`) become locks; the others, the previous schedule.
    /// A previous session naming an unknown record is dropped; a locked one
    /// is an error.
    pub fn new(plan: &Plan, lock_existing: bool) -> Result<Self, InstanceError> {
        let slot_ix = index(plan.event.slots.iter().map(|s| &s.id));
        let room_ix = index(plan.event.rooms.iter().map(|r| &r.id));
        let country_ix = index(plan.countries.iter().map(|c| &c.id));
        let offer_ix = index(plan.offers.iter().map(|o| &o.id));

        let dates: BTreeSet<_> = plan.event.slots.iter().map(|s| s.date).collect();
        let dates: Vec<_> = dates.into_iter().collect();
        let slot_day: Vec<u32> =
            plan.event.slots.iter().map(|s| dates.partition_point(|d| *d < s.date) as u32).collect();
        let mut days: Vec<Vec<u32>> = vec![Vec::new(); dates.len()];
        for (t, &d) in slot_day.iter().enumerate() {
            days[d as usize].push(t as u32);
        }
        for day in &mut days {
            day.sort_by_key(|&t| (plan.event.slots[t as usize].start, t));
        }

        let (delegates, available) = availability(plan);
        let closed = closed_cells(plan);

        let offers: Vec<OfferData> = plan
            .offers
            .iter()
            .map(|o| {
                let country = country_ix.get(&o.country).copied().unwrap_or(NONE);
                OfferData {
                    id: o.id.clone(),
                    country,
                    max_sessions: if country == NONE { 0 } else { o.max_sessions },
                    min_attendees: o.min_attendees.max(1),
                }
            })
            .collect();

        let languages = Languages::new(plan);
        let mut interests = Vec::new();
        let mut by_pair = HashMap::new();
        for i in &plan.interests {
            let (Some(&c), Some(&o)) = (country_ix.get(&i.country), offer_ix.get(&i.offer)) else { continue };
            if offers[o as usize].country == c || by_pair.contains_key(&(c, o)) {
                continue;
            }
            by_pair.insert((c, o), interests.len() as u32);
            let presenter = &plan.offers[o as usize].country;
            interests.push(InterestData {
                country: c,
                offer: o,
                weight: i.priority.weight(),
                needs_interpretation: !languages.countries_share(&i.country, presenter),
            });
        }
        let mut offer_interests = vec![Vec::new(); offers.len()];
        let mut country_interests = vec![Vec::new(); plan.countries.len()];
        for (ix, i) in interests.iter().enumerate() {
            offer_interests[i.offer as usize].push(ix as u32);
            country_interests[i.country as usize].push(ix as u32);
        }
        for list in offer_interests.iter_mut().chain(country_interests.iter_mut()) {
            list.sort_by_key(|&i| (std::cmp::Reverse(interests[i as usize].weight), i));
        }

        let mut locked = Vec::new();
        let mut previous = Vec::new();
        for s in plan.schedule.iter().flat_map(|s| &s.sessions) {
            let lock = s.locked || lock_existing;
            let unknown = |v: Violation| InstanceError::UnknownReference(v);
            let session = || s.id.clone();
            let fixed = (|| {
                let offer = *offer_ix
                    .get(&s.offer)
                    .ok_or_else(|| unknown(Violation::UnknownOffer { session: session(), offer: s.offer.clone() }))?;
                if offers[offer as usize].country == NONE {
                    let country = plan.offers[offer as usize].country.clone();
                    return Err(unknown(Violation::UnknownCountry { session: session(), country }));
                }
                let slot = *slot_ix
                    .get(&s.slot)
                    .ok_or_else(|| unknown(Violation::UnknownSlot { session: session(), slot: s.slot.clone() }))?;
                let room = *room_ix
                    .get(&s.room)
                    .ok_or_else(|| unknown(Violation::UnknownRoom { session: session(), room: s.room.clone() }))?;
                let attendees = s
                    .attendees
                    .iter()
                    .map(|a| {
                        let country = || Violation::UnknownCountry { session: session(), country: a.clone() };
                        country_ix.get(a).copied().ok_or_else(|| unknown(country()))
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(FixedSession { id: s.id.clone(), offer, slot, room, attendees })
            })();
            match (fixed, lock) {
                (Ok(f), true) => locked.push(f),
                (Ok(f), false) => previous.push(f),
                (Err(e), true) => return Err(e),
                (Err(_), false) => {}
            }
        }

        Ok(Self {
            slots: plan.event.slots.iter().map(|s| s.id.clone()).collect(),
            slot_day,
            days,
            rooms: plan.event.rooms.iter().map(|r| r.id.clone()).collect(),
            capacity: plan.event.rooms.iter().map(|r| r.capacity).collect(),
            interpreted: plan.event.rooms.iter().map(|r| r.interpretation).collect(),
            require_interpretation: plan.event.interpretation == Interpretation::Require,
            closed,
            countries: plan.countries.iter().map(|c| c.id.clone()).collect(),
            delegates,
            available,
            offers,
            interests,
            offer_interests,
            country_interests,
            by_pair,
            locked,
            previous,
        })
    }

    /// Number of slots.
    pub fn n_slots(&self) -> usize {
        self.slots.len()
    }

    /// Number of rooms.
    pub fn n_rooms(&self) -> usize {
        self.rooms.len()
    }

    /// Number of (slot, room) cells.
    pub fn n_cells(&self) -> usize {
        self.slots.len() * self.rooms.len()
    }

    /// The cell of slot `t` and room `r`.
    pub fn cell(&self, t: u32, r: u32) -> u32 {
        t * self.rooms.len() as u32 + r
    }

    /// The slot and room of a cell.
    pub fn slot_room(&self, cell: u32) -> (u32, u32) {
        let n = self.rooms.len().max(1) as u32;
        (cell / n, cell % n)
    }

    /// Whether the room of `cell` is closed in its slot.
    pub fn is_closed(&self, cell: u32) -> bool {
        self.closed.get(cell as usize).copied().unwrap_or(false)
    }

    /// Delegates of country `c` available in slot `t`.
    pub fn available(&self, c: u32, t: u32) -> u32 {
        self.available[c as usize * self.slots.len() + t as usize]
    }

    /// Interests in offer `o`, heaviest first.
    pub fn offer_interests(&self, o: u32) -> &[u32] {
        &self.offer_interests[o as usize]
    }

    /// Interests of country `c`, heaviest first.
    pub fn country_interests(&self, c: u32) -> &[u32] {
        &self.country_interests[c as usize]
    }

    /// The interest of country `c` in offer `o`, if any.
    pub fn interest(&self, c: u32, o: u32) -> Option<u32> {
        self.by_pair.get(&(c, o)).copied()
    }

    /// Whether interest `i` may attend a session in room `r`: not when it
    /// needs interpretation, the room has none and the rule requires it.
    pub fn may_sit(&self, i: u32, r: u32) -> bool {
        !(self.require_interpretation
            && self.interests[i as usize].needs_interpretation
            && !self.interpreted[r as usize])
    }

    /// Whether interest `i` can be met in some room (the interpretation
    /// rule may rule out every one).
    pub fn can_be_met(&self, i: u32) -> bool {
        (0..self.rooms.len() as u32).any(|r| self.may_sit(i, r))
    }

    /// The weight of every interest: what satisfying all of them would give.
    pub fn total_weight(&self) -> u64 {
        self.interests.iter().map(|i| u64::from(i.weight)).sum()
    }
}

/// Position of each id in its list (the first, if one repeats).
fn index<'a, K: std::hash::Hash + Eq + Clone + 'a>(ids: impl Iterator<Item = &'a K>) -> HashMap<K, u32> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        map.entry(id.clone()).or_insert(i as u32);
    }
    map
}
