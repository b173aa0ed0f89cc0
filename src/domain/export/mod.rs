//! Exports of a schedule for other tools: iCalendar files (RFC 5545) to
//! import into a calendar, CSV tables for spreadsheets, and mail links.

pub mod csv;
pub mod ics;
pub mod mailto;

pub use self::csv::{agendas_csv, schedule_csv};
pub use ics::{country_ics, event_ics};
