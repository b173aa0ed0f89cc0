//! A text of the plan (an offer's title or summary, a theme's name) in the
//! reader's language, or in its original marked as such.

use crate::app::components::marked::marked_runs;
use crate::app::i18n::use_i18n;
use crate::domain::ids::{OfferId, ThemeId};
use crate::domain::model::{Localized, Plan};
use crate::domain::search::Query;
use crate::i18n::fill;
use leptos::prelude::*;

/// A text to show and the language it is in (the core's [`Localized`], owned).
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Shown {
    pub text: String,
    pub lang: String,
}

impl From<Localized<'_>> for Shown {
    fn from(l: Localized<'_>) -> Self {
        Self { text: l.text.to_owned(), lang: l.lang.to_owned() }
    }
}

/// The text; when it is in another language than the interface's, it carries
/// `lang` (so screen readers pronounce it) and an "original: Portuguese" mark.
/// With `href`, the text is a link and the mark follows it, out of its name;
/// with `query`, the words the search matched are marked in it.
#[component]
pub fn LocalText(
    text: Shown,
    #[prop(optional, into)] href: Option<String>,
    #[prop(optional)] testid: &'static str,
    #[prop(default = None)] query: Option<Signal<Query>>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let reader = i18n.lang();
        let foreign = Localized { text: &text.text, lang: &text.lang }.is_foreign_to(reader.code());
        let lang = foreign.then(|| text.lang.clone());
        let testid = (!testid.is_empty()).then_some(testid);
        let words = match query {
            Some(query) => query.with(|q| marked_runs(q.mark(&text.text))).into_any(),
            None => text.text.clone().into_any(),
        };
        let shown = match href.clone() {
            Some(href) => view! { <a href=href lang=lang data-testid=testid>{words}</a> }.into_any(),
            None => view! { <span lang=lang data-testid=testid>{words}</span> }.into_any(),
        };
        let mark = foreign.then(|| {
            let language = reader.language_name(&text.lang);
            view! { " " <small class="original-mark" data-testid="original-mark">{reader.fill(fill::ContentOriginal { language: &language })}</small> }
        });
        view! { {shown} {mark} }
    }
}

/// The names of `themes` for a reader of `lang` (a missing theme by its id).
pub fn theme_names(plan: &Plan, themes: &[ThemeId], lang: &str) -> Vec<Shown> {
    themes
        .iter()
        .map(|t| {
            plan.theme_name(t, lang).map_or_else(|| Shown { text: t.to_string(), lang: String::new() }, Shown::from)
        })
        .collect()
}

/// Theme names as chips (the items of a `<ul class="chips">`), with the words
/// `query` matched marked when there is one.
pub fn theme_chips(names: Vec<Shown>, query: Option<Signal<Query>>) -> impl IntoView {
    names.into_iter().map(|text| view! { <li class="chip"><LocalText text=text query=query /></li> }).collect_view()
}

/// The title of offer `id` for a reader of `lang` (empty when the offer is missing).
pub fn offer_title(plan: &Plan, id: &OfferId, lang: &str) -> Shown {
    plan.offer_title(id, lang).map(Shown::from).unwrap_or_default()
}
