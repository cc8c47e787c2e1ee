//! The booklet's national figures, the counting rules, and the source line: the core's
//! markup (`core::fragments::national`), which changes with the language only.
use yew::prelude::*;

use crate::app::components::raw;
use crate::core::fragments;
use crate::core::i18n::Lang;
use crate::core::view::NationalView;

pub fn national(lang: Lang, view: &NationalView) -> Html {
    raw(fragments::national(view, lang))
}
