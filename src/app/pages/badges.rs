//! Name badges: every delegate's (or one country's) on A4 sheets of a
//! standard badge size, with name, country, agency and the check-in code in
//! text and as a QR code, cut lines between them.

use crate::app::components::fields::QueryFilter;
use crate::app::components::options::country_options;
use crate::app::components::paper::{set_page_rule, PrintButton};
use crate::app::components::qr::QrCode;
use crate::app::i18n::{tr, use_i18n};
use crate::app::query::use_query_param;
use crate::app::state::use_store;
use crate::domain::badge::{badges, Badge, BadgeSize};
use crate::domain::ids::CountryId;
use crate::i18n::{fill, Key, Lang};
use leptos::prelude::*;

/// The label of a badge size.
fn size_label(size: BadgeSize) -> Key {
    match size {
        BadgeSize::Card => Key::BadgesSizeCard,
        BadgeSize::FourByThree => Key::BadgesSize4x3,
        BadgeSize::A6 => Key::BadgesSizeA6,
    }
}

/// One badge.
fn badge_view(badge: &Badge, lang: Lang) -> impl IntoView {
    let code = badge.code.clone();
    view! {
        <li class="name-badge" data-testid="badge">
            <p class="badge-name">{badge.delegate.name.clone()}</p>
            <p class="badge-country">{badge.country.clone()}</p>
            <p class="badge-agency">{badge.agency.clone()}</p>
            <div class="badge-code">
                <QrCode text=code.clone() label=lang.fill(fill::BadgesQr { code: &code }) />
                <p><span>{lang.t(Key::BadgesCode)}</span> <code>{code.clone()}</code></p>
            </div>
        </li>
    }
}

/// The badges page: size and country in the URL, the sheets below.
#[component]
pub fn BadgesPage() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let country = use_query_param("country", true);
    let size_param = use_query_param("size", true);
    let size = Memo::new(move |_| size_param.value.get().and_then(|c| BadgeSize::from_code(&c)).unwrap_or_default());
    let sizes = Signal::derive(move || {
        BadgeSize::ALL[1..].iter().map(|&s| (s.code().to_owned(), i18n.t(size_label(s)).to_owned())).collect()
    });
    // Badges print edge to edge: the sheet's grid is centred on the paper.
    Effect::new(|| set_page_rule("@page { size: A4 portrait; margin: 0; }"));
    on_cleanup(|| set_page_rule(""));
    let sheets = move || {
        let lang = i18n.lang();
        let size = size.get();
        plan.with(|p| {
            let chosen = country.value.get().map(CountryId);
            let all = badges(p, chosen.as_ref());
            if all.is_empty() {
                return view! { <p class="empty">{lang.t(Key::BadgesNone)}</p> }.into_any();
            }
            let pages = all.chunks(size.per_sheet());
            let count = lang.fill(fill::BadgesCount { n: all.len(), sheets: &pages.len().to_string() });
            view! {
                <p class="no-print" data-testid="badge-count">{count}</p>
                <div class=format!("badge-sheets size-{}", size.code())>
                    {pages
                        .map(|page| view! { <ul class="badge-sheet" role="list">{page.iter().map(|b| badge_view(b, lang)).collect_view()}</ul> })
                        .collect_view()}
                </div>
            }
            .into_any()
        })
    };
    view! {
        <section class="page badges-page">
            <header class="page-head no-print">
                <h1>{tr!(i18n, BadgesTitle)}</h1>
                <PrintButton primary=true />
            </header>
            <p class="no-print">{tr!(i18n, BadgesIntro)}</p>
            <div class="filters no-print">
                <QueryFilter label=Key::BadgesSize param=size_param empty=Key::BadgesSizeCard options=sizes testid="badge-size" />
                <QueryFilter label=Key::BadgesCountry param=country empty=Key::BadgesAll options=country_options() testid="badge-country" />
            </div>
            {sheets}
        </section>
    }
}
