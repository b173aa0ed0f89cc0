//! The rounds' messages in words: the checker's broken rules, why a plan
//! cannot be scheduled and why an interest is left out of a schedule. The
//! app, its worker, `rondas-cli` and the report all say them through here.

use super::{fill, Key, Lang};
use crate::domain::ids::{CountryId, OfferId, RoomId, SessionId, SlotId};
use crate::domain::interpretation::Count;
use crate::domain::model::Plan;
use crate::domain::schedule::explain::{Block, Reason};
use crate::domain::schedule::{Explanation, InstanceError, Violation};
use std::fmt;

impl Lang {
    /// A broken rule of the rounds, naming countries, offers and rooms by
    /// their names and slots by their number.
    pub fn violation(self, plan: &Plan, v: &Violation) -> String {
        let country = |c: &CountryId| plan.country_name(c);
        let offer = |o: &OfferId| plan.offer_title(o, self.code()).map_or_else(|| o.to_string(), |t| t.text.to_owned());
        let room =
            |r: &RoomId| plan.event.rooms.iter().find(|x| &x.id == r).map_or_else(|| r.to_string(), |x| x.name.clone());
        let slot = |t: &SlotId| {
            plan.event.slots.iter().position(|x| &x.id == t).map_or_else(|| t.to_string(), |n| (n + 1).to_string())
        };
        let list = |ids: &[SessionId]| ids.iter().map(SessionId::as_str).collect::<Vec<_>>().join(", ");
        let n = |n: &u32| n.to_string();
        match v {
            Violation::DuplicateId { session } => self.fill(fill::ViolationDuplicateId { session: session.as_str() }),
            Violation::UnknownOffer { session, offer } => {
                self.fill(fill::ViolationUnknownOffer { session: session.as_str(), offer: offer.as_str() })
            }
            Violation::UnknownSlot { session, slot } => {
                self.fill(fill::ViolationUnknownSlot { session: session.as_str(), slot: slot.as_str() })
            }
            Violation::UnknownRoom { session, room } => {
                self.fill(fill::ViolationUnknownRoom { session: session.as_str(), room: room.as_str() })
            }
            Violation::UnknownCountry { session, country } => {
                self.fill(fill::ViolationUnknownCountry { session: session.as_str(), country: country.as_str() })
            }
            Violation::TwoSessionsInRoom { slot: t, room: r, first, second } => self.fill(fill::ViolationTwoInRoom {
                first: first.as_str(),
                second: second.as_str(),
                room: &room(r),
                slot: &slot(t),
            }),
            Violation::RoomOverfull { session, room: r, capacity, attendees, .. } => {
                self.fill(fill::ViolationRoomOverfull {
                    session: session.as_str(),
                    room: &room(r),
                    capacity: &n(capacity),
                    attendees: &n(attendees),
                })
            }
            Violation::RoomClosed { session, slot: t, room: r } => {
                self.fill(fill::ViolationRoomClosed { session: session.as_str(), room: &room(r), slot: &slot(t) })
            }
            Violation::TooFew { session, offer: o, min_attendees, attendees } => self.fill(fill::ViolationTooFew {
                session: session.as_str(),
                offer: &offer(o),
                min: &n(min_attendees),
                attendees: &n(attendees),
            }),
            Violation::NoInterest { session, offer: o, country: c } => self.fill(fill::ViolationNoInterest {
                session: session.as_str(),
                offer: &offer(o),
                country: &country(c),
            }),
            Violation::AttendsTwice { country: c, offer: o, sessions } => self.fill(fill::ViolationAttendsTwice {
                country: &country(c),
                offer: &offer(o),
                sessions: &list(sessions),
            }),
            Violation::TooManySessions { offer: o, max_sessions, sessions } => {
                self.fill(fill::ViolationTooManySessions {
                    offer: &offer(o),
                    max: &n(max_sessions),
                    sessions: &n(sessions),
                })
            }
            Violation::CountryOverbooked { country: c, slot: t, delegates, sessions, involved } => {
                self.fill(fill::ViolationOverbooked {
                    n: *delegates as usize,
                    country: &country(c),
                    sessions: &n(sessions),
                    slot: &slot(t),
                    list: &list(involved),
                })
            }
            Violation::NoInterpretation { session, room: r, countries } => {
                let names: Vec<String> = countries.iter().map(country).collect();
                self.fill(fill::ViolationNoInterpretation {
                    session: session.as_str(),
                    countries: &names.join(", "),
                    room: &room(r),
                })
            }
        }
    }

    /// One block (a session the country could not join) in words.
    fn block(self, plan: &Plan, b: &Block) -> String {
        let slot = b.slot_number.to_string();
        match (&b.busy, b.full) {
            (Some(busy), _) => {
                let doing: Vec<String> = busy
                    .presents
                    .iter()
                    .chain(&busy.attends)
                    .filter_map(|o| plan.offer_title(o, self.code()).map(|t| t.text.to_owned()))
                    .collect();
                self.fill(fill::ExplainBusy { slot: &slot, n: busy.delegates as usize, doing: &doing.join(", ") })
            }
            (None, Some(capacity)) => self.fill(fill::ExplainFull { slot: &slot, n: &capacity.to_string() }),
            (None, None) if b.no_interpretation => self.fill(fill::ExplainNoInterpretation { slot: &slot }),
            (None, None) => self.fill(fill::ExplainSlot { slot: &slot }),
        }
    }

    /// Why an interest is left out ([`Explanation::reason`]), in words.
    pub fn left_out(self, plan: &Plan, r: &Reason) -> String {
        match r {
            Reason::CannotRun { max_sessions: 0, .. } => self.t(Key::ExplainNoSessions).to_owned(),
            Reason::CannotRun { interested, min_attendees, .. } => {
                self.fill(fill::ExplainTooFew { interested: &interested.to_string(), min: &min_attendees.to_string() })
            }
            Reason::NotScheduled { free_cells: 0 } => self.t(Key::ExplainNoRoom).to_owned(),
            Reason::NotScheduled { .. } => self.t(Key::ExplainNotTogether).to_owned(),
            Reason::Blocked(blocks) => {
                let parts: Vec<String> = blocks.iter().map(|b| self.block(plan, b)).collect();
                parts.join("; ")
            }
        }
    }

    /// How many sessions need interpretation, and how many of them lack it.
    pub fn interpretation_count(self, count: Count) -> String {
        self.fill(fill::RoundsInterpretationCount {
            n: count.sessions as usize,
            without: &self.integer(i64::from(count.without)),
        })
    }

    /// Why `plan` cannot be scheduled as it stands.
    pub fn instance_error(self, plan: &Plan, e: &InstanceError) -> String {
        match e {
            InstanceError::UnknownReference(v) => self.violation(plan, v),
        }
    }

    /// An interest left out, and why: "Peru — Pensión 65: …".
    pub fn explanation(self, plan: &Plan, e: &Explanation) -> String {
        format!("{} — {}: {}", e.country_name, e.offer_title, self.left_out(plan, &e.reason))
    }
}

/// The same words in English, for `?` and logs (an unknown record is named by its id).
impl fmt::Display for InstanceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Lang::default().instance_error(&Plan::default(), self))
    }
}
