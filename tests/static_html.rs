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
    assert!(
        html.contains("70.336–70.636") && html.contains("16.191") && html.contains("23.410–24.410")
    );
    assert!(html.contains("geen cijfers") || html.contains("onbekend"));
}

/// The browser build ships no booklet sentences, boxes or Dutch notes: it reads them from this
/// block. So every one the app can show must be here, marked with its number.
#[test]
fn static_block_prints_every_sentence_the_app_shows() {
    use woontop::core::dataset::PageText;
    use woontop::core::i18n::Lang;
    use woontop::core::markup::escape;
    use woontop::core::view;

    let html = static_html::render();
    let mut shown: Vec<PageText> = vec![];
    let mut marked: Vec<PageText> = vec![];
    for lang in [Lang::Nl, Lang::En] {
        for r in view::rows(lang, None) {
            shown.extend(r.notes.iter().map(|n| n.quote));
            marked.extend(r.notes.iter().filter_map(|n| n.nl));
            shown.extend(r.bottlenecks.iter().map(|b| b.1));
            for c in &r.cells {
                shown.extend(c.quote);
                shown.extend(c.notes.iter().map(|n| n.quote));
                marked.extend(c.notes.iter().filter_map(|n| n.nl));
                marked.extend(c.box_text);
            }
        }
        shown.extend(view::national(lang).items.iter().map(|i| i.2));
    }
    assert!(shown.len() > 100, "expected the table's sentences, found {}", shown.len());
    assert!(marked.len() > 60, "expected the notes and boxes, found {}", marked.len());
    for q in shown {
        let element = format!("data-t=\"{}\">{}</blockquote>", q.0, escape(q.text()));
        assert!(html.contains(&element), "sentence {} is not in the static block", q.0);
    }
    for t in marked {
        let element = format!("data-t=\"{}\">{}</", t.0, escape(t.text()));
        assert!(html.contains(&element), "text {} is not in the static block", t.0);
    }
}
