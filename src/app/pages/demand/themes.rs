//! The themes a country wants to learn about, with a priority each.

use super::Answering;
use crate::app::clock::now;
use crate::app::components::local_text::{LocalText, Shown};
use crate::app::components::priority::PrioritySelect;
use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::edit::Edit;
use crate::domain::model::ThemeInterest;
use crate::i18n::fill;
use leptos::prelude::*;

/// One priority select per theme.
#[component]
pub fn ThemeChoices(answering: Answering) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    let themes = Memo::new(move |_| plan.with(|p| p.themes.iter().map(|t| t.id.clone()).collect::<Vec<_>>()));
    view! {
        <section class="card">
            <h2>{tr!(i18n, DemandThemes)}</h2>
            <p class="muted">{tr!(i18n, DemandThemesHelp)}</p>
            <ul class="theme-choices">
                <For each=move || themes.get() key=|t| t.clone() let:theme>
                    {
                        let t = theme.clone();
                        let label = Memo::new(move |_| {
                            plan.with(|p| p.theme_name(&t, i18n.lang().code()).map(Shown::from).unwrap_or_default())
                        });
                        let t = theme.clone();
                        let value = Signal::derive(move || {
                            let country = answering.country.get()?;
                            plan.with(|p| p.theme_interests.iter().find(|i| i.country == country && i.theme == t).map(|i| i.priority))
                        });
                        let on_change = Callback::new(move |priority| {
                            let Some(country) = answering.country.get_untracked() else { return };
                            let edit = match priority {
                                None => Edit::RemoveThemeInterest(country, theme.clone()),
                                Some(priority) => Edit::PutThemeInterest(ThemeInterest {
                                    country,
                                    theme: theme.clone(),
                                    priority,
                                    note: String::new(),
                                    updated_at: now(),
                                }),
                            };
                            store.edit(edit);
                        });
                        view! {
                            <li>
                                <span>{move || view! { <LocalText text=label.get() /> }}</span>
                                <PrioritySelect
                                    label=Signal::derive(move || i18n.lang().fill(fill::DemandPriorityFor { title: &label.get().text }))
                                    value=value
                                    on_change=on_change
                                />
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
    }
}
