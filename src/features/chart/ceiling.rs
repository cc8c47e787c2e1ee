//! "Waar het maximum knelt": the selection's contribution for new homes 2025-2029 against the
//! amount per home, from € 0 to the sliders' maximum (`SLIDER_MAX_EUR`, or further when the
//! chosen amount or a pinned one is higher), with the national maximum as a horizontal line,
//! the booklet's band of € 10.000–13.000 a home shaded, the chosen amount marked, and the
//! amount at which the line crosses the maximum labelled. The contribution is homes × amount,
//! so each line is straight; a selection whose homes are a range gets a low and a high line.
//! Pinned scenarios are numbered points at their own amount and contribution (a range as a
//! short vertical bar).
//!
//! Geometry in CSS px for the width shown, like the bar chart (`model`): the SVG is drawn at
//! its own size, so its text is `FONT` (12 px) at every width. The crossing is the selection's
//! own fitting amount (`funding::amount_that_fits`, rounded down), the same figure the
//! calculator offers.

use std::fmt::Write;

use crate::core::dataset::NATIONAL;
use crate::core::format::{self, coord};
use crate::core::funding::{amount_that_fits, Funding, Span, SLIDER_MAX_EUR};
use crate::core::i18n::{texts, Lang};
use crate::core::link::escape;
use crate::features::chart::model::{fitting_ticks, label_width, ticks, MAX_WIDTH, MIN_WIDTH};

/// The drawing's height, and the room above and below the plot (CSS px).
pub const HEIGHT: f64 = 260.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 24.0;
const PAD: f64 = 6.0;

/// A point of the drawing.
pub type Point = (f64, f64);

#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub text: String,
    /// Anchored at its end (it would otherwise run out of the drawing).
    pub end: bool,
}

/// A pinned scenario's point: its number (1-based), where its contribution is at its low and
/// its high number of homes.
#[derive(Clone, Debug, PartialEq)]
pub struct Pin {
    pub n: usize,
    pub x: f64,
    pub low: f64,
    pub high: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ceiling {
    pub width: f64,
    pub height: f64,
    /// The plot's left, top, right and bottom edges.
    pub plot: [f64; 4],
    /// Amounts along the bottom (x, label) and contributions up the side (y, label).
    pub x_ticks: Vec<(f64, String)>,
    pub y_ticks: Vec<(f64, String)>,
    /// The booklet's band, from x to x.
    pub band: (f64, f64),
    /// The maximum's height, and its label.
    pub max_y: f64,
    pub max_label: Label,
    /// The high line, and the low one where the homes are a range (from amount 0, which is
    /// the plot's bottom left, to the domain's end).
    pub lines: Vec<Point>,
    /// The chosen amount's x, and its points on the lines.
    pub current_x: f64,
    pub current: Vec<Point>,
    /// Where the lines cross the maximum, and the amount there.
    pub crossings: Vec<Point>,
    pub crossing_label: Option<Label>,
    pub pins: Vec<Pin>,
    /// The text alternative, one sentence.
    pub summary: String,
}

fn money(v: u64, lang: Lang) -> String {
    format::euro(i64::try_from(v).unwrap_or(i64::MAX), lang)
}

/// The text alternative: the contribution at the chosen amount, and where the line crosses
/// the maximum (`crossing`, from the amount `first` on), or that it does not within the chart.
fn summary(
    funding: &Funding,
    crossing: Option<String>,
    first: Option<u64>,
    x_domain: u64,
    lang: Lang,
) -> String {
    let words = &texts(lang).ceiling;
    let line = funding.new_homes();
    if line.homes.high == 0 {
        return words.no_homes.to_string();
    }
    let crossing = match crossing {
        Some(a) if first.is_some_and(|f| f <= x_domain) => (words.crosses)(&a),
        _ => (words.never)(&money(x_domain, lang)),
    };
    let euros = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
    (words.summary)(
        &money(funding.amounts.build, lang),
        &format::euro_compact_range(euros(line.funding.low), euros(line.funding.high), lang),
        &format::euro_compact(euros(funding.max_total), lang),
        &crossing,
    )
}

/// The chart for the selection (its results in `funding`) and the pinned scenarios' points
/// (`pins`: each one's amount for new homes and its contribution at it, in pin order), `width`
/// CSS px wide.
#[allow(clippy::cast_precision_loss)] // euros and homes far below 2^52: exact in f64
pub fn layout(funding: &Funding, pins: &[(u64, Span)], lang: Lang, width: u32) -> Ceiling {
    let words = &texts(lang).ceiling;
    let width = f64::from(width.clamp(MIN_WIDTH, MAX_WIDTH));
    let max = funding.max_total;
    let homes = funding.new_homes().homes;
    let amount = funding.amounts.build;
    // The amounts from 0 to the slider's end, or to the highest amount to be marked.
    let x_top = pins.iter().map(|p| p.0).chain([amount, SLIDER_MAX_EUR]).max().unwrap_or(1);
    let (left, right) = (1.0, width - 1.0);
    let x_values = fitting_ticks(x_top, 6, left, right, &|v| money(v, lang));
    let x_domain = x_values.last().copied().unwrap_or(1).max(1);
    let at_x = |v: u64| left + v.min(x_domain) as f64 / x_domain as f64 * (right - left);
    // The contributions from 0 to the high line's end, the maximum, or the highest pin.
    let y_top = pins
        .iter()
        .map(|p| p.1.high)
        .chain([homes.high.saturating_mul(x_domain), max.saturating_add(max / 10)])
        .max()
        .unwrap_or(1);
    let (top, bottom) = (TOP, HEIGHT - BOTTOM);
    let y_values = ticks(y_top, 4);
    let y_domain = y_values.last().copied().unwrap_or(1).max(1);
    let at_y = |v: u64| bottom - v.min(y_domain) as f64 / y_domain as f64 * (bottom - top);
    let compact = |v: u64| format::euro_compact(i64::try_from(v).unwrap_or(i64::MAX), lang);

    let ends: Vec<u64> =
        if homes.low == homes.high { vec![homes.high] } else { vec![homes.high, homes.low] };
    let lines = if homes.high == 0 {
        vec![]
    } else {
        ends.iter().map(|&h| (at_x(x_domain), at_y(h.saturating_mul(x_domain)))).collect()
    };
    let current: Vec<Point> = if homes.high == 0 {
        vec![]
    } else {
        ends.iter().map(|&h| (at_x(amount), at_y(h.saturating_mul(amount)))).collect()
    };
    // The line crosses the maximum at the selection's own fitting amount: first the high
    // line, then the low one.
    let fits: Vec<u64> = ends.iter().filter_map(|&h| amount_that_fits(max, h)).collect();
    let crossings: Vec<Point> =
        fits.iter().filter(|&&a| a <= x_domain).map(|&a| (at_x(a), at_y(max))).collect();
    let crossing_text = match (fits.first(), fits.last()) {
        (Some(&a), Some(&b)) => Some(if a == b {
            money(a, lang)
        } else {
            format::euro_range(i64::try_from(a).unwrap_or(0), i64::try_from(b).unwrap_or(0), lang)
        }),
        _ => None,
    };
    let crossing_label = crossings.first().zip(crossing_text.clone()).map(|(&(cx, cy), text)| {
        // Below the maximum's line, beside the crossing, on the side with room.
        let end = cx + label_width(&text) + PAD > right;
        Label { x: if end { cx - PAD } else { cx + PAD }, y: cy + 16.0, text, end }
    });
    let max_text = words.max_line.to_string();
    let max_label = Label { x: right - PAD, y: at_y(max) - 5.0, text: max_text, end: true };
    let summary = summary(funding, crossing_text, fits.first().copied(), x_domain, lang);
    let n = &NATIONAL;
    Ceiling {
        width,
        height: HEIGHT,
        plot: [left, top, right, bottom],
        x_ticks: x_values.iter().map(|&v| (at_x(v), money(v, lang))).collect(),
        y_ticks: y_values.iter().skip(1).map(|&v| (at_y(v), compact(v))).collect(),
        band: (at_x(n.per_home_low_eur), at_x(n.per_home_high_eur)),
        max_y: at_y(max),
        max_label,
        lines,
        current_x: at_x(amount),
        current,
        crossings,
        crossing_label,
        pins: pins
            .iter()
            .enumerate()
            .map(|(i, &(a, span))| Pin {
                n: i + 1,
                x: at_x(a),
                low: at_y(span.low),
                high: at_y(span.high),
            })
            .collect(),
        summary,
    }
}

impl Ceiling {
    /// The figure's markup: its caption (the text alternative, also the drawing's accessible
    /// name), the legend, and the drawing at its CSS size (only when there is a line to draw).
    /// Every text is escaped.
    pub fn markup(&self, lang: Lang) -> String {
        let w = &texts(lang).ceiling;
        let mut out = format!(
            "<figure><figcaption id=\"wt-ceiling-summary\">{}</figcaption><ul class=\"wt-legend\">",
            escape(&self.summary)
        );
        let mut keys = vec![("band", w.band), ("max", w.max_line), ("now", w.current)];
        if self.lines.len() > 1 {
            keys.push(("lines", w.low_high));
        }
        if !self.pins.is_empty() {
            keys.push(("pin", w.pinned));
        }
        for (key, label) in keys {
            let _ = write!(
                out,
                "<li><span class=\"wt-swatch\" data-key=\"{key}\"></span>{}</li>",
                escape(label)
            );
        }
        out.push_str("</ul>");
        if !self.lines.is_empty() {
            self.svg(&mut out);
        }
        out.push_str("</figure>");
        out
    }

    fn svg(&self, out: &mut String) {
        let (width, height) = (coord(self.width), coord(self.height));
        let [left, top, right, bottom] = self.plot.map(coord);
        let _ = write!(
            out,
            "<svg class=\"wt-svg wt-ceiling-svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" \
             role=\"img\" aria-labelledby=\"wt-ceiling-summary\">\
             <rect class=\"wt-cl-band\" x=\"{}\" y=\"{top}\" width=\"{}\" height=\"{}\"/><g class=\"wt-axis\" aria-hidden=\"true\">",
            coord(self.band.0),
            coord(self.band.1 - self.band.0),
            coord(self.plot[3] - self.plot[1]),
        );
        for (y, label) in &self.y_ticks {
            let (y, text_y) = (coord(*y), coord(y - 3.0));
            let _ = write!(
                out,
                "<line x1=\"{left}\" x2=\"{right}\" y1=\"{y}\" y2=\"{y}\"/><text class=\"wt-tick\" x=\"{left}\" y=\"{text_y}\">{}</text>",
                escape(label)
            );
        }
        let _ = write!(out, "<line x1=\"{left}\" x2=\"{right}\" y1=\"{bottom}\" y2=\"{bottom}\"/>");
        let count = self.x_ticks.len();
        for (i, (x, label)) in self.x_ticks.iter().enumerate() {
            // The first label starts at its tick and the last ends at it, inside the drawing.
            let anchor = match i {
                0 => "start",
                _ if i + 1 == count => "end",
                _ => "middle",
            };
            let _ = write!(
                out,
                "<text class=\"wt-tick\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>",
                coord(*x),
                coord(self.height - 6.0),
                escape(label)
            );
        }
        let max_y = coord(self.max_y);
        let _ = write!(out, "</g><line class=\"wt-cl-max\" x1=\"{left}\" x2=\"{right}\" y1=\"{max_y}\" y2=\"{max_y}\"/>");
        label(out, &self.max_label);
        for (i, (x, y)) in self.lines.iter().enumerate() {
            let low = if i > 0 { " data-low=\"true\"" } else { "" };
            let _ = write!(
                out,
                "<line class=\"wt-cl-line\"{low} x1=\"{left}\" y1=\"{bottom}\" x2=\"{}\" y2=\"{}\"/>",
                coord(*x),
                coord(*y)
            );
        }
        let now = coord(self.current_x);
        let _ = write!(
            out,
            "<line class=\"wt-cl-now\" x1=\"{now}\" x2=\"{now}\" y1=\"{top}\" y2=\"{bottom}\"/>"
        );
        for (class, points) in [("wt-cl-dot", &self.current), ("wt-cl-cross", &self.crossings)] {
            for (x, y) in points {
                let _ = write!(
                    out,
                    "<circle class=\"{class}\" cx=\"{}\" cy=\"{}\" r=\"4\"/>",
                    coord(*x),
                    coord(*y)
                );
            }
        }
        if let Some(l) = &self.crossing_label {
            label(out, l);
        }
        for p in &self.pins {
            let x = coord(p.x);
            out.push_str("<g class=\"wt-cl-pin\">");
            if p.high < p.low - 1.0 {
                let _ = write!(
                    out,
                    "<line x1=\"{x}\" x2=\"{x}\" y1=\"{}\" y2=\"{}\"/>",
                    coord(p.low),
                    coord(p.high)
                );
            }
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" rx=\"2\"/><text x=\"{x}\" y=\"{}\" text-anchor=\"middle\">{}</text></g>",
                coord(p.x - 7.0),
                coord(p.high - 7.0),
                coord(p.high + 4.0),
                p.n
            );
        }
        out.push_str("</svg>");
    }
}

/// A label of the drawing, bold (`wt-cl-label`), on a halo that keeps it readable over lines.
fn label(out: &mut String, l: &Label) {
    let anchor = if l.end { " text-anchor=\"end\"" } else { "" };
    let _ = write!(
        out,
        "<text class=\"wt-cl-label wt-val-label\" x=\"{}\" y=\"{}\"{anchor}>{}</text>",
        coord(l.x),
        coord(l.y),
        escape(&l.text)
    );
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::funding::{compute, Amounts, MAX_PER_HOME_EUR};
    use crate::core::selection::Selection;
    use proptest::prelude::*;

    fn chart(bits: u32, build: u64, width: u32) -> (Funding, Ceiling) {
        let f = compute(Selection::from_bits(bits), Amounts { build, ..Amounts::default() });
        let c = layout(&f, &[], Lang::Nl, width);
        (f, c)
    }

    #[test]
    fn all_areas_cross_the_maximum_at_their_fitting_amount() {
        let (f, c) = chart((1 << 20) - 1, 12_000, 640);
        assert_eq!(f.fits_selection, Some(8_494));
        assert_eq!(c.lines.len(), 2, "70.336–70.636 homes: a low and a high line");
        assert_eq!(c.crossing_label.as_ref().map(|l| l.text.as_str()), Some("€ 8.494–8.530"));
        assert_eq!(
            c.summary,
            "Bij € 12.000 per woning kost de selectie ≈ € 844–847,6 miljoen; de lijn komt boven \
             het maximum uit vanaf € 8.494–8.530 per woning. Het maximum is € 600 miljoen."
        );
        // The booklet's band lies within the plot, at its amounts.
        let [left, _, right, _] = c.plot;
        let x = |a: f64| left + a / 30_000.0 * (right - left);
        assert!((c.band.0 - x(10_000.0)).abs() < 1e-9 && (c.band.1 - x(13_000.0)).abs() < 1e-9);
    }

    #[test]
    fn a_small_selection_stays_below_the_maximum_and_says_so() {
        let (_, c) = chart(1, 12_000, 320);
        assert!(c.crossings.is_empty() && c.crossing_label.is_none());
        assert!(
            c.summary.contains("tot € 30.000 per woning blijft de lijn onder het maximum"),
            "{}",
            c.summary
        );
        let (_, none) = chart(0, 12_000, 320);
        assert!(none.lines.is_empty());
        assert_eq!(none.summary, texts(Lang::Nl).ceiling.no_homes);
    }

    #[test]
    fn pinned_scenarios_are_numbered_points_at_their_own_contribution() {
        let f = compute(Selection::all(), Amounts::default());
        let pinned = [
            (Selection::all(), Amounts { build: 10_000, ..Amounts::default() }),
            (Selection::none().with(0, true), Amounts::default()),
        ];
        let pins: Vec<(u64, Span)> =
            pinned.iter().map(|&(s, a)| (a.build, compute(s, a).new_homes().funding)).collect();
        let c = layout(&f, &pins, Lang::En, 640);
        assert_eq!(c.pins.iter().map(|p| p.n).collect::<Vec<_>>(), [1, 2]);
        // The first pin lies on the current selection's lines, at its amount.
        let on = layout(&compute(Selection::all(), pinned[0].1), &[], Lang::En, 640);
        assert!((c.pins[0].high - on.current[0].1).abs() < 1e-9);
        assert!((c.pins[0].low - on.current[1].1).abs() < 1e-9);
    }

    proptest! {
        /// Every mark lies inside the drawing, the lines cross the maximum's height where the
        /// crossing is drawn, and every label fits the width, for any selection, amount and
        /// width.
        #[test]
        fn marks_stay_inside_and_the_crossing_is_on_the_maximum(
            bits in 0u32..(1 << 20), build in 0..=MAX_PER_HOME_EUR, width in 280u32..=900,
        ) {
            let (f, c) = chart(bits, build, width);
            let [left, top, right, bottom] = c.plot;
            let inside = |&(x, y): &Point| x >= left - 1e-9 && x <= right + 1e-9 && y >= top - 1e-9 && y <= bottom + 1e-9;
            prop_assert!(c.lines.iter().chain(&c.current).chain(&c.crossings).all(inside));
            prop_assert!(c.current_x >= left && c.current_x <= right);
            for &(cx, cy) in &c.crossings {
                prop_assert!((cy - c.max_y).abs() < 1e-9);
                // On the line from the bottom left to its end, the maximum is reached at cx.
                let on_line = c.lines.iter().any(|&(ex, ey)| {
                    let at = bottom + (ey - bottom) * (cx - left) / (ex - left);
                    (at - cy).abs() < 0.5
                });
                prop_assert!(on_line);
            }
            if let Some(l) = &c.crossing_label {
                let w = label_width(&l.text);
                let (start, end) = if l.end { (l.x - w, l.x) } else { (l.x, l.x + w) };
                prop_assert!(start >= 0.0 && end <= c.width, "{:?}", l);
                let fits = f.fits_selection.map(|a| money(a, Lang::Nl)).unwrap_or_default();
                prop_assert!(!fits.is_empty() && l.text.starts_with(&fits), "{:?}", l);
            }
            for pair in c.x_ticks.windows(2) {
                prop_assert!(pair[0].0 < pair[1].0);
            }
        }
    }
}
