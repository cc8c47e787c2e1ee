//! The chart in the app: the metric buttons around the feature's markup (caption, legend and
//! SVG). Its text equivalent is the summary sentence and the areas table.
use yew::prelude::*;

use crate::app::html::{pressed, raw};
use crate::core::act::{Act, Graphic};
use crate::core::i18n::{texts, Lang};
use crate::features::chart::markup;
use crate::features::chart::model::{ChartGeometry, Metric};
use crate::features::heading;
use crate::features::share::image;

/// `svg` is `markup::svg(g)`, memoized by the root with the geometry.
pub fn chart(lang: Lang, metric: Metric, g: &ChartGeometry, svg: &std::rc::Rc<str>) -> Html {
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
                { raw(markup::caption(g, lang)) }
                { raw(svg.clone()) }
            </figure>
            { raw(image::buttons(Graphic::Chart, lang)) }
        </section>
    }
}
