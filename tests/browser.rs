//! In-browser tests (wasm-bindgen-test in headless Chromium, run by wasm-pack): mount the real
//! app and read what a visitor would see.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the app into a fresh `#app` once per test binary and waits until it is ready.
async fn mounted() -> web_sys::Element {
    let doc = document();
    if doc.get_element_by_id("app").is_none() {
        let root = doc.create_element("div").unwrap();
        root.set_id("app");
        root.set_inner_html("<p>static fallback</p>");
        doc.body().unwrap().append_child(&root).unwrap();
        woontop::app::start();
    }
    let root = doc.get_element_by_id("app").unwrap();
    for _ in 0..100 {
        if root.has_attribute("data-ready") {
            break;
        }
        TimeoutFuture::new(10).await;
    }
    assert!(
        root.has_attribute("data-ready"),
        "the app never marked itself ready"
    );
    root
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default()
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

#[wasm_bindgen_test]
async fn shows_all_twenty_areas_with_the_booklet_totals() {
    let root = mounted().await;
    click(&root, "button.lang-btn[lang=nl]");
    TimeoutFuture::new(20).await;
    assert!(
        !root.inner_html().contains("static fallback"),
        "fallback content was not replaced"
    );
    let rows = root.query_selector_all("tbody tr").unwrap();
    assert_eq!(rows.length(), 20);
    let totals: Vec<String> = (0..3)
        .map(|i| text_of(&root, &format!("tfoot td:nth-of-type({}) .wt-val", i + 1)))
        .collect();
    assert_eq!(totals, ["70.336–70.636", "16.191", "24.410"]);
    let ehv = text_of(&root, "tr[data-area=ehv]");
    assert!(
        ehv.contains("geen cijfers in het boekje") && ehv.contains("onbekend"),
        "{ehv}"
    );
}

#[wasm_bindgen_test]
async fn switching_to_english_rewrites_numbers_and_lang() {
    let root = mounted().await;
    click(&root, "button.lang-btn[lang=en]");
    TimeoutFuture::new(20).await;
    assert_eq!(text_of(&root, "tfoot td .wt-val"), "70,336–70,636");
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    click(&root, "button.lang-btn[lang=nl]");
    TimeoutFuture::new(20).await;
    assert_eq!(text_of(&root, "tfoot td .wt-val"), "70.336–70.636");
}
