//! Participants: countries, sub-regional mechanisms, agencies and delegates.
//! The record being edited is in the URL (`?edit=agencies/ag-pe-midis`).

mod forms;
mod section;

use crate::app::i18n::{tr, use_i18n};
use crate::app::query::use_query_param;
use crate::app::state::use_store;
use crate::domain::edit::RecordRef;
use crate::domain::Plan;
use crate::i18n::Key;
use leptos::prelude::*;
use section::{Row, Section};

/// The four participant tables, each with its add and edit form.
#[component]
pub fn Participants() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let editing = use_query_param("edit", false);
    let rows = move |of: fn(&Plan) -> Vec<Row>| Signal::derive(move || plan.with(of));
    let countries = rows(|p| {
        p.countries
            .iter()
            .map(|c| Row::new(RecordRef::Country(c.id.clone()), &c.name, [c.iso.clone(), c.subregion.clone()]))
            .collect()
    });
    let mechanisms = rows(|p| {
        p.mechanisms
            .iter()
            .map(|m| {
                let members = m.members.iter().map(|c| p.country_name(c)).collect::<Vec<_>>().join(", ");
                Row::new(RecordRef::Mechanism(m.id.clone()), &m.acronym, [m.name.clone(), members])
            })
            .collect()
    });
    let agencies = rows(|p| {
        p.agencies
            .iter()
            .map(|a| {
                Row::new(RecordRef::Agency(a.id.clone()), &a.name, [a.acronym.clone(), p.country_name(&a.country)])
            })
            .collect()
    });
    let delegates = rows(|p| {
        p.delegates
            .iter()
            .map(|d| {
                let agency = d.agency.as_ref().and_then(|a| p.agency(a)).map(|a| a.acronym.clone()).unwrap_or_default();
                Row::new(RecordRef::Delegate(d.id.clone()), &d.name, [p.country_name(&d.country), agency])
            })
            .collect()
    });
    view! {
        <section class="page participants">
            <h1>{tr!(i18n, ParticipantsTitle)}</h1>
            <nav class="toc" aria-label=tr!(i18n, ParticipantsSections)>
                <a href="#countries">{tr!(i18n, ParticipantsCountries)}</a>
                <a href="#mechanisms">{tr!(i18n, ParticipantsMechanisms)}</a>
                <a href="#agencies">{tr!(i18n, ParticipantsAgencies)}</a>
                <a href="#delegates">{tr!(i18n, ParticipantsDelegates)}</a>
            </nav>
            <Section
                kind="countries"
                title=Key::ParticipantsCountries
                add=Key::CountryAdd
                columns=[Key::ColumnName, Key::ColumnIso, Key::ColumnSubregion]
                rows=countries
                editing=editing
                form=forms::country_form
            />
            <Section
                kind="mechanisms"
                title=Key::ParticipantsMechanisms
                add=Key::MechanismAdd
                columns=[Key::ColumnAcronym, Key::ColumnName, Key::ColumnMembers]
                rows=mechanisms
                editing=editing
                form=forms::mechanism_form
            />
            <Section
                kind="agencies"
                title=Key::ParticipantsAgencies
                add=Key::AgencyAdd
                columns=[Key::ColumnName, Key::ColumnAcronym, Key::ColumnCountry]
                rows=agencies
                editing=editing
                form=forms::agency_form
            />
            <Section
                kind="delegates"
                title=Key::ParticipantsDelegates
                add=Key::DelegateAdd
                columns=[Key::ColumnName, Key::ColumnCountry, Key::ColumnAgency]
                rows=delegates
                editing=editing
                form=forms::delegate_form
            />
        </section>
    }
}
