//! The other tabs of this browser learn of every change to the saved plans
//! at once, through a `BroadcastChannel` (which never delivers to its sender).

use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "rondas.plans";

/// What changed in storage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum News {
    /// Plan `id` was saved at `revision`.
    Saved { id: String, revision: u64 },
    /// Plan `id` was deleted.
    Deleted { id: String },
    /// The set-aside data changed.
    Aside,
}

thread_local! {
    static OPEN: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
}

/// Listens for the other tabs' news for as long as the page lives.
pub fn listen(on_news: impl Fn(News) + 'static) {
    let Ok(channel) = BroadcastChannel::new(CHANNEL) else { return };
    let handler = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        if let Some(news) = event.data().as_string().and_then(|text| serde_json::from_str(&text).ok()) {
            on_news(news);
        }
    });
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
    OPEN.with(|open| *open.borrow_mut() = Some(channel));
}

/// Tells the other tabs.
pub fn announce(news: &News) {
    let Ok(text) = serde_json::to_string(news) else { return };
    OPEN.with(|open| {
        if let Some(channel) = open.borrow().as_ref() {
            let _ = channel.post_message(&text.into());
        }
    });
}
