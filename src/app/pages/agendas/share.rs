//! Sharing one delegation's agenda without a server: copy it as plain text
//! in the interface's language, or open the user's email program with it.

use crate::app::i18n::use_i18n;
use crate::app::notices::{use_notices, Level};
use crate::app::state::use_store;
use crate::domain::export::mailto::mailto;
use crate::domain::ids::CountryId;
use crate::i18n::Key;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The share box of `country`'s agenda: copy as text, send by email.
#[component]
pub fn ShareAgenda(
    /// The delegation whose agenda is shared.
    country: CountryId,
) -> impl IntoView {
    let i18n = use_i18n();
    let notices = use_notices();
    let plan = use_store().plan();
    let c = country.clone();
    let text = Memo::new(move |_| plan.with(|p| i18n.lang().agenda_text(p, &c)));
    let subject = Memo::new(move |_| plan.with(|p| i18n.lang().agenda_subject(p, &country)));
    let href = Memo::new(move |_| mailto(&subject.get(), &text.get()));
    // Shown when the clipboard refuses, so the text can still be copied by hand.
    let show_text = RwSignal::new(false);
    let copy = move |_| {
        let lang = i18n.lang_untracked();
        let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else { return };
        let promise = clipboard.write_text(&text.get_untracked());
        leptos::task::spawn_local(async move {
            match JsFuture::from(promise).await {
                Ok(_) => notices.push(Level::Info, lang.t(Key::AgendaCopied).to_owned()),
                Err(_) => {
                    show_text.set(true);
                    notices.push(Level::Error, lang.t(Key::AgendaCopyFailed).to_owned());
                }
            }
        });
    };
    view! {
        <section class="share no-print" aria-labelledby="share-title" data-testid="share">
            <h2 id="share-title">{move || i18n.lang().t(Key::AgendaShare)}</h2>
            <p class="hint">{move || i18n.lang().t(Key::AgendaShareNote)}</p>
            <p class="actions">
                <button type="button" data-testid="copy-agenda" on:click=copy>{move || i18n.lang().t(Key::AgendaCopyText)}</button>
                {move || match href.get() {
                    Some(h) => view! { <a class="button" data-testid="mail-agenda" href=h>{i18n.lang().t(Key::AgendaMailto)}</a> }.into_any(),
                    None => view! { <span class="hint" data-testid="mail-too-long">{i18n.lang().t(Key::AgendaMailTooLong)}</span> }.into_any(),
                }}
            </p>
            <Show when=move || show_text.get()>
                <label class="field">
                    <span>{move || i18n.lang().t(Key::AgendaCopyText)}</span>
                    <textarea readonly rows="8" data-testid="agenda-text" prop:value=move || text.get()></textarea>
                </label>
            </Show>
        </section>
    }
}
