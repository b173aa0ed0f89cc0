//! Text with the words a search matched in `<mark>`, rendered as text (never
//! as HTML).

use crate::domain::search::{Query, Segment};
use leptos::either::Either;
use leptos::prelude::*;

/// The runs of a text as views: the matched ones in `<mark>`.
pub fn marked_runs(runs: Vec<Segment>) -> impl IntoView {
    runs.into_iter()
        .map(|run| {
            let text = run.text.to_owned();
            if run.marked {
                Either::Left(view! { <mark>{text}</mark> })
            } else {
                Either::Right(text)
            }
        })
        .collect_view()
}

/// `text` with the words `query` matches in `<mark>`.
#[component]
pub fn Marked(#[prop(into)] text: String, #[prop(into)] query: Signal<Query>) -> impl IntoView {
    move || query.with(|q| marked_runs(q.mark(&text)))
}
