//! Files in and out of the browser: downloads and the file picker.
//! Parsing stays in [`crate::domain::format`].

use crate::domain::format::{self, FormatError};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Offers `text` to the user as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or(JsValue::NULL)?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    web_sys::Url::revoke_object_url(&url)
}

/// The text of a file the user picked, as [`format::text_of`] accepts it: a
/// file larger than [`format::MAX_BYTES`] is refused before it is read,
/// invalid UTF-8 is named by its byte offset, a byte-order mark is dropped.
pub async fn read_text(file: web_sys::File) -> Result<String, FormatError> {
    if file.size() > format::MAX_BYTES as f64 {
        return Err(FormatError::TooLarge);
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| FormatError::Unreadable { detail: e.as_string().unwrap_or_else(|| format!("{e:?}")) })?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    format::text_of(&bytes).map(str::to_owned).map_err(FormatError::shortened)
}
