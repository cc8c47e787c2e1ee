//! The bottleneck filter in the app: a chip per category and "select these areas".
use yew::prelude::*;

use crate::app::html::{pressed, raw};
use crate::core::act::Act;
use crate::core::dataset::BottleneckKind;
use crate::core::i18n::{texts, Lang};
use crate::features::bottlenecks::model::chips;
use crate::features::heading;

pub fn bottleneck_filter(lang: Lang, active: Option<BottleneckKind>) -> Html {
    let t = texts(lang);
    html! {
        <section class="wt-bottlenecks" aria-labelledby="wt-bn-h">
            { raw(heading("wt-bn-h", t.bottlenecks_heading, Some(("wt-hint", t.bottlenecks_help)))) }
            <div class="wt-chips" role="group" aria-labelledby="wt-bn-h">
                { for chips(lang, active).into_iter().map(|c| html! {
                    <button type="button" class="wt-chip" aria-pressed={pressed(c.pressed)}
                        data-act={c.act.code()}>
                        { c.label }
                        if let Some(n) = c.count { { format!(" ({n})") } }
                    </button>
                }) }
            </div>
            if active.is_some() {
                <button type="button" class="wt-btn wt-select-these"
                    data-act={Act::SelectHighlighted.code()}>{ t.select_these }</button>
            }
        </section>
    }
}
