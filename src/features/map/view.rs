//! The map in the app: the feature's markup (caption and legend, the SVG, the attribution)
//! inserted whole, like the chart's. Each area is a `role="button"` group carrying its act
//! (`toggle:dlf`), so the root's click listener toggles it, and its keydown listener does so
//! for Enter and Space. The table is the map's text alternative.
use yew::prelude::*;

use crate::app::html::raw;
use crate::core::i18n::{texts, Lang};
use crate::features::heading;
use crate::features::map::markup;
use crate::features::map::model::MapView;

/// `svg` is `markup::svg(v)`, memoized by the root with the view.
pub fn map(lang: Lang, v: &MapView, svg: &std::rc::Rc<str>) -> Html {
    html! {
        <section class="wt-map" aria-labelledby="wt-map-h">
            { raw(heading("wt-map-h", texts(lang).map_heading, None)) }
            <figure>
                { raw(markup::caption(v)) }
                { raw(svg.clone()) }
                { raw(markup::attribution(v)) }
            </figure>
        </section>
    }
}
