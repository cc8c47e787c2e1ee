//! In-browser tests (wasm-bindgen-test in headless Chromium, run by wasm-pack): each test
//! mounts its own app into a fresh root, waits for what a visitor would see (never a fixed
//! sleep), and unmounts it, so the tests pass in any order.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A mounted app, removed with its root when dropped.
struct Mounted {
    root: web_sys::Element,
    handle: Option<yew::AppHandle<woontop::app::App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

/// Mounts the app into a fresh root holding `static_html` (the page's static content), with
/// the query `query` in the address bar, and waits until it is ready.
async fn mount(query: &str, static_html: &str) -> Mounted {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}")))
        .unwrap();
    let doc = document();
    let root = doc.create_element("div").unwrap();
    root.set_inner_html(static_html);
    doc.body().unwrap().append_child(&root).unwrap();
    let handle = Some(woontop::app::mount(root.clone()));
    let mounted = Mounted { root, handle };
    let root = mounted.root.clone();
    until("the app marks itself ready", || root.has_attribute("data-ready")).await;
    mounted
}

/// Waits (up to 5 s) until `cond` holds.
async fn until(what: &str, mut cond: impl FnMut() -> bool) {
    for _ in 0..500 {
        if cond() {
            return;
        }
        TimeoutFuture::new(10).await;
    }
    panic!("timed out waiting until {what}");
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .map(|el| el.text_content().unwrap_or_default())
        .unwrap_or_default()
}

/// Waits until the element `selector` reads `expected`.
async fn until_text(root: &web_sys::Element, selector: &str, expected: &str) {
    until(&format!("{selector} reads {expected:?} (now {:?})", text_of(root, selector)), || {
        text_of(root, selector) == expected
    })
    .await;
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
    let found = root.query_selector(selector).unwrap();
    assert!(found.is_some(), "nothing at {selector}");
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

const TOTAL: &str = "#wt-areas tfoot td .wt-val";
const MONEY: &str = ".wt-card[data-cat='b'] .wt-card-money";

#[wasm_bindgen_test]
async fn shows_all_twenty_areas_with_the_booklet_totals() {
    let app = mount("?view=table", "<p class=\"wt-static\">static fallback</p>").await;
    let root = &app.root;
    until_text(root, TOTAL, "70.336–70.636").await;
    until("the static page is removed", || !root.inner_html().contains("static fallback")).await;
    assert_eq!(root.query_selector_all("#wt-areas tbody tr[data-area]").unwrap().length(), 20);
    let totals: Vec<String> = (0..3)
        .map(|i| text_of(root, &format!("#wt-areas tfoot td:nth-of-type({}) .wt-val", i + 1)))
        .collect();
    assert_eq!(totals, ["70.336–70.636", "16.191", "23.410–24.410"]);
    let ehv = text_of(root, "tr[data-area=ehv]");
    assert!(ehv.contains("onbekend"), "{ehv}");
}

#[wasm_bindgen_test]
async fn a_tab_opens_its_section_and_only_that_one_is_drawn() {
    let app = mount("", "").await;
    let root = &app.root;
    assert!(root.query_selector("#wt-areas").unwrap().is_none());
    click(root, "#wt-tab-table");
    until("the table is drawn", || root.query_selector("#wt-areas").unwrap().is_some()).await;
    assert!(root.query_selector(".wt-calc").unwrap().is_none());
    assert_eq!(root.query_selector_all(".wt-panel").unwrap().length(), 1);
    // The tabs are a component of their own: Yew may draw them a moment after the panel.
    let selected = root.query_selector("#wt-tab-table").unwrap().unwrap();
    until("the tab is selected", || {
        selected.get_attribute("aria-selected").as_deref() == Some("true")
    })
    .await;
    until("the address says the section", || {
        web_sys::window().unwrap().location().search().unwrap().contains("view=table")
    })
    .await;
}

#[wasm_bindgen_test]
async fn switching_to_english_rewrites_numbers_and_lang() {
    let app = mount("?view=table", "").await;
    let root = &app.root;
    click(root, "button.lang-btn[lang=en]");
    until_text(root, TOTAL, "70,336–70,636").await;
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    click(root, "button.lang-btn[lang=nl]");
    until_text(root, TOTAL, "70.336–70.636").await;
}

#[wasm_bindgen_test]
async fn a_link_opens_its_state() {
    let app = mount("?v=1&g=amw~amz&b=10000&x=0&r=0&lang=en", "").await;
    let root = &app.root;
    until_text(root, MONEY, "€186,870,000").await;
    assert_eq!(text_of(root, "#wt-count"), "2 of 20 areas selected");
}

#[wasm_bindgen_test]
async fn typing_an_amount_updates_the_funding_and_bad_input_keeps_it() {
    let app = mount("", "").await;
    let root = &app.root;
    let money = MONEY;
    input(root, "#wt-amt-b", "€ 10.000");
    // 70.336 × 10.000 = 703.360.000; 70.636 × 10.000 = 706.360.000.
    until_text(root, money, "€ 703.360.000–706.360.000").await;
    input(root, "#wt-amt-b", "tien");
    until("the error message shows", || text_of(root, ".wt-error-msg").contains("geen bedrag"))
        .await;
    assert_eq!(text_of(root, money), "€ 703.360.000–706.360.000");
    input(root, "#wt-amt-b", "12000");
    until("the error message goes", || root.query_selector(".wt-error-msg").unwrap().is_none())
        .await;
}

#[wasm_bindgen_test]
async fn deselecting_an_area_changes_the_totals() {
    let app = mount("?view=table", "").await;
    let root = &app.root;
    let checkbox = "tr[data-area=amw] input[type=checkbox]";
    until("the checkboxes are ticked", || {
        root.query_selector(checkbox)
            .unwrap()
            .is_some_and(|el| el.unchecked_into::<web_sys::HtmlInputElement>().checked())
    })
    .await;
    click(root, checkbox);
    // 70.336 − 10.166 = 60.170; 70.636 − 10.166 = 60.470.
    until_text(root, TOTAL, "60.170–60.470").await;
    click(root, checkbox);
    until_text(root, TOTAL, "70.336–70.636").await;
}

/// Opens Heerlen-Noord's sources and notes below its row (drawn when opened), and waits for
/// `what` in them; returns the box's selector.
async fn open_heerlen_box(root: &web_sys::Element, what: &str) -> String {
    click(root, "tr[data-area=hrl] .wt-more");
    let found = format!("#wt-d-hrl {what}");
    until("the row's sources are drawn", || root.query_selector(&found).unwrap().is_some()).await;
    "#wt-d-hrl".to_string()
}

/// A page without the static block has none of the booklet's sentences, nor the fixed markup
/// of the rows' sources (which the app shows from it): the box, once opened, says so politely.
/// Never an empty quotation.
#[wasm_bindgen_test]
async fn without_the_static_block_a_source_box_says_its_sentences_did_not_load() {
    let app = mount("?view=table", "").await;
    let root = &app.root;
    let cell = open_heerlen_box(root, ".wt-noquote").await;
    let missing = text_of(root, &format!("{cell} .wt-noquote"));
    assert!(missing.contains("niet geladen"), "{missing}");
    assert!(root.query_selector(&format!("{cell} blockquote")).unwrap().is_none());
    // The link to the area's own view is drawn all the same.
    assert!(root.query_selector(&format!("{cell} .wt-area-link a")).unwrap().is_some());
}

/// The static block with the fingerprint `hash`, its Bronnen part, and beside it the rows'
/// parts (`static_page::area_parts`), Heerlen-Noord's holding one quotation.
fn static_block(hash: &str) -> String {
    use woontop::core::dataset::{area_part_id, area_parts_id, part_id};
    use woontop::core::i18n::Lang;
    format!(
        "<div class=\"wt-static\"><script type=\"text/plain\" id=\"wt-texts\" data-texts=\"{hash}\">Zin.</script>\
         <template id=\"{}\"><p>Bronnen</p></template></div><template id=\"{}\"><div id=\"{}\">\
         <div class=\"wt-detail-fig\"><blockquote lang=\"nl\">Zin uit het boekje.</blockquote></div></div></template>",
        part_id(Lang::Nl),
        area_parts_id(Lang::Nl),
        area_part_id('d', "hrl", Lang::Nl)
    )
}

#[wasm_bindgen_test]
async fn a_static_block_of_this_build_gives_the_rows_sources() {
    let app = mount("?view=table", &static_block(woontop::core::dataset::PAGE_TEXTS_HASH)).await;
    let cell = open_heerlen_box(&app.root, "blockquote").await;
    assert_eq!(text_of(&app.root, &format!("{cell} blockquote")), "Zin uit het boekje.");
    assert!(app.root.query_selector(&format!("{cell} .wt-noquote")).unwrap().is_none());
}

/// A stale `index.html` (its block written for other texts) must not put wrong sentences
/// under the figures: the app shows the polite line instead (and warns once in the console).
#[wasm_bindgen_test]
async fn a_stale_static_block_gives_no_sentences() {
    let app = mount("?view=table", &static_block("0000000000000000")).await;
    let root = &app.root;
    let cell = open_heerlen_box(root, ".wt-noquote").await;
    assert!(root.query_selector(&format!("{cell} blockquote")).unwrap().is_none());
    assert!(text_of(root, &format!("{cell} .wt-noquote")).contains("niet geladen"));
}
