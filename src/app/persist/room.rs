//! How much room the browser gives this site, and whether it keeps the data
//! when space runs low (`navigator.storage`).

use js_sys::Reflect;
use wasm_bindgen_futures::JsFuture;

/// The browser's estimate of what this site uses and may use, in bytes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Room {
    pub usage: f64,
    pub quota: f64,
}

fn manager() -> Option<web_sys::StorageManager> {
    Some(web_sys::window()?.navigator().storage())
}

/// The browser's estimate, if it gives one.
pub async fn estimate() -> Option<Room> {
    let estimate = JsFuture::from(manager()?.estimate().ok()?).await.ok()?;
    let field = |name: &str| Reflect::get(&estimate, &name.into()).ok()?.as_f64();
    Some(Room { usage: field("usage")?, quota: field("quota")? })
}

/// Asks the browser to keep this site's data even when space runs low;
/// whether it does.
pub async fn ask_to_keep() -> bool {
    let Some(promise) = manager().and_then(|m| m.persist().ok()) else { return false };
    JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
}
