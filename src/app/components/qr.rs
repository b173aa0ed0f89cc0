//! A QR code as inline SVG, drawn from the core's module matrix.

use crate::domain::qr::{QrMatrix, QUIET_ZONE};
use leptos::prelude::*;

/// The QR code of `text`, an image labelled `label`; nothing when the text is too long for one.
#[component]
pub fn QrCode(
    /// What the code holds.
    text: String,
    /// What a screen reader says of it.
    label: String,
) -> impl IntoView {
    QrMatrix::new(&text).map(|qr| {
        let side = qr.width() + 2 * QUIET_ZONE;
        view! {
            <svg class="qr" role="img" aria-label=label viewBox=format!("0 0 {side} {side}") shape-rendering="crispEdges">
                <rect width=side height=side fill="#fff" />
                <path d=qr.svg_path() fill="#000" />
            </svg>
        }
    })
}
