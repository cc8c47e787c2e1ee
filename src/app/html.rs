//! Small helpers for the features' Yew views.
use yew::{AttrValue, Html};

/// Markup written by a feature's `markup` module, where every text is escaped, inserted whole.
/// Yew replaces the nodes only when the text changes.
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
