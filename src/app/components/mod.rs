//! Presentational pieces shared by pages.

pub mod bar_chart;
pub mod confirm;
pub mod country_agency;
pub mod data_table;
pub mod editor;
pub mod fields;
pub mod interpretation;
pub mod layout;
pub mod local_text;
pub mod marked;
pub mod modal;
pub mod options;
pub mod paper;
pub mod priority;
pub mod qr;
pub mod session_outcome;
