//! Name badges: whose (every delegate, or one country's), in what order, with
//! what on them, and how badges of a standard size sit on an A4 sheet.

use crate::domain::checkin_code::checkin_code;
use crate::domain::ids::CountryId;
use crate::domain::model::Delegate;
use crate::domain::text::fold;
use crate::domain::Plan;

/// The paper a sheet is printed on: A4 portrait, in tenths of a millimetre.
const A4: (u32, u32) = (2100, 2970);

/// A standard badge size.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BadgeSize {
    /// 90 × 55 mm, a business card: ten to a sheet.
    #[default]
    Card,
    /// 101.6 × 76.2 mm (4 × 3 in), the common badge holder's insert: six to a sheet.
    FourByThree,
    /// A6, 105 × 148 mm: four to a sheet.
    A6,
}

impl BadgeSize {
    /// Every size, the default first.
    pub const ALL: [BadgeSize; 3] = [BadgeSize::Card, BadgeSize::FourByThree, BadgeSize::A6];

    /// The size's name in a URL.
    pub fn code(self) -> &'static str {
        match self {
            BadgeSize::Card => "card",
            BadgeSize::FourByThree => "4x3",
            BadgeSize::A6 => "a6",
        }
    }

    /// The size named `code` in a URL, if any.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Width and height, in tenths of a millimetre.
    pub fn tenths_mm(self) -> (u32, u32) {
        match self {
            BadgeSize::Card => (900, 550),
            BadgeSize::FourByThree => (1016, 762),
            BadgeSize::A6 => (1050, 1480),
        }
    }

    /// Columns and rows of badges on an A4 sheet printed without margins.
    pub fn grid(self) -> (usize, usize) {
        let (w, h) = self.tenths_mm();
        ((A4.0 / w) as usize, (A4.1 / h) as usize)
    }

    /// How many badges an A4 sheet holds.
    pub fn per_sheet(self) -> usize {
        let (columns, rows) = self.grid();
        columns * rows
    }
}

/// What one badge shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Badge<'a> {
    pub delegate: &'a Delegate,
    /// The delegate's country, by name.
    pub country: String,
    /// Their agency's name, or "" when none.
    pub agency: String,
    /// Their check-in code, in text and in the QR code.
    pub code: String,
}

/// The badges of every delegate, or of `country`'s, by country and then by name.
pub fn badges<'a>(plan: &'a Plan, country: Option<&CountryId>) -> Vec<Badge<'a>> {
    let mut badges: Vec<Badge<'a>> = plan
        .delegates
        .iter()
        .filter(|d| country.is_none_or(|c| &d.country == c))
        .map(|delegate| Badge {
            delegate,
            country: plan.country_name(&delegate.country),
            agency: delegate.agency.as_ref().and_then(|a| plan.agency(a)).map(|a| a.name.clone()).unwrap_or_default(),
            code: checkin_code(&delegate.id),
        })
        .collect();
    badges.sort_by_cached_key(|b| (fold(&b.country), fold(&b.delegate.name)));
    badges
}
