//! Hand edits of the schedule, checked live: the rounds' rules are indexed
//! once per set of scheduling inputs, every edit is checked against them, and
//! an edit that breaks a rule asks the organizer to keep it (it stays
//! flagged) or undo it.

use crate::app::components::modal;
use crate::app::history::{use_history, History};
use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::edit::Edit;
use crate::domain::ids::SessionId;
use crate::domain::schedule::{inputs_fingerprint, Rules, Violation};
use crate::domain::Plan;
use crate::i18n::Lang;
use leptos::html::Dialog;
use leptos::prelude::*;

/// The live check of the schedule and the edits made through it, in context
/// on the rounds page.
#[derive(Clone, Copy)]
pub struct Checked {
    /// Every rule the current schedule breaks.
    pub violations: Memo<Vec<Violation>>,
    /// The rules the last edit broke anew, until kept or undone.
    pub pending: RwSignal<Vec<Violation>>,
    history: History,
}

impl Checked {
    /// Applies `edit` (remembered for undo); the rules it breaks anew wait
    /// for the organizer's keep or undo. (The store reports problems that
    /// keep it from landing.)
    pub fn apply(&self, edit: Edit) {
        let before = self.violations.get_untracked();
        if self.history.edit(edit) {
            let fresh: Vec<Violation> =
                self.violations.get_untracked().into_iter().filter(|v| !before.contains(v)).collect();
            self.pending.set(fresh);
        }
    }

    /// Takes the last edit back.
    pub fn undo(&self) {
        self.pending.set(Vec::new());
        self.history.undo();
    }

    /// Does the last undone edit again.
    pub fn redo(&self) {
        self.pending.set(Vec::new());
        self.history.redo();
    }

    /// The rules broken by `session`, in words (tracked).
    pub fn reasons(&self, plan: &Plan, lang: Lang, session: &SessionId) -> Vec<String> {
        self.violations.with(|all| {
            all.iter().filter(|v| v.sessions().contains(&session)).map(|v| lang.violation(plan, v)).collect()
        })
    }
}

/// Provides the live check of the open plan's schedule.
pub fn provide() -> Checked {
    let plan = use_store().plan();
    // Rebuilt only when the scheduling inputs change, not on every edit of
    // the sessions.
    let rules = Memo::new_owning(move |old: Option<(String, Rules)>| {
        plan.with(|p| {
            let key = inputs_fingerprint(p);
            match old {
                Some((k, rules)) if k == key => ((k, rules), false),
                _ => ((key, Rules::new(p)), true),
            }
        })
    });
    let violations = Memo::new(move |_| {
        rules.with(|(_, r)| plan.with(|p| p.schedule.as_ref().map(|s| r.check(&s.sessions)).unwrap_or_default()))
    });
    let checked = Checked { violations, pending: RwSignal::new(Vec::new()), history: use_history() };
    provide_context(checked);
    checked
}

/// The live check in context.
pub fn use_checked() -> Checked {
    expect_context::<Checked>()
}

/// Every rule the schedule breaks, listed under the grid (the grid flags each
/// on its sessions).
#[component]
pub fn ConflictList() -> impl IntoView {
    let i18n = use_i18n();
    let checked = use_checked();
    let plan = use_store().plan();
    move || {
        let lang = i18n.lang();
        let items = checked.violations.with(|all| {
            plan.with(|p| all.iter().map(|v| view! { <li>{lang.violation(p, v)}</li> }).collect::<Vec<_>>())
        });
        let n = items.len();
        (n > 0).then(|| {
            view! {
                <div class="conflicts-all" role="status" data-testid="conflicts">
                    <p><strong>{lang.fill(crate::i18n::fill::EditConflicts { n })}</strong></p>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}

/// The question after an edit that breaks a rule: keep it, or undo it.
#[component]
pub fn KeepOrUndo() -> impl IntoView {
    let i18n = use_i18n();
    let checked = use_checked();
    let plan = use_store().plan();
    let dialog = NodeRef::<Dialog>::new();
    modal::follow(dialog, move || !checked.pending.with(Vec::is_empty));
    let reasons = move || {
        let lang = i18n.lang();
        checked
            .pending
            .with(|all| plan.with(|p| all.iter().map(|v| view! { <li>{lang.violation(p, v)}</li> }).collect_view()))
    };
    view! {
        <dialog node_ref=dialog class="confirm" role="alertdialog" aria-labelledby="keep-question"
            on:close=move |_| checked.pending.set(Vec::new()) data-testid="keep-or-undo">
            <h2 id="keep-question">{tr!(i18n, EditBreaksRules)}</h2>
            <ul>{reasons}</ul>
            <div class="buttons">
                <button type="button" data-testid="keep-edit" on:click=move |_| checked.pending.set(Vec::new())>{tr!(i18n, EditKeep)}</button>
                <button type="button" class="primary" autofocus data-testid="undo-edit" on:click=move |_| checked.undo()>{tr!(i18n, EditUndo)}</button>
            </div>
        </dialog>
    }
}

/// Undo and redo buttons, and their keys (Ctrl+Z; Ctrl+Shift+Z or Ctrl+Y)
/// while the page is open and the focus is not in a text field.
#[component]
pub fn UndoRedo() -> impl IntoView {
    let i18n = use_i18n();
    let checked = use_checked();
    let history = use_history();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        let typing = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA"));
        if typing {
            return;
        }
        match (ev.key().to_lowercase().as_str(), ev.shift_key()) {
            ("z", false) => checked.undo(),
            ("z", true) | ("y", false) => checked.redo(),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || handle.remove());
    view! {
        <div class="undo-redo no-print" role="group" aria-label=move || i18n.t(crate::i18n::Key::EditHistory)>
            <button type="button" data-testid="undo" aria-keyshortcuts="Control+Z" disabled=move || !history.can_undo()
                on:click=move |_| checked.undo()>{tr!(i18n, EditUndoButton)}</button>
            <button type="button" data-testid="redo" aria-keyshortcuts="Control+Shift+Z Control+Y" disabled=move || !history.can_redo()
                on:click=move |_| checked.redo()>{tr!(i18n, EditRedoButton)}</button>
        </div>
    }
}
