//! The chart drawn from its geometry: one `<svg>` (hatch pattern, axis, and per area its name,
//! bars, range extensions, value labels with excluded figures marked `*`, and "onbekend"
//! where a figure is unknown), and its caption and legend. Written as one string: a chart is a
//! few hundred elements that only ever change all at once and never take focus or input.
//!
//! The SVG's accessible name is the summary, which is also the figure's caption
//! (`#wt-chart-summary`); the axis is decoration.

use crate::core::i18n::{texts, Lang};
use crate::core::markup::{class, coord_into, Markup, Value::Coord, Value::Text};
use crate::features::chart::model::{BarKind, ChartGeometry, Frame, Row, BAR_HEIGHT};

pub fn svg(g: &ChartGeometry) -> String {
    // Drawn at its CSS size (width and height in px), so that its text keeps its size.
    let mut view_box = String::from("0 0 ");
    coord_into(&mut view_box, g.frame.width);
    view_box.push(' ');
    coord_into(&mut view_box, g.height);
    let attrs = [
        ("class", Text("wt-svg")),
        ("width", Coord(g.frame.width)),
        ("height", Coord(g.height)),
        ("viewBox", Text(&view_box)),
        ("role", Text("img")),
        ("aria-labelledby", Text("wt-chart-summary")),
    ];
    Markup::build(|m| {
        m.el("svg", &attrs, |m| body(m, g));
    })
}

/// The chart itself: pattern, axis, rows.
fn body(m: &mut Markup, g: &ChartGeometry) {
    m.el("defs", &[], hatch_pattern);
    axis(m, g);
    for r in &g.rows {
        row(m, r, g.frame, g.unknown_text);
    }
}

/// The diagonal hatch that marks the second series, so that the series differ by pattern as
/// well as by colour.
fn hatch_pattern(m: &mut Markup) {
    let pattern = [
        ("id", Text("wt-hatch")),
        ("width", Text("6")),
        ("height", Text("6")),
        ("patternUnits", Text("userSpaceOnUse")),
        ("patternTransform", Text("rotate(45)")),
    ];
    m.el("pattern", &pattern, |m| {
        m.leaf(
            "rect",
            &[("class", Text("wt-hatch-bg")), ("width", Text("6")), ("height", Text("6"))],
        );
        let line = [
            ("class", Text("wt-hatch-line")),
            ("x1", Text("0")),
            ("y1", Text("0")),
            ("x2", Text("0")),
            ("y2", Text("6")),
        ];
        m.leaf("line", &line);
    });
}

fn axis(m: &mut Markup, g: &ChartGeometry) {
    m.el("g", &[("class", Text("wt-axis")), ("aria-hidden", Text("true"))], |m| {
        for (i, tk) in g.ticks.iter().enumerate() {
            // The first label starts at its tick and the last ends at its tick, so that both
            // stay inside the chart.
            let anchor = match i {
                0 => "start",
                _ if i + 1 == g.ticks.len() => "end",
                _ => "middle",
            };
            let line = [
                ("x1", Coord(tk.x)),
                ("x2", Coord(tk.x)),
                ("y1", Text("16")),
                ("y2", Coord(g.height)),
            ];
            m.leaf("line", &line);
            let label = [
                ("class", Text("wt-tick")),
                ("x", Coord(tk.x)),
                ("y", Text("11")),
                ("text-anchor", Text(anchor)),
            ];
            m.text_el("text", &label, &tk.label);
        }
    });
}

fn row(m: &mut Markup, r: &Row, frame: Frame, unknown_text: &str) {
    let text_y = BAR_HEIGHT - 3.0;
    let name = if frame.names_above {
        [
            ("class", Text("wt-name")),
            ("x", Text("0")),
            ("y", Coord(r.name_y)),
            ("text-anchor", Text("start")),
        ]
    } else {
        [
            ("class", Text("wt-name")),
            ("x", Coord(frame.plot_left - 4.0)),
            ("y", Coord(r.name_y)),
            ("text-anchor", Text("end")),
        ]
    };
    m.text_el("text", &name, r.name);
    for b in &r.bars {
        let series_class = match (b.kind, b.series) {
            (BarKind::Excluded, _) => "wt-excl",
            (BarKind::Solid, 0) => "wt-s0",
            _ => "wt-s1",
        };
        let rect = |m: &mut Markup, class: &str, x: f64, width: f64| {
            let attrs = [
                ("class", Text(class)),
                ("x", Coord(x)),
                ("y", Coord(b.y)),
                ("width", Coord(width)),
                ("height", Coord(BAR_HEIGHT)),
            ];
            m.leaf("rect", &attrs);
        };
        rect(m, series_class, frame.plot_left, b.width.max(0.5));
        if b.extension > 0.0 {
            rect(m, "wt-ext", frame.plot_left + b.width, b.extension);
        }
        let label_class = if b.label_inside { "wt-val-label wt-inside" } else { "wt-val-label" };
        let label =
            [("class", Text(label_class)), ("x", Coord(b.label_x)), ("y", Coord(b.y + text_y))];
        m.el("text", &label, |m| {
            m.text(&b.label);
            if b.kind == BarKind::Excluded {
                m.text(" *");
            }
        });
    }
    for (_, y) in &r.unknown {
        let attrs = [
            ("class", Text("wt-unknown-label")),
            ("x", Coord(frame.plot_left + 4.0)),
            ("y", Coord(y + text_y)),
        ];
        m.text_el("text", &attrs, unknown_text);
    }
}

/// The chart's caption: its text equivalent, also the SVG's accessible name.
pub fn caption(g: &ChartGeometry) -> String {
    Markup::build(|m| {
        m.text_el("figcaption", &[("id", Text("wt-chart-summary"))], &g.summary);
    })
}

/// The legend, apart from the caption as it changes less often (not with the selection),
/// whose swatches (empty spans) the stylesheet draws like the bars they stand for.
pub fn legend(g: &ChartGeometry, lang: Lang) -> String {
    let t = texts(lang);
    Markup::build(|m| {
        m.el("ul", &class("wt-legend"), |m| {
            for (swatch, label) in [
                ("<span class=\"wt-swatch wt-key-s0\"></span>", g.series[0]),
                ("<span class=\"wt-swatch wt-key-s1\"></span>", g.series[1]),
                ("<span class=\"wt-swatch wt-key-ext\"></span>", t.chart_range),
                ("<span class=\"wt-swatch wt-key-excl\"></span>", t.chart_excluded),
            ] {
                m.el("li", &[], |m| {
                    m.trusted(swatch).text(label);
                });
            }
        });
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::funding::{compute, Amounts};
    use crate::core::selection::Selection;
    use crate::features::chart::model::{layout, Metric};

    /// The start tags of `svg`, in order, by name.
    fn tags(svg: &str) -> Vec<&str> {
        svg.split('<').skip(1).map(|t| t.split([' ', '>', '/']).next().unwrap_or("")).collect()
    }

    #[test]
    fn svg_draws_every_bar_label_and_unknown() {
        let f = compute(Selection::all(), Amounts::default());
        let g = layout(Selection::all(), Metric::Homes, &f, Lang::Nl, 640);
        let svg = svg(&g);
        assert!(svg.starts_with("<svg class=\"wt-svg\" width=\"640.0\" height=\""));
        assert!(svg.contains("role=\"img\" aria-labelledby=\"wt-chart-summary\">"));
        assert!(svg.ends_with("</text></svg>"));
        let t = tags(&svg);
        let count = |name: &str| t.iter().filter(|x| **x == name).count();
        let bars: usize = g.rows.iter().map(|r| r.bars.len()).sum();
        let extensions = g.rows.iter().flat_map(|r| &r.bars).filter(|b| b.extension > 0.0).count();
        let unknown: usize = g.rows.iter().map(|r| r.unknown.len()).sum();
        // One background rect in the hatch pattern, then the bars and range extensions.
        assert_eq!(count("rect"), 1 + bars + extensions);
        assert_eq!(count("text"), g.ticks.len() + g.rows.len() + bars + unknown);
        assert_eq!(svg.matches("class=\"wt-name\"").count(), 20);
        // Tilburg's 2030-2040 figure is excluded from the totals and marked.
        assert!(svg.contains("class=\"wt-excl\""));
        assert!(svg.contains(" *</text>"));
        assert_eq!(svg.matches(">onbekend</text>").count(), unknown);
    }

    #[test]
    fn svg_escapes_its_text() {
        let s = Selection::from_bits(1);
        let f = compute(s, Amounts::default());
        let mut g = layout(s, Metric::Homes, &f, Lang::Nl, 640);
        g.rows[0].bars[0].label = "<b>&\"".into();
        let svg = svg(&g);
        assert!(svg.contains(">&lt;b&gt;&amp;&quot;</text>"));
        assert!(!svg.contains("<b>"));
    }

    #[test]
    fn the_legend_names_both_series_the_range_and_the_excluded() {
        let f = compute(Selection::all(), Amounts::default());
        let g = layout(Selection::all(), Metric::Homes, &f, Lang::En, 640);
        let html = caption(&g) + &legend(&g, Lang::En);
        assert!(html.starts_with("<figcaption id=\"wt-chart-summary\">The chart shows 20 areas."));
        assert_eq!(html.matches("<li>").count(), 4);
        assert!(html.contains(g.series[0]) && html.contains(g.series[1]));
        // Each swatch is a class the stylesheet draws.
        let css = include_str!("../../../styles/main.css");
        let swatches: Vec<&str> = html
            .split("<span class=\"wt-swatch ")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .collect();
        assert_eq!(swatches.len(), 4);
        for name in swatches {
            assert!(css.contains(&format!(".{name} {{")), "{name} is not drawn");
        }
    }
}
