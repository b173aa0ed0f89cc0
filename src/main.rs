//! The browser app's entry point: mounts the Leptos UI.

#[cfg(target_arch = "wasm32")]
fn main() {
    rondas::app::start();
}

/// Natively there is no UI; the core runs through `rondas-cli`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Rondas runs in the browser (trunk serve); natively, use rondas-cli.");
}
