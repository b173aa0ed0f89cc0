//! Messages to the user: errors that must be seen and confirmations.

use super::i18n::{tr, use_i18n};
use leptos::prelude::*;

/// How a notice should be announced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Info,
    Error,
}

#[derive(Clone, Debug, PartialEq)]
struct Notice {
    id: u64,
    level: Level,
    text: String,
}

/// The open notices.
#[derive(Clone, Copy)]
pub struct Notices {
    list: RwSignal<Vec<Notice>>,
    next: StoredValue<u64>,
}

impl Notices {
    /// Shows a notice until the user dismisses it.
    pub fn push(&self, level: Level, text: String) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.list.update(|l| l.push(Notice { id, level, text }));
    }

    fn dismiss(&self, id: u64) {
        self.list.update(|l| l.retain(|n| n.id != id));
    }
}

/// Provides the notices context.
pub fn provide() -> Notices {
    let notices = Notices { list: RwSignal::new(Vec::new()), next: StoredValue::new(0) };
    provide_context(notices);
    notices
}

/// The notices context.
pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}

/// The list of open notices, errors announced assertively.
#[component]
pub fn NoticeArea() -> impl IntoView {
    let notices = use_notices();
    let i18n = use_i18n();
    view! {
        <div class="notices">
            <For each=move || notices.list.get() key=|n| n.id let:notice>
                <div
                    class=if notice.level == Level::Error { "notice error" } else { "notice info" }
                    role=if notice.level == Level::Error { "alert" } else { "status" }
                    data-testid="notice"
                >
                    <p>{notice.text.clone()}</p>
                    <button type="button" class="quiet" on:click=move |_| notices.dismiss(notice.id)>
                        {tr!(i18n, ActionDismiss)}
                    </button>
                </div>
            </For>
        </div>
    }
}
