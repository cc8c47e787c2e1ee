//! The chart in the app: the metric buttons around the feature's markup (caption, legend and
//! SVG, which `draw` writes outside the render). Its text equivalent is the summary sentence
//! and the areas table.
use yew::prelude::*;

use crate::app::html::{pressed, raw};
use crate::core::act::{Act, Graphic};
use crate::core::i18n::{texts, Lang};
use crate::features::chart::markup;
use crate::features::chart::model::{ChartGeometry, Metric};
use crate::features::heading;
use crate::features::share::image;

/// The drawing itself is not rendered here: `draw` writes it into the slot.
pub fn chart(lang: Lang, metric: Metric, g: &ChartGeometry) -> Html {
    let t = texts(lang);
    let toggle = |m: Metric, label: &'static str| {
        html! {
            <button type="button" class="wt-btn" aria-pressed={pressed(metric == m)}
                data-act={Act::Metric(m).code()}>{ label }</button>
        }
    };
    html! {
        <section class="wt-chart" aria-labelledby="wt-chart-h">
            { raw(heading("wt-chart-h", t.chart_heading, None)) }
            <div class="wt-chart-tools" role="group" aria-label={t.chart_heading}>
                { toggle(Metric::Homes, t.chart_homes) }
                { toggle(Metric::Money, t.chart_money) }
            </div>
            <figure>
                { raw(markup::caption(g)) }
                { raw(markup::legend(g, lang)) }
                <div class="wt-chart-slot"></div>
            </figure>
            { raw(image::buttons(Graphic::Chart, lang)) }
        </section>
    }
}

/// Writes the chart's SVG (`markup::svg`, memoized by the root with the geometry) into its
/// slot under `root`.
pub fn draw(root: &web_sys::Element, svg: &str) {
    if let Ok(Some(slot)) = root.query_selector(SLOT) {
        slot.set_inner_html(svg);
    }
}

/// Whether the chart under `root` has a drawing (its first one moves nothing already shown,
/// so it need not wait; see the root's sync effect).
pub fn drawn(root: &web_sys::Element) -> bool {
    root.query_selector(SLOT).ok().flatten().is_some_and(|s| s.child_element_count() > 0)
}

const SLOT: &str = ".wt-chart-slot";
