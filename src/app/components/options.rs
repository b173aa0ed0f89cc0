//! The choices of the selects that pick one of the plan's records:
//! `(id, label)` pairs that follow the plan (and the language).

use crate::app::i18n::use_i18n;
use crate::app::state::use_store;
use leptos::prelude::*;

/// The plan's countries.
pub fn country_options() -> Signal<Vec<(String, String)>> {
    let plan = use_store().plan();
    Signal::derive(move || plan.with(|p| p.countries.iter().map(|c| (c.id.to_string(), c.name.clone())).collect()))
}

/// The plan's themes, labelled in the interface language.
pub fn theme_options() -> Signal<Vec<(String, String)>> {
    let (plan, i18n) = (use_store().plan(), use_i18n());
    Signal::derive(move || {
        let lang = i18n.lang().code();
        plan.with(|p| p.themes.iter().map(|t| (t.id.to_string(), t.label(lang).to_owned())).collect())
    })
}

/// The event's rooms.
pub fn room_options() -> Signal<Vec<(String, String)>> {
    let plan = use_store().plan();
    Signal::derive(move || plan.with(|p| p.event.rooms.iter().map(|r| (r.id.to_string(), r.name.clone())).collect()))
}
