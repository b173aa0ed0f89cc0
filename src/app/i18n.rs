//! The interface language in context: a signal over [`crate::i18n::Lang`],
//! remembered in local storage and mirrored on `<html lang>`.

use super::persist;
use crate::i18n::{Key, Lang};
use leptos::prelude::*;

/// The current language; `t` reads it reactively.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    /// The current language (tracked).
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// The string for `key` in the current language (tracked).
    pub fn t(&self, key: Key) -> &'static str {
        self.lang.get().t(key)
    }

    /// The current language, without tracking.
    pub fn lang_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    /// Switches the language and remembers it.
    pub fn set(&self, lang: Lang) {
        self.lang.set(lang);
        persist::prefs::save_language(lang.code());
    }
}

/// `tr!(i18n, Key)`: a reactive closure giving the string of `Key`.
macro_rules! tr {
    ($i18n:expr, $key:ident) => {
        move || $i18n.t($crate::i18n::Key::$key)
    };
}
pub(crate) use tr;

/// The saved language; at the first visit, the first of the browser's
/// languages that Rondas speaks (else English), remembered from then on.
fn initial() -> Lang {
    if let Some(saved) = persist::prefs::load_language().and_then(|code| Lang::from_code(&code)) {
        return saved;
    }
    let tags: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|tag| tag.as_string()).collect())
        .unwrap_or_default();
    let lang = Lang::from_browser(tags.iter().map(String::as_str)).unwrap_or_default();
    persist::prefs::save_language(lang.code());
    lang
}

/// Provides the language context.
pub fn provide() -> I18n {
    let i18n = I18n { lang: RwSignal::new(initial()) };
    Effect::new(move |_| {
        let code = i18n.lang().code();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", code);
        }
    });
    provide_context(i18n);
    i18n
}

/// The language context.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
