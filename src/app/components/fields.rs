//! Labelled form controls bound to a field of a draft record.
//!
//! A [`Binding`] pairs a reader and a writer of one field, so a form is a
//! list of `<TextField label=… bind=…/>` lines over one `RwSignal` draft.

use crate::app::i18n::use_i18n;
use crate::app::query::QueryParam;
use crate::i18n::Key;
use leptos::prelude::*;

/// Read and write access to one text field of a draft.
#[derive(Clone, Copy)]
pub struct Binding {
    pub get: Signal<String>,
    pub set: Callback<String>,
}

/// Binds the field that `get`/`set` reach inside `draft`.
pub fn bind<T: Send + Sync + 'static>(
    draft: RwSignal<T>,
    get: impl Fn(&T) -> String + Send + Sync + 'static,
    set: impl Fn(&mut T, String) + Send + Sync + 'static,
) -> Binding {
    Binding {
        get: Signal::derive(move || draft.with(|d| get(d))),
        set: Callback::new(move |value| draft.update(|d| set(d, value))),
    }
}

/// A field's label: a string of the tables, or a text made from one ("Title in French").
#[derive(Clone, Copy)]
pub enum Label {
    Key(Key),
    Text(Signal<String>),
}

impl From<Key> for Label {
    fn from(key: Key) -> Self {
        Self::Key(key)
    }
}

impl From<Signal<String>> for Label {
    fn from(text: Signal<String>) -> Self {
        Self::Text(text)
    }
}

impl Label {
    /// The label's text in the interface language (tracked).
    fn text(self) -> String {
        match self {
            Self::Key(key) => use_i18n().t(key).to_owned(),
            Self::Text(text) => text.get(),
        }
    }
}

/// A one-line text input (or `kind` = date, time, number…).
#[component]
pub fn TextField(
    /// The label.
    #[prop(into)]
    label: Label,
    /// The field.
    bind: Binding,
    /// The input type.
    #[prop(default = "text")]
    kind: &'static str,
    /// Whether the field must be filled.
    #[prop(optional)]
    required: bool,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{move || label.text()}</span>
            <input
                type=kind
                required=required
                prop:value=move || bind.get.get()
                on:input=move |ev| bind.set.run(event_target_value(&ev))
            />
        </label>
    }
}

/// A multi-line text input.
#[component]
pub fn TextArea(
    /// The label.
    #[prop(into)]
    label: Label,
    /// The field.
    bind: Binding,
) -> impl IntoView {
    view! {
        <label class="field wide">
            <span>{move || label.text()}</span>
            <textarea rows="4" prop:value=move || bind.get.get() on:input=move |ev| bind.set.run(event_target_value(&ev))></textarea>
        </label>
    }
}

/// A select among `(value, label)` options.
#[component]
pub fn SelectField(
    /// The label.
    #[prop(into)]
    label: Label,
    /// The field (the selected option's value).
    bind: Binding,
    /// The options, as value and visible label.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// A test hook on the select.
    #[prop(optional)]
    testid: &'static str,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{move || label.text()}</span>
            <select
                data-testid=(!testid.is_empty()).then_some(testid)
                prop:value=move || bind.get.get()
                on:change=move |ev| bind.set.run(event_target_value(&ev))
            >
                {move || {
                    let current = bind.get.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(value, text)| {
                            let selected = value == current;
                            view! { <option value=value selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </label>
    }
}

/// A group of checkboxes choosing any number of `(value, label)` options.
#[component]
pub fn CheckGroup(
    /// The legend's string.
    legend: Key,
    /// The options, as value and visible label.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The chosen values.
    chosen: Signal<Vec<String>>,
    /// Called with the new list of chosen values.
    on_change: Callback<Vec<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="field wide checks">
            <legend>{move || i18n.t(legend)}</legend>
            {move || {
                options
                    .get()
                    .into_iter()
                    .map(|(value, text)| {
                        let v = value.clone();
                        let checked = move || chosen.with(|c| c.contains(&v));
                        let toggle = move |_| {
                            let mut list = chosen.get_untracked();
                            match list.iter().position(|x| x == &value) {
                                Some(i) => {
                                    list.remove(i);
                                }
                                None => list.push(value.clone()),
                            }
                            on_change.run(list);
                        };
                        view! {
                            <label class="check">
                                <input type="checkbox" prop:checked=checked on:change=toggle />
                                <span>{text}</span>
                            </label>
                        }
                    })
                    .collect_view()
            }}
        </fieldset>
    }
}

/// A select over one query parameter of the URL, `empty` naming the
/// choice that removes it ("All", "(none)").
#[component]
pub fn QueryFilter(
    /// The label's string.
    label: Key,
    /// The query parameter chosen.
    param: QueryParam,
    /// The string of the empty choice.
    empty: Key,
    /// The options, as value and visible label.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// A test hook on the select.
    testid: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let bind = Binding {
        get: Signal::derive(move || param.value.get().unwrap_or_default()),
        set: Callback::new(move |v| param.set(Some(v))),
    };
    let options = Signal::derive(move || {
        let none = (String::new(), i18n.t(empty).to_owned());
        std::iter::once(none).chain(options.get()).collect()
    });
    view! { <SelectField label=label bind=bind options=options testid=testid /> }
}
