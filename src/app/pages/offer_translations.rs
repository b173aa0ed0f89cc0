//! The offer form's languages: the one it is written in, and its title and
//! summary translated into each other language of the plan's texts.

use crate::app::components::fields::{bind, SelectField, TextArea, TextField};
use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::model::{Offer, OfferText, LANGUAGES};
use crate::i18n::{fill, Key};
use leptos::prelude::*;

/// Sets one field of the translation into `code`; a translation left with
/// neither title nor summary is dropped.
fn set_translation(offer: &mut Offer, code: &str, set: impl FnOnce(&mut OfferText)) {
    let text = offer.translations.entry(code.to_owned()).or_default();
    set(text);
    if text.title.trim().is_empty() && text.summary.trim().is_empty() {
        offer.translations.remove(code);
    }
}

/// "Written in" and the "Translations" section of the offer form.
#[component]
pub fn OfferLanguages(draft: RwSignal<Offer>) -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let languages = Signal::derive(move || {
        let lang = i18n.lang();
        let plan_lang = plan.with(|p| p.event.language.clone());
        let default = lang.fill(fill::OfferLanguagePlan { language: &lang.language_name(&plan_lang) });
        std::iter::once((String::new(), default))
            .chain(LANGUAGES.iter().map(|c| (c.to_string(), lang.language_name(c))))
            .collect()
    });
    let others = Memo::new(move |_| {
        let original = plan.with(|p| draft.with(|o| o.original_language(&p.event.language).to_owned()));
        LANGUAGES.iter().filter(|c| **c != original).map(|c| c.to_string()).collect::<Vec<_>>()
    });
    view! {
        <SelectField label=Key::OfferLanguage options=languages bind=bind(draft, |o| o.language.clone(), |o, v| o.language = v) testid="offer-language" />
        <fieldset class="field wide translations" data-testid="offer-translations">
            <legend>{tr!(i18n, OfferTranslations)}</legend>
            <p class="muted">{tr!(i18n, OfferTranslationsHint)}</p>
            <For each=move || others.get() key=|c| c.clone() let:code>
                {
                    let [c1, c2, c3, c4, c5] = [(); 5].map(|()| code.clone());
                    let title_label = Signal::derive(move || {
                        let lang = i18n.lang();
                        lang.fill(fill::OfferTranslationTitle { language: &lang.language_name(&c1) })
                    });
                    let summary_label = Signal::derive(move || {
                        let lang = i18n.lang();
                        lang.fill(fill::OfferTranslationSummary { language: &lang.language_name(&c2) })
                    });
                    let title = bind(
                        draft,
                        move |o| o.translations.get(&c3).map(|t| t.title.clone()).unwrap_or_default(),
                        move |o, v| set_translation(o, &code, |t| t.title = v),
                    );
                    let summary = bind(
                        draft,
                        move |o| o.translations.get(&c4).map(|t| t.summary.clone()).unwrap_or_default(),
                        move |o, v| set_translation(o, &c5, |t| t.summary = v),
                    );
                    view! {
                        <div class="translation">
                            <TextField label=title_label bind=title />
                            <TextArea label=summary_label bind=summary />
                        </div>
                    }
                }
            </For>
        </fieldset>
    }
}
