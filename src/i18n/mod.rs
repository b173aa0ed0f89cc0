//! The translation layer: one typed table per language and the formatting
//! of numbers and dates for that language.
//!
//! Each language is one file in `locales/` (`en.txt`, `es.txt`, …) of
//! `key = text` lines; `build.rs` turns them into [`Key`] and [`LOCALES`] and
//! fails the build when a file lacks a key. A new language is one new file:
//! the picker, the browser's choice and `rondas-cli --lang` follow the tables.

mod agenda;
mod demand;
mod labels;
mod merge;
mod outcomes;
mod problems;
mod rounds;

use crate::domain::date::Date;
use crate::domain::Plan;

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

    /// The first of the browser's preferred languages (BCP 47 tags such as
    /// `pt-BR`, `fr-HT`, `es-419`, in the browser's order) that has a table,
    /// matched by its primary subtag; `None` when none has.
    pub fn from_browser<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        tags.into_iter().find_map(|tag| {
            let primary = tag.split(['-', '_']).next().unwrap_or_default();
            Lang::from_code(&primary.to_ascii_lowercase())
        })
    }

    /// The language of `plan` (`event.language`), else English.
    pub fn of_plan(plan: &Plan) -> Lang {
        Lang::from_code(&plan.event.language).unwrap_or_default()
    }

    /// The language's code.
    pub fn code(self) -> &'static str {
        LOCALES[self.0].code
    }

    /// The string for `key`.
    pub fn t(self, key: Key) -> &'static str {
        LOCALES[self.0].strings[key as usize]
    }

    /// The text of `args`' key with each `{placeholder}` replaced by its
    /// field (see [`fill`]; a count chooses its singular or plural text).
    pub fn fill(self, args: impl Fill) -> String {
        let text = self.t(args.key(self));
        let mut out = String::with_capacity(text.len() + 16);
        let mut rest = text;
        while let Some((before, after)) = rest.split_once('{') {
            out.push_str(before);
            match after.split_once('}') {
                Some((name, tail)) => {
                    args.put(self, name, &mut out);
                    rest = tail;
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// Whether the language writes `n` things in the singular
    /// (`meta.plural_one`: "1" in English and Spanish, "0 1" in Portuguese and French).
    pub fn is_singular(self, n: usize) -> bool {
        self.t(Key::MetaPluralOne).split_whitespace().any(|c| c.parse() == Ok(n))
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

    /// An amount of money, e.g. "12,500 USD".
    pub fn money(self, amount: u64, currency: &str) -> String {
        format!("{} {currency}", self.integer(i64::try_from(amount).unwrap_or(i64::MAX)))
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
        let weekday = self.t(WEEKDAYS[usize::from(date.weekday())]);
        let (day, year) = (date.day.to_string(), date.year.to_string());
        self.fill(fill::MetaDateLong { weekday, month: self.month(date), day: &day, year: &year })
    }

    /// A short date, e.g. "Mar 17", "17 mar" or "17 juil.": the month as
    /// the language abbreviates it (`meta.months_short`, twelve words).
    pub fn date_short(self, date: Date) -> String {
        let index = usize::from(date.month.clamp(1, 12)) - 1;
        let mon = self.t(Key::MetaMonthsShort).split_whitespace().nth(index).unwrap_or(self.month(date));
        self.fill(fill::MetaDateShort { mon, day: &date.day.to_string() })
    }

    fn month(self, date: Date) -> &'static str {
        self.t(MONTHS[usize::from(date.month.clamp(1, 12)) - 1])
    }
}

/// The arguments of a text with placeholders: the generated structs of
/// [`fill`], one per key.
pub trait Fill {
    /// The key of the text in `lang` (a count's singular or plural).
    fn key(&self, lang: Lang) -> Key;
    /// Appends the value of the placeholder `name`.
    fn put(&self, lang: Lang, name: &str, out: &mut String);
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

    fn pt() -> Lang {
        Lang::from_code("pt").expect("Portuguese table")
    }

    #[test]
    fn formats_numbers_per_language() {
        let en = Lang::default();
        assert_eq!(en.integer(1_234_567), "1,234,567");
        assert_eq!(es().integer(1_234_567), "1.234.567");
        assert_eq!(en.decimal(-1234.5, 1), "-1,234.5");
        assert_eq!(es().decimal(1234.5, 2), "1.234,50");
        assert_eq!(en.integer(12), "12");
        assert_eq!(pt().integer(1_234_567), "1.234.567");
        assert_eq!(pt().decimal(-1234.5, 2), "-1.234,50");
        assert_eq!(pt().money(12_500, "BRL"), "12.500 BRL");
    }

    #[test]
    fn formats_dates_per_language() {
        let d = Date::new(2026, 3, 17).expect("a date");
        assert_eq!(Lang::default().date_long(d), "Tuesday, March 17, 2026");
        assert_eq!(es().date_long(d), "martes 17 de marzo de 2026");
        assert_eq!(Lang::default().date_short(d), "Mar 17");
        assert_eq!(es().date_short(d), "17 mar");
        assert_eq!(pt().date_long(d), "terça-feira, 17 de março de 2026");
        assert_eq!(pt().date_short(d), "17 mar");
        let d = Date::new(2026, 12, 6).expect("a date");
        assert_eq!(pt().date_long(d), "domingo, 6 de dezembro de 2026");
        assert_eq!(pt().date_short(d), "6 dez");
    }

    #[test]
    fn chooses_singular_or_plural() {
        let en = Lang::default();
        assert_eq!(en.fill(fill::ResponsesApplied { n: 1 }), "1 change was applied.");
        assert_eq!(en.fill(fill::ResponsesApplied { n: 2 }), "2 changes were applied.");
        assert_eq!(es().fill(fill::ResponsesApplied { n: 1_500 }), "Se aplicaron 1.500 cambios.");
    }

    fn fr() -> Lang {
        Lang::from_code("fr").expect("French table")
    }

    #[test]
    fn writes_french_numbers_dates_and_counts() {
        let fr = fr();
        assert_eq!(fr.integer(1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(fr.decimal(-1234.5, 1), "-1\u{202f}234,5");
        assert_eq!(fr.money(12_500, "USD"), "12\u{202f}500 USD");
        let d = Date::new(2026, 3, 17).expect("a date");
        assert_eq!(fr.date_long(d), "mardi 17 mars 2026");
        assert_eq!(fr.date_short(d), "17 mars");
        let short = |m| Date::new(2026, m, 1).map(|d| fr.date_short(d)).expect("a date");
        assert_eq!([short(5), short(6), short(7), short(8)], ["1 mai", "1 juin", "1 juil.", "1 août"]);
        assert_eq!(fr.fill(fill::ResponsesApplied { n: 0 }), "0 modification a été appliquée.");
        assert_eq!(fr.fill(fill::ResponsesApplied { n: 1 }), "1 modification a été appliquée.");
        assert_eq!(fr.fill(fill::ResponsesApplied { n: 2 }), "2 modifications ont été appliquées.");
        assert_eq!(fr.fill(fill::ReportDelegates { n: 1_500 }), "1\u{202f}500 délégués");
    }

    #[test]
    fn every_language_abbreviates_twelve_months() {
        for lang in Lang::all() {
            assert_eq!(lang.t(Key::MetaMonthsShort).split_whitespace().count(), 12, "{}", lang.code());
        }
    }

    /// Brazilian Portuguese, like French, writes 0 and 1 in the singular (CLDR: i = 0..1).
    #[test]
    fn portuguese_counts_zero_and_one_as_singular() {
        assert_eq!(pt().fill(fill::ResponsesApplied { n: 0 }), "0 alteração foi aplicada.");
        assert_eq!(pt().fill(fill::ResponsesApplied { n: 1 }), "1 alteração foi aplicada.");
        assert_eq!(pt().fill(fill::ResponsesApplied { n: 2 }), "2 alterações foram aplicadas.");
        assert_eq!(pt().fill(fill::ReportDelegates { n: 1_234 }), "1.234 delegados");
        assert!(!es().is_singular(0));
    }

    #[test]
    fn picks_the_first_browser_language_with_a_table() {
        let code = |tags: &[&str]| Lang::from_browser(tags.iter().copied()).map(Lang::code);
        assert_eq!(code(&["pt-BR", "en-US"]), Some("pt"));
        // fr.txt comes from another branch: until it lands, French browsers get the next choice.
        let fr_or_es = if Lang::from_code("fr").is_some() { "fr" } else { "es" };
        assert_eq!(code(&["fr-HT", "es"]), Some(fr_or_es));
        assert_eq!(code(&["de-DE", "es-419", "en"]), Some("es"));
        assert_eq!(code(&["PT_br"]), Some("pt"));
        assert_eq!(code(&["de", "ja", ""]), None);
        assert_eq!(code(&[]), None);
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(Lang::default().code(), "en");
        assert!(Lang::all().count() >= 2);
        assert_eq!(Lang::default().fill(fill::ProblemOutOfRange { min: "1", max: "5" }), "must be between 1 and 5");
    }
}
