//! The Leptos user interface: a thin layer over [`crate::domain`].
//!
//! One [`state::PlanStore`] in context holds the plan and is the only place
//! that changes it; pages read it through memos. Storage and files are
//! isolated in [`persist`] and [`files`]; every string goes through [`i18n`].

mod clock;
mod components;
mod conflict;
mod drafts;
mod files;
mod history;
mod i18n;
mod notices;
mod pages;
mod persist;
mod query;
mod scheduler;
mod state;
mod worker_client;

use components::layout::Layout;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use pages::*;

/// Mounts the app on the page's body.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

/// The whole app: contexts, then the routed pages inside the layout.
#[component]
pub fn App() -> impl IntoView {
    let i18n = i18n::provide();
    let notices = notices::provide();
    let store = state::provide(i18n, notices);
    history::provide(store);
    drafts::provide(store);
    editions::provide();
    view! {
        <Router>
            <Layout>
                <Show when=move || store.ready().get() fallback=move || view! {
                    <p class="loading" role="status" data-testid="loading">{i18n.t(crate::i18n::Key::StorageLoading)}</p>
                }>
                <Routes fallback=not_found::NotFound>
                    <Route path=path!("/") view=overview::Overview />
                    <Route path=path!("/catalogue") view=catalogue::Catalogue />
                    <Route path=path!("/themes") view=themes::ThemesPage />
                    <Route path=path!("/offers/new") view=offer_form::NewOffer />
                    <Route path=path!("/offers/:id") view=offer::OfferPage />
                    <Route path=path!("/offers/:id/edit") view=offer_form::EditOffer />
                    <Route path=path!("/demand") view=demand::Demand />
                    <Route path=path!("/demand/form") view=demand::BlankForm />
                    <Route path=path!("/matrix") view=matrix::MatrixPage />
                    <Route path=path!("/responses") view=responses::Responses />
                    <Route path=path!("/rounds") view=rounds::Rounds />
                    <Route path=path!("/agendas") view=agendas::Agendas />
                    <Route path=path!("/checkin") view=checkin::CheckIn />
                    <Route path=path!("/replan") view=replan::ReplanPage />
                    <Route path=path!("/board") view=board::BoardPage />
                    <Route path=path!("/badges") view=badges::BadgesPage />
                    <Route path=path!("/event") view=event_form::EventForm />
                    <Route path=path!("/participants") view=participants::Participants />
                    <Route path=path!("/plans") view=plans::Plans />
                    <Route path=path!("/actions") view=actions::ActionsPage />
                    <Route path=path!("/actions/form") view=actions::form::ActionFormPage />
                    <Route path=path!("/actions/compare") view=actions::compare::ComparePage />
                    <Route path=path!("/actions/blank") view=actions::blank::BlankActionForm />
                    <Route path=path!("/actions/quick") view=actions::quick::QuickKeying />
                    <Route path=path!("/evaluation") view=evaluation::EvaluationPage />
                    <Route path=path!("/selection") view=selection::SelectionPage />
                    <Route path=path!("/followup") view=followup::FollowUpBoard />
                    <Route path=path!("/analytics") view=analytics::Analytics />
                    <Route path=path!("/report") view=report::ReportPage />
                    <Route path=path!("/editions") view=editions::EditionsPage />
                </Routes>
                </Show>
            </Layout>
            // Outside <main>: a modal of the whole app, not part of a page.
            <conflict::ConflictDialog />
        </Router>
    }
}
