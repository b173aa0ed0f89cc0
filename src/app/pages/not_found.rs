//! The page for an address that matches no route.

use crate::app::i18n::{tr, use_i18n};
use leptos::prelude::*;
use leptos_router::components::A;

/// "Page not found", with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page">
            <h1>{tr!(i18n, NotFoundTitle)}</h1>
            <p><A href="/">{tr!(i18n, NotFoundBack)}</A></p>
        </section>
    }
}
