//! Title, lead text, the plans caveat and the language switch.
use yew::prelude::*;

use crate::app::components::{pressed, raw};
use crate::core::fragments;
use crate::core::i18n::Lang;

pub fn header(current: Lang) -> Html {
    let button = |lang: Lang, label: &'static str, full: &'static str| {
        html! {
            <button type="button" class="lang-btn" aria-pressed={pressed(current == lang)}
                lang={lang.tag()} title={full} data-act="lang" value={lang.tag()}>{ label }</button>
        }
    };
    html! {
        <header class="wt-header">
            <div class="wt-langs" role="group" aria-label="Taal / Language">
                { button(Lang::Nl, "NL", "Nederlands") }
                { button(Lang::En, "EN", "English") }
            </div>
            { raw(fragments::header(current)) }
        </header>
    }
}
