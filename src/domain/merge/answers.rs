//! The plan's answers indexed by country and subject, and the comparison of
//! one response with them.

use super::{Change, Skipped, Stance, Subject};
use crate::domain::date::Timestamp;
use crate::domain::ids::{AgencyId, CountryId, DelegateId, OfferId, ThemeId};
use crate::domain::model::{Interest, Plan, Response, ThemeInterest};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// One country's answers by subject. `None` marks an answer a response
/// gives but that cannot apply: the plan keeps what it holds.
#[derive(Default)]
pub(super) struct Answers<'a> {
    interests: BTreeMap<&'a OfferId, Option<&'a Interest>>,
    themes: BTreeMap<&'a ThemeId, Option<&'a ThemeInterest>>,
}

/// What the comparison needs of a plan, looked up once for a whole batch.
pub(super) struct Index<'a> {
    held: BTreeMap<&'a CountryId, Answers<'a>>,
    /// Offers, with the country that offers them.
    offers: HashMap<&'a OfferId, &'a CountryId>,
    themes: HashSet<&'a ThemeId>,
    delegates: HashMap<&'a DelegateId, &'a CountryId>,
    agencies: HashMap<&'a AgencyId, &'a CountryId>,
}

impl<'a> Index<'a> {
    pub(super) fn of(plan: &'a Plan) -> Self {
        let mut held: BTreeMap<&CountryId, Answers> = BTreeMap::new();
        for i in &plan.interests {
            held.entry(&i.country).or_default().interests.insert(&i.offer, Some(i));
        }
        for i in &plan.theme_interests {
            held.entry(&i.country).or_default().themes.insert(&i.theme, Some(i));
        }
        Self {
            held,
            offers: plan.offers.iter().map(|o| (&o.id, &o.country)).collect(),
            themes: plan.themes.iter().map(|t| &t.id).collect(),
            delegates: plan.delegates.iter().map(|d| (&d.id, &d.country)).collect(),
            agencies: plan.agencies.iter().map(|a| (&a.id, &a.country)).collect(),
        }
    }

    /// What the plan now holds for `country` about `subject`.
    pub(super) fn stance(&self, country: &CountryId, subject: &Subject) -> Option<Stance> {
        let held = self.held.get(country)?;
        match subject {
            Subject::Offer(id) => held.interests.get(id).copied().flatten().map(Stance::from),
            Subject::Theme(id) => held.themes.get(id).copied().flatten().map(Stance::from),
            Subject::Action(_) | Subject::Score(_) | Subject::Outcome(_) => None,
        }
    }

    /// The newest `updated_at` among the plan's answers of `country`.
    pub(super) fn newest(&self, country: &CountryId) -> Option<Timestamp> {
        let held = self.held.get(country)?;
        let interests = held.interests.values().flatten().filter_map(|i| i.updated_at);
        interests.chain(held.themes.values().flatten().filter_map(|i| i.updated_at)).max()
    }

    /// The response's answers by subject, and those it gives that cannot apply.
    pub(super) fn read(&self, response: &'a Response) -> (Answers<'a>, Vec<Skipped>) {
        let country = &response.country;
        let mut given = Answers::default();
        let mut skipped = Vec::new();
        for i in &response.interests {
            let subject = || Subject::Offer(i.offer.clone());
            let of_country = |owner: Option<&&CountryId>| owner == Some(&country);
            let skip = if &i.country != country {
                Some(Skipped::OtherCountry { country: i.country.clone(), subject: subject() })
            } else if given.interests.contains_key(&i.offer) {
                Some(Skipped::Duplicate(subject()))
            } else {
                match self.offers.get(&i.offer) {
                    None => Some(Skipped::UnknownOffer(i.clone())),
                    Some(owner) if *owner == country => Some(Skipped::OwnOffer(i.clone())),
                    Some(_) if i.delegate.as_ref().is_some_and(|d| !of_country(self.delegates.get(d))) => {
                        Some(Skipped::UnknownDelegate(i.clone()))
                    }
                    Some(_) if i.agency.as_ref().is_some_and(|a| !of_country(self.agencies.get(a))) => {
                        Some(Skipped::UnknownAgency(i.clone()))
                    }
                    Some(_) => None,
                }
            };
            if !matches!(skip, Some(Skipped::OtherCountry { .. } | Skipped::Duplicate(_))) {
                given.interests.insert(&i.offer, skip.is_none().then_some(i));
            }
            skipped.extend(skip);
        }
        for i in &response.theme_interests {
            let skip = if &i.country != country {
                Some(Skipped::OtherCountry { country: i.country.clone(), subject: Subject::Theme(i.theme.clone()) })
            } else if given.themes.contains_key(&i.theme) {
                Some(Skipped::Duplicate(Subject::Theme(i.theme.clone())))
            } else if !self.themes.contains(&i.theme) {
                Some(Skipped::UnknownTheme(i.clone()))
            } else {
                given.themes.insert(&i.theme, Some(i));
                None
            };
            skipped.extend(skip);
        }
        (given, skipped)
    }

    /// The changes that bring the plan's answers of `country` to `given`,
    /// stamped `at`: offers, then themes, each by id.
    pub(super) fn changes(&self, country: &CountryId, given: &Answers, at: Timestamp) -> Vec<Change> {
        let none = Answers::default();
        let held = self.held.get(country).unwrap_or(&none);
        let mut changes = walk(&held.interests, &given.interests, country, at);
        changes.extend(walk(&held.themes, &given.themes, country, at));
        changes
    }
}

/// An answer of a response (an interest, a theme interest, an action form,
/// a score), as a change compares and builds it.
pub(super) trait Answer: Clone {
    /// Whether the two say the same (their time stamps aside).
    fn same_as(&self, other: &Self) -> bool;
    /// The answer filed under `country`, given `at`.
    fn stamped(&self, country: &CountryId, at: Timestamp) -> Self;
    fn add(self) -> Change;
    fn change(before: Self, after: Self) -> Change;
    fn remove(self) -> Change;
}

impl Answer for Interest {
    fn same_as(&self, other: &Self) -> bool {
        Stance::from(self) == Stance::from(other)
    }
    fn stamped(&self, country: &CountryId, at: Timestamp) -> Self {
        Self { country: country.clone(), updated_at: Some(at), ..self.clone() }
    }
    fn add(self) -> Change {
        Change::AddInterest(self)
    }
    fn change(before: Self, after: Self) -> Change {
        Change::ChangeInterest { before, after }
    }
    fn remove(self) -> Change {
        Change::RemoveInterest(self)
    }
}

impl Answer for ThemeInterest {
    fn same_as(&self, other: &Self) -> bool {
        Stance::from(self) == Stance::from(other)
    }
    fn stamped(&self, country: &CountryId, at: Timestamp) -> Self {
        Self { country: country.clone(), updated_at: Some(at), ..self.clone() }
    }
    fn add(self) -> Change {
        Change::AddThemeInterest(self)
    }
    fn change(before: Self, after: Self) -> Change {
        Change::ChangeThemeInterest { before, after }
    }
    fn remove(self) -> Change {
        Change::RemoveThemeInterest(self)
    }
}

/// The changes from `held` to `given`, in the order of their keys.
pub(super) fn walk<K: Ord, A: Answer>(
    held: &BTreeMap<&K, Option<&A>>,
    given: &BTreeMap<&K, Option<&A>>,
    country: &CountryId,
    at: Timestamp,
) -> Vec<Change> {
    let keys: BTreeSet<&&K> = held.keys().chain(given.keys()).collect();
    keys.into_iter()
        .filter_map(|k| match (held.get(k).copied().flatten(), given.get(k)) {
            (Some(before), None) => Some(before.clone().remove()),
            (None, Some(Some(after))) => Some(after.stamped(country, at).add()),
            (Some(before), Some(Some(after))) if !before.same_as(after) => {
                Some(A::change(before.clone(), after.stamped(country, at)))
            }
            _ => None,
        })
        .collect()
}
