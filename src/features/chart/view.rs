//! The chart in the app: the metric buttons around the feature's markup (caption, legend and
//! SVG). Its text equivalent is the summary sentence and the areas table.
use yew::prelude::*;

use crate::app::browser;

use crate::app::html::{pressed, raw};
use crate::core::act::{Act, Command};
use crate::core::i18n::{texts, Lang};
use crate::features::chart::markup;
use crate::features::chart::model::{ChartGeometry, Metric};
use crate::features::heading;

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
                <button type="button" class="wt-btn wt-img" data-act={Act::Command(Command::ChartSvg).code()}>{ t.chart_svg }</button>
                <button type="button" class="wt-btn wt-img" data-act={Act::Command(Command::ChartPng).code()}>{ t.chart_png }</button>
            </div>
            <figure>
                { raw(markup::caption(g, lang)) }
                { raw(svg.clone()) }
            </figure>
        </section>
    }
}

/// Downloads the chart as an image (`ChartSvg` or `ChartPng`; any other command does
/// nothing), in the view's width, theme and language, with title, selection, source and link
/// drawn in (`markup::image_svg`). The PNG is drawn at twice the CSS size.
pub fn download(command: Command, g: &ChartGeometry, metric: Metric, lang: Lang, link: &str) {
    let t = texts(lang);
    let title = t.image_title[usize::from(metric == Metric::Money)];
    let source = format!(
        "{} {}: {}",
        t.source_line,
        t.dataset_version,
        crate::core::dataset::DATASET_VERSION
    );
    let words = markup::ImageWords { title, selection: &g.summary, source: &source, link };
    let vars: Vec<String> = [
        "--wt-color-text",
        "--wt-color-muted",
        "--wt-color-bg",
        "--wt-color-accent",
        "--wt-color-accent-soft",
        "--wt-color-border",
    ]
    .iter()
    .map(|name| browser::css_var(name))
    .collect();
    let light = markup::Palette::LIGHT;
    let palette = markup::Palette {
        text: markup::colour(&vars[0], light.text),
        muted: markup::colour(&vars[1], light.muted),
        background: markup::colour(&vars[2], light.background),
        accent: markup::colour(&vars[3], light.accent),
        accent_soft: markup::colour(&vars[4], light.accent_soft),
        border: markup::colour(&vars[5], light.border),
    };
    let image = markup::image_svg(g, &words, &palette);
    let name = format!("{}-{}", crate::core::csv::file_stem(lang), t.chart_file);
    match command {
        Command::ChartSvg => browser::download(&format!("{name}.svg"), &image.svg, "image/svg+xml"),
        Command::ChartPng => {
            browser::svg_to_png(&image.svg, image.width, image.height, 2.0, move |png| {
                if let Some(png) = png {
                    browser::download_blob(&format!("{name}.png"), &png);
                }
            });
        }
        _ => {}
    }
}
