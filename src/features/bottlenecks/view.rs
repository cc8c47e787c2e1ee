//! The bottleneck filter: a chip per category (a toggle button), and "select these areas".
use yew::prelude::*;

use crate::core::dataset::BottleneckKind;
use crate::core::i18n::{texts, Lang};
use crate::core::state::Action;
use crate::features::bottlenecks::model::chips;
use crate::features::share::view::bool_attr;

#[derive(Properties, PartialEq)]
pub struct FilterProps {
    pub lang: Lang,
    pub highlight: Option<BottleneckKind>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn BottleneckFilter(p: &FilterProps) -> Html {
    let t = texts(p.lang);
    html! {
        <section class="wt-bottlenecks" aria-labelledby="wt-bn-h">
            <h3 id="wt-bn-h">{ t.bottlenecks_heading }</h3>
            <p class="wt-hint">{ t.bottlenecks_help }</p>
            <div class="wt-chips" role="group" aria-labelledby="wt-bn-h">
                { for chips(p.lang, p.highlight).into_iter().map(|c| {
                    let kind = c.kind;
                    let onclick = p.on_action.reform(move |_: MouseEvent| Action::Highlight(kind));
                    html! {
                        <button type="button" class="wt-chip" aria-pressed={bool_attr(c.pressed)}
                            data-kind={kind.map_or("", BottleneckKind::code)} {onclick}>
                            { c.label }
                            if let Some(n) = c.count { { format!(" ({n})") } }
                        </button>
                    }
                }) }
            </div>
            if p.highlight.is_some() {
                <button type="button" class="wt-btn wt-select-these"
                    onclick={p.on_action.reform(|_: MouseEvent| Action::SelectHighlighted)}>{ t.select_these }</button>
            }
        </section>
    }
}
