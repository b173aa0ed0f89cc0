//! Component tests in a real browser (wasm-bindgen-test with chromedriver):
//! the whole app mounted on the page, driven through its DOM.
#![cfg(target_arch = "wasm32")]

use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

fn text_of(selector: &str) -> String {
    document().query_selector(selector).ok().flatten().and_then(|e| e.text_content()).unwrap_or_default()
}

/// Waits `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Mounts the app once (the page is shared by the tests of this file), and
/// waits for the saved plans to be read.
async fn mounted() {
    if document().query_selector("main#main").ok().flatten().is_none() {
        if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = storage.clear();
        }
        leptos::mount::mount_to_body(rondas::app::App);
    }
    for _ in 0..100 {
        if !text_of("[data-testid=plan-name]").is_empty() {
            break;
        }
        sleep(50).await;
    }
    for _ in 0..5 {
        tick().await;
    }
}

/// The text of the saved plan `id`, as the app keeps it in IndexedDB.
async fn saved_text(id: &str) -> Option<String> {
    let db = idb::Factory::new().ok()?.open("rondas", None).ok()?.await.ok()?;
    let transaction = db.transaction(&["plans"], idb::TransactionMode::ReadOnly).ok()?;
    let store = transaction.object_store("plans").ok()?;
    let record = store.get(wasm_bindgen::JsValue::from_str(id)).ok()?.await.ok()??;
    js_sys::Reflect::get(&record, &"text".into()).ok()?.as_string()
}

#[wasm_bindgen_test]
async fn the_app_opens_on_the_demo_workshop() {
    mounted().await;
    assert!(text_of("[data-testid=plan-name]").contains("Rueda de negocios"));
    assert!(text_of("[data-testid=figure-offers]").contains("34"));
    assert!(text_of("[data-testid=figure-cct]").contains('2'));
    let mut saved = None;
    for _ in 0..100 {
        saved = saved_text("plan-lima-2026").await;
        if saved.is_some() {
            break;
        }
        sleep(50).await;
    }
    let saved = saved.expect("the demo is saved");
    let version = rondas::domain::format::VERSION;
    assert!(saved.starts_with(&format!("{{\"format\":\"rondas-plan\",\"version\":{version}")), "{saved:.40}");
}

#[wasm_bindgen_test]
async fn the_language_switch_translates_the_interface() {
    mounted().await;
    let select: web_sys::HtmlSelectElement =
        document().query_selector("[data-testid=language]").ok().flatten().expect("language select").unchecked_into();
    let change = || web_sys::Event::new("change").expect("event");
    select.set_value("es");
    select.dispatch_event(&change()).expect("dispatch");
    tick().await;
    assert!(text_of("nav").contains("Catálogo"));
    assert_eq!(document().document_element().and_then(|h| h.get_attribute("lang")).as_deref(), Some("es"));
    select.set_value("en");
    select.dispatch_event(&change()).expect("dispatch");
    tick().await;
    assert!(text_of("nav").contains("Catalogue"));
}
