//! The page's selection kept in the URL's query, so that a filtered view or
//! an open form can be bookmarked, shared and reloaded.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// Changes to several query parameters at once: `(name, None)` removes one.
pub type QueryPatch = Vec<(&'static str, Option<String>)>;

/// One query parameter: its value (tracked) and a setter that rewrites the URL.
#[derive(Clone, Copy)]
pub struct QueryParam {
    pub value: Memo<Option<String>>,
    name: &'static str,
    patch: Callback<QueryPatch>,
}

impl QueryParam {
    /// Sets (or with `None` or "" removes) the parameter.
    pub fn set(&self, value: Option<String>) {
        self.patch.run(vec![(self.name, value)]);
    }
}

/// A setter of several parameters in one navigation. With `replace`, the
/// change replaces the history entry (filters); without, it pushes one
/// (opening a form), so Back undoes it.
pub fn use_query_patch(replace: bool) -> Callback<QueryPatch> {
    let query = use_query_map();
    let location = use_location();
    let navigate = use_navigate();
    Callback::new(move |patch: QueryPatch| {
        let mut pairs: Vec<(String, String)> = query.with_untracked(|q| {
            q.into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .filter(|(k, _)| !patch.iter().any(|(name, _)| name == k))
                .collect()
        });
        for (name, value) in patch {
            if let Some(v) = value.filter(|v| !v.is_empty()) {
                pairs.push((name.to_owned(), v));
            }
        }
        let encoded: Vec<String> =
            pairs.iter().map(|(k, v)| format!("{k}={}", js_sys::encode_uri_component(v))).collect();
        let path = location.pathname.get_untracked();
        let url = if encoded.is_empty() { path } else { format!("{path}?{}", encoded.join("&")) };
        navigate(&url, NavigateOptions { replace, scroll: false, ..Default::default() });
    })
}

/// The query parameter `name`; see [`use_query_patch`] for `replace`.
pub fn use_query_param(name: &'static str, replace: bool) -> QueryParam {
    let query = use_query_map();
    let value = Memo::new(move |_| query.with(|q| q.get(name)).filter(|v| !v.is_empty()));
    QueryParam { value, name, patch: use_query_patch(replace) }
}
