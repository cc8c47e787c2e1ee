//! Freshness of the static block in `index.html` (shown before and without the wasm, and where
//! the browser build reads the booklet's sentences from).
//! `UPDATE_STATIC=1 cargo test --test static_html` rewrites the block.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use woontop::core::dataset::{PageText, PageTexts, PAGE_TEXTS_HASH, TEXTS_ID};
use woontop::core::i18n::Lang;
use woontop::core::markup::escape;
use woontop::features::{national, table};
use woontop::static_page;

#[test]
fn index_html_static_block_is_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html");
    let current = std::fs::read_to_string(&path).expect("index.html");
    let fresh =
        static_page::inject(&current).expect("index.html lacks the static:start/end markers");
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
fn static_block_has_every_area_the_totals_and_the_texts_fingerprint() {
    let html = static_page::render();
    assert_eq!(html.matches("<tr data-area=").count(), 20);
    assert!(
        html.contains("70.336–70.636") && html.contains("16.191") && html.contains("23.410–24.410")
    );
    assert!(html.contains("geen cijfers") || html.contains("onbekend"));
    // The texts' data block, with their fingerprint, reads back as the compiled texts.
    let open =
        format!("<script type=\"text/plain\" id=\"{TEXTS_ID}\" data-texts=\"{PAGE_TEXTS_HASH}\">");
    let block = html.split(&open).nth(1).and_then(|s| s.split("</script>").next()).unwrap();
    assert_eq!(PageTexts::from_page(Some(PAGE_TEXTS_HASH), block), Ok(PageTexts::compiled()));
}

/// The browser build ships no booklet sentences, boxes or Dutch notes: it reads them from this
/// block. So every one the app can show must be here, marked with its number.
#[test]
fn static_block_prints_every_sentence_the_app_shows() {
    let html = static_page::render();
    let page = PageTexts::compiled();
    let mut shown: Vec<PageText> = vec![];
    let mut marked: Vec<PageText> = vec![];
    for lang in [Lang::Nl, Lang::En] {
        for r in table::model::rows(lang, None, None) {
            shown.extend(r.notes.iter().map(|n| n.quote));
            marked.extend(r.notes.iter().filter_map(|n| n.nl));
            shown.extend(r.bottlenecks.iter().flat_map(|b| b.1.iter().copied()));
            for c in &r.cells {
                shown.extend(c.quote);
                shown.extend(c.notes.iter().map(|n| n.quote));
                marked.extend(c.notes.iter().filter_map(|n| n.nl));
                marked.extend(c.box_text);
            }
        }
        let national = national::model::national(lang);
        shown.extend(national.items.iter().map(|i| i.2));
        shown.extend(national.notes.iter().map(|n| n.quote));
        marked.extend(national.notes.iter().filter_map(|n| n.nl));
    }
    assert!(shown.len() > 100, "expected the table's sentences, found {}", shown.len());
    assert!(marked.len() > 60, "expected the notes and boxes, found {}", marked.len());
    for q in shown {
        let element = format!("data-t=\"{}\">{}</blockquote>", q.0, escape(page.get(q)));
        assert!(html.contains(&element), "sentence {} is not in the static block", q.0);
    }
    for t in marked {
        let element = format!("data-t=\"{}\">{}</", t.0, escape(page.get(t)));
        assert!(html.contains(&element), "text {} is not in the static block", t.0);
    }
}
