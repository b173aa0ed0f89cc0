//! The pair of selects every record of a country has: the country, then an
//! agency of that country (or none). Changing the country clears the agency.

use super::fields::{bind, SelectField};
use super::options::country_options;
use crate::app::i18n::use_i18n;
use crate::app::state::use_store;
use crate::domain::ids::{AgencyId, CountryId};
use crate::i18n::Key;
use leptos::prelude::*;

/// How to reach a record's country and agency.
pub struct CountryAgency<T> {
    pub country: fn(&T) -> &CountryId,
    pub set_country: fn(&mut T, CountryId),
    pub agency: fn(&T) -> Option<&AgencyId>,
    pub set_agency: fn(&mut T, Option<AgencyId>),
}

/// The two selects over `draft`, labelled `labels`.
pub fn country_and_agency<T: Send + Sync + 'static>(
    draft: RwSignal<T>,
    labels: (Key, Key),
    access: CountryAgency<T>,
) -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let CountryAgency { country, set_country, agency, set_agency } = access;
    let agencies = Signal::derive(move || {
        let of = draft.with(|d| country(d).clone());
        let none = (String::new(), i18n.t(Key::FieldNone).to_owned());
        let own: Vec<_> = plan.with(|p| {
            p.agencies.iter().filter(|a| a.country == of).map(|a| (a.id.to_string(), a.name.clone())).collect()
        });
        std::iter::once(none).chain(own).collect()
    });
    view! {
        <SelectField
            label=labels.0
            options=country_options()
            bind=bind(draft, move |d| country(d).to_string(), move |d, v| {
                set_country(d, v.into());
                set_agency(d, None);
            })
        />
        <SelectField
            label=labels.1
            options=agencies
            bind=bind(
                draft,
                move |d| agency(d).map(ToString::to_string).unwrap_or_default(),
                move |d, v| set_agency(d, (!v.is_empty()).then(|| v.into())),
            )
        />
    }
}
