//! Exports of a schedule for other tools: iCalendar files (RFC 5545) to
//! import into a calendar, and CSV tables for spreadsheets.

pub mod csv;
pub mod ics;

pub use self::csv::{agendas_csv, schedule_csv};
pub use ics::{country_ics, event_ics};
