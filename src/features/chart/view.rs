//! The chart: the metric switch, the caption (its text equivalent, also the SVG's accessible
//! name), the legend, the drawing (`ChartGeometry::markup`: one `<svg>` at its CSS size, never
//! scaled, so its text is 12 px at every width; series differ by pattern, not colour alone),
//! and its image buttons; then the chart of where the maximum bites (`ceiling_chart`).
use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::{texts, Lang};
use crate::core::link::Metric;
use crate::core::state::Action;
use crate::features::chart::ceiling::Ceiling;
use crate::features::chart::model::ChartGeometry;
use crate::features::share::view::{bool_attr, image_buttons};
use crate::features::share::{Command, Graphic};

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub lang: Lang,
    pub metric: Metric,
    pub chart: Rc<ChartGeometry>,
    pub on_action: Callback<Action>,
    pub on_command: Callback<Command>,
}

#[function_component]
pub fn Chart(p: &ChartProps) -> Html {
    let t = texts(p.lang);
    let g = &p.chart;
    let toggle = |m: Metric, label: &'static str| {
        let onclick = p.on_action.reform(move |_: MouseEvent| Action::SetMetric(m));
        html! {
            <button type="button" class="wt-btn" aria-pressed={bool_attr(p.metric == m)} {onclick}>{ label }</button>
        }
    };
    let swatch = |key: &'static str, label: &'static str| {
        html! { <li><span class="wt-swatch" data-key={key}></span>{ label }</li> }
    };
    html! {
        <div class="wt-chart">
            <div class="wt-chart-head">
                <div class="wt-chart-tools" role="group" aria-label={t.chart_metric}>
                    { toggle(Metric::Homes, t.chart_homes) }
                    { toggle(Metric::Money, t.chart_money) }
                </div>
                { image_buttons(p.lang, Graphic::Chart, &p.on_command) }
            </div>
            <figure>
                <figcaption id="wt-chart-summary">{ g.summary.clone() }</figcaption>
                <ul class="wt-legend">
                    { swatch("s0", g.series[0]) }
                    { swatch("s1", g.series[1]) }
                    { swatch("ext", t.chart_range) }
                    { swatch("excl", t.chart_excluded) }
                </ul>
                { Html::from_html_unchecked(AttrValue::from(g.markup())) }
            </figure>
        </div>
    }
}

/// "Waar het maximum knelt": its heading, its figure (written by `ceiling::markup`: no control
/// in it, so it is one piece of markup, not a tree of Yew elements) and its image buttons.
pub fn ceiling_chart(lang: Lang, c: &Ceiling, on_command: &Callback<Command>) -> Html {
    html! {
        <section class="wt-ceiling" aria-labelledby="wt-ceiling-h">
            <h3 id="wt-ceiling-h">{ texts(lang).ceiling.heading }</h3>
            { Html::from_html_unchecked(AttrValue::from(c.markup(lang))) }
            if !c.lines.is_empty() { { image_buttons(lang, Graphic::Ceiling, on_command) } }
        </section>
    }
}
