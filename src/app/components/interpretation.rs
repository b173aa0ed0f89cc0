//! The mark of a session that needs interpretation: who needs it, and
//! whether its room has it, in words (on screen and in print).

use crate::domain::interpretation::Need;
use crate::domain::Plan;
use crate::i18n::{fill, Lang};
use leptos::prelude::*;

/// The mark of `need`: a speech-bubbles icon and the sentence.
pub fn interpretation_mark(plan: &Plan, lang: Lang, need: &Need) -> impl IntoView {
    let names: Vec<String> = need.countries.iter().map(|c| plan.country_name(c)).collect();
    let countries = names.join(", ");
    let text = if need.room_has_it {
        lang.fill(fill::InterpretationHere { countries: &countries })
    } else {
        lang.fill(fill::InterpretationMissing { countries: &countries })
    };
    view! {
        <span class="interpretation" class:missing=!need.room_has_it data-testid="needs-interpretation">
            <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.5">
                <path d="M1.5 2.5h8v5h-4l-2.5 2v-2h-1.5z M11.5 5.5h3v5H13v2l-2.5-2h-3v-1" />
            </svg>
            " "
            {text}
        </span>
    }
}
