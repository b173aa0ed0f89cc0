//! A `mailto:` link with subject and body filled, for the user's own email
//! program: nothing is sent until they send it.

/// The longest link offered. Current browsers hand mail programs links of
/// several thousand characters; the old 2,000-character limit (Internet
/// Explorer's) would refuse even the shortest demo agenda once its accents
/// and quotes are percent-encoded. Longer agendas are copied instead.
pub const MAILTO_MAX: usize = 8000;

/// The `mailto:` link with `subject` and `body` (no recipient), or `None`
/// when it would be longer than [`MAILTO_MAX`]: copy the text instead.
pub fn mailto(subject: &str, body: &str) -> Option<String> {
    let href = format!("mailto:?subject={}&body={}", encode(subject), encode(&body.replace('\n', "\r\n")));
    (href.len() <= MAILTO_MAX).then_some(href)
}

/// `text` percent-encoded (RFC 3986): every byte but the unreserved characters.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
