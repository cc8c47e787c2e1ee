//! Freshness of the generated parts of `index.html`: its head (the policy and the script that
//! marks the page from the link) and its static block (the app rendered at build time, shown
//! before and without the wasm, and where the browser build reads the booklet's sentences
//! from). `UPDATE_STATIC=1 cargo test --test static_html` rewrites both.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use woontop::core::dataset::{PageText, PageTexts, PAGE_TEXTS_HASH, TEXTS_ID};
use woontop::core::i18n::Lang;
use woontop::features::{sources, table};
use woontop::static_page;

#[test]
fn index_html_generated_parts_are_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html");
    let current = std::fs::read_to_string(&path).expect("index.html");
    let fresh =
        static_page::inject(&current).expect("index.html lacks the generated parts' markers");
    if std::env::var_os("UPDATE_STATIC").is_some() {
        std::fs::write(&path, &fresh).expect("write index.html");
        return;
    }
    assert!(
        current == fresh,
        "index.html is stale: run `UPDATE_STATIC=1 cargo test --test static_html`"
    );
}

#[test]
fn static_block_has_every_section_every_area_the_totals_and_the_texts_fingerprint() {
    let html = static_page::render();
    assert_eq!(html.matches("<tr data-area=").count(), 20);
    for section in woontop::core::link::Section::ALL {
        assert!(html.contains(&format!("id=\"wt-panel-{}\"", section.code())), "{section:?}");
        assert!(html.contains(&format!("href=\"#wt-panel-{}\"", section.code())), "{section:?}");
    }
    assert!(
        html.contains("70.336–70.636") && html.contains("16.191") && html.contains("23.410–24.410")
    );
    // The texts' data block, with their fingerprint, reads back as the compiled texts.
    let open =
        format!("<script type=\"text/plain\" id=\"{TEXTS_ID}\" data-texts=\"{PAGE_TEXTS_HASH}\">");
    let block = html.split(&open).nth(1).and_then(|s| s.split("</script>").next()).unwrap();
    assert_eq!(PageTexts::from_page(Some(PAGE_TEXTS_HASH), block), Ok(PageTexts::compiled()));
    // The crash message in every language, outside the part the app replaces.
    let crash = html.split("<div id=\"wt-crash\" hidden>").nth(1).unwrap();
    for lang in Lang::ALL {
        assert!(crash.contains(&format!("<p lang=\"{}\">", lang.tag())), "{lang:?}");
    }
}

/// The head script is the one the policy allows, and the policy allows no other inline code.
#[test]
fn the_policy_allows_the_head_script_by_its_hash_only() {
    let policy = static_page::policy();
    assert!(policy.contains(&static_page::script_hash(&static_page::head_script())));
    assert_eq!(policy.matches("'sha256-").count(), 1);
    assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
    // Against a known vector: the SHA-256 of "abc", base64.
    assert_eq!(
        static_page::script_hash("abc"),
        "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='"
    );
}

/// Every booklet sentence, box text and Dutch note a visitor can open is in the static page
/// (find-in-page finds it, and it is there without JavaScript).
#[test]
fn static_block_prints_every_sentence_the_app_shows() {
    let html = static_page::render();
    let page = PageTexts::compiled();
    let mut shown: Vec<PageText> = vec![];
    for r in table::model::rows(Lang::Nl, None, None) {
        shown.extend(r.notes.iter().map(|n| n.quote));
        shown.extend(r.notes.iter().map(|n| n.text));
        shown.extend(r.bottlenecks.iter().flat_map(|b| b.1.iter().copied()));
        for c in &r.cells {
            shown.extend(c.quote);
            shown.extend(c.notes.iter().map(|n| n.quote));
            shown.extend(c.notes.iter().map(|n| n.text));
            shown.extend(c.box_text);
        }
    }
    let national = sources::national::national(Lang::Nl);
    shown.extend(national.items.iter().map(|i| i.2));
    shown.extend(national.notes.iter().map(|n| n.quote));
    shown.extend(national.notes.iter().map(|n| n.text));
    assert!(shown.len() > 160, "expected the table's sentences, found {}", shown.len());
    let body = html.split(&format!("id=\"{TEXTS_ID}\"")).next().unwrap();
    // As element text: `&`, `<` and `>` escaped.
    let escape = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    for q in shown {
        assert!(body.contains(&format!(">{}<", escape(page.get(q)))), "text {} is not shown", q.0);
    }
}
