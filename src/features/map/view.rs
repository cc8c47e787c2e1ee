//! The map in the app. UNCHECKED SKETCH: this file is compiled for wasm32 only and has never
//! been built; the lead writes the real view and wires it into the page.
//!
//! The feature's markup (caption and legend, SVG, attribution) is inserted whole, as the
//! chart's. Each area is a `role="button"` group with a `data-act`, so the root's click
//! listener toggles it; Enter and Space on a focused area need the root's keydown listener.
//! The SVG is laid out for a CSS width (`model::layout`): pass the container's width, rounded
//! down (e.g. to 40 px steps, from a `ResizeObserver`), so that its text is never below 12 px.
use yew::prelude::*;

use crate::app::html::raw;
use crate::core::i18n::Lang;
use crate::features::heading;
use crate::features::map::markup;
use crate::features::map::model::MapView;

/// `svg` is `markup::svg(v)`, memoized by the root with the view.
pub fn map(lang: Lang, v: &MapView, svg: &std::rc::Rc<str>) -> Html {
    let title = if lang == Lang::Nl { "Kaart van de gebieden" } else { "Map of the areas" };
    html! {
        <section class="wt-map" aria-labelledby="wt-map-h">
            { raw(heading("wt-map-h", title, None)) }
            <figure>
                { raw(markup::caption(v)) }
                { raw(svg.clone()) }
                { raw(markup::attribution(v)) }
            </figure>
        </section>
    }
}
