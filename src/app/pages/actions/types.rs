//! The plan's list of action types, labelled in each language: rename
//! one or add one. While the plan lists none, the six defaults apply; the
//! first change writes them into the plan.

use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::edit::Edit;
use crate::domain::ids::ActionTypeId;
use crate::domain::model::ActionType;
use crate::domain::text::slug;
use crate::i18n::{Key, Lang};
use leptos::prelude::*;

#[component]
pub fn ActionTypes() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    let new_label = RwSignal::new(String::new());
    let set = move |list: Vec<ActionType>| {
        store.edit(Edit::SetActionTypes(list));
    };
    let rows = move || {
        plan.with(|p| {
            p.action_types()
                .into_iter()
                .map(|t| {
                    let shown = t.label(i18n.lang().code()).to_owned();
                    let cells = Lang::all()
                        .map(|lang| {
                            let id = t.id.clone();
                            let value = t.labels.get(lang.code()).cloned().unwrap_or_default();
                            let aria = format!("{shown} ({})", lang.t(Key::MetaLanguageName));
                            let lang = lang.code();
                            let on_change = move |ev| {
                                let text = event_target_value(&ev);
                                let mut list = store.plan().with_untracked(|p| p.action_types());
                                list.iter_mut().filter(|t| t.id == id).for_each(|t| {
                                    t.labels.insert(lang.to_owned(), text.clone());
                                });
                                set(list);
                            };
                            view! { <td><input type="text" aria-label=aria prop:value=value on:change=on_change /></td> }
                        })
                        .collect_view();
                    view! { <tr data-testid="action-type"><td><code>{t.id.to_string()}</code></td>{cells}</tr> }
                })
                .collect_view()
        })
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let label = new_label.get_untracked().trim().to_owned();
        let id = slug(&label);
        if id.is_empty() {
            return;
        }
        let lang = i18n.lang_untracked().code().to_owned();
        let mut list = plan.with_untracked(|p| p.action_types());
        if list.iter().all(|t| t.id.as_str() != id) {
            list.push(ActionType { id: ActionTypeId(id), labels: [(lang, label)].into_iter().collect() });
            set(list);
            new_label.set(String::new());
        }
    };
    view! {
        <details class="card types">
            <summary>{tr!(i18n, ActionsTypes)}</summary>
            <div class="table-wrap">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">"Id"</th>
                            {Lang::all().map(|l| view! { <th scope="col" lang=l.code()>{l.t(Key::MetaLanguageName)}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <form class="inline-form" on:submit=add>
                <label class="field">
                    <span>{tr!(i18n, ActionsNewType)}</span>
                    <input type="text" data-testid="new-type" prop:value=move || new_label.get() on:input=move |ev| new_label.set(event_target_value(&ev)) />
                </label>
                <button type="submit">{tr!(i18n, ActionsAddType)}</button>
            </form>
        </details>
    }
}
