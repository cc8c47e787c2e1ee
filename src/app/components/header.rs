//! Title, lead text, the plans caveat and the language switch.
use yew::prelude::*;

use crate::core::i18n::{texts, Lang};
use crate::core::state::Action;

pub fn header(current: Lang, on_action: &Callback<Action>) -> Html {
    let t = texts(current);
    let button = |lang: Lang, label: &'static str, full: &'static str| {
        let pressed = current == lang;
        html! {
            <button type="button" class="lang-btn" aria-pressed={pressed.to_string()}
                lang={lang.tag()} title={full}
                onclick={on_action.reform(move |_: MouseEvent| Action::SetLang(lang))}>{ label }</button>
        }
    };
    html! {
        <header class="wt-header">
            <div class="wt-langs" role="group" aria-label="Taal / Language">
                { button(Lang::Nl, "NL", "Nederlands") }
                { button(Lang::En, "EN", "English") }
            </div>
            <h1>{ t.title }</h1>
            <p class="wt-lead">{ t.lead }</p>
            <p class="wt-caveat"><strong>{ t.plans_caveat }</strong>{ " " }{ t.rotterdam_caveat }</p>
        </header>
    }
}
