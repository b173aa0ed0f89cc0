//! Consistency rules of a plan, checked on every file read and every edit.

use super::ids::*;
use super::model::{Agency, Delegate, Interest, Offer, Plan, Response, ThemeInterest, LANGUAGES};
use std::collections::{HashMap, HashSet};

mod after_rounds;

pub use after_rounds::{is_other_side, outcome_record, score_record};

/// One broken rule, with the record and field where it is broken; in words
/// (and as `Display`, in English) through [`crate::i18n`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The collection and id of the record, e.g. `offers/off-pe-pension65`.
    pub record: String,
    /// The field, e.g. `agency`.
    pub field: String,
    pub kind: ProblemKind,
}

/// The rule a [`Problem`] breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// Another record of the same collection has this id.
    DuplicateId,
    /// The field refers to a record of `collection` that does not exist.
    MissingReference { collection: &'static str, id: String },
    /// The agency belongs to another country than the record.
    AgencyOfOtherCountry { agency: String },
    /// The field must not be empty.
    Empty,
    /// The ISO code is not two capital letters.
    BadIsoCode,
    /// The end comes before the start.
    EndsBeforeStart,
    /// The slot's date lies outside the event's dates.
    OutsideEvent,
    /// A room must seat at least one delegation.
    ZeroCapacity,
    /// A country cannot ask for its own offer.
    OwnOffer,
    /// The record belongs to another country than the one it is filed under.
    OtherCountry { country: String },
    /// A number that must be at least one is zero.
    Zero,
    /// A session's chosen delegate is of a country that takes no part in it.
    NotInSession { country: String },
    /// A second delegate of the same country is chosen for a session.
    SecondDelegate { country: String },
    /// An action's offering and receiving country are the same.
    SameCountries,
    /// The session presents another offer than the action's.
    OtherOffer { offer: String },
    /// The linked form is not the other side's form about the same action.
    BadLink,
    /// A score lies outside its scale.
    OutOfRange { min: u8, max: u8 },
    /// The currency code is not three capital letters.
    BadCurrency,
    /// The score belongs to another evaluator than the response's.
    OtherEvaluator { evaluator: String },
    /// Not one of the language codes a plan's texts may be in (es, pt, en, fr).
    UnknownLanguage,
    /// The response names no country and no evaluator, or holds what its
    /// respondent does not answer (scores from a country, answers from an evaluator).
    NotForRespondent,
}

/// The plan's records by id (the first of equal ids), so that checking
/// references takes one pass over the plan.
struct Index<'p> {
    themes: HashSet<&'p ThemeId>,
    countries: HashSet<&'p CountryId>,
    agencies: HashMap<&'p AgencyId, &'p Agency>,
    offers: HashMap<&'p OfferId, &'p Offer>,
    delegates: HashMap<&'p DelegateId, &'p Delegate>,
}

/// Records by id, the first of equal ids.
fn by_id<'p, K: Eq + std::hash::Hash, R>(records: &'p [R], id: impl Fn(&'p R) -> &'p K) -> HashMap<&'p K, &'p R> {
    let mut map = HashMap::new();
    for r in records {
        map.entry(id(r)).or_insert(r);
    }
    map
}

impl<'p> Index<'p> {
    fn new(plan: &'p Plan) -> Self {
        Self {
            themes: plan.themes.iter().map(|t| &t.id).collect(),
            countries: plan.countries.iter().map(|c| &c.id).collect(),
            agencies: by_id(&plan.agencies, |a| &a.id),
            offers: by_id(&plan.offers, |o| &o.id),
            delegates: by_id(&plan.delegates, |d| &d.id),
        }
    }
}

/// Collects problems for one record at a time.
struct Checker<'p> {
    plan: &'p Plan,
    index: Index<'p>,
    problems: Vec<Problem>,
    record: String,
}

impl<'p> Checker<'p> {
    fn at(&mut self, collection: &str, id: &str) {
        self.record = format!("{collection}/{id}");
    }

    fn report(&mut self, field: &str, kind: ProblemKind) {
        self.problems.push(Problem { record: self.record.clone(), field: field.into(), kind });
    }

    fn non_empty(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(field, ProblemKind::Empty);
        }
    }

    fn exists(&mut self, field: &str, found: bool, collection: &'static str, id: &str) {
        if !found {
            self.report(field, ProblemKind::MissingReference { collection, id: id.into() });
        }
    }

    fn theme(&mut self, field: &str, id: &ThemeId) {
        self.exists(field, self.index.themes.contains(id), "themes", id.as_str());
    }

    fn country(&mut self, field: &str, id: &CountryId) {
        self.exists(field, self.index.countries.contains(id), "countries", id.as_str());
    }

    /// The agency exists and belongs to `country`.
    fn agency_of(&mut self, field: &str, agency: &Option<AgencyId>, country: &CountryId) {
        let Some(id) = agency else { return };
        match self.index.agencies.get(id) {
            None => self.exists(field, false, "agencies", id.as_str()),
            Some(a) if &a.country != country => {
                self.report(field, ProblemKind::AgencyOfOtherCountry { agency: id.to_string() })
            }
            Some(_) => {}
        }
    }

    fn unique_ids<'a>(&mut self, collection: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                self.at(collection, id);
                self.report("id", ProblemKind::DuplicateId);
            }
            if id.trim().is_empty() {
                self.at(collection, id);
                self.report("id", ProblemKind::Empty);
            }
        }
    }
}

/// Every problem of the plan; empty when the plan is consistent.
pub fn validate(plan: &Plan) -> Vec<Problem> {
    let mut c = Checker { plan, index: Index::new(plan), problems: Vec::new(), record: String::new() };
    check_ids(&mut c);
    check_event(&mut c);
    check_participants(&mut c);
    check_offers(&mut c);
    check_demand(&mut c);
    check_schedule(&mut c);
    check_day(&mut c);
    after_rounds::check(&mut c);
    c.problems
}

/// The record name of an interest: `interests/pe:off-br-paa`.
pub fn interest_record(i: &Interest) -> String {
    format!("interests/{}:{}", i.country, i.offer)
}

/// The record name of a theme interest: `theme_interests/pe:elderly-care`.
pub fn theme_interest_record(i: &ThemeInterest) -> String {
    format!("theme_interests/{}:{}", i.country, i.theme)
}

/// Problems of a response file on its own: every answer is of the
/// responding country (or evaluator), at most one per offer, theme, action
/// form and scored action. (Whether its offers exist is a question for the
/// plan it is merged into.)
pub fn validate_response(response: &Response) -> Vec<Problem> {
    let mut problems = after_rounds::check_response(response);
    let mut report = |record: String, field: &str, kind| problems.push(Problem { record, field: field.into(), kind });
    let mut offers = HashSet::new();
    for i in &response.interests {
        if i.country != response.country {
            report(interest_record(i), "country", ProblemKind::OtherCountry { country: i.country.to_string() });
        }
        if !offers.insert(&i.offer) {
            report(interest_record(i), "offer", ProblemKind::DuplicateId);
        }
    }
    let mut themes = HashSet::new();
    for i in &response.theme_interests {
        if i.country != response.country {
            report(theme_interest_record(i), "country", ProblemKind::OtherCountry { country: i.country.to_string() });
        }
        if !themes.insert(&i.theme) {
            report(theme_interest_record(i), "theme", ProblemKind::DuplicateId);
        }
    }
    problems
}

fn check_ids(c: &mut Checker) {
    let p = c.plan;
    c.unique_ids("slots", p.event.slots.iter().map(|r| r.id.as_str()));
    c.unique_ids("rooms", p.event.rooms.iter().map(|r| r.id.as_str()));
    c.unique_ids("themes", p.themes.iter().map(|r| r.id.as_str()));
    c.unique_ids("countries", p.countries.iter().map(|r| r.id.as_str()));
    c.unique_ids("mechanisms", p.mechanisms.iter().map(|r| r.id.as_str()));
    c.unique_ids("agencies", p.agencies.iter().map(|r| r.id.as_str()));
    c.unique_ids("delegates", p.delegates.iter().map(|r| r.id.as_str()));
    c.unique_ids("offers", p.offers.iter().map(|r| r.id.as_str()));
}

fn check_event(c: &mut Checker) {
    c.at("plan", "plan");
    c.non_empty("id", c.plan.id.as_str());
    let e = &c.plan.event;
    c.at("event", "event");
    c.non_empty("name", &e.name);
    c.non_empty("language", &e.language);
    if e.ends_on < e.starts_on {
        c.report("ends_on", ProblemKind::EndsBeforeStart);
    }
    for slot in &e.slots {
        c.at("slots", slot.id.as_str());
        if slot.end <= slot.start {
            c.report("end", ProblemKind::EndsBeforeStart);
        }
        if slot.date < e.starts_on || slot.date > e.ends_on {
            c.report("date", ProblemKind::OutsideEvent);
        }
    }
    for room in &e.rooms {
        c.at("rooms", room.id.as_str());
        c.non_empty("name", &room.name);
        if room.capacity == 0 {
            c.report("capacity", ProblemKind::ZeroCapacity);
        }
    }
    for theme in &c.plan.themes {
        c.at("themes", theme.id.as_str());
        if theme.labels.values().all(|l| l.trim().is_empty()) {
            c.report("labels", ProblemKind::Empty);
        }
    }
}

fn check_participants(c: &mut Checker) {
    let p = c.plan;
    for country in &p.countries {
        c.at("countries", country.id.as_str());
        c.non_empty("name", &country.name);
        let iso = country.iso.as_bytes();
        if iso.len() != 2 || !iso.iter().all(u8::is_ascii_uppercase) {
            c.report("iso", ProblemKind::BadIsoCode);
        }
    }
    for m in &p.mechanisms {
        c.at("mechanisms", m.id.as_str());
        c.non_empty("name", &m.name);
        for member in &m.members {
            c.country("members", member);
        }
    }
    for a in &p.agencies {
        c.at("agencies", a.id.as_str());
        c.non_empty("name", &a.name);
        c.country("country", &a.country);
    }
    for d in &p.delegates {
        c.at("delegates", d.id.as_str());
        c.non_empty("name", &d.name);
        c.country("country", &d.country);
        c.agency_of("agency", &d.agency, &d.country);
    }
}

fn check_offers(c: &mut Checker) {
    let p = c.plan;
    for o in &p.offers {
        c.at("offers", o.id.as_str());
        c.non_empty("title", &o.title);
        c.country("country", &o.country);
        c.agency_of("agency", &o.agency, &o.country);
        for theme in &o.themes {
            c.theme("themes", theme);
        }
        if o.max_sessions == 0 {
            c.report("max_sessions", ProblemKind::Zero);
        }
        if o.min_attendees == 0 {
            c.report("min_attendees", ProblemKind::Zero);
        }
        if !o.language.is_empty() && !LANGUAGES.contains(&o.language.as_str()) {
            c.report("language", ProblemKind::UnknownLanguage);
        }
        for (code, text) in &o.translations {
            if !LANGUAGES.contains(&code.as_str()) {
                c.report(&format!("translations.{code}"), ProblemKind::UnknownLanguage);
            }
            c.non_empty(&format!("translations.{code}.title"), &text.title);
        }
    }
}

fn check_demand(c: &mut Checker) {
    let p = c.plan;
    let mut seen = HashSet::new();
    for i in &p.interests {
        c.record = interest_record(i);
        c.country("country", &i.country);
        match c.index.offers.get(&i.offer).copied() {
            None => c.exists("offer", false, "offers", i.offer.as_str()),
            Some(o) if o.country == i.country => c.report("offer", ProblemKind::OwnOffer),
            Some(_) => {}
        }
        if !seen.insert((&i.country, &i.offer)) {
            c.report("offer", ProblemKind::DuplicateId);
        }
        c.agency_of("agency", &i.agency, &i.country);
        if let Some(d) = &i.delegate {
            match c.index.delegates.get(d).copied() {
                None => c.exists("delegate", false, "delegates", d.as_str()),
                Some(del) if del.country != i.country => {
                    c.report("delegate", ProblemKind::OtherCountry { country: del.country.to_string() })
                }
                Some(_) => {}
            }
        }
    }
    let mut seen = HashSet::new();
    for i in &p.theme_interests {
        c.record = theme_interest_record(i);
        c.country("country", &i.country);
        c.theme("theme", &i.theme);
        if !seen.insert((&i.country, &i.theme)) {
            c.report("theme", ProblemKind::DuplicateId);
        }
    }
}

/// References of the schedule's sessions. (Whether the schedule keeps the
/// rounds' rules is the scheduler's checker's question, not the file's:
/// an organizer may keep a flagged session.)
fn check_schedule(c: &mut Checker) {
    let p = c.plan;
    for country in &p.countries {
        c.at("countries", country.id.as_str());
        for slot in country.availability.keys() {
            c.exists("availability", p.event.slots.iter().any(|s| &s.id == slot), "slots", slot.as_str());
        }
    }
    let Some(schedule) = &p.schedule else { return };
    c.unique_ids("sessions", schedule.sessions.iter().map(|s| s.id.as_str()));
    for s in &schedule.sessions {
        c.at("sessions", s.id.as_str());
        let offer = c.index.offers.get(&s.offer).copied();
        c.exists("offer", offer.is_some(), "offers", s.offer.as_str());
        c.exists("slot", p.event.slots.iter().any(|x| x.id == s.slot), "slots", s.slot.as_str());
        c.exists("room", p.event.rooms.iter().any(|x| x.id == s.room), "rooms", s.room.as_str());
        for a in &s.attendees {
            c.country("attendees", a);
        }
        let presenter = offer.map(|o| &o.country);
        let mut chosen = HashSet::new();
        for d in &s.delegates {
            let Some(delegate) = c.index.delegates.get(d).copied() else {
                c.exists("delegates", false, "delegates", d.as_str());
                continue;
            };
            let country = &delegate.country;
            if Some(country) != presenter && !s.attendees.contains(country) {
                c.report("delegates", ProblemKind::NotInSession { country: country.to_string() });
            } else if !chosen.insert(country) {
                c.report("delegates", ProblemKind::SecondDelegate { country: country.to_string() });
            }
        }
    }
}

/// References of the day of the rounds: delegates, rooms, slots and countries
/// (records named `day/checked_in`, `day/presence/{delegate}`,
/// `day/closed_rooms/{room}`, `day/replanned`).
fn check_day(c: &mut Checker) {
    let p = c.plan;
    let slot = |id: &SlotId| p.event.slots.iter().any(|s| &s.id == id);
    let room = |id: &RoomId| p.event.rooms.iter().any(|r| &r.id == id);
    c.at("day", "checked_in");
    for d in p.day.checked_in.keys() {
        c.exists("delegate", c.index.delegates.contains_key(d), "delegates", d.as_str());
    }
    for (d, presence) in &p.day.presence {
        c.at("day/presence", d.as_str());
        c.exists("delegate", c.index.delegates.contains_key(d), "delegates", d.as_str());
        for (field, s) in [("arrives_at", &presence.arrives_at), ("absent_from", &presence.absent_from)] {
            if let Some(s) = s {
                c.exists(field, slot(s), "slots", s.as_str());
            }
        }
    }
    for (r, s) in &p.day.closed_rooms {
        c.at("day/closed_rooms", r.as_str());
        c.exists("room", room(r), "rooms", r.as_str());
        c.exists("from", slot(s), "slots", s.as_str());
    }
    if let Some(replanned) = &p.day.replanned {
        c.at("day", "replanned");
        c.exists("from", slot(&replanned.from), "slots", replanned.from.as_str());
        for x in &replanned.countries {
            c.country("countries", x);
        }
        for r in &replanned.rooms {
            c.exists("rooms", room(r), "rooms", r.as_str());
        }
    }
}
