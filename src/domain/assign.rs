//! Which delegate goes to which session: within each slot, a country's
//! delegates are matched to the sessions it presents or attends so that the
//! people who asked for an offer (or whose agency did) go to it.
//!
//! Per (country, slot) this is a maximum-weight bipartite matching between
//! the country's delegates and its sessions, with the weight of a pair the
//! [`Reason::score`] of its best reason; every session gets a delegate while
//! delegates remain. The matching is exact at any size (the Hungarian
//! method); ties go to the delegate with the smaller id.
//!
//! The organizer's choices come first: a delegate chosen for a session
//! ([`Session::delegates`]) goes to it, unless already chosen for another
//! session of the slot (the first in time order wins); the matching places
//! the other delegates in the other sessions.
//!
//! Language breaks ties within a reason: a delegate who shares a language
//! with the session's other side (the presenter for an attendee, every
//! attending delegation for the presenter; see
//! [`crate::domain::interpretation`]) is preferred to one who does not, but
//! never over a better reason.
//!
//! Only the delegates there in the slot are picked (late arrivals and
//! absences, [`crate::domain::attendance`]); the country's per-slot
//! availability is otherwise the scheduler's concern.

use crate::domain::agenda::{in_order, Role};
use crate::domain::attendance::Presences;
use crate::domain::ids::{AgencyId, CountryId, DelegateId, OfferId, SessionId, SlotId, ThemeId};
use crate::domain::interpretation::{shares, Languages};
use crate::domain::model::{Delegate, Offer, Plan, Session};
use pathfinding::kuhn_munkres::kuhn_munkres;
use pathfinding::matrix::Matrix;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Why a delegate was picked for a session.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// The organizer chose the delegate for the session.
    Chosen,
    /// The delegate asked for the offer.
    AskedForIt,
    /// The delegate's agency asked for the offer.
    AgencyAskedForIt { agency: AgencyId },
    /// The offer is the delegate's agency's own (presenting side).
    OwnAgencyOffer { agency: AgencyId },
    /// The delegate's agency asked for another offer of this theme.
    AgencyAskedForTheme { theme: ThemeId },
    /// No better match: the delegate was free.
    Available,
}

impl Reason {
    /// The weight of the reason in the matching: 4, 3, 2, 1 or 0.
    pub fn score(&self) -> u32 {
        match self {
            Self::Chosen => 5,
            Self::AskedForIt => 4,
            Self::AgencyAskedForIt { .. } => 3,
            Self::OwnAgencyOffer { .. } => 2,
            Self::AgencyAskedForTheme { .. } => 1,
            Self::Available => 0,
        }
    }
}

/// One delegate picked for a session, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pick {
    pub delegate: DelegateId,
    pub role: Role,
    pub reason: Reason,
}

/// The delegates picked, by (session, country). Sessions a country takes
/// part in with no delegate left (or none listed) have no entry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Assignment {
    pub picks: BTreeMap<(SessionId, CountryId), Pick>,
}

impl Assignment {
    /// The pick for `country` in `session`, if any.
    pub fn pick(&self, session: &SessionId, country: &CountryId) -> Option<&Pick> {
        self.picks.get(&(session.clone(), country.clone()))
    }

    /// The delegate of `country` in `session`, if any.
    pub fn delegate(&self, session: &SessionId, country: &CountryId) -> Option<&DelegateId> {
        self.pick(session, country).map(|p| &p.delegate)
    }

    /// The sum of the picks' scores.
    pub fn score(&self) -> u32 {
        self.picks.values().map(|p| p.reason.score()).sum()
    }
}

/// What each agency asked for: offers and their themes.
struct Asked<'a> {
    /// The agency that asked for each (country, offer): the interest's, else
    /// that of the delegate who asked.
    agency_of: HashMap<(&'a CountryId, &'a OfferId), &'a AgencyId>,
    /// The delegate who asked for each (country, offer).
    delegate_of: HashMap<(&'a CountryId, &'a OfferId), &'a DelegateId>,
    /// Themes of the offers each agency asked for.
    themes: HashMap<&'a AgencyId, HashSet<&'a ThemeId>>,
    /// The plan's offers by id.
    offers: HashMap<&'a OfferId, &'a Offer>,
}

impl<'a> Asked<'a> {
    fn new(plan: &'a Plan) -> Self {
        let agencies: HashMap<&DelegateId, &AgencyId> =
            plan.delegates.iter().filter_map(|d| Some((&d.id, d.agency.as_ref()?))).collect();
        let offers: HashMap<&OfferId, &Offer> = plan.offers.iter().map(|o| (&o.id, o)).collect();
        let mut asked = Self { agency_of: HashMap::new(), delegate_of: HashMap::new(), themes: HashMap::new(), offers };
        for i in &plan.interests {
            let key = (&i.country, &i.offer);
            if let Some(d) = &i.delegate {
                asked.delegate_of.insert(key, d);
            }
            let Some(agency) = i.agency.as_ref().or_else(|| i.delegate.as_ref().and_then(|d| agencies.get(d).copied()))
            else {
                continue;
            };
            asked.agency_of.insert(key, agency);
            if let Some(offer) = asked.offers.get(&i.offer) {
                asked.themes.entry(agency).or_default().extend(offer.themes.iter());
            }
        }
        asked
    }

    /// The best reason to send `delegate` of `country` to a session of
    /// `offer` in `role`.
    fn reason(&self, delegate: &Delegate, country: &CountryId, offer: &OfferId, role: Role) -> Reason {
        let record = self.offers.get(offer).copied();
        let agency = delegate.agency.as_ref();
        let key = (country, offer);
        match role {
            Role::Attending if self.delegate_of.get(&key) == Some(&&delegate.id) => return Reason::AskedForIt,
            Role::Attending => {
                if let Some(&a) = self.agency_of.get(&key).filter(|&&a| Some(a) == agency) {
                    return Reason::AgencyAskedForIt { agency: a.clone() };
                }
            }
            Role::Presenting => {
                if let Some(a) = record.and_then(|o| o.agency.as_ref()).filter(|&a| Some(a) == agency) {
                    return Reason::OwnAgencyOffer { agency: a.clone() };
                }
            }
        }
        let asked = agency.and_then(|a| self.themes.get(a));
        match record.and_then(|o| o.themes.iter().find(|t| asked.is_some_and(|set| set.contains(t)))) {
            Some(theme) => Reason::AgencyAskedForTheme { theme: theme.clone() },
            None => Reason::Available,
        }
    }
}

/// Picks a delegate of each country for each of its sessions, slot by slot.
pub fn assign(plan: &Plan, sessions: &[Session]) -> Assignment {
    let asked = Asked::new(plan);
    let languages = Languages::new(plan);
    let mut delegates: HashMap<&CountryId, Vec<&Delegate>> = HashMap::new();
    for d in &plan.delegates {
        delegates.entry(&d.country).or_default().push(d);
    }
    for list in delegates.values_mut() {
        list.sort_by(|a, b| a.id.cmp(&b.id));
    }
    // The sessions of each (slot, country), in time order, with the role
    // (as `role_of` gives it).
    let countries: HashSet<&CountryId> = plan.countries.iter().map(|c| &c.id).collect();
    let mut groups: BTreeMap<(&SlotId, &CountryId), Vec<(&Session, Role)>> = BTreeMap::new();
    for p in in_order(plan, sessions) {
        let presenter = asked.offers.get(&p.session.offer).map(|o| &o.country);
        let roles = presenter
            .map(|c| (c, Role::Presenting))
            .into_iter()
            .chain(p.session.attendees.iter().filter(|&c| Some(c) != presenter).map(|c| (c, Role::Attending)));
        for (country, role) in roles.filter(|(c, _)| countries.contains(c)) {
            let group = groups.entry((&p.slot.id, country)).or_default();
            if group.last().is_none_or(|(s, _)| s.id != p.session.id) {
                group.push((p.session, role));
            }
        }
    }
    let presences = Presences::new(plan);
    let mut assignment = Assignment::default();
    for ((slot, country), group) in groups {
        let Some(listed) = delegates.get(country) else { continue };
        let everyone: Vec<&Delegate> = listed.iter().copied().filter(|d| presences.is_present(&d.id, slot)).collect();
        // The organizer's choices, then a matching of the rest.
        let mut taken: HashSet<&DelegateId> = HashSet::new();
        let mut open: Vec<(&Session, Role)> = Vec::new();
        for &(session, role) in &group {
            let chosen = everyone.iter().find(|d| session.delegates.contains(&d.id) && !taken.contains(&d.id));
            match chosen {
                Some(d) => {
                    taken.insert(&d.id);
                    let pick = Pick { delegate: d.id.clone(), role, reason: Reason::Chosen };
                    assignment.picks.insert((session.id.clone(), country.clone()), pick);
                }
                None => open.push((session, role)),
            }
        }
        let people: Vec<&Delegate> = everyone.iter().copied().filter(|d| !taken.contains(&d.id)).collect();
        let reasons: Vec<Vec<Reason>> = people
            .iter()
            .map(|d| open.iter().map(|(s, role)| asked.reason(d, country, &s.offer, *role)).collect())
            .collect();
        // A reason outweighs the language bonus of every session together.
        let step = open.len() as u32 + 1;
        let scores: Vec<Vec<u32>> = reasons
            .iter()
            .zip(&people)
            .map(|(row, d)| {
                row.iter()
                    .zip(&open)
                    .map(|(r, &(s, role))| {
                        r.score() * step + u32::from(speaks_with(&languages, d, s, role, &asked.offers))
                    })
                    .collect()
            })
            .collect();
        for (k, j) in best_matching(&scores, open.len()) {
            let (session, role) = open[j];
            assignment.picks.insert(
                (session.id.clone(), country.clone()),
                Pick { delegate: people[k].id.clone(), role, reason: reasons[k][j].clone() },
            );
        }
    }
    assignment
}

/// Whether `delegate` shares a language with the other side of `session`
/// (unknown languages share any).
fn speaks_with(
    languages: &Languages,
    delegate: &Delegate,
    session: &Session,
    role: Role,
    offers: &HashMap<&OfferId, &Offer>,
) -> bool {
    let own = languages.delegate(&delegate.id);
    let Some(presenter) = offers.get(&session.offer).map(|o| &o.country) else { return true };
    match role {
        Role::Attending => shares(own, languages.side(presenter, &session.delegates)),
        Role::Presenting => session
            .attendees
            .iter()
            .filter(|&c| c != presenter)
            .all(|c| shares(own, languages.side(c, &session.delegates))),
    }
}

/// A matching of rows (delegates, in tie-break order) to `m` columns
/// (sessions) of the largest size, and among those of the largest total of
/// `scores[row][column]`: (row, column) pairs. Ties go to earlier rows, then
/// earlier columns: row by row, each takes the first column (or none) with
/// which the rest can still complete a best matching.
pub fn best_matching(scores: &[Vec<u32>], m: usize) -> Vec<(usize, usize)> {
    let n = scores.len();
    // A pair is worth more than any sum of scores, so the size comes first.
    let pair = 1 + scores.iter().flatten().map(|&s| i64::from(s)).sum::<i64>();
    // Square: rows past `n` and columns past `m` stand for "no match".
    let weight = |k: usize, j: usize| if k < n && j < m { pair + i64::from(scores[k][j]) } else { 0 };
    let size = n.max(m);
    let (mut rows, mut columns): (Vec<usize>, Vec<usize>) = ((0..size).collect(), (0..size).collect());
    let target = most(&rows, &columns, &weight);
    let (mut kept, mut pairs) = (0, Vec::new());
    for k in 0..n {
        rows.remove(0);
        // The first real column that keeps a best matching, else no match.
        let last = columns.iter().position(|&j| j >= m).unwrap_or(columns.len().saturating_sub(1));
        for at in 0..=last {
            let mut rest = columns.clone();
            let j = rest.remove(at);
            if at == last || kept + weight(k, j) + most(&rows, &rest, &weight) == target {
                kept += weight(k, j);
                columns = rest;
                if j < m {
                    pairs.push((k, j));
                }
                break;
            }
        }
    }
    pairs
}

/// The greatest total weight of a matching of `rows` to as many `columns`
/// (the Hungarian method).
fn most(rows: &[usize], columns: &[usize], weight: &impl Fn(usize, usize) -> i64) -> i64 {
    let cells = rows.iter().flat_map(|&k| columns.iter().map(move |&j| weight(k, j))).collect();
    match Matrix::from_vec(rows.len(), columns.len(), cells) {
        Ok(matrix) if !rows.is_empty() => kuhn_munkres(&matrix).0,
        _ => 0,
    }
}
