//! The scheduler's Web Worker (see `rondas::worker`); Trunk builds it beside
//! the app and the page starts it for each run of the optimizer.

#[cfg(target_arch = "wasm32")]
fn main() {
    rondas::worker::start();
}

/// Natively there is no worker; `rondas-cli schedule` runs the optimizer.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("rondas-worker runs in the browser; natively, use rondas-cli schedule.");
}
