//! The frame around every page: header, navigation, language switch, notices.

use crate::app::i18n::{tr, use_i18n};
use crate::app::notices::NoticeArea;
use crate::app::state::use_store;
use crate::i18n::{Key, Lang};
use leptos::prelude::*;
use leptos_router::components::A;

/// Header with navigation, then the page, then the footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    // The pages in the order of the workshop's chain, in stages.
    let stages = [
        (
            Key::NavStageWorkshop,
            &[
                ("/", Key::NavOverview),
                ("/catalogue", Key::NavCatalogue),
                ("/event", Key::NavEvent),
                ("/participants", Key::NavParticipants),
                ("/plans", Key::NavPlans),
            ][..],
        ),
        (
            Key::NavStageDemand,
            &[("/demand", Key::NavDemand), ("/responses", Key::NavResponses), ("/matrix", Key::NavMatrix)][..],
        ),
        (Key::NavStageRounds, &[("/rounds", Key::NavRounds), ("/agendas", Key::NavAgendas)][..]),
        (
            Key::NavStageDay,
            &[
                ("/checkin", Key::NavCheckin),
                ("/replan", Key::NavReplan),
                ("/board", Key::NavBoard),
                ("/badges", Key::NavBadges),
            ][..],
        ),
        (
            Key::NavStageAfter,
            &[
                ("/actions", Key::NavActions),
                ("/evaluation", Key::NavEvaluation),
                ("/selection", Key::NavSelection),
                ("/followup", Key::NavFollowup),
            ][..],
        ),
        (Key::NavStageResults, &[("/analytics", Key::NavAnalytics), ("/report", Key::NavReport)][..]),
    ];
    view! {
        <a class="skip-link" href="#main">{tr!(i18n, NavSkip)}</a>
        <header class="site-header">
            <div class="brand">
                <span class="logo" aria-hidden="true">"◎"</span>
                <span class="brand-name">"Rondas"</span>
                <span class="plan-name" data-testid="plan-name">
                    {move || store.plan().with(|p| p.event.name.clone())}
                </span>
                <Show when=move || store.unsaved().get()>
                    <span class="badge warn">{tr!(i18n, StorageUnsavedBadge)}</span>
                </Show>
            </div>
            <nav aria-label=tr!(i18n, NavLabel)>
                <ul>
                    {stages
                        .into_iter()
                        .map(|(stage, pages)| {
                            view! {
                                <li class="stage">
                                    <ul aria-label=move || i18n.t(stage)>
                                        {pages
                                            .iter()
                                            .map(|&(href, key)| {
                                                view! {
                                                    <li>
                                                        <A href=href exact=true>
                                                            {move || i18n.t(key)}
                                                        </A>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
            <LanguageSwitch />
        </header>
        <NoticeArea />
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <p>{tr!(i18n, FooterOffline)}</p>
        </footer>
    }
}

/// The language select; the choice is remembered.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class="language">
            <span class="visually-hidden">{tr!(i18n, LanguageLabel)}</span>
            <select
                data-testid="language"
                on:change=move |ev| {
                    if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
                        i18n.set(lang);
                    }
                }
                prop:value=move || i18n.lang().code()
            >
                {Lang::all()
                    .map(|lang| {
                        view! {
                            <option value=lang.code() lang=lang.code() selected=move || i18n.lang() == lang>
                                {lang.t(Key::MetaLanguageName)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
