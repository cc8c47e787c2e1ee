//! The bar chart: its controls, caption and legend; the SVG itself is written by the core
//! (`core::chart::svg`). Its text equivalent is the summary sentence (also the SVG's
//! accessible name) and the data table below it.
use yew::prelude::*;

use crate::app::components::{pressed, raw};
use crate::core::chart::{ChartGeometry, Metric};
use crate::core::fragments;
use crate::core::i18n::{texts, Lang};

/// `svg` is `core::chart::svg(g)`, memoized by the caller with the geometry.
pub fn chart(lang: Lang, metric: Metric, g: &ChartGeometry, svg: &std::rc::Rc<str>) -> Html {
    let t = texts(lang);
    let toggle = |m: Metric, value: &'static str, label: &'static str| {
        html! {
            <button type="button" class="wt-btn" aria-pressed={pressed(metric == m)}
                data-act="metric" {value}>{ label }</button>
        }
    };
    html! {
        <section class="wt-chart" aria-labelledby="wt-chart-h">
            { raw(fragments::heading("wt-chart-h", t.chart_heading, None)) }
            <div class="wt-chart-tools" role="group" aria-label={t.chart_heading}>
                { toggle(Metric::Homes, "homes", t.chart_homes) }
                { toggle(Metric::Money, "money", t.chart_money) }
            </div>
            <figure>
                // Written as text by the core and inserted in one step (see `core::fragments`).
                { raw(fragments::chart_caption(g, lang)) }
                { raw(svg.clone()) }
            </figure>
        </section>
    }
}
