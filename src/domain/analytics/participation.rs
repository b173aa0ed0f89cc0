//! Who took part and how much each offered and asked for: by country, by
//! sub-region (countries' `subregion`) and by mechanism (its member countries).

use crate::domain::ids::CountryId;
use crate::domain::model::Plan;
use crate::domain::schedule::summarize;
use serde::Serialize;
use std::collections::HashMap;

/// One country's part in the workshop.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CountryFigures {
    pub country: String,
    pub name: String,
    pub subregion: String,
    pub delegates: usize,
    pub agencies: usize,
    #[serde(flatten)]
    pub part: Part,
}

/// What a group of countries offered and asked for, and what the rounds met.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Part {
    /// Offers it presented.
    pub offers: usize,
    /// Interests in its offers, from other countries.
    pub interests_received: usize,
    /// Interests it declared in others' offers, and their weight.
    pub interests: usize,
    pub weight: u64,
    /// Of those, met by the schedule (0 without one).
    pub interests_met: usize,
    pub weight_met: u64,
}

impl Part {
    fn add(&mut self, other: &Part) {
        self.offers += other.offers;
        self.interests_received += other.interests_received;
        self.interests += other.interests;
        self.weight += other.weight;
        self.interests_met += other.interests_met;
        self.weight_met += other.weight_met;
    }
}

/// One sub-region's countries, added up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SubregionFigures {
    pub subregion: String,
    pub countries: usize,
    pub delegates: usize,
    #[serde(flatten)]
    pub part: Part,
}

/// One mechanism and its participating members, added up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MechanismFigures {
    pub mechanism: String,
    pub acronym: String,
    pub name: String,
    pub members: Vec<String>,
    #[serde(flatten)]
    pub part: Part,
}

/// Every country, in the plan's order.
pub fn countries(plan: &Plan) -> Vec<CountryFigures> {
    let parts = parts(plan);
    plan.countries
        .iter()
        .map(|c| CountryFigures {
            country: c.id.to_string(),
            name: c.name.clone(),
            subregion: c.subregion.clone(),
            delegates: plan.delegates.iter().filter(|d| d.country == c.id).count(),
            agencies: plan.agencies.iter().filter(|a| a.country == c.id).count(),
            part: parts.get(&c.id).copied().unwrap_or_default(),
        })
        .collect()
}

/// Every sub-region, in the order its first country comes.
pub fn subregions(plan: &Plan) -> Vec<SubregionFigures> {
    let mut out: Vec<SubregionFigures> = Vec::new();
    for c in countries(plan) {
        let k = match out.iter().position(|s| s.subregion == c.subregion) {
            Some(k) => k,
            None => {
                out.push(SubregionFigures {
                    subregion: c.subregion.clone(),
                    countries: 0,
                    delegates: 0,
                    part: Part::default(),
                });
                out.len() - 1
            }
        };
        out[k].countries += 1;
        out[k].delegates += c.delegates;
        out[k].part.add(&c.part);
    }
    out
}

/// Every mechanism, in the plan's order.
pub fn mechanisms(plan: &Plan) -> Vec<MechanismFigures> {
    let parts = parts(plan);
    plan.mechanisms
        .iter()
        .map(|m| {
            let mut part = Part::default();
            for c in &m.members {
                part.add(&parts.get(c).copied().unwrap_or_default());
            }
            MechanismFigures {
                mechanism: m.id.to_string(),
                acronym: m.acronym.clone(),
                name: m.name.clone(),
                members: m.members.iter().map(|c| plan.country_name(c)).collect(),
                part,
            }
        })
        .collect()
}

/// Each country's part, from the offers, interests and schedule.
fn parts(plan: &Plan) -> HashMap<&CountryId, Part> {
    let mut out: HashMap<&CountryId, Part> = HashMap::new();
    for o in &plan.offers {
        out.entry(&o.country).or_default().offers += 1;
    }
    for i in &plan.interests {
        if let Some(o) = plan.offer(&i.offer).filter(|o| o.country != i.country) {
            out.entry(&o.country).or_default().interests_received += 1;
        }
    }
    let sessions = plan.schedule.as_ref().map_or(&[][..], |s| s.sessions.as_slice());
    for share in summarize(plan, sessions, 0).countries {
        let Some(c) = plan.countries.iter().find(|c| c.id == share.country) else { continue };
        let part = out.entry(&c.id).or_default();
        part.interests = share.wanted as usize;
        part.weight = share.weight_wanted;
        part.interests_met = share.met as usize;
        part.weight_met = share.weight_met;
    }
    out
}
