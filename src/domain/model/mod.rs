//! The plan: one whole workshop, from its event to its offer catalogue.

mod catalogue;
mod demand;
mod event;
mod participants;
mod response;
mod schedule;

pub use catalogue::{Modality, Offer, ProgramType, Theme};
pub use demand::{Interest, Priority, ThemeInterest};
pub use event::{Event, Room, Slot};
pub use participants::{Agency, Country, Delegate, Mechanism};
pub use response::Response;
pub use schedule::{Schedule, Session};

use super::ids::*;
use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// A workshop plan. Every record has a stable id, so that plans and the
/// response files sent back by delegations can be merged record by record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub id: PlanId,
    pub event: Event,
    pub themes: Vec<Theme>,
    pub countries: Vec<Country>,
    pub mechanisms: Vec<Mechanism>,
    pub agencies: Vec<Agency>,
    pub delegates: Vec<Delegate>,
    pub offers: Vec<Offer>,
    /// Countries' interests in offers (since version 2).
    #[serde(default)]
    pub interests: Vec<Interest>,
    /// Countries' interests in themes (since version 2).
    #[serde(default)]
    pub theme_interests: Vec<ThemeInterest>,
    /// The business rounds, once scheduled (since version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Schedule>,
}

macro_rules! finders {
    ($($fn:ident, $fn_mut:ident, $field:ident, $id:ty, $rec:ty;)*) => {
        impl Plan {$(
            #[doc = concat!("The record of `", stringify!($field), "` with this id.")]
            pub fn $fn(&self, id: &$id) -> Option<&$rec> {
                self.$field.iter().find(|r| &r.id == id)
            }
            #[doc = concat!("The record of `", stringify!($field), "` with this id, to change it.")]
            pub fn $fn_mut(&mut self, id: &$id) -> Option<&mut $rec> {
                self.$field.iter_mut().find(|r| &r.id == id)
            }
        )*}
    };
}

finders! {
    theme, theme_mut, themes, ThemeId, Theme;
    country, country_mut, countries, CountryId, Country;
    mechanism, mechanism_mut, mechanisms, MechanismId, Mechanism;
    agency, agency_mut, agencies, AgencyId, Agency;
    delegate, delegate_mut, delegates, DelegateId, Delegate;
    offer, offer_mut, offers, OfferId, Offer;
}

impl Plan {
    /// The name of a country, or its id when it is missing.
    pub fn country_name(&self, id: &CountryId) -> String {
        self.country(id).map_or_else(|| id.to_string(), |c| c.name.clone())
    }

    /// The interest of `country` in `offer`, if it has one.
    pub fn interest(&self, country: &CountryId, offer: &OfferId) -> Option<&Interest> {
        self.interests.iter().find(|i| &i.country == country && &i.offer == offer)
    }

    /// The label of a theme in `lang`, or its id when it is missing.
    pub fn theme_label(&self, id: &ThemeId, lang: &str) -> String {
        self.theme(id).map_or_else(|| id.to_string(), |t| t.label(lang).to_owned())
    }
}

/// The file-format code of an enum value (`conditional-cash-transfer`).
pub fn code_of<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// The enum value with this file-format code.
pub fn from_code<T: DeserializeOwned>(code: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(code.to_owned())).ok()
}
