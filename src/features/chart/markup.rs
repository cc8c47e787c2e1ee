//! The chart drawn from its geometry: one `<svg>` (hatch pattern, axis, and per area its name,
//! bars, range extensions, value labels with excluded figures marked `*`, and "onbekend"
//! where a figure is unknown), and its caption and legend. Written as one string: a chart is a
//! few hundred elements that only ever change all at once and never take focus or input.
//!
//! The SVG's accessible name is the summary, which is also the figure's caption
//! (`#wt-chart-summary`); the axis is decoration.

use crate::core::i18n::{texts, Lang};
use crate::core::markup::{class, coord_into, Markup, Value::Coord, Value::Text};
use crate::features::chart::model::{BarKind, ChartGeometry, Frame, Row, BAR_HEIGHT, GLYPH};

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

/// The texts an image of the chart carries, as a journalist would put it in an article.
pub struct ImageWords<'a> {
    pub title: &'a str,
    /// The selection and the metric in words (the chart's summary).
    pub selection: &'a str,
    /// "Bron: Woontopafspraken 2024-2030 · dataset 2025.1".
    pub source: &'a str,
    /// The link that reopens this view.
    pub link: &'a str,
}

/// The colours of the page's theme, read from its CSS custom properties at the moment of the
/// download, so that the image looks like the chart on the page (light or dark, host accent).
pub struct Palette<'a> {
    pub text: &'a str,
    pub muted: &'a str,
    pub background: &'a str,
    pub accent: &'a str,
    pub accent_soft: &'a str,
    pub border: &'a str,
}

impl Palette<'_> {
    /// The light theme's colours (`styles/main.css`).
    pub const LIGHT: Palette<'static> = Palette {
        text: "#1a1a1a",
        muted: "#4a4a4a",
        background: "#ffffff",
        accent: "#154273",
        accent_soft: "#e6edf5",
        border: "#d9d9d9",
    };
}

/// A CSS colour as the page's computed style gives it (`#154273`, `rgb(21, 66, 115)`), or
/// `fallback` for anything else, so that nothing but a colour reaches the image's style sheet.
pub fn colour<'a>(value: &'a str, fallback: &'a str) -> &'a str {
    let v = value.trim();
    let ok = !v.is_empty()
        && v.len() <= 40
        && v.chars().all(|c| c.is_ascii_alphanumeric() || "#(),. %/".contains(c));
    if ok {
        v
    } else {
        fallback
    }
}

/// Lines of at most `max` px (estimated), broken at spaces, or anywhere in a word longer than
/// a line (a link).
fn wrap(text: &str, max: f64) -> Vec<String> {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // a few dozen, positive
    let per_line = (max / GLYPH).floor().max(8.0) as usize;
    let mut lines: Vec<String> = vec![];
    let mut line = String::new();
    for word in text.split(' ') {
        let mut word = word.to_string();
        while word.chars().count() > per_line {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let rest =
                word.split_off(word.char_indices().nth(per_line).map_or(word.len(), |(i, _)| i));
            lines.push(word);
            word = rest;
        }
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if needed > per_line && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `svg` with every class the page's style sheet would style replaced by the presentation
/// attributes it gives, in `p`'s colours: an image file has no style sheet, and one inside it
/// (a `<style>` element) would be refused by a strict page policy when the image is drawn.
/// The classes are ours and written exactly so by this module.
fn paint(svg: &str, p: &Palette<'_>) -> String {
    let Palette { text, muted, background, accent, accent_soft, border } = *p;
    let halo = format!("paint-order=\"stroke\" stroke=\"{background}\" stroke-width=\"3\" stroke-linejoin=\"round\"");
    let rules: [(&str, String); 14] = [
        ("wt-title", "font-size=\"16\" font-weight=\"700\"".into()),
        ("wt-sub", format!("fill=\"{muted}\"")),
        ("wt-foot", format!("fill=\"{muted}\"")),
        ("wt-axis", format!("stroke=\"{border}\" fill=\"{muted}\"")),
        ("wt-tick", "stroke=\"none\"".into()),
        ("wt-hatch-bg", format!("fill=\"{accent_soft}\"")),
        ("wt-hatch-line", format!("stroke=\"{accent}\" stroke-width=\"2\"")),
        ("wt-s0", format!("fill=\"{accent}\"")),
        ("wt-s1", format!("fill=\"url(#wt-hatch)\" stroke=\"{accent}\"")),
        ("wt-ext", format!("fill=\"{accent_soft}\" stroke=\"{accent}\" stroke-dasharray=\"3 2\"")),
        (
            "wt-excl",
            format!(
                "fill=\"none\" stroke=\"{text}\" stroke-width=\"1.25\" stroke-dasharray=\"4 2\""
            ),
        ),
        ("wt-val-label wt-inside", format!("fill=\"{background}\" font-weight=\"600\"")),
        ("wt-val-label", halo),
        ("wt-unknown-label", format!("fill=\"{muted}\" font-style=\"italic\"")),
    ];
    let mut out = svg.to_string();
    for (class, attrs) in rules {
        out = out.replace(&format!("class=\"{class}\""), &attrs);
    }
    out
}

/// An image of the chart: its SVG text and its size in CSS px.
pub struct Image {
    pub svg: String,
    pub width: f64,
    pub height: f64,
}

/// The chart as a standalone SVG file (for a download as SVG or PNG, built and tested but not
/// yet offered on the page: its browser side would take the widget over its byte budget; see
/// the README's Performance section): title, the selection in words, the chart, and the source
/// line with the dataset version and the link, drawn in; the styles the page gives the chart
/// written in as attributes in the theme's colours (`paint`), so that it looks the same in an
/// article or an editor.
pub fn image_svg(g: &ChartGeometry, words: &ImageWords<'_>, palette: &Palette<'_>) -> Image {
    const PAD: f64 = 8.0;
    const TITLE: f64 = 20.0;
    const LINE: f64 = 16.0;
    let width = g.frame.width;
    let title = wrap(words.title, width - 2.0 * PAD);
    let sub = wrap(words.selection, width - 2.0 * PAD);
    let foot: Vec<String> = wrap(words.source, width - 2.0 * PAD)
        .into_iter()
        .chain(wrap(words.link, width - 2.0 * PAD))
        .collect();
    #[allow(clippy::cast_precision_loss)] // a few lines
    let (head, tail) = (
        PAD + title.len() as f64 * TITLE + sub.len() as f64 * LINE + PAD,
        PAD + foot.len() as f64 * LINE + PAD,
    );
    let height = head + g.height + tail;
    let mut view_box = String::from("0 0 ");
    coord_into(&mut view_box, width);
    view_box.push(' ');
    coord_into(&mut view_box, height);
    let attrs = [
        ("xmlns", Text("http://www.w3.org/2000/svg")),
        ("width", Coord(width)),
        ("height", Coord(height)),
        ("viewBox", Text(&view_box)),
        ("font-family", Text("system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif")),
        ("font-size", Text("12")),
        ("fill", Text(palette.text)),
    ];
    let svg = Markup::build(|m| {
        m.el("svg", &attrs, |m| {
            m.text_el("title", &[], words.title);
            m.leaf(
                "rect",
                &[
                    ("width", Coord(width)),
                    ("height", Coord(height)),
                    ("fill", Text(palette.background)),
                ],
            );
            // Lines of text of one class, each `step` below the last; returns the new bottom.
            let lines = |m: &mut Markup, class: &str, list: &[String], top: f64, step: f64| {
                let mut y = top;
                for line in list {
                    y += step;
                    let attrs = [("class", Text(class)), ("x", Coord(PAD)), ("y", Coord(y - 4.0))];
                    m.text_el("text", &attrs, line);
                }
                y
            };
            let y = lines(m, "wt-title", &title, PAD, TITLE);
            lines(m, "wt-sub", &sub, y, LINE);
            let mut shift = String::from("translate(0 ");
            coord_into(&mut shift, head);
            shift.push(')');
            m.el("g", &[("transform", Text(&shift))], |m| body(m, g));
            lines(m, "wt-foot", &foot, head + g.height + PAD, LINE);
        });
    });
    Image { svg: paint(&svg, palette), width, height }
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
    m.el("g", &class("wt-row"), |m| {
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
            let label_class =
                if b.label_inside { "wt-val-label wt-inside" } else { "wt-val-label" };
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
    });
}

/// The chart's caption (its text equivalent, also the SVG's accessible name) and its legend,
/// whose swatches are drawn like the bars they stand for.
pub fn caption(g: &ChartGeometry, lang: Lang) -> String {
    let t = texts(lang);
    Markup::build(|m| {
        m.text_el("figcaption", &[("id", Text("wt-chart-summary"))], &g.summary);
        m.el("ul", &class("wt-legend"), |m| {
            for (swatch, label) in [
                ("wt-s0", g.series[0]),
                ("wt-s1", g.series[1]),
                ("wt-ext", t.chart_range),
                ("wt-excl", t.chart_excluded),
            ] {
                m.el("li", &[], |m| {
                    let svg = [
                        ("class", Text("wt-swatch")),
                        ("viewBox", Text("0 0 16 10")),
                        ("aria-hidden", Text("true")),
                    ];
                    m.el("svg", &svg, |m| {
                        // The excluded swatch is an inset outline, like its bars.
                        let rect: &[_] = if swatch == "wt-excl" {
                            &[
                                ("class", Text(swatch)),
                                ("x", Text("1")),
                                ("y", Text("1")),
                                ("width", Text("14")),
                                ("height", Text("8")),
                            ]
                        } else {
                            &[
                                ("class", Text(swatch)),
                                ("width", Text("16")),
                                ("height", Text("10")),
                            ]
                        };
                        m.leaf("rect", rect);
                    });
                    m.text(label);
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
    use crate::features::chart::model::{label_width, layout, Metric};

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
        assert!(svg.ends_with("</g></svg>"));
        let t = tags(&svg);
        let count = |name: &str| t.iter().filter(|x| **x == name).count();
        let bars: usize = g.rows.iter().map(|r| r.bars.len()).sum();
        let extensions = g.rows.iter().flat_map(|r| &r.bars).filter(|b| b.extension > 0.0).count();
        let unknown: usize = g.rows.iter().map(|r| r.unknown.len()).sum();
        // One background rect in the hatch pattern, then the bars and range extensions.
        assert_eq!(count("rect"), 1 + bars + extensions);
        assert_eq!(count("text"), g.ticks.len() + g.rows.len() + bars + unknown);
        assert_eq!(svg.matches("class=\"wt-row\"").count(), 20);
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
    fn the_image_carries_title_selection_source_and_link_in_the_themes_colours() {
        let f = compute(Selection::all(), Amounts::default());
        let g = layout(Selection::all(), Metric::Homes, &f, Lang::Nl, 320);
        let words = ImageWords {
            title: "Woningbouw per NPLV-gebied",
            selection: &g.summary,
            source: "Bron: Woontopafspraken 2024-2030 · dataset 2025.1",
            link: "https://example.org/woontop/?v=1&d=2025.1&g=amw~amz~arn~bre~dlf~dhz~dor&b=12000&x=0&r=0",
        };
        let dark = Palette { background: "rgb(18, 20, 23)", ..Palette::LIGHT };
        let image = image_svg(&g, &words, &dark);
        let svg = image.svg;
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320.0\""));
        assert!(svg.contains("<title>Woningbouw per NPLV-gebied</title>"));
        // Wrapped to the width: 43 characters a line at 320 px.
        assert!(svg.contains(">Bron: Woontopafspraken 2024-2030 · dataset</text>"));
        assert!(svg.contains(">2025.1</text>"));
        assert!(svg.contains("fill=\"rgb(18, 20, 23)\""));
        assert!(
            !svg.contains("<style")
                && !svg.contains("class=\"wt-s0\"")
                && svg.contains("fill=\"#154273\"")
        );
        assert!(svg.contains("amw~amz") && svg.contains("&amp;"));
        assert_eq!(svg.matches("class=\"wt-row\"").count(), 20);
        assert!((image.width - 320.0).abs() < 1e-9 && image.height > g.height);
        assert!(svg.contains(&format!("height=\"{:.1}\"", image.height)));
        // Every line of the head and foot fits the width.
        for line in
            svg.split("class=\"wt-foot\"").skip(1).chain(svg.split("class=\"wt-title\"").skip(1))
        {
            let text =
                line.split('>').nth(1).unwrap().split('<').next().unwrap().replace("&amp;", "&");
            assert!(label_width(&text) <= 320.0 - 16.0 + 1e-9, "{text}");
        }
    }

    #[test]
    fn only_colours_reach_the_images_style_sheet() {
        assert_eq!(colour(" #154273 ", "#000"), "#154273");
        assert_eq!(colour("rgb(21, 66, 115)", "#000"), "rgb(21, 66, 115)");
        for bad in ["", "red}</style><script>", "url(x)\"", &"a".repeat(41)] {
            assert_eq!(colour(bad, "#000"), "#000", "{bad}");
        }
    }

    #[test]
    fn the_legend_names_both_series_the_range_and_the_excluded() {
        let f = compute(Selection::all(), Amounts::default());
        let g = layout(Selection::all(), Metric::Homes, &f, Lang::En, 640);
        let html = caption(&g, Lang::En);
        assert!(html.starts_with("<figcaption id=\"wt-chart-summary\">The chart shows 20 areas."));
        assert_eq!(html.matches("<li>").count(), 4);
        assert!(html.contains(g.series[0]) && html.contains(g.series[1]));
    }
}
