//! The page's selection kept in the URL's query, so that a filtered view or
//! an open form can be bookmarked, shared and reloaded: leptos_router's query
//! signals, with the app's two conventions (an empty value is no value; a
//! change does not scroll).

use leptos::prelude::*;
use leptos_router::hooks::query_signal_with_options;
use leptos_router::NavigateOptions;

/// One query parameter: its value (tracked) and a setter that rewrites the URL.
/// Parameters set together (in one event handler) make one navigation.
#[derive(Clone, Copy)]
pub struct QueryParam {
    pub value: Memo<Option<String>>,
    setter: SignalSetter<Option<String>>,
}

impl QueryParam {
    /// Sets (or with `None` or "" removes) the parameter.
    pub fn set(&self, value: Option<String>) {
        // The router decodes the value it is given before encoding the URL:
        // encoded first, a value with `%` in it comes back unchanged.
        let encoded = value.filter(|v| !v.is_empty()).map(|v| String::from(js_sys::encode_uri_component(&v)));
        self.setter.set(encoded);
    }
}

/// The query parameter `name`. With `replace`, a change replaces the history
/// entry (filters); without, it pushes one (opening a form), so Back undoes it.
pub fn use_query_param(name: &'static str, replace: bool) -> QueryParam {
    let (raw, setter) =
        query_signal_with_options::<String>(name, NavigateOptions { replace, scroll: false, ..Default::default() });
    let value = Memo::new(move |_| raw.get().filter(|v| !v.is_empty()));
    QueryParam { value, setter }
}
