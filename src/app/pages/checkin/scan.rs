//! Scanning a badge's QR code with the camera, where the browser has a
//! `BarcodeDetector` (feature-detected: the button is not shown otherwise;
//! typing the code works everywhere). Nothing leaves the device.

use crate::app::i18n::{tr, use_i18n};
use js_sys::{Array, Function, Promise, Reflect, JSON};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Whether the browser can detect QR codes in the camera's picture.
fn has_detector() -> bool {
    Reflect::has(&js_sys::global(), &"BarcodeDetector".into()).unwrap_or(false)
}

/// `target.name(args…)`, as a promise awaited.
async fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let method: Function = Reflect::get(target, &name.into())?.dyn_into()?;
    let result = method.apply(target, &args.iter().collect::<Array>())?;
    JsFuture::from(Promise::resolve(&result)).await
}

/// Waits `ms` milliseconds.
async fn pause(ms: i32) -> Result<(), JsValue> {
    let global = js_sys::global();
    let mut start = |resolve: Function, _reject: Function| {
        let _ = call_sync(&global, "setTimeout", &[resolve.into(), ms.into()]);
    };
    JsFuture::from(Promise::new(&mut start)).await.map(|_| ())
}

/// `target.name(args…)`, not awaited.
fn call_sync(target: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let method: Function = Reflect::get(target, &name.into())?.dyn_into()?;
    method.apply(target, &args.iter().collect::<Array>())
}

/// Shows the camera in `video` and reads QR codes until one is found or
/// `scanning` turns false; the camera is released either way.
async fn scan(video: JsValue, scanning: RwSignal<bool>) -> Result<Option<String>, JsValue> {
    let global = js_sys::global();
    let media = Reflect::get(&Reflect::get(&global, &"navigator".into())?, &"mediaDevices".into())?;
    let constraints = JSON::parse(r#"{"video":{"facingMode":"environment"},"audio":false}"#)?;
    let stream = call(&media, "getUserMedia", &[constraints]).await?;
    Reflect::set(&video, &"srcObject".into(), &stream)?;
    let found = async {
        call(&video, "play", &[]).await?;
        let ctor: Function = Reflect::get(&global, &"BarcodeDetector".into())?.dyn_into()?;
        let detector = Reflect::construct(&ctor, &Array::of1(&JSON::parse(r#"{"formats":["qr_code"]}"#)?))?;
        while scanning.get_untracked() {
            let codes: Array = call(&detector, "detect", std::slice::from_ref(&video)).await?.dyn_into()?;
            if let Some(text) = codes.iter().find_map(|c| Reflect::get(&c, &"rawValue".into()).ok()?.as_string()) {
                return Ok(Some(text));
            }
            pause(250).await?;
        }
        Ok(None)
    }
    .await;
    let tracks: Array = call_sync(&stream, "getTracks", &[])?.dyn_into()?;
    for track in tracks.iter() {
        let _ = call_sync(&track, "stop", &[]);
    }
    found
}

/// The scan button and the camera's picture while scanning; a code read
/// goes to `on_code`.
#[component]
pub fn ScanButton(
    /// Receives the text of the QR code read.
    on_code: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let scanning = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let video = NodeRef::<leptos::html::Video>::new();
    let start = move |_| {
        let Some(element) = video.get_untracked() else { return };
        scanning.set(true);
        failed.set(false);
        leptos::task::spawn_local(async move {
            match scan(element.into(), scanning).await {
                Ok(Some(code)) => on_code.run(code),
                Ok(None) => {}
                Err(_) => failed.set(true),
            }
            scanning.set(false);
        });
    };
    has_detector().then(|| {
        view! {
            <span class="scan">
                <Show when=move || !scanning.get() fallback=move || view! {
                    <button type="button" on:click=move |_| scanning.set(false)>{tr!(i18n, CheckinScanStop)}</button>
                }>
                    <button type="button" data-testid="scan" on:click=start>{tr!(i18n, CheckinScan)}</button>
                </Show>
                <video node_ref=video class="scan-view" class:hidden=move || !scanning.get() muted=true playsinline=true aria-hidden="true"></video>
                <Show when=move || failed.get()>
                    <span class="problems" role="alert">{tr!(i18n, CheckinCameraFailed)}</span>
                </Show>
            </span>
        }
    })
}
