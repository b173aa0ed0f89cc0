//! Cooperation actions as the committee sees them: one candidate per
//! action, even when both sides registered a form about it.
//!
//! Two linked forms (see [`crate::domain::validate::is_other_side`]) are one
//! action: the offering side's form stands for both, and the receiving side's
//! is its *counterpart*. A form without a linked offering form is a
//! candidate on its own.

use super::ids::ActionId;
use super::model::{Action, Plan, Side};

/// The offering side's form that a receiving side's form is the counterpart
/// of, when the two are linked (from either side).
pub fn counterpart_of<'p>(plan: &'p Plan, form: &Action) -> Option<&'p Action> {
    if form.registered_by != Side::Receiving {
        return None;
    }
    let linked_from_here = form.linked.as_ref().and_then(|id| plan.action(id));
    let linked_from_there = || plan.actions.iter().find(|a| a.linked.as_ref() == Some(&form.id));
    linked_from_here
        .or_else(linked_from_there)
        .filter(|a| a.registered_by == Side::Offering && a.offering == form.offering && a.receiving == form.receiving)
}

/// The other side's form about the same action, whichever side `form` is.
pub fn other_form<'p>(plan: &'p Plan, form: &Action) -> Option<&'p Action> {
    let linked_from_here = form.linked.as_ref().and_then(|id| plan.action(id));
    linked_from_here
        .or_else(|| plan.actions.iter().find(|a| a.linked.as_ref() == Some(&form.id)))
        .filter(|a| super::validate::is_other_side(form, a))
}

/// The actions the committee evaluates and selects among, in the plan's
/// order: every form that is not a counterpart.
pub fn candidates(plan: &Plan) -> Vec<&Action> {
    plan.actions.iter().filter(|a| counterpart_of(plan, a).is_none()).collect()
}

/// The first free id for a new form of `country`: `act-{country}-{n}`, so
/// that forms written apart by two delegations never share an id.
pub fn next_action_id(plan: &Plan, country: &str) -> ActionId {
    let prefix = format!("act-{country}");
    ActionId(super::ids::next_id(&prefix, plan.actions.iter().map(|a| a.id.as_str())))
}
