//! The workshop report: the figures of [`crate::domain::analytics::Report`]
//! told in sentences and tables, in the plan's language, as a small
//! [`Document`] that renders to Markdown, to a standalone HTML file and (in
//! the app) to the page.
//!
//! Plain Rust over the core and the translation tables, so `rondas-cli
//! report` and the app write the same report.

mod compose;
mod document;
mod html;
mod markdown;
pub mod sentences;

pub use compose::compose;
pub use document::{Block, Document, Table};
pub use html::to_html;
pub use markdown::to_markdown;

use crate::domain::analytics::Report;
use crate::i18n::Lang;

/// The language the report of `report` is written in: the plan's, else English.
pub fn language_of(report: &Report) -> Lang {
    Lang::from_code(&report.event.language).unwrap_or_default()
}
