//! The translation layer: one typed table per language and the formatting
//! of numbers and dates for that language.
//!
//! Each language is one file in `locales/` (`en.txt`, `es.txt`, …) of
//! `key = text` lines; `build.rs` turns them into [`Key`] and [`LOCALES`] and
//! fails the build when a file lacks a key. Adding Portuguese or French means
//! adding `pt.txt` or `fr.txt`, nothing else.

mod labels;

use crate::domain::date::Date;

/// One language's strings, in [`Key`] order.
pub struct LocaleTable {
    pub code: &'static str,
    strings: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Lang(usize);

impl Lang {
    /// Every available language, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LOCALES.len()).map(Lang)
    }

    /// The language with this code (`en`, `es`, …), if there is one.
    pub fn from_code(code: &str) -> Option<Lang> {
        LOCALES.iter().position(|l| l.code == code).map(Lang)
    }

    /// The language's code.
    pub fn code(self) -> &'static str {
        LOCALES[self.0].code
    }

    /// The string for `key`.
    pub fn t(self, key: Key) -> &'static str {
        LOCALES[self.0].strings[key as usize]
    }

    /// The string for `key` with each `{name}` replaced by its value.
    pub fn fill(self, key: Key, args: &[(&str, &str)]) -> String {
        args.iter().fold(self.t(key).to_owned(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
    }

    /// The string for a count: `one` for the counts the language writes in
    /// the singular (`meta.plural_one`: "1" in English and Spanish, "0 1" in
    /// French), else `other`; `{n}` and `args` are filled in.
    pub fn count(self, n: usize, one: Key, other: Key, args: &[(&str, &str)]) -> String {
        let singular = self.t(Key::MetaPluralOne).split_whitespace().any(|c| c == n.to_string());
        let number = self.integer(n as i64);
        let mut all = vec![("n", number.as_str())];
        all.extend_from_slice(args);
        self.fill(if singular { one } else { other }, &all)
    }

    /// An integer with the language's thousands separator.
    pub fn integer(self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(self.t(Key::MetaThousandsSeparator));
            }
            out.push(c);
        }
        if n < 0 {
            out.insert(0, '-');
        }
        out
    }

    /// A number with `decimals` decimals, in the language's notation.
    pub fn decimal(self, n: f64, decimals: usize) -> String {
        let text = format!("{:.*}", decimals, n.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let sign = if n < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') { "-" } else { "" };
        let whole = self.integer(whole.parse().unwrap_or(0));
        match fraction {
            "" => format!("{sign}{whole}"),
            f => format!("{sign}{whole}{}{f}", self.t(Key::MetaDecimalSeparator)),
        }
    }

    /// A date written out, e.g. "Tuesday, March 17, 2026" or "martes 17 de marzo de 2026".
    pub fn date_long(self, date: Date) -> String {
        self.fill_date(Key::MetaDateLong, date)
    }

    /// A short date, e.g. "Mar 17" or "17 mar".
    pub fn date_short(self, date: Date) -> String {
        self.fill_date(Key::MetaDateShort, date)
    }

    fn fill_date(self, key: Key, date: Date) -> String {
        let month = self.t(MONTHS[usize::from(date.month.clamp(1, 12)) - 1]);
        let weekday = self.t(WEEKDAYS[usize::from(date.weekday())]);
        let short: String = month.chars().take(3).collect();
        self.fill(
            key,
            &[
                ("weekday", weekday),
                ("day", &date.day.to_string()),
                ("month", month),
                ("mon", &short),
                ("year", &date.year.to_string()),
            ],
        )
    }
}

const MONTHS: [Key; 12] = [
    Key::Month1,
    Key::Month2,
    Key::Month3,
    Key::Month4,
    Key::Month5,
    Key::Month6,
    Key::Month7,
    Key::Month8,
    Key::Month9,
    Key::Month10,
    Key::Month11,
    Key::Month12,
];

const WEEKDAYS: [Key; 7] =
    [Key::Weekday0, Key::Weekday1, Key::Weekday2, Key::Weekday3, Key::Weekday4, Key::Weekday5, Key::Weekday6];

#[cfg(test)]
mod tests {
    use super::*;

    fn es() -> Lang {
        Lang::from_code("es").expect("Spanish table")
    }

    #[test]
    fn formats_numbers_per_language() {
        let en = Lang::default();
        assert_eq!(en.integer(1_234_567), "1,234,567");
        assert_eq!(es().integer(1_234_567), "1.234.567");
        assert_eq!(en.decimal(-1234.5, 1), "-1,234.5");
        assert_eq!(es().decimal(1234.5, 2), "1.234,50");
        assert_eq!(en.integer(12), "12");
    }

    #[test]
    fn formats_dates_per_language() {
        let d = Date::new(2026, 3, 17).expect("a date");
        assert_eq!(Lang::default().date_long(d), "Tuesday, March 17, 2026");
        assert_eq!(es().date_long(d), "martes 17 de marzo de 2026");
        assert_eq!(Lang::default().date_short(d), "Mar 17");
        assert_eq!(es().date_short(d), "17 mar");
    }

    #[test]
    fn chooses_singular_or_plural() {
        let en = Lang::default();
        assert_eq!(en.count(1, Key::ResponsesAppliedOne, Key::ResponsesApplied, &[]), "1 change was applied.");
        assert_eq!(en.count(2, Key::ResponsesAppliedOne, Key::ResponsesApplied, &[]), "2 changes were applied.");
        assert_eq!(
            es().count(1_500, Key::ResponsesAppliedOne, Key::ResponsesApplied, &[]),
            "Se aplicaron 1.500 cambios."
        );
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(Lang::default().code(), "en");
        assert!(Lang::all().count() >= 2);
    }
}
