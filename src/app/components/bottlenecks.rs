//! Bottleneck filter: highlight the areas that name a bottleneck, and select them.
use yew::prelude::*;

use crate::core::dataset::{BottleneckKind, AREAS};
use crate::core::i18n::{self, texts, Lang};
use crate::core::state::Action;

/// `active` is the highlighted bottleneck, if any.
pub fn bottleneck_filter(
    lang: Lang,
    active: Option<BottleneckKind>,
    on_action: &Callback<Action>,
) -> Html {
    let t = texts(lang);
    let chip = |k: Option<BottleneckKind>| {
        let pressed = active == k;
        let cb = on_action.reform(move |_: MouseEvent| Action::Highlight(k));
        let (label, count) = match k {
            Some(k) => {
                (i18n::bottleneck(k, lang), AREAS.iter().filter(|a| a.has_bottleneck(k)).count())
            }
            None => (t.bottlenecks_none, 0),
        };
        html! {
            <button type="button" class="wt-chip" aria-pressed={pressed.to_string()} onclick={cb}
                data-kind={k.map(BottleneckKind::code)}>
                { label }
                if k.is_some() { <span class="wt-chip-count">{ format!(" ({count})") }</span> }
            </button>
        }
    };
    let on_select = on_action.reform(|_: MouseEvent| Action::SelectHighlighted);
    html! {
        <section class="wt-bottlenecks" aria-labelledby="wt-bn-h">
            <h2 id="wt-bn-h">{ t.bottlenecks_heading }</h2>
            <p class="wt-hint">{ t.bottlenecks_help }</p>
            <div class="wt-chips" role="group" aria-labelledby="wt-bn-h">
                { chip(None) }
                { for BottleneckKind::ALL.iter().map(|k| chip(Some(*k))) }
            </div>
            if active.is_some() {
                <button type="button" class="wt-btn wt-select-these" onclick={on_select}>{ t.select_these }</button>
            }
        </section>
    }
}
