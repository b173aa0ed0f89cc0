//! The browser's clock, as the core's types.

use crate::domain::board::Moment;
use crate::domain::date::{Date, TimeOfDay, Timestamp};

/// Milliseconds since the epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// The current moment in UTC.
pub fn now() -> Option<Timestamp> {
    String::from(js_sys::Date::new_0().to_iso_string()).parse().ok()
}

/// The moment on this device's own clock, as the venue's slots are written.
pub fn local_moment() -> Option<Moment> {
    let d = js_sys::Date::new_0();
    let date = Date::new(d.get_full_year() as i32, d.get_month() as u8 + 1, d.get_date() as u8)?;
    Some(Moment { date, time: TimeOfDay { hour: d.get_hours() as u8, minute: d.get_minutes() as u8 } })
}
