//! The header: title, lead and caveat, and a button per language (`Lang::ALL`), each named
//! in its own language.
use yew::prelude::*;

use crate::core::i18n::{texts, Lang};
use crate::core::state::Action;
use crate::features::share::view::bool_attr;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    /// Without the title block: one area's own view has its own title.
    #[prop_or(true)]
    pub titled: bool,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Header(p: &HeaderProps) -> Html {
    let t = texts(p.lang);
    html! {
        <header class="wt-header">
            <div class="wt-langs" role="group" aria-label={t.languages}>
                { for Lang::ALL.into_iter().map(|lang| {
                    let onclick = p.on_action.reform(move |_: MouseEvent| Action::SetLang(lang));
                    html! {
                        <button type="button" class="lang-btn" aria-pressed={bool_attr(p.lang == lang)}
                            lang={lang.tag()} title={lang.name()} {onclick}>{ lang.short() }</button>
                    }
                }) }
            </div>
            if p.titled {
                <h1>{ t.title }</h1>
                <p class="wt-lead">{ t.lead }</p>
                <p class="wt-caveat">{ t.caveat }</p>
            }
        </header>
    }
}
