//! The SVG bar chart, drawn from the core's geometry (`core::chart`). Its text equivalent is
//! the summary sentence (also the SVG's accessible name) and the data table below it.
use yew::prelude::*;

use crate::core::chart::{BarKind, ChartGeometry, Metric, BAR_HEIGHT, LABEL_WIDTH};
use crate::core::i18n::{texts, Lang};

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub lang: Lang,
    pub metric: Metric,
    pub geometry: std::rc::Rc<ChartGeometry>,
    pub on_metric: Callback<Metric>,
}

/// An SVG coordinate with one decimal, written with integer formatting only (float
/// formatting would add several KB of code to the wasm).
fn n(v: f64) -> String {
    #[allow(clippy::cast_possible_truncation)] // chart coordinates are a few thousand at most
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    format!("{sign}{}.{}", abs / 10, abs % 10)
}

#[function_component]
pub fn Chart(props: &ChartProps) -> Html {
    let t = texts(props.lang);
    let g = &props.geometry;
    let toggle = |m: Metric, label: &'static str| {
        let cb = props.on_metric.reform(move |_: MouseEvent| m);
        html! {
            <button type="button" class="wt-btn" aria-pressed={(props.metric == m).to_string()} onclick={cb}>{ label }</button>
        }
    };
    let text_y = BAR_HEIGHT - 2.5;
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
                <svg class="wt-svg" viewBox={format!("0 0 {} {}", n(g.width), n(g.height))}
                    role="img" aria-labelledby="wt-chart-summary">
                    <defs>
                        <pattern id="wt-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                            <rect class="wt-hatch-bg" width="6" height="6" />
                            <line class="wt-hatch-line" x1="0" y1="0" x2="0" y2="6" />
                        </pattern>
                    </defs>
                    <g class="wt-axis" aria-hidden="true">
                        { for g.ticks.iter().enumerate().map(|(i, tk)| {
                            // The last label ends at its tick, so it stays inside the view box.
                            let anchor = if i + 1 == g.ticks.len() { "end" } else { "middle" };
                            html! {
                                <g>
                                    <line x1={n(tk.x)} x2={n(tk.x)} y1="16" y2={n(g.height)} />
                                    <text x={n(tk.x)} y="11" text-anchor={anchor}>{ tk.label.clone() }</text>
                                </g>
                            }
                        }) }
                    </g>
                    { for g.rows.iter().map(|r| html! {
                        <g class="wt-row">
                            <text class="wt-name" x={n(LABEL_WIDTH - 6.0)} y={n(r.y + BAR_HEIGHT + 1.0)} text-anchor="end">{ r.name }</text>
                            { for r.bars.iter().map(|b| {
                                let class = match (b.kind, b.series) {
                                    (BarKind::Excluded, _) => "wt-excl",
                                    (BarKind::Solid, 0) => "wt-s0",
                                    _ => "wt-s1",
                                };
                                html! {
                                <g>
                                    <rect class={class} x={n(LABEL_WIDTH)} y={n(b.y)} width={n(b.width.max(0.5))} height={n(BAR_HEIGHT)} />
                                    if b.extension > 0.0 {
                                        <rect class="wt-ext" x={n(LABEL_WIDTH + b.width)} y={n(b.y)} width={n(b.extension)} height={n(BAR_HEIGHT)} />
                                    }
                                    <text class={classes!("wt-val-label", b.label_inside.then_some("wt-inside"))}
                                        x={n(b.label_x)} y={n(b.y + text_y)}
                                        text-anchor={if b.label_inside { "end" } else { "start" }}>
                                        { b.label.clone() }{ if b.kind == BarKind::Excluded { " *" } else { "" } }
                                    </text>
                                </g>
                            }}) }
                            { for r.unknown.iter().map(|(_, y)| html! {
                                <text class="wt-unknown-label" x={n(LABEL_WIDTH + 4.0)} y={n(y + text_y)}>{ g.unknown_text }</text>
                            }) }
                        </g>
                    }) }
                </svg>
            </figure>
        </section>
    }
}
