//! The add/edit forms of countries, mechanisms, agencies and delegates.

use crate::app::components::country_agency::{country_and_agency, CountryAgency};
use crate::app::components::editor::{heading, Editor};
use crate::app::components::fields::{bind, CheckGroup, SelectField, TextField};
use crate::app::components::options::country_options;
use crate::app::drafts::use_draft;
use crate::app::i18n::use_i18n;
use crate::app::state::use_store;
use crate::domain::edit::Edit;
use crate::domain::ids::next_id;
use crate::domain::model::{Agency, Country, Delegate, Mechanism, Plan};
use crate::domain::validate::Problem;
use crate::i18n::Key;
use leptos::prelude::*;

/// The draft of the record `id` of `records`, or of a new one made by `blank`
/// with a fresh id.
fn draft_of<T: Clone + PartialEq + Send + Sync + 'static>(
    id: Option<String>,
    records: fn(&Plan) -> &Vec<T>,
    id_of: fn(&T) -> &str,
    blank: impl FnOnce(&Plan, String) -> T,
) -> RwSignal<T> {
    let plan = use_store().plan().get_untracked();
    let list = records(&plan);
    let found = id.as_deref().and_then(|id| list.iter().find(|r| id_of(r) == id).cloned());
    let record = found.unwrap_or_else(|| {
        let prefix = std::any::type_name::<T>().rsplit("::").next().unwrap_or("record").to_lowercase();
        let fresh = next_id(&prefix, list.iter().map(id_of));
        blank(&plan, fresh)
    });
    use_draft(record)
}

/// Wraps `fields` in an [`Editor`] that saves `draft` through `put`.
fn editor<T: Clone + Send + Sync + 'static>(
    new: bool,
    keys: (Key, Key),
    draft: RwSignal<T>,
    put: fn(T) -> Edit,
    done: Callback<()>,
    fields: impl IntoView + 'static,
) -> AnyView {
    let i18n = use_i18n();
    let store = use_store();
    let on_save = Callback::new(move |()| -> Result<(), Vec<Problem>> {
        store.submit(put(draft.get_untracked()))?;
        done.run(());
        Ok(())
    });
    let title = Signal::derive(move || i18n.t(heading(new, keys.0, keys.1)).to_owned());
    view! { <Editor title=title on_save=on_save on_cancel=done>{fields}</Editor> }.into_any()
}

pub fn country_form(id: Option<String>, done: Callback<()>) -> AnyView {
    let new = id.is_none();
    let draft =
        draft_of(id, |p| &p.countries, |c| c.id.as_str(), |_, id| Country { id: id.into(), ..Country::default() });
    let fields = view! {
        <TextField label=Key::ColumnName required=true bind=bind(draft, |c| c.name.clone(), |c, v| c.name = v) />
        <TextField label=Key::ColumnIso required=true bind=bind(draft, |c| c.iso.clone(), |c, v| c.iso = v.trim().to_uppercase()) />
        <TextField label=Key::ColumnSubregion bind=bind(draft, |c| c.subregion.clone(), |c, v| c.subregion = v) />
    };
    editor(new, (Key::CountryAdd, Key::CountryEdit), draft, Edit::PutCountry, done, fields)
}

pub fn mechanism_form(id: Option<String>, done: Callback<()>) -> AnyView {
    let new = id.is_none();
    let draft =
        draft_of(id, |p| &p.mechanisms, |m| m.id.as_str(), |_, id| Mechanism { id: id.into(), ..Mechanism::default() });
    let fields = view! {
        <TextField label=Key::ColumnAcronym required=true bind=bind(draft, |m| m.acronym.clone(), |m, v| m.acronym = v) />
        <TextField label=Key::ColumnName required=true bind=bind(draft, |m| m.name.clone(), |m, v| m.name = v) />
        <CheckGroup
            legend=Key::ColumnMembers
            options=country_options()
            chosen=Signal::derive(move || draft.with(|m| m.members.iter().map(ToString::to_string).collect()))
            on_change=Callback::new(move |list: Vec<String>| draft.update(|m| m.members = list.iter().map(|c| c.as_str().into()).collect()))
        />
    };
    editor(new, (Key::MechanismAdd, Key::MechanismEdit), draft, Edit::PutMechanism, done, fields)
}

pub fn agency_form(id: Option<String>, done: Callback<()>) -> AnyView {
    let new = id.is_none();
    let draft = draft_of(
        id,
        |p| &p.agencies,
        |a| a.id.as_str(),
        |p, id| Agency {
            id: id.into(),
            country: p.countries.first().map(|c| c.id.clone()).unwrap_or_default(),
            ..Agency::default()
        },
    );
    let fields = view! {
        <TextField label=Key::ColumnName required=true bind=bind(draft, |a| a.name.clone(), |a, v| a.name = v) />
        <TextField label=Key::ColumnAcronym bind=bind(draft, |a| a.acronym.clone(), |a, v| a.acronym = v) />
        <SelectField label=Key::ColumnCountry options=country_options() bind=bind(draft, |a| a.country.to_string(), |a, v| a.country = v.as_str().into()) />
    };
    editor(new, (Key::AgencyAdd, Key::AgencyEdit), draft, Edit::PutAgency, done, fields)
}

pub fn delegate_form(id: Option<String>, done: Callback<()>) -> AnyView {
    let i18n = use_i18n();
    let new = id.is_none();
    let draft = draft_of(
        id,
        |p| &p.delegates,
        |d| d.id.as_str(),
        |p, id| Delegate {
            id: id.into(),
            country: p.countries.first().map(|c| c.id.clone()).unwrap_or_default(),
            ..Delegate::default()
        },
    );
    let fields = view! {
        <TextField label=Key::ColumnName required=true bind=bind(draft, |d| d.name.clone(), |d, v| d.name = v) />
        <TextField label=Key::DelegatePosition bind=bind(draft, |d| d.position.clone(), |d, v| d.position = v) />
        {country_and_agency(draft, (Key::ColumnCountry, Key::ColumnAgency), CountryAgency {
            country: |d: &Delegate| &d.country,
            set_country: |d, c| d.country = c,
            agency: |d| d.agency.as_ref(),
            set_agency: |d, a| d.agency = a,
        })}
        <CheckGroup
            legend=Key::DelegateLanguages
            options=Signal::derive(move || {
                let lang = i18n.lang();
                let known = [("es", Key::SpokenEs), ("pt", Key::SpokenPt), ("en", Key::SpokenEn), ("fr", Key::SpokenFr)];
                let mut options: Vec<(String, String)> = known.iter().map(|(c, k)| (c.to_string(), lang.t(*k).to_owned())).collect();
                let others = draft.with(|d| d.languages.clone());
                options.extend(others.into_iter().filter(|c| !known.iter().any(|(k, _)| k == c)).map(|c| (c.clone(), c)));
                options
            })
            chosen=Signal::derive(move || draft.with(|d| d.languages.clone()))
            on_change=Callback::new(move |list: Vec<String>| draft.update(|d| d.languages = list))
        />
    };
    editor(new, (Key::DelegateAdd, Key::DelegateEdit), draft, Edit::PutDelegate, done, fields)
}
