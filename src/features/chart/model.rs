//! Geometry of the bar chart, computed here and written as SVG by `ChartGeometry::markup`.
//!
//! A horizontal bar chart of the selected areas (names fit on a phone, unlike a column chart),
//! laid out for the width it is shown at, in CSS pixels: the SVG is drawn at its own size,
//! never scaled, so its text is always `FONT` (12 px) at any width. Wide, the names stand in a
//! column left of the bars; narrow (below `NARROW`), each name stands above its bars, which
//! then take the whole width, and the axis has fewer ticks. Two series per
//! area: homes 2025-2029 and extra homes 2030-2035, or the contribution at the chosen amount
//! and the pro-rata payout. A range is drawn as a solid bar to its low end and a lighter,
//! outlined extension to its high end; a figure left out of the totals (another period or a
//! wider region) is drawn as an outline with a marker; an unknown figure gets no bar but the
//! word "onbekend". Series differ in fill pattern as well as colour, never colour alone.

use std::fmt::Write;

use crate::core::dataset::{Measure, AREAS};
use crate::core::format::{self, coord};
use crate::core::funding::{cost, Funded, Funding};
use crate::core::i18n::{texts, Lang};
use crate::core::link::escape;
use crate::core::link::Metric;
use crate::core::selection::Selection;
use crate::core::totals::exclusion;

/// Text size in CSS px, for names, values and ticks alike.
pub const FONT: f64 = 12.0;
/// A generous average glyph width at `FONT` (system fonts run 6-7 px), for placing labels.
pub const GLYPH: f64 = 7.0;
/// The chart's width is the space it has, within these bounds (CSS px): below the minimum it
/// would scale down (the widget's own minimum is 320 px), and above the maximum bars grow too
/// long to compare.
pub const MIN_WIDTH: u32 = 280;
pub const MAX_WIDTH: u32 = 800;
/// Below this width, names stand above their bars.
pub const NARROW: f64 = 520.0;
pub const BAR_HEIGHT: f64 = 12.0;
pub const BAR_GAP: f64 = 1.0;
pub const ROW_GAP: f64 = 6.0;
/// The height of a name's own line in the narrow layout.
pub const NAME_LINE: f64 = 15.0;
pub const AXIS_HEIGHT: f64 = 22.0;
/// The gap between a bar's end and its value label, and between a name and the bars.
const PAD: f64 = 4.0;

/// Where the bars start and end, and where the names go.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: f64,
    /// x of the value 0.
    pub plot_left: f64,
    /// x of the largest tick.
    pub plot_right: f64,
    /// Names on their own line above the bars (narrow), or in a column left of them.
    pub names_above: bool,
}

impl Frame {
    /// The frame for a chart `width` CSS px wide showing `names`.
    pub fn new(width: u32, names: &[&str]) -> Frame {
        let width = f64::from(width.clamp(MIN_WIDTH, MAX_WIDTH));
        let names_above = width < NARROW;
        let longest = names.iter().map(|n| label_width(n)).fold(0.0, f64::max);
        let plot_left =
            if names_above { 1.0 } else { (longest + 2.0 * PAD).clamp(80.0, 0.4 * width) };
        // Room after the largest bar for a short value label.
        let plot_right = width - if names_above { 56.0 } else { 72.0 };
        Frame { width, plot_left, plot_right, names_above }
    }

    /// Maps a value to an x position, linear from the plot's left to its right edge.
    pub fn scale(&self, value: u64, domain_max: u64) -> f64 {
        if domain_max == 0 {
            return self.plot_left;
        }
        #[allow(clippy::cast_precision_loss)] // values far below 2^52: exact in f64
        let fraction = value as f64 / domain_max as f64;
        self.plot_left + fraction.clamp(0.0, 1.0) * (self.plot_right - self.plot_left)
    }

    /// The most ticks (up to 5) whose labels fit side by side with room between them.
    fn ticks(&self, max: u64, label: impl Fn(u64) -> String) -> Vec<u64> {
        fitting_ticks(max, 5, self.plot_left, self.plot_right, &label)
    }

    /// Where a value label goes for a bar from the plot's left to `end_x`: after the bar when
    /// it fits there, else inside the bar's end (light on the bar) when the bar is long
    /// enough, else ending at the chart's right edge (over the bar, on a halo that keeps it
    /// readable). Returns (x, inside); `x` is the label's start.
    fn place_label(&self, end_x: f64, label: &str) -> (f64, bool) {
        let w = label_width(label);
        if end_x + PAD + w <= self.width {
            (end_x + PAD, false)
        } else if end_x - PAD - w >= self.plot_left {
            (end_x - PAD - w, true)
        } else {
            ((self.width - w).max(0.0), false)
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarKind {
    /// Counted figure.
    Solid,
    /// Shown but left out of the totals.
    Excluded,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub series: usize,
    pub y: f64,
    /// Solid part: from the axis to the low value.
    pub width: f64,
    /// Range extension from low to high (0 when not a range).
    pub extension: f64,
    pub kind: BarKind,
    pub label: String,
    /// Where the label starts (it is drawn left-aligned).
    pub label_x: f64,
    /// True when the label sits inside the bar (it would not fit after it).
    pub label_inside: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub name: &'static str,
    /// The name's baseline; it ends at `Frame::plot_left` (names in a column) or starts at 0
    /// (names above their bars).
    pub name_y: f64,
    pub y: f64,
    pub bars: Vec<Bar>,
    /// Series without a figure: (series, y) where "onbekend" is written.
    pub unknown: Vec<(usize, f64)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChartGeometry {
    pub frame: Frame,
    pub height: f64,
    pub rows: Vec<Row>,
    pub ticks: Vec<Tick>,
    pub series: [&'static str; 2],
    pub unknown_text: &'static str,
    /// A text equivalent: what the chart shows, in one or two sentences.
    pub summary: String,
}

/// A "nice" tick step (1, 2 or 5 × 10^k) giving at most `target` steps up to `max`.
pub fn nice_step(max: u64, target: u64) -> u64 {
    let target = target.max(1);
    let raw = max.div_ceil(target).max(1);
    let mut magnitude = 1u64;
    while magnitude.saturating_mul(10) <= raw {
        magnitude = magnitude.saturating_mul(10);
    }
    [1, 2, 5, 10]
        .iter()
        .map(|m| magnitude.saturating_mul(*m))
        .find(|s| *s >= raw)
        .unwrap_or(magnitude.saturating_mul(10))
}

/// The most ticks from 0 (up to `most`) whose labels, placed by `tick_label_span` along an
/// axis from `start` (the value 0) to `end` (the last tick), stand apart with room between
/// them; one step when none fit.
#[allow(clippy::cast_precision_loss)] // values far below 2^52: exact in f64
pub fn fitting_ticks(
    max: u64,
    most: u64,
    start: f64,
    end: f64,
    label: &dyn Fn(u64) -> String,
) -> Vec<u64> {
    (1..=most)
        .rev()
        .map(|target| ticks(max, target))
        .find(|values| {
            let top = values.last().copied().unwrap_or(1).max(1) as f64;
            let spans: Vec<(f64, f64)> = values
                .iter()
                .enumerate()
                .map(|(i, &v)| {
                    let x = start + v as f64 / top * (end - start);
                    tick_label_span(x, &label(v), i, values.len())
                })
                .collect();
            spans.windows(2).all(|w| w[0].1 + 2.0 * PAD <= w[1].0)
        })
        .unwrap_or_else(|| ticks(max, 1))
}

/// Ticks from 0 to the first multiple of the step at or above `max`.
pub fn ticks(max: u64, target: u64) -> Vec<u64> {
    let step = nice_step(max, target);
    let top = max.div_ceil(step).max(1).saturating_mul(step);
    (0..=top / step).map(|i| i.saturating_mul(step)).collect()
}

/// Where tick `i` of `count` puts its label: the first starts at its tick, the last ends at
/// it, the others are centred, so that all stay inside the chart. Returns (start, end).
pub fn tick_label_span(x: f64, label: &str, i: usize, count: usize) -> (f64, f64) {
    let w = label_width(label);
    let start = match i {
        0 => x,
        _ if i + 1 == count => x - w,
        _ => x - w / 2.0,
    };
    (start, start + w)
}

/// Estimated width of a label in CSS px at `FONT`.
pub fn label_width(label: &str) -> f64 {
    #[allow(clippy::cast_precision_loss)]
    let n = label.chars().count() as f64;
    n * GLYPH
}

/// One value of one series for one area: (low, high, excluded) or unknown.
type Value = Option<(u64, u64, bool)>;

fn values(index: usize, metric: Metric, funding: &Funding) -> [Value; 2] {
    let area = &AREAS[index];
    let figure = |m: Measure| {
        area.figure(m).map(|f| (u64::from(f.low), u64::from(f.high), exclusion(f, m).is_some()))
    };
    match metric {
        Metric::Homes => [figure(Measure::Build), figure(Measure::Extra)],
        Metric::Money => {
            let c = Funded::NewHomes;
            let counted = funding.line(c).total.counted.contains(&index);
            let claim = area.figure(c.measure()).filter(|_| counted).map(|f| {
                let money = cost(f, funding.amounts.get(c));
                (money.low, money.high, false)
            });
            let paid = claim.map(|_| {
                let p = funding.pro_rata.payout(index);
                (p.low, p.high, false)
            });
            [claim, paid]
        }
    }
}

/// A value or range as the chart labels it (and the map names it): homes, or compact euros.
pub fn value_label(lo: u64, hi: u64, metric: Metric, lang: Lang) -> String {
    match metric {
        Metric::Homes => format::range(lo, hi, lang),
        Metric::Money => {
            let (lo, hi) =
                (i64::try_from(lo).unwrap_or(i64::MAX), i64::try_from(hi).unwrap_or(i64::MAX));
            if lo == hi {
                format::euro_compact(lo, lang)
            } else {
                format!(
                    "{}–{}",
                    format::euro_compact(lo, lang),
                    format::euro_compact(hi, lang).trim_start_matches("≈ ")
                )
            }
        }
    }
}

fn series_names(metric: Metric, lang: Lang) -> [&'static str; 2] {
    (texts(lang).chart.series)(metric)
}

fn summary(rows: &[(usize, [Value; 2])], metric: Metric, lang: Lang) -> String {
    let w = &texts(lang).chart;
    if rows.is_empty() {
        return w.none_selected.into();
    }
    let largest = rows.iter().filter_map(|(i, v)| v[0].filter(|x| !x.2).map(|x| (x.1, *i))).max();
    // The series names are ASCII. `to_lowercase` would put std's Unicode case tables (over
    // 10 KB) into the wasm for this one word.
    let series = series_names(metric, lang)[0].to_ascii_lowercase();
    let head = (w.shows)(rows.len());
    // The total of the first series over the counted figures, as in the table's totals row.
    let counted = rows.iter().filter_map(|(_, v)| v[0].filter(|x| !x.2));
    let (lo, hi) =
        counted.fold((0u64, 0u64), |(a, b), x| (a.saturating_add(x.0), b.saturating_add(x.1)));
    let total = value_label(lo, hi, metric, lang);
    match largest {
        Some((v, i)) => {
            (w.highest)(&head, &series, AREAS[i].name, &value_label(v, v, metric, lang), &total)
        }
        None => (w.no_figure)(&head, &series),
    }
}

/// Lays out the chart for the selected areas, `width` CSS px wide.
pub fn layout(
    selection: Selection,
    metric: Metric,
    funding: &Funding,
    lang: Lang,
    width: u32,
) -> ChartGeometry {
    let rows_data: Vec<(usize, [Value; 2])> =
        selection.indices().map(|i| (i, values(i, metric, funding))).collect();
    let names: Vec<&str> = rows_data.iter().map(|(i, _)| AREAS[*i].name).collect();
    let frame = Frame::new(width, &names);
    let max =
        rows_data.iter().flat_map(|(_, v)| v.iter().flatten().map(|x| x.1)).max().unwrap_or(0);
    let tick_values = frame.ticks(max, |v| value_label(v, v, metric, lang));
    let domain = tick_values.last().copied().unwrap_or(1);
    let name_line = if frame.names_above { NAME_LINE } else { 0.0 };
    let row_height = name_line + 2.0 * BAR_HEIGHT + BAR_GAP + ROW_GAP;
    let mut rows = vec![];
    let mut y = AXIS_HEIGHT;
    for (i, vals) in &rows_data {
        let bars_y = y + name_line;
        let mut bars = vec![];
        let mut unknown = vec![];
        for (s, v) in vals.iter().enumerate() {
            #[allow(clippy::cast_precision_loss)]
            let by = bars_y + s as f64 * (BAR_HEIGHT + BAR_GAP);
            match v {
                None => unknown.push((s, by)),
                Some((lo, hi, excluded)) => {
                    let (x_lo, x_hi) = (frame.scale(*lo, domain), frame.scale(*hi, domain));
                    let label = value_label(*lo, *hi, metric, lang);
                    let (label_x, label_inside) = frame.place_label(x_hi, &label);
                    bars.push(Bar {
                        series: s,
                        y: by,
                        width: x_lo - frame.plot_left,
                        extension: x_hi - x_lo,
                        kind: if *excluded { BarKind::Excluded } else { BarKind::Solid },
                        label,
                        label_x,
                        label_inside,
                    });
                }
            }
        }
        // Names above: on their own line; in a column: level with the first bar's label.
        let name_y = if frame.names_above { y + FONT } else { bars_y + BAR_HEIGHT + 1.0 };
        rows.push(Row { name: AREAS[*i].name, name_y, y: bars_y, bars, unknown });
        y += row_height;
    }
    let ticks = tick_values
        .iter()
        .map(|&t| Tick { x: frame.scale(t, domain), label: value_label(t, t, metric, lang) })
        .collect();
    ChartGeometry {
        frame,
        height: y.max(AXIS_HEIGHT + row_height),
        rows,
        ticks,
        series: series_names(metric, lang),
        unknown_text: texts(lang).unknown,
        summary: summary(&rows_data, metric, lang),
    }
}

impl ChartGeometry {
    /// The drawing's markup, at its CSS size in px: the hatch pattern, the axis, and per area
    /// its name, bars, range extensions, value labels (an excluded figure marked `*`) and
    /// "onbekend" where a figure is unknown. One piece of markup, not a tree of Yew elements:
    /// nothing in it is a control. Every text is escaped.
    pub fn markup(&self) -> String {
        let (w, h) = (coord(self.frame.width), coord(self.height));
        let mut out = format!(
            "<svg class=\"wt-svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" \
             aria-labelledby=\"wt-chart-summary\"><defs><pattern id=\"wt-hatch\" width=\"6\" height=\"6\" \
             patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect class=\"wt-hatch-bg\" \
             width=\"6\" height=\"6\"/><line class=\"wt-hatch-line\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/>\
             </pattern></defs><g class=\"wt-axis\" aria-hidden=\"true\">"
        );
        let count = self.ticks.len();
        for (i, tk) in self.ticks.iter().enumerate() {
            // The first label starts at its tick and the last ends at it, so that both stay
            // inside the chart.
            let anchor = match i {
                0 => "start",
                _ if i + 1 == count => "end",
                _ => "middle",
            };
            let x = coord(tk.x);
            let _ = write!(
                out,
                "<line x1=\"{x}\" x2=\"{x}\" y1=\"16\" y2=\"{h}\"/><text class=\"wt-tick\" x=\"{x}\" y=\"11\" \
                 text-anchor=\"{anchor}\">{}</text>",
                escape(&tk.label)
            );
        }
        out.push_str("</g>");
        for r in &self.rows {
            self.row(&mut out, r);
        }
        out.push_str("</svg>");
        out
    }

    fn row(&self, out: &mut String, r: &Row) {
        let frame = self.frame;
        let text_y = BAR_HEIGHT - 3.0;
        let (name_x, anchor) =
            if frame.names_above { (0.0, "start") } else { (frame.plot_left - 4.0, "end") };
        let _ = write!(
            out,
            "<text class=\"wt-name\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>",
            coord(name_x),
            coord(r.name_y),
            escape(r.name)
        );
        for b in &r.bars {
            // The series (and an excluded figure's outline) by attribute, which the style
            // sheet and the image download read.
            let series = match (b.kind, b.series) {
                (BarKind::Excluded, _) => "x",
                (BarKind::Solid, 0) => "0",
                _ => "1",
            };
            let (y, height) = (coord(b.y), coord(BAR_HEIGHT));
            let _ = write!(
                out,
                "<rect class=\"wt-chart-bar\" data-s=\"{series}\" x=\"{}\" y=\"{y}\" width=\"{}\" height=\"{height}\"/>",
                coord(frame.plot_left),
                coord(b.width.max(0.5))
            );
            if b.extension > 0.0 {
                let _ = write!(
                    out,
                    "<rect class=\"wt-ext\" x=\"{}\" y=\"{y}\" width=\"{}\" height=\"{height}\"/>",
                    coord(frame.plot_left + b.width),
                    coord(b.extension)
                );
            }
            let inside = if b.label_inside { " data-inside=\"true\"" } else { "" };
            let star = if b.kind == BarKind::Excluded { " *" } else { "" };
            let _ = write!(
                out,
                "<text class=\"wt-val-label\"{inside} x=\"{}\" y=\"{}\">{}{star}</text>",
                coord(b.label_x),
                coord(b.y + text_y),
                escape(&b.label)
            );
        }
        for (_, y) in &r.unknown {
            let _ = write!(
                out,
                "<text class=\"wt-unknown-label\" x=\"{}\" y=\"{}\">{}</text>",
                coord(frame.plot_left + 4.0),
                coord(y + text_y),
                escape(self.unknown_text)
            );
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::dataset::Area;
    use crate::core::funding::{compute, Amounts};
    use proptest::prelude::*;

    #[test]
    fn nice_steps_and_ticks() {
        assert_eq!(nice_step(10_166, 4), 5_000);
        assert_eq!(ticks(10_166, 4), vec![0, 5_000, 10_000, 15_000]);
        assert_eq!(ticks(0, 4), vec![0, 1]);
        assert_eq!(ticks(8_500, 4), vec![0, 5_000, 10_000]);
        assert_eq!(nice_step(600_000_000, 4), 200_000_000);
    }

    #[test]
    fn all_areas_homes_chart() {
        let f = compute(Selection::all(), Amounts::default());
        let g = layout(Selection::all(), Metric::Homes, &f, Lang::Nl, 640);
        assert_eq!(g.rows.len(), 20);
        let row = |id: &str| &g.rows[Area::by_id(id).unwrap().0];
        // Unknown figures get no bar, only the word.
        assert!(row("ehv").bars.is_empty());
        assert_eq!(row("ehv").unknown.len(), 2);
        // Utrecht's range has an extension; Tilburg's 2030-2040 figure is drawn as excluded.
        assert!(row("utr").bars[0].extension > 0.0);
        assert_eq!(row("tbg").bars[1].kind, BarKind::Excluded);
        assert_eq!(row("hrl").bars[1].label, "7.000–8.500");
        assert_eq!(g.summary, "De grafiek toont 20 gebieden. Het hoogst bij versneld bouwen 2025-2029: Amsterdam Nieuw-West (10.166). Samen 70.336–70.636.");
        // The largest bar is the longest.
        let amw = row("amw").bars[0].width;
        assert!(g
            .rows
            .iter()
            .flat_map(|r| &r.bars)
            .filter(|b| b.series == 0)
            .all(|b| b.width <= amw));
    }

    #[test]
    fn series_names_are_ascii_for_the_summary_lowercasing() {
        for m in [Metric::Homes, Metric::Money] {
            for l in Lang::ALL {
                assert!(series_names(m, l).iter().all(|s| s.is_ascii()), "{m:?} {l:?}");
            }
        }
    }

    #[test]
    fn money_chart_shows_claims_and_pro_rata() {
        let s = Selection::municipality("Amsterdam");
        let f = compute(s, Amounts::default());
        let g = layout(s, Metric::Money, &f, Lang::Nl, 640);
        assert_eq!(g.rows.len(), 2);
        assert_eq!(g.rows[0].bars[0].label, "≈ € 122 miljoen");
        assert!(g.rows[0].bars[1].width < g.rows[0].bars[0].width, "pro rata is below the claim");
    }

    /// Every text's horizontal extent, estimated as `label_width` from its start.
    fn text_extents(g: &ChartGeometry) -> Vec<(f64, f64, String)> {
        let mut out = vec![];
        for r in &g.rows {
            let name_start = if g.frame.names_above {
                0.0
            } else {
                g.frame.plot_left - PAD - label_width(r.name)
            };
            out.push((name_start, name_start + label_width(r.name), r.name.to_string()));
            for b in &r.bars {
                out.push((b.label_x, b.label_x + label_width(&b.label), b.label.clone()));
            }
        }
        for (i, t) in g.ticks.iter().enumerate() {
            let w = label_width(&t.label);
            // The first tick's label starts at its tick, the last ends at it, others centre.
            let start = if i == 0 {
                t.x
            } else if i + 1 == g.ticks.len() {
                t.x - w
            } else {
                t.x - w / 2.0
            };
            out.push((start, start + w, t.label.clone()));
        }
        out
    }

    #[test]
    fn laid_out_for_320_640_and_1280_px() {
        let f = compute(Selection::all(), Amounts::default());
        for (width, names_above, drawn) in
            [(320, true, 320.0), (640, false, 640.0), (1280, false, 800.0)]
        {
            for metric in [Metric::Homes, Metric::Money] {
                let g = layout(Selection::all(), metric, &f, Lang::Nl, width);
                assert!((g.frame.width - drawn).abs() < 1e-9, "{width}: {}", g.frame.width);
                assert_eq!(g.frame.names_above, names_above, "{width}");
                for (start, end, text) in text_extents(&g) {
                    assert!(
                        start >= -1e-9 && end <= g.frame.width + 1e-9,
                        "{width} {metric:?}: {text} at {start}..{end}"
                    );
                }
                // Tick labels do not run into each other.
                let ticks: Vec<_> =
                    text_extents(&g).into_iter().rev().take(g.ticks.len()).collect();
                for w in ticks.windows(2) {
                    assert!(
                        w[1].1 + 4.0 <= w[0].0,
                        "{width} {metric:?}: ticks {} and {} overlap",
                        w[1].2,
                        w[0].2
                    );
                }
            }
        }
    }

    proptest! {
        #[test]
        fn geometry_stays_inside_the_chart(bits in any::<u32>(), amount in 0u64..=100_000, money in any::<bool>(), width in 200u32..2000) {
            let s = Selection::from_bits(bits);
            let f = compute(s, Amounts { build: amount, ..Amounts::default() });
            let metric = if money { Metric::Money } else { Metric::Homes };
            let g = layout(s, metric, &f, Lang::Nl, width);
            prop_assert_eq!(g.rows.len(), s.len());
            let fr = g.frame;
            for b in g.rows.iter().flat_map(|r| &r.bars) {
                prop_assert!(b.width >= 0.0 && b.extension >= 0.0);
                prop_assert!(fr.plot_left + b.width + b.extension <= fr.plot_right + 1e-9);
            }
            for (start, end, text) in text_extents(&g) {
                prop_assert!(start >= -1e-9 && end <= fr.width + 1e-9, "{} at {}..{}", text, start, end);
            }
            for w in g.ticks.windows(2) {
                prop_assert!(w[0].x < w[1].x);
            }
        }

        #[test]
        fn scale_is_monotone(a in 0u64..1_000_000_000, b in 0u64..1_000_000_000, max in 1u64..1_000_000_000, width in 200u32..2000) {
            let frame = Frame::new(width, &["Amsterdam Nieuw-West"]);
            if a <= b { prop_assert!(frame.scale(a, max) <= frame.scale(b, max)); }
        }
    }
}
