//! Printing: the print button, the paper size (A4 or Letter, in the URL's
//! `paper`) that sets the page's `@page` rule, and the line printed pages
//! carry on top.

use crate::app::components::fields::QueryFilter;
use crate::app::i18n::use_i18n;
use crate::app::query::use_query_param;
use crate::domain::Plan;
use crate::i18n::{Key, Lang};
use leptos::prelude::*;

/// A button that opens the browser's print dialog.
#[component]
pub fn PrintButton(
    /// The label (default "Print").
    #[prop(optional)]
    label: Option<Key>,
    /// Whether it is the page's main action.
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <button type="button" class:primary=primary on:click=print>
            {move || i18n.t(label.unwrap_or(Key::ActionPrint))}
        </button>
    }
}

/// The choice of paper, and the `@page` rule it sets (A4 unless Letter is
/// chosen); `landscape` turns the page (the master grid).
#[component]
pub fn PaperSize(
    /// Whether the pages print across.
    #[prop(into, optional)]
    landscape: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let paper = use_query_param("paper", true);
    let options = Signal::derive(move || vec![("letter".to_owned(), i18n.t(Key::PrintLetter).to_owned())]);
    let rule = move || {
        let size = if paper.value.get().as_deref() == Some("letter") { "letter" } else { "A4" };
        let turn = if landscape.get() { " landscape" } else { " portrait" };
        format!("@page {{ size: {size}{turn}; margin: 12mm; }}")
    };
    view! {
        <QueryFilter label=Key::PrintPaper param=paper empty=Key::PrintA4 options=options testid="paper" />
        <style>{rule}</style>
    }
}

/// "Workshop name · March 18–19, 2026": the line on top of printed pages.
pub fn event_line(plan: &Plan, lang: Lang) -> String {
    let (from, to) = (plan.event.starts_on, plan.event.ends_on);
    let dates =
        if from == to { lang.date_long(from) } else { format!("{} – {}", lang.date_long(from), lang.date_long(to)) };
    format!("{} · {dates}", plan.event.name)
}
