//! Modal dialogs that follow a signal: open while it says so, closed
//! otherwise (so the URL or the store decides, not the dialog).

use leptos::html::Dialog;
use leptos::prelude::*;

/// Opens `dialog` as a modal whenever `open()` turns true and closes it
/// when it turns false.
pub fn follow(dialog: NodeRef<Dialog>, open: impl Fn() -> bool + 'static) {
    Effect::new(move |_| {
        let open = open();
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });
}
