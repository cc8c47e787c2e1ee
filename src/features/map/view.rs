//! The map in the app: its caption and legend, the drawing read from the page (see the module
//! docs) and the attribution, and `sync`, the effect that applies a state to the drawing.
//! Each area's label box is a `role="button"` carrying its act (`toggle:dlf`), so the root's click
//! listener toggles it, and its keydown listener does so for Enter and Space. The table is the
//! map's text alternative.
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::html::raw;
use crate::core::act::{self, Act, Graphic};
use crate::core::i18n::{texts, Lang};
use crate::features::heading;
use crate::features::map::markup;
use crate::features::map::model::MapState;
use crate::features::share::image;

/// `drawing` is the SVG taken from the page at start; without it (a page written for another
/// build) the map says so and points to the table.
pub fn map(lang: Lang, state: &MapState, drawing: Option<&web_sys::Element>) -> Html {
    let t = texts(lang);
    html! {
        <section class="wt-map" aria-labelledby="wt-map-h">
            { raw(heading("wt-map-h", t.map_heading, None)) }
            <figure>
                { raw(markup::caption(&state.summary)) }
                { raw(markup::legend(&state.legend)) }
                if let Some(svg) = drawing {
                    { Html::VRef(svg.clone().into()) }
                } else {
                    <p class="wt-map-missing">{ t.map_missing }</p>
                }
                { raw(markup::attribution(lang)) }
            </figure>
            if drawing.is_some() {
                { raw(image::buttons(Graphic::Map, lang)) }
            }
        </section>
    }
}

/// Applies `state` to the map's drawing under `root`, on every element with an area's act
/// (`markup`): selected or not, highlighted or not, and the button's `aria-pressed` and
/// accessible name.
pub fn sync(root: &web_sys::Element, state: &MapState) {
    let Ok(list) = root.query_selector_all(".wt-map-svg [data-act]") else { return };
    for i in 0..list.length() {
        let Some(el) = list.get(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else {
            continue;
        };
        let Some(Act::Toggle(area)) = el.get_attribute(act::ATTR).as_deref().and_then(Act::parse)
        else {
            continue;
        };
        let Some(s) = state.areas.get(area) else { continue };
        set(&el, "data-hl", s.highlighted.then_some("true"));
        set(&el, "data-off", (!s.selected).then_some("true"));
        if el.get_attribute("role").is_some() {
            set(&el, "aria-pressed", Some(if s.selected { "true" } else { "false" }));
            set(&el, "aria-label", Some(&s.aria_label));
        }
    }
}

/// Sets (or, with `None`, removes) an attribute where it differs: an unchanged drawing costs
/// the browser no style work.
fn set(el: &web_sys::Element, name: &str, value: Option<&str>) {
    if el.get_attribute(name).as_deref() != value {
        let _ = match value {
            Some(v) => el.set_attribute(name, v),
            None => el.remove_attribute(name),
        };
    }
}
