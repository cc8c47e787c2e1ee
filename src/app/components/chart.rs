//! The bar chart: its controls, caption and legend; the SVG itself is written by the core
//! (`core::chart::svg`). Its text equivalent is the summary sentence (also the SVG's
//! accessible name) and the data table below it.
use yew::prelude::*;

use crate::app::components::raw;
use crate::core::chart::{ChartGeometry, Metric};
use crate::core::i18n::{texts, Lang};
use crate::core::state::Action;

/// `svg` is `core::chart::svg(g)`, memoized by the caller with the geometry.
pub fn chart(
    lang: Lang,
    metric: Metric,
    g: &ChartGeometry,
    svg: &AttrValue,
    on_action: &Callback<Action>,
) -> Html {
    let t = texts(lang);
    let toggle = |m: Metric, label: &'static str| {
        let cb = on_action.reform(move |_: MouseEvent| Action::SetMetric(m));
        html! {
            <button type="button" class="wt-btn" aria-pressed={(metric == m).to_string()} onclick={cb}>{ label }</button>
        }
    };
    html! {
        <section class="wt-chart" aria-labelledby="wt-chart-h">
            <h2 id="wt-chart-h">{ t.chart_heading }</h2>
            <div class="wt-chart-tools" role="group" aria-label={t.chart_heading}>
                { toggle(Metric::Homes, t.chart_homes) }
                { toggle(Metric::Money, t.chart_money) }
            </div>
            <figure>
                <figcaption id="wt-chart-summary">{ g.summary.clone() }</figcaption>
                <ul class="wt-legend">
                    <li><svg class="wt-swatch" viewBox="0 0 16 10" aria-hidden="true"><rect class="wt-s0" width="16" height="10" /></svg>{ g.series[0] }</li>
                    <li><svg class="wt-swatch" viewBox="0 0 16 10" aria-hidden="true"><rect class="wt-s1" width="16" height="10" /></svg>{ g.series[1] }</li>
                    <li><svg class="wt-swatch" viewBox="0 0 16 10" aria-hidden="true"><rect class="wt-ext" width="16" height="10" /></svg>{ t.chart_range }</li>
                    <li><svg class="wt-swatch" viewBox="0 0 16 10" aria-hidden="true"><rect class="wt-excl" x="1" y="1" width="14" height="8" /></svg>{ t.chart_excluded }</li>
                </ul>
                // Written as text by the core and inserted in one step (see `core::markup`).
                { raw(svg.clone()) }
            </figure>
        </section>
    }
}
