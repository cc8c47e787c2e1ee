//! The header in the app: the language buttons around the feature's markup.
use yew::prelude::*;

use crate::app::html::{pressed, raw};
use crate::core::act::Act;
use crate::core::i18n::Lang;

/// `markup` is `markup::header(current)`, memoized by the root; `None` in the area view,
/// which has its own title.
pub fn header(current: Lang, markup: Option<&std::rc::Rc<str>>) -> Html {
    let button = |lang: Lang, label: &'static str, full: &'static str| {
        html! {
            <button type="button" class="lang-btn" aria-pressed={pressed(current == lang)}
                lang={lang.tag()} title={full} data-act={Act::Lang(lang).code()}>{ label }</button>
        }
    };
    html! {
        <header class="wt-header">
            <div class="wt-langs" role="group" aria-label="Taal / Language">
                { button(Lang::Nl, "NL", "Nederlands") }
                { button(Lang::En, "EN", "English") }
            </div>
            if let Some(markup) = markup { { raw(markup.clone()) } }
        </header>
    }
}
