//! Bottleneck filter: highlight the areas that name a bottleneck, and select them.
use yew::prelude::*;

use crate::app::components::{pressed, raw};
use crate::core::dataset::{BottleneckKind, AREAS};
use crate::core::fragments;
use crate::core::i18n::{self, texts, Lang};

/// `active` is the highlighted bottleneck, if any.
pub fn bottleneck_filter(lang: Lang, active: Option<BottleneckKind>) -> Html {
    let t = texts(lang);
    let chip = |k: Option<BottleneckKind>| {
        let (label, count) = match k {
            Some(k) => {
                (i18n::bottleneck(k, lang), AREAS.iter().filter(|a| a.has_bottleneck(k)).count())
            }
            None => (t.bottlenecks_none, 0),
        };
        html! {
            <button type="button" class="wt-chip" aria-pressed={pressed(active == k)}
                data-act="highlight" value={k.map_or("", BottleneckKind::code)}>
                { label }
                if k.is_some() { <span class="wt-chip-count">{ format!(" ({count})") }</span> }
            </button>
        }
    };
    html! {
        <section class="wt-bottlenecks" aria-labelledby="wt-bn-h">
            { raw(fragments::heading("wt-bn-h", t.bottlenecks_heading, Some(("wt-hint", t.bottlenecks_help)))) }
            <div class="wt-chips" role="group" aria-labelledby="wt-bn-h">
                { chip(None) }
                { for BottleneckKind::ALL.iter().map(|k| chip(Some(*k))) }
            </div>
            if active.is_some() {
                <button type="button" class="wt-btn wt-select-these" data-act="select-highlighted">{ t.select_these }</button>
            }
        </section>
    }
}
