//! The workshop report as a page, in the plan's language: printable (the
//! print stylesheet leaves only the report), and downloadable as a
//! standalone HTML file or as Markdown.

use crate::app::components::paper::PrintButton;
use crate::app::files::download;
use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::analytics::Report;
use crate::domain::text::slug;
use crate::i18n::Key;
use crate::report::{compose, language_of, to_html, to_markdown, Block, Document, Table};
use leptos::prelude::*;

/// The report page.
#[component]
pub fn ReportPage() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let document = Memo::new(move |_| {
        plan.with(|p| {
            let report = Report::of(p);
            compose(p, &report, language_of(&report))
        })
    });
    let save = move |extension: &'static str, mime: &'static str, render: fn(&Document) -> String| {
        move |_| {
            let doc = document.get_untracked();
            let _ = download(&format!("{}-report.{extension}", slug(&doc.title)), mime, &render(&doc));
        }
    };
    view! {
        <section class="page report-page">
            <div class="page-head no-print">
                <p class="muted">{tr!(i18n, ReportPageHelp)}</p>
                <p class="actions">
                    <button type="button" data-testid="report-html" on:click=save("html", "text/html;charset=utf-8", to_html)>
                        {tr!(i18n, ReportPageDownloadHtml)}
                    </button>
                    <button type="button" data-testid="report-md" on:click=save("md", "text/markdown;charset=utf-8", to_markdown)>
                        {tr!(i18n, ReportPageDownloadMd)}
                    </button>
                    <PrintButton label=Key::ReportPagePrint />
                </p>
            </div>
            {move || document.with(|doc| view! { <Rendered doc=doc.clone() /> })}
        </section>
    }
}

/// The document as HTML elements; text stays text.
#[component]
fn Rendered(doc: Document) -> impl IntoView {
    let blocks = doc
        .blocks
        .into_iter()
        .map(|block| match block {
            Block::Heading(text) => view! { <h2>{text}</h2> }.into_any(),
            Block::Paragraph(text) => view! { <p>{text}</p> }.into_any(),
            Block::List(items) => {
                view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any()
            }
            Block::Table(t) => table(t).into_any(),
        })
        .collect_view();
    view! {
        <article class="report paper" lang=doc.lang data-testid="report">
            <h1>{doc.title}</h1>
            {blocks}
        </article>
    }
}

fn table(t: Table) -> impl IntoView {
    let numeric = t.numeric.clone();
    let class = move |k: usize| numeric.get(k).copied().unwrap_or(false).then_some("num");
    let head =
        t.head.into_iter().enumerate().map(|(k, h)| view! { <th scope="col" class=class(k)>{h}</th> }).collect_view();
    let rows = t
        .rows
        .into_iter()
        .map(|row| {
            let cells = row.into_iter().enumerate().map(|(k, c)| view! { <td class=class(k)>{c}</td> }).collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table>
                <caption>{t.caption}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
