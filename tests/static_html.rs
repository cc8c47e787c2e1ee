//! Freshness of the static dataset table in `index.html` (shown before and without the wasm).
//! `UPDATE_STATIC=1 cargo test --test static_html` rewrites the block.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use woontop::core::static_html;

#[test]
fn index_html_static_block_is_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html");
    let current = std::fs::read_to_string(&path).expect("index.html");
    let fresh =
        static_html::inject(&current).expect("index.html lacks the static:start/end markers");
    if std::env::var_os("UPDATE_STATIC").is_some() {
        std::fs::write(&path, &fresh).expect("write index.html");
        return;
    }
    assert!(
        current == fresh,
        "index.html's static table is stale: run `UPDATE_STATIC=1 cargo test --test static_html`"
    );
}

#[test]
fn static_block_has_every_area_and_the_totals() {
    let html = static_html::render();
    assert_eq!(html.matches("<tr data-area=").count(), 20);
    assert!(html.contains("70.336–70.636") && html.contains("16.191") && html.contains("24.410"));
    assert!(html.contains("geen cijfers") || html.contains("onbekend"));
}
