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
        root.set_inner_html("<p class=\"wt-static\">static fallback</p>");
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
    assert!(root.has_attribute("data-ready"), "the app never marked itself ready");
    root
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().unwrap().text_content().unwrap_or_default()
}

fn input(root: &web_sys::Element, selector: &str, value: &str) {
    let el: web_sys::HtmlInputElement =
        root.query_selector(selector).unwrap().unwrap().dyn_into().unwrap();
    el.set_value(value);
    // Yew delegates events from its root, so the event must bubble like a real one.
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    el.dispatch_event(&event).unwrap();
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
    assert!(!root.inner_html().contains("static fallback"), "fallback content was not replaced");
    let rows = root.query_selector_all("#wt-areas tbody tr").unwrap();
    assert_eq!(rows.length(), 20);
    let totals: Vec<String> = (0..3)
        .map(|i| text_of(&root, &format!("#wt-areas tfoot td:nth-of-type({}) .wt-val", i + 1)))
        .collect();
    assert_eq!(totals, ["70.336–70.636", "16.191", "23.410–24.410"]);
    let ehv = text_of(&root, "tr[data-area=ehv]");
    assert!(ehv.contains("geen cijfers in het boekje") && ehv.contains("onbekend"), "{ehv}");
}

#[wasm_bindgen_test]
async fn switching_to_english_rewrites_numbers_and_lang() {
    let root = mounted().await;
    click(&root, "button.lang-btn[lang=en]");
    TimeoutFuture::new(20).await;
    assert_eq!(text_of(&root, "#wt-areas tfoot td .wt-val"), "70,336–70,636");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    click(&root, "button.lang-btn[lang=nl]");
    TimeoutFuture::new(20).await;
    assert_eq!(text_of(&root, "#wt-areas tfoot td .wt-val"), "70.336–70.636");
}

#[wasm_bindgen_test]
async fn typing_an_amount_updates_the_funding_and_bad_input_keeps_it() {
    let root = mounted().await;
    click(&root, "button.lang-btn[lang=nl]");
    input(&root, "#wt-amt-build-text", "€ 10.000");
    TimeoutFuture::new(20).await;
    // 70.336 × 10.000 = 703.360.000; 70.636 × 10.000 = 706.360.000.
    assert_eq!(
        text_of(&root, ".wt-card[data-cat='0'] .wt-card-money"),
        "€ 703.360.000–706.360.000"
    );
    input(&root, "#wt-amt-build-text", "tien");
    TimeoutFuture::new(20).await;
    assert_eq!(
        text_of(&root, ".wt-card[data-cat='0'] .wt-card-money"),
        "€ 703.360.000–706.360.000"
    );
    assert!(text_of(&root, ".wt-error-msg").contains("geen bedrag"));
    input(&root, "#wt-amt-build-text", "12000");
    TimeoutFuture::new(20).await;
    assert!(root.query_selector(".wt-error-msg").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn deselecting_an_area_changes_the_totals() {
    let root = mounted().await;
    click(&root, "button.lang-btn[lang=nl]");
    click(&root, "tr[data-area=amw] input[type=checkbox]");
    TimeoutFuture::new(20).await;
    // 70.336 − 10.166 = 60.170; 70.636 − 10.166 = 60.470.
    assert_eq!(text_of(&root, "#wt-areas tfoot td .wt-val"), "60.170–60.470");
    click(&root, "tr[data-area=amw] input[type=checkbox]");
    TimeoutFuture::new(20).await;
    assert_eq!(text_of(&root, "#wt-areas tfoot td .wt-val"), "70.336–70.636");
}

/// This page has no static table, so the booklet's sentences, boxes and Dutch notes (which the
/// app reads from it) are missing: the source box, once opened, says so politely, and the
/// English note stands in for the Dutch one. Never an empty quotation.
#[wasm_bindgen_test]
async fn without_the_static_table_a_source_box_says_its_sentence_did_not_load() {
    let root = mounted().await;
    click(&root, "button.lang-btn[lang=nl]");
    TimeoutFuture::new(20).await;
    let cell = "tr[data-area=hrl] td:nth-of-type(2)";
    // Source boxes are filled when first opened.
    let details = root.query_selector(&format!("{cell} details")).unwrap().unwrap();
    details.unchecked_into::<web_sys::HtmlDetailsElement>().set_open(true);
    TimeoutFuture::new(20).await;
    let missing = text_of(&root, &format!("{cell} .wt-noquote"));
    assert!(missing.contains("niet geladen"), "{missing}");
    assert!(root.query_selector(&format!("{cell} blockquote")).unwrap().is_none());
    assert!(root.query_selector(&format!("{cell} .wt-boxtext")).unwrap().is_none());
    let note = text_of(&root, &format!("{cell} .wt-notes li"));
    assert!(note.contains("Parkstad region"), "{note}");
}
