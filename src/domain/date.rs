//! Calendar dates and times of day, stored as ISO 8601 text
//! (`2026-03-17`, `09:30`) and checked when a file is read.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// A time of day, to the minute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TimeOfDay {
    pub hour: u8,
    pub minute: u8,
}

/// A moment in UTC, to the second, written `2026-03-01T14:05:00Z`.
/// Fractions of a second are accepted on reading and dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    pub date: Date,
    pub time: TimeOfDay,
    pub second: u8,
}

/// Why a date or time text was refused. Its `Display` is English, for logs
/// and serde; `i18n` says it in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// The text is not `YYYY-MM-DD`, or names a day that does not exist.
    #[error("\"{0}\" is not a date of the form YYYY-MM-DD")]
    Date(String),
    /// The text is not `HH:MM` with hours 0–23 and minutes 0–59.
    #[error("\"{0}\" is not a time of the form HH:MM")]
    Time(String),
    /// The text is not a UTC time stamp `YYYY-MM-DDTHH:MM:SSZ`.
    #[error("\"{0}\" is not a UTC time stamp of the form YYYY-MM-DDTHH:MM:SSZ")]
    Timestamp(String),
}

impl DateError {
    /// The error whose `Display` is `message`: a date error that crossed
    /// serde as text (`de::Error::custom`) becomes typed again.
    pub fn from_message(message: &str) -> Option<Self> {
        let kinds: [fn(String) -> Self; 3] = [Self::Date, Self::Time, Self::Timestamp];
        kinds.into_iter().find_map(|kind| {
            let template = kind(String::new()).to_string();
            let tail = template.strip_prefix("\"\"")?;
            let text = message.strip_suffix(tail)?.strip_prefix('"')?.strip_suffix('"')?;
            Some(kind(text.to_owned()))
        })
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` of `year`, or 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date, if it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        (day >= 1 && day <= days_in_month(year, month)).then_some(Self { year, month, day })
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // Days since 1970-01-01 (a Thursday), by the civil-from-days inverse.
        let (y, m) = if self.month <= 2 {
            (i64::from(self.year) - 1, i64::from(self.month) + 9)
        } else {
            (i64::from(self.year), i64::from(self.month) - 3)
        };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * m + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = era * 146_097 + doe - 719_468;
        ((days + 3).rem_euclid(7)) as u8
    }
}

impl Timestamp {
    /// The moment `seconds` after 1970-01-01T00:00:00Z.
    pub fn from_unix_seconds(seconds: u64) -> Self {
        // Civil-from-days (Howard Hinnant), for days since 1970-01-01.
        let (days, rest) = (seconds / 86_400, seconds % 86_400);
        let z = days + 719_468;
        let era = z / 146_097;
        let doe = z % 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + u64::from(month <= 2)) as i32;
        let time = TimeOfDay { hour: (rest / 3600) as u8, minute: (rest / 60 % 60) as u8 };
        Self { date: Date { year, month, day }, time, second: (rest % 60) as u8 }
    }
}

fn digits<T: FromStr>(s: &str, len: usize) -> Option<T> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut parts = s.split('-');
        let parsed = match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(y), Some(m), Some(d), None) => Some((digits::<i32>(y, 4), digits::<u8>(m, 2), digits::<u8>(d, 2))),
            _ => None,
        };
        match parsed {
            Some((Some(y), Some(m), Some(d))) => Date::new(y, m, d),
            _ => None,
        }
        .ok_or_else(|| DateError::Date(s.to_owned()))
    }
}

impl FromStr for TimeOfDay {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parsed = s.split_once(':').map(|(h, m)| (digits::<u8>(h, 2), digits::<u8>(m, 2)));
        match parsed {
            Some((Some(hour), Some(minute))) if hour < 24 && minute < 60 => Ok(Self { hour, minute }),
            _ => Err(DateError::Time(s.to_owned())),
        }
    }
}

impl FromStr for Timestamp {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || DateError::Timestamp(s.to_owned());
        let (date, rest) = s.split_once('T').ok_or_else(bad)?;
        let rest = rest.strip_suffix('Z').ok_or_else(bad)?;
        let rest = match rest.split_once('.') {
            Some((whole, fraction)) if !fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit()) => whole,
            Some(_) => return Err(bad()),
            None => rest,
        };
        let (hm, second) = rest.rsplit_once(':').ok_or_else(bad)?;
        let second = digits::<u8>(second, 2).filter(|s| *s < 60).ok_or_else(bad)?;
        Ok(Self { date: date.parse().map_err(|_| bad())?, time: hm.parse().map_err(|_| bad())?, second })
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}T{}:{:02}Z", self.date, self.time, self.second)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

macro_rules! serde_as_text {
    ($($t:ty),*) => {$(
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    )*};
}
serde_as_text!(Date, TimeOfDay, Timestamp);

impl Default for Date {
    fn default() -> Self {
        Self { year: 2026, month: 1, day: 1 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_its_own_messages() {
        for e in
            [DateError::Date("2026-02-30".into()), DateError::Time("9h".into()), DateError::Timestamp("\"x\"".into())]
        {
            assert_eq!(DateError::from_message(&e.to_string()), Some(e));
        }
        assert_eq!(DateError::from_message("invalid type: integer `3`, expected a string"), None);
    }

    #[test]
    fn parses_and_prints_round_trip() {
        let d: Date = "2024-02-29".parse().unwrap();
        assert_eq!(d.to_string(), "2024-02-29");
        let t: TimeOfDay = "09:05".parse().unwrap();
        assert_eq!(t.to_string(), "09:05");
    }

    #[test]
    fn refuses_days_that_do_not_exist() {
        for bad in ["2023-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-04-31", ""] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        for bad in ["24:00", "9:00", "09:60", "0900"] {
            assert!(bad.parse::<TimeOfDay>().is_err(), "{bad}");
        }
    }

    #[test]
    fn time_stamps_drop_fractions_and_order_in_time() {
        let a: Timestamp = "2026-03-01T09:05:07.250Z".parse().unwrap();
        assert_eq!(a.to_string(), "2026-03-01T09:05:07Z");
        let b: Timestamp = "2026-03-01T09:05:08Z".parse().unwrap();
        assert!(a < b);
        for bad in [
            "2026-03-01 09:05:07Z",
            "2026-03-01T09:05:07",
            "2026-03-01T09:05Z",
            "2026-03-01T09:05:61Z",
            "2026-03-01T09:05:07.Z",
            "2026-03-01T09:05:07.5xZ",
        ] {
            assert!(bad.parse::<Timestamp>().is_err(), "{bad}");
        }
    }

    #[test]
    fn time_stamps_from_unix_seconds() {
        assert_eq!(Timestamp::from_unix_seconds(0).to_string(), "1970-01-01T00:00:00Z");
        assert_eq!(Timestamp::from_unix_seconds(951_825_600).to_string(), "2000-02-29T12:00:00Z");
        assert_eq!(Timestamp::from_unix_seconds(1_772_373_907).to_string(), "2026-03-01T14:05:07Z");
    }

    #[test]
    fn knows_the_weekday() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().weekday(), 3);
        assert_eq!(Date::new(2026, 3, 17).unwrap().weekday(), 1);
        assert_eq!(Date::new(2000, 2, 29).unwrap().weekday(), 1);
    }
}
