//! The browser's clock, as the core's types.

use crate::domain::date::Timestamp;

/// Milliseconds since the epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// The current moment in UTC.
pub fn now() -> Option<Timestamp> {
    String::from(js_sys::Date::new_0().to_iso_string()).parse().ok()
}
