//! What differs between two versions of one plan, part by part: for each
//! list of records (offers, countries…), the records only one version has and
//! those both have but differently (matched by id); for each other part (the
//! event, the schedule…), whether it differs. Shown when two tabs saved one
//! plan apart, so the user sees what keeping one version would cost.

use super::Plan;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// How one part of the plan differs between two versions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Difference {
    /// The part's name in the plan file (`offers`, `event`…).
    pub part: String,
    /// Records that both versions have, but not alike (1 for a part that is
    /// not a list of records and differs).
    pub changed: usize,
    /// Records only the first version has.
    pub only_first: usize,
    /// Records only the second version has.
    pub only_second: usize,
}

fn fields(plan: &Plan) -> Map<String, Value> {
    match serde_json::to_value(plan) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// The records of a list, by id; `None` when it is not a list of records with ids.
fn by_id(value: &Value) -> Option<BTreeMap<&str, &Value>> {
    value.as_array()?.iter().map(|r| Some((r.get("id")?.as_str()?, r))).collect()
}

/// The parts in which `first` and `second` differ, in the plan file's order
/// (the id aside, which two versions of one plan share).
pub fn differences(first: &Plan, second: &Plan) -> Vec<Difference> {
    let (a, b) = (fields(first), fields(second));
    let mut parts: Vec<&String> = a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))).collect();
    parts.retain(|p| p.as_str() != "id");
    let empty = Value::Null;
    parts
        .into_iter()
        .filter_map(|part| {
            let (x, y) = (a.get(part).unwrap_or(&empty), b.get(part).unwrap_or(&empty));
            let empty_list = |v: &Value| v.is_null().then(BTreeMap::new);
            let lists = (by_id(x).or_else(|| empty_list(x)), by_id(y).or_else(|| empty_list(y)));
            let d = match lists {
                (Some(xs), Some(ys)) => Difference {
                    part: part.clone(),
                    changed: xs.iter().filter(|(id, r)| ys.get(*id).is_some_and(|s| s != *r)).count(),
                    only_first: xs.keys().filter(|id| !ys.contains_key(*id)).count(),
                    only_second: ys.keys().filter(|id| !xs.contains_key(*id)).count(),
                },
                _ => Difference { part: part.clone(), changed: usize::from(x != y), ..Difference::default() },
            };
            (d.changed + d.only_first + d.only_second > 0).then_some(d)
        })
        .collect()
}
