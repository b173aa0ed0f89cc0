//! The domain core: the plan's records, its file format, validation,
//! catalogue search, edits and the commands built on them, demand (matrix,
//! merge of responses, recommendations), the scheduling of the business rounds, agendas,
//! delegate assignment, calendar and CSV exports, statistics, generated
//! benchmark instances, and what follows the rounds (cooperation actions,
//! the committee's evaluation, the selection under a budget), the day of the
//! rounds (the live [`board`], name badges with their QR codes), and the
//! workshop's figures for the analytics and the report ([`analytics`]).
//!
//! Plain Rust only: nothing here knows about Leptos, `web-sys` or `gloo`, so
//! it compiles and tests natively and the `rondas-cli` binary runs it on files.

pub mod actions;
pub mod agenda;
pub mod analytics;
pub mod assign;
pub mod attendance;
pub mod badge;
pub mod board;
pub mod catalogue;
pub mod checkin_code;
pub mod command;
pub mod compare;
pub mod date;
pub mod demo;
pub mod edit;
pub mod evaluation;
pub mod export;
pub mod format;
pub mod generate;
pub mod ids;
pub mod interpretation;
pub mod matrix;
pub mod merge;
pub mod model;
pub mod qr;
pub mod recommend;
pub mod rng;
pub mod schedule;
pub mod search;
pub mod select;
pub mod sheet;
pub mod stats;
pub mod text;
pub mod validate;

pub use model::Plan;
