//! Languages in the rounds: which attending delegations of a session share
//! no language with its presenter, and so need interpretation.
//!
//! A side of a session speaks the languages of the delegates the organizer
//! chose for it ([`Session::delegates`] of that country); with none chosen,
//! those of its whole delegation (the assignment then prefers a delegate who
//! shares one, [`crate::domain::assign`]). A side whose languages are not
//! known (no delegate lists any) is never said to need interpretation:
//! Rondas cannot tell, so plans without languages schedule as before.
//!
//! A session **needs interpretation** when any attending delegation does.
//! Whether that is a rule or a preference of the scheduler is the event's
//! [`Interpretation`](crate::domain::model::Interpretation).

use crate::domain::ids::{CountryId, DelegateId, OfferId, RoomId, SessionId};
use crate::domain::model::{Plan, Session};
use std::collections::{BTreeSet, HashMap, HashSet};

/// The languages of each delegation and delegate of a plan, indexed to tell
/// which sessions need interpretation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Languages {
    /// Every language of each country's delegates (lower case).
    countries: HashMap<CountryId, BTreeSet<String>>,
    /// Each delegate's country and languages.
    delegates: HashMap<DelegateId, (CountryId, BTreeSet<String>)>,
    /// Each offer's presenting country.
    presenters: HashMap<OfferId, CountryId>,
    /// Rooms with interpretation.
    interpreted: HashSet<RoomId>,
}

/// A session that needs interpretation: the attending delegations sharing no
/// language with the presenter, and whether its room has interpretation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Need {
    pub countries: Vec<CountryId>,
    pub room_has_it: bool,
}

impl Languages {
    /// The index of `plan`.
    pub fn new(plan: &Plan) -> Self {
        let mut countries: HashMap<CountryId, BTreeSet<String>> = HashMap::new();
        let mut delegates = HashMap::new();
        for d in &plan.delegates {
            let spoken: BTreeSet<String> =
                d.languages.iter().map(|l| l.trim().to_lowercase()).filter(|l| !l.is_empty()).collect();
            countries.entry(d.country.clone()).or_default().extend(spoken.iter().cloned());
            delegates.insert(d.id.clone(), (d.country.clone(), spoken));
        }
        Self {
            countries,
            delegates,
            presenters: plan.offers.iter().map(|o| (o.id.clone(), o.country.clone())).collect(),
            interpreted: plan.event.rooms.iter().filter(|r| r.interpretation).map(|r| r.id.clone()).collect(),
        }
    }

    /// Whether the delegations of `a` and `b` share a language (or either's
    /// languages are unknown).
    pub fn countries_share(&self, a: &CountryId, b: &CountryId) -> bool {
        shares(self.countries.get(a), self.countries.get(b))
    }

    /// The languages `country` speaks in a session where `chosen` are the
    /// organizer's chosen delegates (see the module docs).
    pub fn side(&self, country: &CountryId, chosen: &[DelegateId]) -> Option<&BTreeSet<String>> {
        chosen
            .iter()
            .filter_map(|d| self.delegates.get(d))
            .find(|(c, spoken)| c == country && !spoken.is_empty())
            .map(|(_, spoken)| spoken)
            .or_else(|| self.countries.get(country))
    }

    /// The languages of `delegate`, if known.
    pub fn delegate(&self, delegate: &DelegateId) -> Option<&BTreeSet<String>> {
        self.delegates.get(delegate).map(|(_, spoken)| spoken)
    }

    /// Whether `room` has interpretation.
    pub fn room_has_it(&self, room: &RoomId) -> bool {
        self.interpreted.contains(room)
    }

    /// What `session` needs, if any attending delegation shares no language
    /// with its presenter.
    pub fn need(&self, session: &Session) -> Option<Need> {
        let countries: Vec<CountryId> =
            session.attendees.iter().filter(|&a| self.would_need(session, a)).cloned().collect();
        (!countries.is_empty()).then(|| Need { countries, room_has_it: self.room_has_it(&session.room) })
    }

    /// Whether `country`, attending `session`, would share no language with
    /// its presenter.
    pub fn would_need(&self, session: &Session, country: &CountryId) -> bool {
        self.presenters.get(&session.offer).is_some_and(|presenter| {
            presenter != country
                && !shares(self.side(presenter, &session.delegates), self.side(country, &session.delegates))
        })
    }

    /// The sessions of `sessions` that need interpretation, by id.
    pub fn needs(&self, sessions: &[Session]) -> HashMap<SessionId, Need> {
        sessions.iter().filter_map(|s| Some((s.id.clone(), self.need(s)?))).collect()
    }
}

/// How many sessions need interpretation, and how many of those are in a
/// room without it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Count {
    pub sessions: u32,
    pub without: u32,
}

/// The sessions of `plan`'s schedule that need interpretation, counted.
pub fn count(plan: &Plan) -> Count {
    let languages = Languages::new(plan);
    let sessions = plan.schedule.as_ref().map_or(&[][..], |s| &s.sessions);
    languages.needs(sessions).values().fold(Count::default(), |n, need| Count {
        sessions: n.sessions + 1,
        without: n.without + u32::from(!need.room_has_it),
    })
}

/// Whether two sides share a language; an unknown or empty side shares any.
pub fn shares(a: Option<&BTreeSet<String>>, b: Option<&BTreeSet<String>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) if !a.is_empty() && !b.is_empty() => !a.is_disjoint(b),
        _ => true,
    }
}
