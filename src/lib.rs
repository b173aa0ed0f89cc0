//! Rondas plans the business rounds ("ruedas de negocios") of international
//! cooperation workshops: the offer catalogue, the demand of each country,
//! the rounds, the agendas, the cooperation actions that follow and the
//! workshop report. It runs entirely in the browser (Rust compiled to
//! WebAssembly); people share their work as plan files.
//!
//! * [`domain`]: the plain-Rust core (model, file format, validation,
//!   search, edits, statistics), tested natively and used by `rondas-cli`;
//! * [`i18n`]: the translation tables and the formatting of numbers and dates;
//! * [`report`]: the workshop report in the plan's language (Markdown, HTML);
//! * `app` (wasm only): the Leptos user interface over the core;
//! * `worker` (wasm only): the Web Worker that runs the scheduler.
//!
//! ```
//! use rondas::domain::{demo::demo_plan, stats::Stats};
//! let plan = demo_plan().expect("the demo is valid");
//! assert_eq!(Stats::of(&plan).conditional_cash_transfers, 2);
//! ```

pub mod domain;
pub mod i18n;
pub mod report;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod worker;
