//! The chart: the metric switch, the caption (its text equivalent, also the SVG's accessible
//! name), the legend, the drawing, and its image buttons. The drawing is one `<svg>` at its
//! CSS size (never scaled, so its text is 12 px at every width): the hatch pattern, the axis,
//! and per area its name, bars, range extensions, value labels (an excluded figure marked
//! `*`) and "onbekend" where a figure is unknown. Series differ by pattern, not colour alone.
use std::rc::Rc;

use yew::prelude::*;

use crate::core::format::coord;
use crate::core::i18n::{texts, Lang};
use crate::core::link::Metric;
use crate::core::state::Action;
use crate::features::chart::model::{BarKind, ChartGeometry, Row, BAR_HEIGHT};
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
                { svg(g) }
            </figure>
        </div>
    }
}

/// The drawing, at its CSS size in px.
fn svg(g: &ChartGeometry) -> Html {
    let (w, h) = (coord(g.frame.width), coord(g.height));
    html! {
        <svg class="wt-svg" width={w.clone()} height={h.clone()} viewBox={format!("0 0 {w} {h}")}
            role="img" aria-labelledby="wt-chart-summary">
            <defs>
                // The diagonal hatch that marks the second series.
                <pattern id="wt-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect class="wt-hatch-bg" width="6" height="6" />
                    <line class="wt-hatch-line" x1="0" y1="0" x2="0" y2="6" />
                </pattern>
            </defs>
            <g class="wt-axis" aria-hidden="true">
                { for g.ticks.iter().enumerate().map(|(i, tk)| {
                    // The first label starts at its tick and the last ends at it, so that both
                    // stay inside the chart.
                    let anchor = match i {
                        0 => "start",
                        _ if i + 1 == g.ticks.len() => "end",
                        _ => "middle",
                    };
                    let x = coord(tk.x);
                    html! {
                        <>
                            <line x1={x.clone()} x2={x.clone()} y1="16" y2={h.clone()} />
                            <text class="wt-tick" x={x} y="11" text-anchor={anchor}>{ tk.label.clone() }</text>
                        </>
                    }
                }) }
            </g>
            { for g.rows.iter().map(|r| row(r, g)) }
        </svg>
    }
}

fn row(r: &Row, g: &ChartGeometry) -> Html {
    let frame = g.frame;
    let text_y = BAR_HEIGHT - 3.0;
    let (name_x, anchor) =
        if frame.names_above { (0.0, "start") } else { (frame.plot_left - 4.0, "end") };
    html! {
        <>
            <text class="wt-name" x={coord(name_x)} y={coord(r.name_y)} text-anchor={anchor}>{ r.name }</text>
            { for r.bars.iter().map(|b| {
                // The series (and an excluded figure's outline) by attribute, not by a computed
                // class: Yew's classes would bring an index set into the wasm.
                let series = match (b.kind, b.series) {
                    (BarKind::Excluded, _) => "x",
                    (BarKind::Solid, 0) => "0",
                    _ => "1",
                };
                let (y, height) = (coord(b.y), coord(BAR_HEIGHT));
                let label = if b.kind == BarKind::Excluded { format!("{} *", b.label) } else { b.label.clone() };
                html! {
                    <>
                        <rect class="wt-chart-bar" data-s={series} x={coord(frame.plot_left)} y={y.clone()} width={coord(b.width.max(0.5))} height={height.clone()} />
                        if b.extension > 0.0 {
                            <rect class="wt-ext" x={coord(frame.plot_left + b.width)} y={y} width={coord(b.extension)} height={height} />
                        }
                        <text class="wt-val-label" data-inside={b.label_inside.then_some("true")}
                            x={coord(b.label_x)} y={coord(b.y + text_y)}>{ label }</text>
                    </>
                }
            }) }
            { for r.unknown.iter().map(|(_, y)| html! {
                <text class="wt-unknown-label" x={coord(frame.plot_left + 4.0)} y={coord(y + text_y)}>{ g.unknown_text }</text>
            }) }
        </>
    }
}
