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

/// Mounts the app once (the page is shared by the tests of this file).
async fn mounted() {
    if document().query_selector("main#main").ok().flatten().is_none() {
        if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = storage.clear();
        }
        leptos::mount::mount_to_body(rondas::app::App);
    }
    for _ in 0..5 {
        tick().await;
    }
}

#[wasm_bindgen_test]
async fn the_app_opens_on_the_demo_workshop() {
    mounted().await;
    assert!(text_of("[data-testid=plan-name]").contains("Rueda de negocios"));
    assert!(text_of("[data-testid=figure-offers]").contains("34"));
    assert!(text_of("[data-testid=figure-cct]").contains('2'));
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten()).expect("storage");
    let saved = storage.get_item("rondas.plan.plan-lima-2026").ok().flatten().expect("the demo is saved");
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
