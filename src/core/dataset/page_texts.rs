//! The Dutch texts the static page prints: the booklet's sentences (the source of every figure,
//! note and bottleneck), its "+N woningen" boxes, and our notes in Dutch.
//!
//! They are compiled in natively (`PAGE_TEXTS`, for tests and for rendering the static page),
//! but not into the browser build: the static page, rendered from the same components,
//! already prints every one of them, and it also carries them all in one data block
//! (`<script type="text/plain" id="wt-texts">`, one text a line, by number), which the shell
//! reads at start, in one call, into a `PageTexts` value that the views receive as a Yew
//! context. That keeps about 25 KB of Dutch text (5 KB compressed) out of the wasm.
//!
//! The data block carries the fingerprint of its texts (`data-texts`), and the wasm the one
//! it was built with (`PAGE_TEXTS_HASH`): a stale `index.html` beside a newer wasm would
//! otherwise put wrong sentences under the figures. On a mismatch the app shows none, only a
//! polite "not loaded" line.

use super::{PAGE_TEXTS_HASH, PAGE_TEXT_COUNT};
use crate::core::i18n::Lang;

/// The id of the static block's data block of texts.
pub const TEXTS_ID: &str = "wt-texts";

/// The id of the static block's `<template>` holding a part of the page's markup in a
/// language (the Bronnen section's, see `features::sources::view`): `wt-part-nl`.
pub fn part_id(lang: Lang) -> String {
    format!("wt-part-{}", lang.tag())
}

/// The id of the `<template>` holding every area's fixed markup in a language (see
/// `area_part_id`), which the page carries beside the static block, so that it stays once the
/// app has replaced that block: `wt-parts-nl`.
pub fn area_parts_id(lang: Lang) -> String {
    format!("wt-parts-{}", lang.tag())
}

/// The id, within its language's `area_parts_id` template, of one area's fixed markup, which
/// the browser build reads when it shows it: `kind` `d` is an area's sources, notes and
/// bottlenecks (a table row's, `features::table::view`, also shown in the area view), `n` the
/// names the booklet gives for it (`features::area::view`). `wt-pd-amw-nl`.
pub fn area_part_id(kind: char, area_id: &str, lang: Lang) -> String {
    format!("wt-p{kind}-{area_id}-{}", lang.tag())
}

/// A Dutch text the static page prints, by number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageText(pub u16);

/// The page's texts by `PageText` number, and the markup parts it carries by language (see
/// `part`); an empty text or part is one that is not available.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageTexts(Vec<String>, Vec<String>, String);

/// The static block was written for other texts than this build's (a stale `index.html`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaleTexts {
    /// The fingerprint the block carries (empty when it carries none).
    pub found: String,
}

impl PageTexts {
    /// No texts: every quotation shows the "not loaded" line instead.
    pub fn missing() -> Self {
        Self::default()
    }

    /// The compiled-in texts (native builds only).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn compiled() -> Self {
        PageTexts(
            super::PAGE_TEXTS.iter().map(|t| (*t).to_string()).collect(),
            vec![],
            String::new(),
        )
    }

    /// The texts of a data block whose fingerprint is `hash` (its content: one text a line,
    /// by number); lines past the last number are ignored.
    pub fn from_page(hash: Option<&str>, block: &str) -> Result<Self, StaleTexts> {
        if hash != Some(PAGE_TEXTS_HASH) {
            return Err(StaleTexts { found: hash.unwrap_or_default().to_string() });
        }
        let mut texts: Vec<String> =
            block.split('\n').take(PAGE_TEXT_COUNT).map(String::from).collect();
        texts.resize(PAGE_TEXT_COUNT, String::new());
        Ok(PageTexts(texts, vec![], String::new()))
    }

    /// These texts with the page's markup parts, one per language in `Lang::ALL`'s order
    /// (read from the same static block, so they are as fresh as its texts).
    #[must_use]
    pub fn with_parts(mut self, parts: Vec<String>) -> Self {
        self.1 = parts;
        self
    }

    /// These texts with the country's outline as the page draws it (an SVG path), which the
    /// browser build reads rather than carries a second copy of (`features::map::view`).
    #[must_use]
    pub fn with_outline(mut self, outline: String) -> Self {
        self.2 = outline;
        self
    }

    /// The page's outline of the country; empty when it has none (natively: the generated one
    /// is used).
    pub fn outline(&self) -> &str {
        &self.2
    }

    /// The page's markup part in `lang`; empty when the page carries none (natively, the
    /// components write it).
    pub fn part(&self, lang: Lang) -> &str {
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        self.1.get(i).map_or("", String::as_str)
    }

    /// The data block's content for these texts (`from_page` reads it back). Native only:
    /// the static page is written natively.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn block(&self) -> String {
        self.0.join("\n")
    }

    /// The text; empty when it is not available.
    pub fn get(&self, t: PageText) -> &str {
        self.0.get(usize::from(t.0)).map_or("", String::as_str)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_block_with_this_builds_fingerprint_gives_its_texts() {
        let texts = PageTexts::from_page(Some(PAGE_TEXTS_HASH), "nul\n\ntwee").unwrap();
        assert_eq!(texts.get(PageText(0)), "nul");
        assert_eq!(texts.get(PageText(1)), "");
        assert_eq!(texts.get(PageText(2)), "twee");
        assert_eq!(texts.get(PageText(3)), "");
        assert_eq!(texts.get(PageText(u16::MAX)), "");
    }

    #[test]
    fn the_compiled_texts_read_back_from_their_block() {
        let compiled = PageTexts::compiled();
        let block = compiled.block();
        // One text a line: no text may hold a line break.
        assert_eq!(block.matches('\n').count(), PAGE_TEXT_COUNT - 1);
        assert_eq!(PageTexts::from_page(Some(PAGE_TEXTS_HASH), &block), Ok(compiled));
    }

    #[test]
    fn a_stale_or_unmarked_block_gives_no_texts() {
        let stale = PageTexts::from_page(Some("0123456789abcdef"), "oud");
        assert_eq!(stale, Err(StaleTexts { found: "0123456789abcdef".into() }));
        assert_eq!(PageTexts::from_page(None, ""), Err(StaleTexts { found: String::new() }));
    }

    #[test]
    fn compiled_texts_are_all_there() {
        let texts = PageTexts::compiled();
        let count = u16::try_from(PAGE_TEXT_COUNT).unwrap();
        assert!((0..count).all(|i| !texts.get(PageText(i)).is_empty()));
    }
}
