//! Unsaved work is not lost: the forms' drafts outlive a move to another page,
//! and closing or reloading the tab asks first while anything is unsaved.
//!
//! A form makes its draft with [`use_draft`] instead of `RwSignal::new`. While
//! the draft differs from the record it started from, it is kept under the
//! plan and the form's address (the address names the record being edited),
//! so coming back to that address shows it again. The
//! [`Editor`](super::components::editor::Editor) around the fields forgets it
//! once it is saved or cancelled.

use super::state::{use_store, PlanStore};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::any::Any;
use std::collections::HashMap;
use std::sync::Arc;

/// The drafts that differ from their records, by [`use_draft`]'s key.
#[derive(Clone, Copy)]
struct Drafts(StoredValue<HashMap<String, Box<dyn Any + Send + Sync>>>);

/// The draft of the form on screen, found by its `Editor` in context.
#[derive(Clone)]
pub struct OpenDraft {
    drafts: Drafts,
    key: Arc<str>,
    /// Makes the draft as it is now the record it is compared with.
    rebase: Arc<dyn Fn() + Send + Sync>,
}

impl OpenDraft {
    /// The draft was saved: nothing left to keep until it changes again.
    pub fn saved(&self) {
        (self.rebase)();
        self.forget();
    }

    /// The user gave the draft up.
    pub fn discarded(&self) {
        self.forget();
    }

    // `try_`: a save may already have navigated away and disposed the form.
    fn forget(&self) {
        self.drafts.0.try_update_value(|kept| kept.remove(&*self.key));
    }
}

/// Provides the drafts, and asks before the tab closes or reloads while a
/// draft is kept or the plan could not be saved.
pub fn provide(store: PlanStore) {
    let drafts = Drafts(StoredValue::new(HashMap::new()));
    provide_context(drafts);
    let unsaved = store.unsaved();
    // Lives as long as the page: the handle is never removed.
    let _ = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if unsaved.get_untracked() || drafts.0.with_value(|kept| !kept.is_empty()) {
            ev.prevent_default();
            // Browsers that predate `preventDefault` on this event ask when it is set.
            ev.set_return_value("unsaved");
        }
    });
}

/// The draft of a form editing `record`: the kept draft of this form, if the
/// user left one, else `record`. Provides the [`OpenDraft`] for the form's
/// `Editor`.
pub fn use_draft<T: Clone + PartialEq + Send + Sync + 'static>(record: T) -> RwSignal<T> {
    let drafts = expect_context::<Drafts>();
    let location = use_location();
    let plan = use_store().plan().with_untracked(|p| p.id.to_string());
    let key: Arc<str> = format!(
        "{plan} {}{} {}",
        location.pathname.get_untracked(),
        location.search.get_untracked(),
        std::any::type_name::<T>()
    )
    .into();
    let kept = drafts.0.with_value(|kept| kept.get(&*key).and_then(|d| d.downcast_ref::<T>()).cloned());
    let draft = RwSignal::new(kept.unwrap_or_else(|| record.clone()));
    let base = StoredValue::new(record);
    provide_context(OpenDraft {
        drafts,
        key: key.clone(),
        rebase: Arc::new(move || {
            if let Some(now) = draft.try_get_untracked() {
                base.try_set_value(now);
            }
        }),
    });
    Effect::new(move || {
        let changed = draft.with(|d| base.with_value(|b| (d != b).then(|| d.clone())));
        drafts.0.update_value(|kept| match changed {
            Some(d) => {
                kept.insert(key.to_string(), Box::new(d));
            }
            None => {
                kept.remove(&*key);
            }
        });
    });
    draft
}
