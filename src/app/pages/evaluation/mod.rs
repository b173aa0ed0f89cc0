//! Evaluation: the committee and its weighted criteria, each evaluator's
//! scoring sheet (`?evaluator=ID`) with the export of their scores, and the
//! organizer's view of the aggregates.

mod aggregates;
mod committee;
mod scoring;

use crate::app::components::fields::QueryFilter;
use crate::app::i18n::{tr, use_i18n};
use crate::app::query::use_query_param;
use crate::app::state::use_store;
use crate::i18n::Key;
use leptos::prelude::*;

/// `/evaluation`.
#[component]
pub fn EvaluationPage() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let evaluator = use_query_param("evaluator", true);
    let evaluators = Signal::derive(move || {
        plan.with(|p| p.evaluators.iter().map(|e| (e.id.to_string(), e.name.clone())).collect())
    });
    view! {
        <section class="page evaluation">
            <h1>{tr!(i18n, EvaluationTitle)}</h1>
            <p class="lead">{tr!(i18n, EvaluationIntro)}</p>
            <div class="card filters">
                <QueryFilter label=Key::EvaluationScoreAs param=evaluator empty=Key::EvaluationPickEvaluator options=evaluators testid="score-as" />
            </div>
            {move || match evaluator.value.get() {
                Some(id) => view! { <scoring::ScoringSheet evaluator=id.into() /> }.into_any(),
                None => view! { <aggregates::Aggregates /> <committee::Committee /> }.into_any(),
            }}
        </section>
    }
}
