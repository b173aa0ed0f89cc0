//! What the schedule card shows, chosen in the URL: the master grid
//! (filtered by `theme` and `country`), one delegation's agenda
//! (`view=country`: its rounds across the slots, presenting and attending,
//! free slots included) or one room's (`view=room`).

use super::grid::RoundGrid;
use crate::app::components::fields::QueryFilter;
use crate::app::components::options::{country_options, room_options, theme_options};
use crate::app::i18n::use_i18n;
use crate::app::pages::agendas::{delegation_page, room_page};
use crate::app::query::use_query_param;
use crate::app::state::use_store;
use crate::domain::assign::assign;
use crate::domain::ids::{CountryId, RoomId};
use crate::i18n::Key;
use leptos::prelude::*;

/// The view and its filters.
#[component]
pub fn ViewPicker() -> impl IntoView {
    let i18n = use_i18n();
    let view = use_query_param("view", true);
    let theme = use_query_param("theme", true);
    let country = use_query_param("country", true);
    let room = use_query_param("room", true);
    let views = Signal::derive(move || {
        vec![
            ("country".to_owned(), i18n.t(Key::ViewCountry).to_owned()),
            ("room".to_owned(), i18n.t(Key::ViewRoom).to_owned()),
        ]
    });
    let (themes, countries, rooms) = (theme_options(), country_options(), room_options());
    let is = move |name: &str| view.value.get().as_deref() == Some(name);
    view! {
        <QueryFilter label=Key::ViewLabel param=view empty=Key::ViewGrid options=views testid="view" />
        <Show when=move || !is("room")>
            <QueryFilter label=Key::ViewByCountry param=country empty=Key::CatalogueAll options=countries testid="filter-country" />
        </Show>
        <Show when=move || view.value.get().is_none()>
            <QueryFilter label=Key::ViewByTheme param=theme empty=Key::CatalogueAll options=themes testid="filter-theme" />
        </Show>
        <Show when=move || is("room")>
            <QueryFilter label=Key::AgendaRoom param=room empty=Key::FieldNone options=rooms testid="view-room" />
        </Show>
    }
}

/// The grid, or the agenda the view names.
#[component]
pub fn ScheduleView() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let view = use_query_param("view", true);
    let country = use_query_param("country", true);
    let room = use_query_param("room", true);
    move || {
        let lang = i18n.lang();
        let pick = || view! { <p class="empty">{lang.t(Key::AgendaPick)}</p> }.into_any();
        match view.value.get().as_deref() {
            Some("country") => plan.with(|p| match country.value.get() {
                Some(c) => match &p.schedule {
                    Some(s) => delegation_page(p, lang, &CountryId(c), &assign(p, &s.sessions), false).into_any(),
                    None => pick(),
                },
                _ => pick(),
            }),
            Some("room") => plan.with(|p| match room.value.get() {
                Some(r) if p.schedule.is_some() => room_page(p, lang, &RoomId(r), false).into_any(),
                _ => pick(),
            }),
            _ => view! { <RoundGrid /> }.into_any(),
        }
    }
}
