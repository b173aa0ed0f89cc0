//! Offers the answering country has not asked for but that fit what it
//! asked for, with the reasons, and one click to accept each.

use super::Answering;
use crate::app::clock::now;
use crate::app::components::local_text::{LocalText, Shown};
use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::edit::Edit;
use crate::domain::model::{Interest, Priority};
use crate::domain::recommend::recommend;
use leptos::prelude::*;

/// How many recommendations are shown.
const SHOWN: usize = 6;

/// The recommendation list.
#[component]
pub fn Recommendations(answering: Answering) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    let list = Memo::new(move |_| {
        let country = answering.country.get()?;
        let lang = i18n.lang();
        Some(plan.with(|p| {
            recommend(p, &country)
                .into_iter()
                .take(SHOWN)
                .filter_map(|r| {
                    let title = Shown::from(p.offer_title(&r.offer, lang.code())?);
                    let reasons: Vec<String> = r.reasons.iter().map(|x| lang.recommend_reason(p, x)).collect();
                    Some((r.offer, title, reasons))
                })
                .collect::<Vec<_>>()
        }))
    });
    let accept = move |offer| {
        let Some(country) = answering.country.get_untracked() else { return };
        let interest = Interest {
            country,
            offer,
            priority: Priority::Medium,
            delegate: answering.delegate.get_untracked(),
            updated_at: now(),
            ..Interest::default()
        };
        store.edit(Edit::PutInterest(interest));
    };
    view! {
        <Show when=move || list.with(|l| l.as_ref().is_some_and(|l| !l.is_empty()))>
            <section class="card recommendations" data-testid="recommendations">
                <h2>{tr!(i18n, RecommendTitle)}</h2>
                <ul>
                    {move || {
                        list.get()
                            .unwrap_or_default()
                            .into_iter()
                            .map(|(offer, title, reasons)| {
                                view! {
                                    <li>
                                        <div>
                                            <strong><LocalText text=title /></strong>
                                            <p class="muted">{reasons.join(" · ")}</p>
                                        </div>
                                        <button type="button" data-testid="accept-recommendation" on:click=move |_| accept(offer.clone())>
                                            {tr!(i18n, RecommendAccept)}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}
