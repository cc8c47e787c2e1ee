//! The widget's parts. Most are plain view functions of ready-made view data and the root's
//! one action callback: a Yew component costs about 2 KB of wasm for its lifecycle code, which
//! only pays where a part needs its own re-render check (`AreaRow`, so that a change to one
//! row leaves the other nineteen alone). Display-only content is the core's markup
//! (`core::fragments`), inserted with `raw`.
pub mod amounts;
pub mod bottlenecks;
pub mod chart;
pub mod controls;
pub mod header;
pub mod national;
pub mod results;
pub mod share;
pub mod table;

use yew::{AttrValue, Html};

/// Markup written by the core (`core::fragments`, `core::chart::svg`), where every text is
/// escaped. Yew replaces the nodes only when the text changes.
pub fn raw(markup: impl Into<AttrValue>) -> Html {
    Html::from_html_unchecked(markup.into())
}

/// `aria-pressed` (and `aria-expanded`) values.
pub fn pressed(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}
