//! Title, lead text, the plans caveat and the language switch.
use yew::prelude::*;

use crate::core::i18n::{texts, Lang};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub on_lang: Callback<Lang>,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let t = texts(props.lang);
    let button = |lang: Lang, label: &'static str, full: &'static str| {
        let on_lang = props.on_lang.clone();
        let pressed = props.lang == lang;
        html! {
            <button type="button" class="lang-btn" aria-pressed={pressed.to_string()}
                lang={lang.tag()} title={full}
                onclick={Callback::from(move |_| on_lang.emit(lang))}>{ label }</button>
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
