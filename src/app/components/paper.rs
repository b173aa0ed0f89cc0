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
    Effect::new(move || {
        let size = if paper.value.get().as_deref() == Some("letter") { "letter" } else { "A4" };
        let turn = if landscape.get() { " landscape" } else { " portrait" };
        set_page_rule(&format!("@page {{ size: {size}{turn}; margin: 12mm; }}"));
    });
    on_cleanup(|| set_page_rule(""));
    view! { <QueryFilter label=Key::PrintPaper param=paper empty=Key::PrintA4 options=options testid="paper" /> }
}

thread_local! {
    /// The stylesheet of the `@page` rule, made through the CSSOM: the page's
    /// Content-Security-Policy refuses an inline `<style>`.
    static PAGE_SHEET: Option<web_sys::CssStyleSheet> = adopt_sheet();
}

/// A new stylesheet, adopted by the document.
fn adopt_sheet() -> Option<web_sys::CssStyleSheet> {
    let document = web_sys::window()?.document()?;
    let sheet = web_sys::CssStyleSheet::new().ok()?;
    let sheets = document.adopted_style_sheets();
    sheets.push(&sheet);
    document.set_adopted_style_sheets(&sheets);
    Some(sheet)
}

/// Makes `rule` the page's `@page` rule ("": none but the stylesheet's).
pub fn set_page_rule(rule: &str) {
    PAGE_SHEET.with(|sheet| {
        // Only a rule this file writes could fail to parse: there is nothing to report.
        if let Some(sheet) = sheet {
            let _ = sheet.replace_sync(rule);
        }
    });
}

/// "Workshop name · March 18–19, 2026": the line on top of printed pages.
pub fn event_line(plan: &Plan, lang: Lang) -> String {
    let (from, to) = (plan.event.starts_on, plan.event.ends_on);
    let dates =
        if from == to { lang.date_long(from) } else { format!("{} – {}", lang.date_long(from), lang.date_long(to)) };
    format!("{} · {dates}", plan.event.name)
}
