//! Geometry of the map, computed here (the label placement natively, at build time: see
//! `shown`), and `MapState`, what the state shows on it; `view` draws both.
//!
//! Units: the view box is in map units, the generated outline's frame (1000 units across the
//! Netherlands, about 0.26 km each, y down; spherical Mercator, see `tools/datagen/src/map.rs`).
//! The SVG scales to its container, so `layout` takes the container's width in CSS px and sizes
//! in CSS px what must be read or hit, converted by `MapView::px` (units per CSS px): label text
//! at least 12 px, each label box (its area's tap target) at least 24 × 24 px (WCAG 2.5.8), at
//! every width from 320 to 1280 px. Pass a width no larger than the real one (round down).
//!
//! Symbols: a circle with its area proportional to the measure (radius ∝ √value, at most
//! `max_radius_px(width)`, at least `R_MIN_PX`); a range's high end as an outer ring; an
//! unknown figure as an open diamond and "?" after the name (never a size: "onbekend" is not
//! 0); a ring for the highlighted bottleneck; filled when selected, open when not (every area
//! stays on the map: it is selected there). The measure is the chart's `Metric`: homes
//! 2025-2029, or homes × the chosen per-home amount, for every area, so that sizes do not jump
//! when the selection changes.
//!
//! Labels name the place (`PLACES`; the full name from `FULL_NAMES_PX` on, and always in the
//! accessible name and the table). The Randstad cannot be labelled beside its symbols: Den
//! Haag, Delft, Schiedam, Vlaardingen and Rotterdam-Zuid lie within 25 km, Nieuw-West and
//! Zaandam 10 km apart, and at 320 px a km is about a px, less than a line of text per area.
//! Their labels (`COLUMN_AREAS`) stand in a column in the North Sea off Holland, empty on the
//! map anyway: right-aligned, one 26 px row each, in the north-south order of their symbols
//! (swapped where two leaders would cross), each joined to its symbol by a leader line. A
//! column rather than an inset: an inset repeats part of the outline (bytes, and a second scale
//! to explain) and still needs leaders at 320 px; the column keeps one map at one scale and
//! reads as a list. The view box grows west only as far as the column needs at the width. The
//! other labels go beside their symbols (`place_labels`), or, where no place is free at a
//! narrow width, into the column too.
//!
//! Order: symbols are drawn largest first, unknown last, so a smaller one lies over (and is
//! clicked above) a larger neighbour (Delft over Den Haag); the labels, the areas' buttons,
//! follow all symbols, in dataset order (the table's, and the Tab order), so none is covered.

use crate::core::dataset::{BottleneckKind, Measure, AREAS, AREA_COUNT};
use crate::core::format;
use crate::core::funding::{cost, Amounts, Funded, Funding};
use crate::core::i18n::{texts, Lang};
use crate::core::link::Metric;
use crate::core::selection::Selection;
use crate::core::totals::exclusion;
use crate::features::chart::model::value_label;
use crate::features::map::POSITIONS;
#[cfg(not(target_arch = "wasm32"))]
use crate::features::map::{OUTLINE_HEIGHT, OUTLINE_WIDTH};
use crate::features::table::model::figure_text;

/// Narrowest and widest container widths the layout is made for, in CSS px.
pub const MIN_WIDTH_PX: f64 = 320.0;
pub const MAX_WIDTH_PX: f64 = 1280.0;
/// Smallest label text, in CSS px.
pub const MIN_FONT_PX: f64 = 12.0;
/// Smallest side of a tap target, in CSS px.
pub const TARGET_PX: f64 = 24.0;
/// Estimated average glyph width, in em, for label placement (generous: capitals and digits
/// are wider than the average lower-case letter).
pub const GLYPH_EM: f64 = 0.6;
/// Space around a label's text inside its box, left and right, in CSS px.
const LABEL_PAD_PX: f64 = 4.0;
#[cfg(not(target_arch = "wasm32"))]
/// Space between a symbol and its label, and between column rows, in CSS px.
const GAP_PX: f64 = 2.0;
/// Radius of the smallest circle, in CSS px.
pub const R_MIN_PX: f64 = 4.0;
#[cfg(not(target_arch = "wasm32"))]
/// Half-diagonal of the unknown figure's diamond, in CSS px.
const DIAMOND_PX: f64 = 7.0;
#[cfg(not(target_arch = "wasm32"))]
/// Space around the outline inside the view box, in map units.
const PAD: f64 = 10.0;
/// The label column's right edge at most, in map units: just off the coast of Holland
/// (Den Haag's beach is at about 222).
pub const COLUMN_X: f64 = 200.0;
/// Areas labelled in the column at every width, by code (see the module's doc).
pub const COLUMN_AREAS: [&str; 7] = ["zdo", "amw", "dhz", "dlf", "sdm", "vla", "rtz"];

/// Where the symbols come from (`data/positions.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// A GeoNames city section that is the area or one of its neighbourhoods.
    Neighbourhood,
    /// The city: GeoNames has no section for the area.
    City,
}

/// An area's place in the outline's frame (generated from `data/positions.toml`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Position {
    pub area: &'static str,
    pub x: f64,
    pub y: f64,
    pub level: Level,
}

/// An axis-aligned box in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }

    pub fn contains(&self, o: &Rect) -> bool {
        o.x >= self.x
            && o.y >= self.y
            && o.x + o.w <= self.x + self.w
            && o.y + o.h <= self.y + self.h
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn hits_circle(&self, cx: f64, cy: f64, r: f64) -> bool {
        let nx = cx.clamp(self.x, self.x + self.w);
        let ny = cy.clamp(self.y, self.y + self.h);
        ((cx - nx) * (cx - nx) + (cy - ny) * (cy - ny)).sqrt() < r
    }

    /// Whether the segment passes through the box (Liang-Barsky clipping).
    pub fn hits_segment(&self, [x1, y1, x2, y2]: [f64; 4]) -> bool {
        let (dx, dy) = (x2 - x1, y2 - y1);
        let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
        for (p, q) in [
            (-dx, x1 - self.x),
            (dx, self.x + self.w - x1),
            (-dy, y1 - self.y),
            (dy, self.y + self.h - y1),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    t0 = t0.max(t);
                } else {
                    t1 = t1.min(t);
                }
            }
        }
        t0 < t1
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Circle,
    /// An unknown figure.
    Diamond,
}

/// How a label's text is aligned in its box (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// One area on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaMark {
    /// The area's index in `AREAS`.
    pub index: usize,
    /// Symbol centre.
    pub x: f64,
    pub y: f64,
    pub shape: Shape,
    /// Circle radius, or the diamond's half-diagonal.
    pub r: f64,
    /// The high end of a range: the outer ring's radius.
    pub range_r: Option<f64>,
    pub selected: bool,
    pub highlighted: bool,
    /// The figure is shown but not counted (another period or a wider region).
    pub excluded: bool,
    pub label: String,
    /// The label's box: its background and tap target.
    pub label_box: Rect,
    pub anchor: Anchor,
    /// Where the label's text is anchored (x) and its baseline (y).
    pub text_x: f64,
    pub text_y: f64,
    /// From the label box to the symbol's edge, for labels in the column.
    pub leader: Option<[f64; 4]>,
    /// What a screen reader announces for the area's button.
    pub aria_label: String,
}

impl AreaMark {
    /// The symbol's outer radius (the range ring where there is one).
    pub fn outer_r(&self) -> f64 {
        self.range_r.unwrap_or(self.r).max(self.r)
    }
}

/// A legend entry's symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// A filled circle: the measure, by area; selected.
    Size,
    NotSelected,
    Range,
    Unknown,
    Excluded,
    Highlight,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapView {
    /// The CSS width the geometry is made for.
    pub width_px: f64,
    pub view_box: Rect,
    /// Label font size in map units (`MIN_FONT_PX` or more, in CSS px).
    pub font_size: f64,
    /// Areas in dataset order (the table's), the order of their buttons.
    pub areas: Vec<AreaMark>,
    /// The order the symbols are drawn in, as indices into `areas`: largest first, unknown
    /// last.
    pub paint: Vec<usize>,
    /// A text equivalent: what the map shows, and that the table has every figure as text.
    pub summary: String,
    pub legend: Vec<(Key, String)>,
}

impl MapView {
    /// View-box units per CSS px.
    pub fn px(&self) -> f64 {
        self.view_box.w / self.width_px
    }
}

/// Label text size for a container width, in CSS px: 12 at 320-576 px, up to 14 from 672 px.
pub fn font_px(width_px: f64) -> f64 {
    (width_px / 48.0).clamp(MIN_FONT_PX, 14.0)
}

/// Radius of the largest circle for a container width, in CSS px: 14 at 320, 22 at 640, 38
/// at 1280 (small enough at 320 px to leave room for the labels).
pub fn max_radius_px(width_px: f64) -> f64 {
    (6.0 + width_px / 40.0).clamp(14.0, 38.0)
}

/// Estimated width of a label's box in CSS px: its text and padding, at least a target wide.
pub fn label_box_px(label: &str, font_px: f64) -> f64 {
    #[allow(clippy::cast_precision_loss)] // a few dozen characters
    let chars = label.chars().count() as f64;
    (chars * GLYPH_EM * font_px + 2.0 * LABEL_PAD_PX).max(TARGET_PX)
}

/// The short labels: the place each area is in, as a reader names it (Amsterdam's two areas
/// by their district). By area code; every area has one (tested).
const PLACES: [(&str, &str); AREA_COUNT] = [
    ("amw", "Nieuw-West"),
    ("amz", "Zuidoost"),
    ("arn", "Arnhem"),
    ("bre", "Breda"),
    ("dlf", "Delft"),
    ("dhz", "Den Haag"),
    ("dor", "Dordrecht"),
    ("ehv", "Eindhoven"),
    ("gro", "Groningen"),
    ("hrl", "Heerlen"),
    ("lwd", "Leeuwarden"),
    ("lls", "Lelystad"),
    ("nwg", "Nieuwegein"),
    ("rsd", "Roosendaal"),
    ("rtz", "Rotterdam"),
    ("sdm", "Schiedam"),
    ("tbg", "Tilburg"),
    ("utr", "Utrecht"),
    ("vla", "Vlaardingen"),
    ("zdo", "Zaandam"),
];

/// From this container width on, labels give the area's full name (there is room for them).
pub const FULL_NAMES_PX: f64 = 960.0;

/// An area's label at a container width: the place (`PLACES`) up to `FULL_NAMES_PX`, the
/// area's full name from there; with " ?" where its figure is unknown.
pub fn label(index: usize, width_px: f64, known: bool) -> String {
    let area = &AREAS[index];
    let name = if width_px >= FULL_NAMES_PX {
        area.name
    } else {
        PLACES.iter().find(|(id, _)| *id == area.id).map_or(area.name, |(_, place)| place)
    };
    if known {
        name.to_string()
    } else {
        format!("{name} ?")
    }
}

/// One area's measure: (low, high, excluded) or unknown.
type Value = Option<(u64, u64, bool)>;

fn value(index: usize, metric: Metric, funding: &Funding) -> Value {
    let c = Funded::NewHomes;
    let f = AREAS[index].figure(c.measure())?;
    let excluded = exclusion(f, c.measure()).is_some();
    let span = match metric {
        Metric::Homes => crate::core::funding::Span::of(f),
        Metric::Money => cost(f, funding.amounts.get(c)),
    };
    Some((span.low, span.high, excluded))
}

/// The measure's name, as the chart's first series calls it (lower case, for a sentence).
fn series(metric: Metric, lang: Lang) -> &'static str {
    (texts(lang).map.series)(metric)
}

fn aria_label(
    index: usize,
    metric: Metric,
    v: Value,
    funding: &Funding,
    highlight: Option<BottleneckKind>,
    lang: Lang,
) -> String {
    let t = texts(lang);
    let w = &t.map;
    let area = &AREAS[index];
    let mut out = format!("{}: ", area.name);
    match (v, area.figure(Measure::Build)) {
        (Some((lo, hi, excluded)), Some(f)) => {
            out.push_str(&match metric {
                Metric::Homes => (w.homes)(&figure_text(f, lang)),
                Metric::Money => {
                    let amount = i64::try_from(funding.amounts.build).unwrap_or(i64::MAX);
                    (w.money)(&value_label(lo, hi, metric, lang), &format::euro(amount, lang))
                }
            });
            if excluded {
                out.push_str(w.not_counted);
            }
        }
        _ => out.push_str(w.unknown),
    }
    if let Some(k) = highlight.filter(|k| area.has_bottleneck(*k)) {
        out.push_str(&(w.bottleneck)((t.bottleneck)(k)));
    }
    out
}

/// What the map shows, in one sentence: the areas without a figure are named in the legend
/// (the diamond) and on the map ("?").
fn summary(selection: Selection, metric: Metric, lang: Lang) -> String {
    (texts(lang).map.summary)(AREA_COUNT, selection.len(), series(metric, lang))
}

fn legend(
    values: &[Value],
    metric: Metric,
    highlight: Option<BottleneckKind>,
    lang: Lang,
) -> Vec<(Key, String)> {
    let t = texts(lang);
    let w = &t.map;
    let mut out = vec![
        (Key::Size, (w.legend_size)(series(metric, lang))),
        (Key::NotSelected, w.legend_off.into()),
    ];
    if values.iter().flatten().any(|v| v.1 > v.0) {
        out.push((Key::Range, w.legend_range.into()));
    }
    if values.iter().any(Option::is_none) {
        out.push((Key::Unknown, (w.legend_unknown)(t.unknown)));
    }
    if values.iter().flatten().any(|v| v.2) {
        out.push((Key::Excluded, w.legend_excluded.into()));
    }
    if let Some(k) = highlight {
        // The kind's name is ASCII in every language (`to_lowercase` would bring std's
        // Unicode tables into the wasm for this one word).
        out.push((Key::Highlight, (w.legend_highlight)(&(t.bottleneck)(k).to_ascii_lowercase())));
    }
    out
}

/// Everything about an area that does not depend on where its label goes.
#[cfg(not(target_arch = "wasm32"))]
struct Symbol {
    index: usize,
    x: f64,
    y: f64,
    /// Radii in CSS px.
    r_px: f64,
    range_px: Option<f64>,
    value: Value,
    /// Label box width in CSS px.
    box_px: f64,
}

#[cfg(not(target_arch = "wasm32"))]
fn symbols(metric: Metric, funding: &Funding, width_px: f64, font: f64) -> Vec<Symbol> {
    let values: Vec<Value> = (0..AREA_COUNT).map(|i| value(i, metric, funding)).collect();
    let max = values.iter().flatten().map(|v| v.1).max().unwrap_or(0);
    let r_max = max_radius_px(width_px);
    #[allow(clippy::cast_precision_loss)] // ratios of values far below 2^52
    let radius = |v: u64| {
        if max == 0 {
            R_MIN_PX
        } else {
            (r_max * (v as f64 / max as f64).sqrt()).max(R_MIN_PX)
        }
    };
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            // An unknown figure's diamond (see `dress`) has the size of a circle of `DIAMOND_PX`.
            let (r_px, range_px) = match v {
                Some((lo, hi, _)) => (radius(*lo), (hi > lo).then(|| radius(*hi))),
                None => (DIAMOND_PX, None),
            };
            let box_px = label_box_px(&label(i, width_px, v.is_some()), font);
            Symbol {
                index: i,
                x: POSITIONS[i].x,
                y: POSITIONS[i].y,
                r_px,
                range_px,
                value: *v,
                box_px,
            }
        })
        .collect()
}

/// A label's box, text anchor and leader, once placed.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Copy)]
struct Placed {
    rect: Rect,
    anchor: Anchor,
    leader: Option<[f64; 4]>,
}

/// The view box for a column of labels `column_px` wide (box widths and padding, CSS px):
/// the outline and its padding, grown westwards as far as the column needs (the column's
/// width in units depends on the scale, which depends on the view box: solved in closed form).
#[cfg(not(target_arch = "wasm32"))]
fn view_box(width_px: f64, column_px: f64, column_right: f64) -> Rect {
    let right = OUTLINE_WIDTH + PAD;
    let plain = right + PAD;
    let (top, height) = (-PAD, OUTLINE_HEIGHT + 2.0 * PAD);
    let fits = column_right - column_px * plain / width_px >= -PAD;
    let w = if fits {
        plain
    } else {
        // w = right - left, left = column_right - column_px * w / width_px.
        (right - column_right) / (1.0 - (column_px / width_px).min(0.6))
    };
    Rect { x: right - w, y: top, w, h: height }
}

/// Where everything on the map goes for one width: the view box, the label size, and per area
/// its symbol's radii and its label's box, text position and leader. The placement is the
/// costly part of the map (a search over label places), so the browser build does not run it:
/// `tests/map_geometry.rs` computes the geometry for `SHOWN_WIDTH_PX` into `shown.rs`, which
/// the browser dresses with the selection, the highlight and the words (`dress`). Symbols are
/// sized by the areas' homes 2025-2029: the contribution is those homes times one amount, so
/// its circles have the same proportions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    pub width_px: f64,
    pub view_box: Rect,
    /// Label font size in map units.
    pub font_size: f64,
    /// By area, in dataset order.
    pub marks: [MarkGeometry; AREA_COUNT],
    /// The order the symbols are drawn in: largest first, unknown last.
    pub paint: [usize; AREA_COUNT],
}

/// One area's place on the map (see `AreaMark`, which adds the words and the state).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MarkGeometry {
    pub r: f64,
    pub range_r: Option<f64>,
    pub label_box: Rect,
    pub anchor: Anchor,
    pub text_x: f64,
    pub text_y: f64,
    pub leader: Option<[f64; 4]>,
}

/// The width the shown map is laid out for: the narrowest screen's. Wider, the SVG scales up,
/// so its text only grows.
pub const SHOWN_WIDTH_PX: f64 = 320.0;

/// Lays out the map for a container `width_px` CSS px wide (clamped to 320-1280). Native
/// only: see `Geometry`.
#[cfg(not(target_arch = "wasm32"))]
pub fn layout(
    selection: Selection,
    metric: Metric,
    funding: &Funding,
    highlight: Option<BottleneckKind>,
    lang: Lang,
    width_px: f64,
) -> MapView {
    dress(&geometry(width_px), selection, metric, funding, highlight, lang)
}

/// The geometry for a container `width_px` CSS px wide (clamped to 320-1280).
#[cfg(not(target_arch = "wasm32"))]
pub fn geometry(width_px: f64) -> Geometry {
    let width_px = width_px.clamp(MIN_WIDTH_PX, MAX_WIDTH_PX);
    let font = font_px(width_px);
    let funding =
        crate::core::funding::compute(Selection::all(), crate::core::funding::Amounts::default());
    let syms = symbols(Metric::Homes, &funding, width_px, font);
    let mut column: Vec<usize> =
        COLUMN_AREAS.iter().filter_map(|id| AREAS.iter().position(|a| a.id == *id)).collect();
    // Each round places the column and then the other labels; a label without a free place
    // joins the column for the next round. At most one round per area.
    let (view_box, px, placed) = loop {
        let (vb, px, placed, homeless) = place_labels(&syms, &column, width_px);
        if homeless.is_empty() || column.len() == AREA_COUNT {
            break (vb, px, placed);
        }
        column.extend(homeless);
    };
    let marks = std::array::from_fn(|i| {
        let s = &syms[i];
        let p = placed[i].unwrap_or(Placed {
            rect: Rect { x: s.x, y: s.y, w: 0.0, h: 0.0 },
            anchor: Anchor::Middle,
            leader: None,
        });
        let text_x = match p.anchor {
            Anchor::Start => p.rect.x + LABEL_PAD_PX * px,
            Anchor::Middle => p.rect.x + p.rect.w / 2.0,
            Anchor::End => p.rect.x + p.rect.w - LABEL_PAD_PX * px,
        };
        MarkGeometry {
            r: s.r_px * px,
            range_r: s.range_px.map(|r| r * px),
            label_box: p.rect,
            anchor: p.anchor,
            text_x,
            // The baseline a third of the font size below the box's middle centres
            // lower-case text and capitals alike well enough.
            text_y: p.rect.y + p.rect.h / 2.0 + font * px * 0.35,
            leader: p.leader,
        }
    });
    // Largest first, unknown last; ties in dataset order (the sort is stable).
    let mut paint: [usize; AREA_COUNT] = std::array::from_fn(|i| i);
    paint.sort_by_key(|&i| std::cmp::Reverse(syms[i].value.map(|v| (1, v.1))));
    Geometry {
        width_px,
        view_box,
        // Rounded up to the one decimal the markup writes, so that it is never below.
        font_size: (font * px * 10.0).ceil() / 10.0,
        marks,
        paint,
    }
}

/// What the map shows for a state beyond its drawing: per area (dataset order) whether it is
/// selected and highlighted and its accessible name, the summary and the legend. Drawn on the
/// geometry laid out at build time (`shown::SHOWN`) by `view`.
#[derive(Clone, Debug, PartialEq)]
pub struct MapState {
    pub areas: Vec<AreaState>,
    /// A text equivalent: what the map shows, and that the table has every figure as text.
    pub summary: String,
    pub legend: Vec<(Key, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaState {
    pub selected: bool,
    pub highlighted: bool,
    /// Whether the area has a figure (a circle) or not (a diamond and "?").
    pub known: bool,
    /// Its figure is shown but not counted (another period or a wider region).
    pub excluded: bool,
    /// What a screen reader announces for the area's button.
    pub aria_label: String,
}

pub fn state(
    selection: Selection,
    metric: Metric,
    funding: &Funding,
    highlight: Option<BottleneckKind>,
    lang: Lang,
) -> MapState {
    let values: Vec<Value> = (0..AREA_COUNT).map(|i| value(i, metric, funding)).collect();
    MapState {
        areas: values
            .iter()
            .enumerate()
            .map(|(i, v)| AreaState {
                selected: selection.contains(i),
                highlighted: highlight.is_some_and(|k| AREAS[i].has_bottleneck(k)),
                known: v.is_some(),
                excluded: v.is_some_and(|v| v.2),
                aria_label: aria_label(i, metric, *v, funding, highlight, lang),
            })
            .collect(),
        summary: summary(selection, metric, lang),
        legend: legend(&values, metric, highlight, lang),
    }
}

/// Each area's position level, taken from `POSITIONS` at compile time (the browser needs no
/// coordinates: they are in the drawing).
const LEVELS: [Level; AREA_COUNT] = {
    let mut out = [Level::City; AREA_COUNT];
    let mut i = 0;
    while i < AREA_COUNT {
        out[i] = POSITIONS[i].level;
        i += 1;
    }
    out
};

/// What of the amounts the map's state depends on: all of them when it names the
/// contribution, none when it names homes (the browser applies the state again only when
/// this, the selection, the metric, the highlight or the language changes).
pub fn amounts_shown(metric: Metric, amounts: Amounts) -> Option<Amounts> {
    (metric == Metric::Money).then_some(amounts)
}

/// The sources' attribution, required by the ODbL and CC BY, and where the symbols stand:
/// at the neighbourhood where GeoNames has one for the area (`Level`), else at the city.
pub fn attribution(lang: Lang) -> String {
    let named: Vec<&str> = AREAS
        .iter()
        .zip(LEVELS)
        .filter(|(_, level)| *level == Level::Neighbourhood)
        .map(|(a, _)| a.name)
        .collect();
    (texts(lang).map.attribution)(&named.join(", "))
}

/// The map for a state, on `g`'s geometry: each area's label, state and accessible name, the
/// legend and the summary.
#[cfg(not(target_arch = "wasm32"))]
pub fn dress(
    g: &Geometry,
    selection: Selection,
    metric: Metric,
    funding: &Funding,
    highlight: Option<BottleneckKind>,
    lang: Lang,
) -> MapView {
    let MapState { areas: states, summary, legend } =
        state(selection, metric, funding, highlight, lang);
    let areas: Vec<AreaMark> = states
        .into_iter()
        .enumerate()
        .map(|(i, st)| {
            let m = &g.marks[i];
            let known = AREAS[i].figure(Measure::Build).is_some();
            AreaMark {
                index: i,
                x: POSITIONS[i].x,
                y: POSITIONS[i].y,
                shape: if known { Shape::Circle } else { Shape::Diamond },
                r: m.r,
                range_r: m.range_r,
                selected: st.selected,
                highlighted: st.highlighted,
                excluded: value(i, metric, funding).is_some_and(|v| v.2),
                label: label(i, g.width_px, known),
                label_box: m.label_box,
                anchor: m.anchor,
                text_x: m.text_x,
                text_y: m.text_y,
                leader: m.leader,
                aria_label: st.aria_label,
            }
        })
        .collect();
    MapView {
        width_px: g.width_px,
        view_box: g.view_box,
        font_size: g.font_size,
        legend,
        areas,
        paint: g.paint.to_vec(),
        summary,
    }
}

/// The Rust source of `shown.rs` for `g` (written by `tests/map_geometry.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub fn geometry_source(g: &Geometry) -> String {
    use std::fmt::Write as _;
    let n = |v: f64| format!("{:.1}", (v * 10.0).round() / 10.0);
    let rect =
        |r: &Rect| format!("Rect {{ x: {}, y: {}, w: {}, h: {} }}", n(r.x), n(r.y), n(r.w), n(r.h));
    let mut out = String::from(
        "// @generated by tests/map_geometry.rs from the map's layout (model::geometry). DO NOT EDIT.\n\
         // `UPDATE_MAP=1 cargo test --test map_geometry` writes it again.\n\n\
         use super::model::{Anchor, Geometry, MarkGeometry, Rect};\n\n\
         /// The map's geometry at `SHOWN_WIDTH_PX`.\n\
         pub static SHOWN: Geometry = Geometry {\n",
    );
    let _ = writeln!(
        out,
        "    width_px: {},\n    view_box: {},\n    font_size: {},\n    marks: [",
        n(g.width_px),
        rect(&g.view_box),
        n(g.font_size)
    );
    for m in &g.marks {
        let range = m.range_r.map_or("None".to_string(), |r| format!("Some({})", n(r)));
        let leader = m.leader.map_or("None".to_string(), |l| {
            format!("Some([{}, {}, {}, {}])", n(l[0]), n(l[1]), n(l[2]), n(l[3]))
        });
        let anchor = match m.anchor {
            Anchor::Start => "Start",
            Anchor::Middle => "Middle",
            Anchor::End => "End",
        };
        let _ = writeln!(
            out,
            "        MarkGeometry {{ r: {}, range_r: {range}, label_box: {}, anchor: Anchor::{anchor}, text_x: {}, text_y: {}, leader: {leader} }},",
            n(m.r), rect(&m.label_box), n(m.text_x), n(m.text_y)
        );
    }
    let paint: Vec<String> = g.paint.iter().map(ToString::to_string).collect();
    let _ = writeln!(out, "    ],\n    paint: [{}],\n}};", paint.join(", "));
    out
}

/// One round of label placement: the view box, its units per px, each area's label (None
/// where it found no place) and the areas without one.
#[cfg(not(target_arch = "wasm32"))]
fn place_labels(
    syms: &[Symbol],
    column: &[usize],
    width_px: f64,
) -> (Rect, f64, Vec<Option<Placed>>, Vec<usize>) {
    let row_px = TARGET_PX;
    let column_px = column.iter().map(|&i| syms[i].box_px).fold(0.0, f64::max) + 2.0 * GAP_PX;
    // The column's right edge: off the coast, and clear of its own areas' symbols, whose size
    // in units depends on the view box, which depends on the edge: a few rounds settle it.
    let outer_px = |s: &Symbol| s.range_px.unwrap_or(s.r_px).max(s.r_px);
    let mut column_right = COLUMN_X;
    let mut vb = view_box(width_px, column_px, column_right);
    for _ in 0..3 {
        let px = vb.w / width_px;
        column_right = column
            .iter()
            .map(|&i| syms[i].x - (outer_px(&syms[i]) + 2.0 * GAP_PX) * px)
            .fold(COLUMN_X, f64::min);
        vb = view_box(width_px, column_px, column_right);
    }
    let px = vb.w / width_px;
    let h = row_px * px;
    let mut placed: Vec<Option<Placed>> = vec![None; syms.len()];
    let mut taken: Vec<Rect> = vec![];
    let mut leaders: Vec<[f64; 4]> = vec![];

    // The column: rows in the north-south order of their symbols, each as near its symbol's
    // height as the rows above allow.
    let mut rows: Vec<usize> = column.to_vec();
    rows.sort_by(|&a, &b| syms[a].y.total_cmp(&syms[b].y).then(syms[a].x.total_cmp(&syms[b].x)));
    let pitch = (row_px + GAP_PX) * px;
    let tops = stack(
        &rows.iter().map(|&i| syms[i].y - h / 2.0).collect::<Vec<_>>(),
        pitch,
        vb.y + PAD,
        vb.y + vb.h - PAD - h,
    );
    let column_leader = |i: usize, top: f64| {
        // From the middle of the box's right edge.
        let edge = Rect { x: column_right, y: top + h / 2.0, w: 0.0, h: 0.0 };
        leader_to(&edge, syms[i].x, syms[i].y, outer_px(&syms[i]) * px)
    };
    // North-south order can still cross two leaders where a lower symbol lies farther west
    // (Roosendaal below Tilburg): swap such pairs; each swap shortens the leaders in total,
    // so this ends.
    for _ in 0..rows.len() * rows.len() {
        let crossing = (0..rows.len()).flat_map(|a| (a + 1..rows.len()).map(move |b| (a, b))).find(
            |&(a, b)| {
                segments_cross(column_leader(rows[a], tops[a]), column_leader(rows[b], tops[b]))
            },
        );
        match crossing {
            Some((a, b)) => rows.swap(a, b),
            None => break,
        }
    }
    for (&i, &top) in rows.iter().zip(&tops) {
        let s = &syms[i];
        let w = s.box_px * px;
        let rect = Rect { x: column_right - w, y: top, w, h };
        let leader = column_leader(i, top);
        placed[i] = Some(Placed { rect, anchor: Anchor::End, leader: Some(leader) });
        taken.push(rect);
        leaders.push(leader);
    }

    // The others beside their symbols. Each area's places, in order of preference: the eight
    // places around its symbol clear of every other symbol; the same, covering only the rim
    // of other symbols (labels are drawn over the symbols, and every centre stays in sight);
    // a row farther out in all eight directions, then two and three rows to the right and
    // left (a level leader reads best), with a short leader.
    let g = GAP_PX * px;
    let inner = Rect { x: vb.x + g, y: vb.y + g, w: vb.w - 2.0 * g, h: vb.h - 2.0 * g };
    let clear = |rect: &Rect, i: usize, core: bool| {
        !syms.iter().any(|o| {
            let r = if core { R_MIN_PX + GAP_PX } else { outer_px(o) + GAP_PX };
            o.index != i && rect.hits_circle(o.x, o.y, r * px)
        })
    };
    let todo: Vec<usize> = (0..syms.len()).filter(|i| !column.contains(i)).collect();
    let options: Vec<Vec<Placed>> = syms
        .iter()
        .map(|s| {
            let (w, r) = (s.box_px * px, outer_px(s) * px);
            let near = candidates(s.x, s.y, r + g, w, h);
            let far =
                candidates(s.x, s.y, r + g + h, w, h).into_iter().chain((2..=3).flat_map(|k| {
                    candidates(s.x, s.y, r + g + f64::from(k) * h, w, h).into_iter().take(2)
                }));
            let plain = |(rect, anchor): (Rect, Anchor)| Placed { rect, anchor, leader: None };
            near.map(|c| (plain(c), false))
                .into_iter()
                .chain(near.map(|c| (plain(c), true)))
                .chain(far.map(|(rect, anchor)| {
                    (Placed { rect, anchor, leader: Some(leader_to(&rect, s.x, s.y, r)) }, true)
                }))
                .filter(|(p, core)| inner.contains(&p.rect) && clear(&p.rect, s.index, *core))
                .map(|(p, _)| p)
                .collect()
        })
        .collect();
    // Greedy placement in a few orders; the one that leaves the fewest labels without a
    // place, and then takes the most preferred places, wins.
    let by_size =
        |a: &usize, b: &usize| outer_px(&syms[*b]).total_cmp(&outer_px(&syms[*a])).then(a.cmp(b));
    let mut orders: Vec<Vec<usize>> = vec![todo.clone(); 3];
    orders[0].sort_by(by_size);
    orders[1].sort_by(|a, b| by_size(b, a));
    orders[2].sort_by(|a, b| syms[*a].y.total_cmp(&syms[*b].y));
    let best = orders
        .iter()
        .map(|order| greedy(order, &options, taken.clone(), leaders.clone()))
        .min_by_key(|(_, homeless, cost)| (homeless.len(), *cost))
        .unwrap_or_default();
    let (chosen, homeless, _) = best;
    for (i, p) in chosen {
        placed[i] = Some(p);
    }
    (vb, px, placed, homeless)
}

/// Places each area of `order` at its first option that no label or leader already placed
/// covers: the places, the areas left without one, and the sum of the chosen options' ranks.
#[cfg(not(target_arch = "wasm32"))]
fn greedy(
    order: &[usize],
    options: &[Vec<Placed>],
    mut taken: Vec<Rect>,
    mut leaders: Vec<[f64; 4]>,
) -> (Vec<(usize, Placed)>, Vec<usize>, usize) {
    let (mut placed, mut homeless, mut cost) = (vec![], vec![], 0);
    for &i in order {
        let free = options[i].iter().enumerate().find(|(_, p)| {
            !taken.iter().any(|t| t.overlaps(&p.rect))
                && !leaders.iter().any(|l| p.rect.hits_segment(*l))
                && p.leader.is_none_or(|l| {
                    !taken.iter().any(|t| t.hits_segment(l))
                        && !leaders.iter().any(|m| segments_cross(l, *m))
                })
        });
        match free {
            Some((rank, p)) => {
                cost += rank;
                taken.push(p.rect);
                leaders.extend(p.leader);
                placed.push((i, *p));
            }
            None => homeless.push(i),
        }
    }
    (placed, homeless, cost)
}

/// Eight places for a `w` × `h` box around a point, `d` away: right, left, above, below, then
/// the four diagonals; with the text anchored towards the point.
#[cfg(not(target_arch = "wasm32"))]
fn candidates(x: f64, y: f64, dist: f64, w: f64, h: f64) -> [(Rect, Anchor); 8] {
    let diag = dist * std::f64::consts::FRAC_1_SQRT_2;
    [
        (x + dist, y - h / 2.0, Anchor::Start),
        (x - dist - w, y - h / 2.0, Anchor::End),
        (x - w / 2.0, y - dist - h, Anchor::Middle),
        (x - w / 2.0, y + dist, Anchor::Middle),
        (x + diag, y - diag - h, Anchor::Start),
        (x + diag, y + diag, Anchor::Start),
        (x - diag - w, y - diag - h, Anchor::End),
        (x - diag - w, y + diag, Anchor::End),
    ]
    .map(|(left, top, anchor)| (Rect { x: left, y: top, w, h }, anchor))
}

/// A leader from the point of `rect` nearest to a symbol to the symbol's edge (`r` from its
/// centre).
#[cfg(not(target_arch = "wasm32"))]
fn leader_to(rect: &Rect, x: f64, y: f64, r: f64) -> [f64; 4] {
    let (ax, ay) = (x.clamp(rect.x, rect.x + rect.w), y.clamp(rect.y, rect.y + rect.h));
    // `sqrt` rather than `hypot`, which would bring a libm function into the wasm.
    let d = ((x - ax) * (x - ax) + (y - ay) * (y - ay)).sqrt().max(1e-9);
    [ax, ay, x - (x - ax) * r / d, y - (y - ay) * r / d]
}

/// Whether two segments cross (touching ends do not count).
pub fn segments_cross(a: [f64; 4], b: [f64; 4]) -> bool {
    let orient = |p: [f64; 2], q: [f64; 2], r: [f64; 2]| {
        (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    };
    let (p1, p2, q1, q2) = ([a[0], a[1]], [a[2], a[3]], [b[0], b[1]], [b[2], b[3]]);
    let (d1, d2) = (orient(q1, q2, p1), orient(q1, q2, p2));
    let (d3, d4) = (orient(p1, p2, q1), orient(p1, p2, q2));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

/// Tops for rows of one height, `pitch` apart, each wanting `wanted[i]` (in ascending order):
/// rows that would overlap are merged into a block centred on their mean wish, and the whole
/// stack is kept between `min` and `max` (the top of the last row) where it fits.
pub fn stack(wanted: &[f64], pitch: f64, min: f64, max: f64) -> Vec<f64> {
    // Blocks of consecutive rows: (first row, rows, top).
    let mut blocks: Vec<(usize, usize, f64)> = vec![];
    for (i, &w) in wanted.iter().enumerate() {
        blocks.push((i, 1, w));
        while let [.., (f0, n0, t0), (_, n1, t1)] = blocks[..] {
            #[allow(clippy::cast_precision_loss)] // a handful of rows
            if t0 + n0 as f64 * pitch <= t1 {
                break;
            }
            let n = n0 + n1;
            #[allow(clippy::cast_precision_loss)]
            let mean = wanted[f0..f0 + n].iter().sum::<f64>() / n as f64;
            #[allow(clippy::cast_precision_loss)]
            let top = mean - (n - 1) as f64 * pitch / 2.0;
            blocks.truncate(blocks.len() - 2);
            blocks.push((f0, n, top));
        }
    }
    let mut tops: Vec<f64> = blocks
        .iter()
        .flat_map(|&(_, n, top)| {
            (0..n).map(move |k| {
                #[allow(clippy::cast_precision_loss)]
                let k = k as f64;
                top + k * pitch
            })
        })
        .collect();
    // Into the bounds: shift up from the bottom, then down from the top (the top wins).
    let Some(&last) = tops.last() else { return tops };
    if last > max {
        let up = last - max;
        for t in &mut tops {
            *t -= up;
        }
    }
    if tops[0] < min {
        let down = min - tops[0];
        for t in &mut tops {
            *t += down;
        }
    }
    tops
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::dataset::Area;
    use crate::core::funding::{compute, Amounts};
    use crate::features::map::NL_OUTLINE_PATH;
    use proptest::prelude::*;

    /// The outline's rings, read back from the path text (`M x y l dx dy … z`, integers).
    fn rings() -> Vec<Vec<[f64; 2]>> {
        NL_OUTLINE_PATH
            .split('M')
            .filter(|r| !r.is_empty())
            .map(|ring| {
                let ring = ring.strip_suffix('z').expect("ring ends with z");
                let (start, steps) = ring.split_once('l').expect("ring has steps");
                let number = |s: &str| s.parse::<f64>().expect("number");
                let start: Vec<f64> = start.split(' ').map(number).collect();
                // "3-4 5 6": a minus sign also starts a number.
                let steps: Vec<f64> =
                    steps.replace('-', " -").split_whitespace().map(number).collect();
                let mut points = vec![[start[0], start[1]]];
                for d in steps.chunks(2) {
                    let [x, y] = points[points.len() - 1];
                    points.push([x + d[0], y + d[1]]);
                }
                points
            })
            .collect()
    }

    fn inside(rings: &[Vec<[f64; 2]>], x: f64, y: f64) -> bool {
        let mut odd = false;
        for ring in rings {
            for (i, a) in ring.iter().enumerate() {
                let b = ring[(i + 1) % ring.len()];
                if (a[1] > y) != (b[1] > y) && x < a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
                {
                    odd = !odd;
                }
            }
        }
        odd
    }

    fn distance_to_coast(rings: &[Vec<[f64; 2]>], x: f64, y: f64) -> f64 {
        let mut best = f64::MAX;
        for ring in rings {
            for (i, a) in ring.iter().enumerate() {
                let b = ring[(i + 1) % ring.len()];
                let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
                let t = (((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
                best = best.min((x - a[0] - t * dx).hypot(y - a[1] - t * dy));
            }
        }
        best
    }

    fn pos(id: &str) -> Position {
        POSITIONS[Area::by_id(id).unwrap().0]
    }

    fn view(width: f64) -> MapView {
        let f = compute(Selection::all(), Amounts::default());
        layout(Selection::all(), Metric::Homes, &f, None, Lang::Nl, width)
    }

    #[test]
    fn every_area_has_one_position_inside_the_outline() {
        let rings = rings();
        assert_eq!(rings.len(), 7, "the mainland, Zeeuws-Vlaanderen and five Wadden islands");
        for (i, (p, a)) in POSITIONS.iter().zip(AREAS.iter()).enumerate() {
            assert_eq!(p.area, a.id, "position {i} is for another area");
            assert!((0.0..=OUTLINE_WIDTH).contains(&p.x) && (0.0..=OUTLINE_HEIGHT).contains(&p.y));
            assert!(inside(&rings, p.x, p.y), "{} lies outside the outline", a.id);
        }
        // Every ring's points lie in the frame.
        for [x, y] in rings.iter().flatten() {
            assert!((0.0..=OUTLINE_WIDTH).contains(x) && (0.0..=OUTLINE_HEIGHT).contains(y));
        }
    }

    #[test]
    fn positions_are_where_a_dutch_reader_expects_them() {
        let km = 1.0 / 0.26; // map units per km, about
                             // Lelystad on the shore of the Markermeer and IJsselmeer, which are water.
        assert!(distance_to_coast(&rings(), pos("lls").x, pos("lls").y) < 4.0 * km);
        // Zaandam north of Amsterdam (y points down); Zuidoost south-east of the centre.
        assert!(pos("zdo").y < pos("amw").y && pos("amz").y > pos("amw").y);
        assert!(pos("amz").x > pos("amw").x);
        // Heerlen in the far south-east, Groningen the north-east, Leeuwarden the north.
        assert!(POSITIONS.iter().all(|p| p.y <= pos("hrl").y));
        assert!(POSITIONS.iter().all(|p| p.x <= pos("gro").x));
        assert!(pos("lwd").y < 150.0 && pos("gro").y < 150.0);
        // Den Haag north-west of Delft; Vlaardingen west of Schiedam, west of Rotterdam-Zuid.
        assert!(pos("dhz").x < pos("dlf").x && pos("dhz").y < pos("dlf").y);
        assert!(pos("vla").x < pos("sdm").x && pos("sdm").x < pos("rtz").x);
        // The Randstad clusters are tight: 25 km and 10 km across.
        let d = |a: &str, b: &str| (pos(a).x - pos(b).x).hypot(pos(a).y - pos(b).y) / km;
        assert!(d("dhz", "rtz") < 25.0 && d("zdo", "amw") < 10.0, "{}", d("dhz", "rtz"));
        assert_eq!(POSITIONS.iter().filter(|p| p.level == Level::Neighbourhood).count(), 6);
        assert_eq!(pos("amz").level, Level::Neighbourhood);
        assert_eq!(pos("amw").level, Level::City);
    }

    #[test]
    fn every_area_has_a_short_label() {
        for (i, a) in AREAS.iter().enumerate() {
            assert!(PLACES.iter().any(|(id, _)| *id == a.id), "{}", a.id);
            assert_eq!(label(i, 1280.0, true), a.name);
            assert!(label(i, 320.0, true).chars().count() <= 11, "{}", label(i, 320.0, true));
        }
        let (amw, ehv) = (Area::by_id("amw").unwrap().0, Area::by_id("ehv").unwrap().0);
        assert_eq!(label(amw, 320.0, true), "Nieuw-West");
        assert_eq!(label(ehv, 320.0, false), "Eindhoven ?");
    }

    #[test]
    fn symbols_are_sized_by_area_with_a_minimum() {
        let v = view(640.0);
        let px = v.px();
        let mark = |id: &str| &v.areas[Area::by_id(id).unwrap().0];
        // Area-proportional: radius ratio is the square root of the value ratio.
        let ratio = mark("amw").r / mark("dhz").r;
        assert!((ratio - (10_166.0_f64 / 6_996.0).sqrt()).abs() < 1e-9, "{ratio}");
        assert!((mark("amw").r / px - max_radius_px(640.0)).abs() < 1e-9);
        assert!(v.areas.iter().all(|m| m.r / px >= R_MIN_PX - 1e-9));
        // Unknown: a diamond, no size from a figure; a range: the outer ring.
        assert_eq!(mark("ehv").shape, Shape::Diamond);
        assert_eq!(mark("lls").label, "Lelystad ?");
        assert!(mark("utr").range_r.unwrap() > mark("utr").r);
        assert_eq!(v.areas.iter().filter(|m| m.range_r.is_some()).count(), 1);
        // Drawn largest first, unknown last; buttons in dataset order.
        assert_eq!(v.paint[0], Area::by_id("amw").unwrap().0);
        assert!(v.paint[18..].iter().all(|&i| v.areas[i].shape == Shape::Diamond));
        assert!(v.areas.iter().enumerate().all(|(i, m)| m.index == i));
    }

    #[test]
    fn the_state_depends_on_the_amounts_only_where_they_are_shown() {
        let s = Selection::municipality("Amsterdam");
        let (a, b) = (Amounts::default(), Amounts { build: 9_000, extra: 100, retrofit: 7 });
        for metric in [Metric::Homes, Metric::Money] {
            let at = |amounts| state(s, metric, &compute(s, amounts), None, Lang::Nl);
            assert_eq!(at(a) == at(b), amounts_shown(metric, a) == amounts_shown(metric, b));
        }
    }

    #[test]
    fn money_sizes_like_homes_and_says_the_amount() {
        let f = compute(Selection::all(), Amounts::default());
        let homes = layout(Selection::all(), Metric::Homes, &f, None, Lang::Nl, 640.0);
        let money = layout(Selection::all(), Metric::Money, &f, None, Lang::Nl, 640.0);
        for (h, m) in homes.areas.iter().zip(&money.areas) {
            assert!((h.r - m.r).abs() < 1e-9 && h.label_box == m.label_box);
        }
        let dlf = Area::by_id("dlf").unwrap().0;
        assert_eq!(homes.areas[dlf].aria_label, "Delft-West: circa 1.700 woningen 2025-2029");
        assert_eq!(
            money.areas[dlf].aria_label,
            "Delft-West: € 20,4 miljoen bij € 12.000 per woning"
        );
        let en = layout(Selection::all(), Metric::Homes, &f, None, Lang::En, 640.0);
        assert_eq!(en.areas[dlf].aria_label, "Delft-West: about 1,700 homes 2025-2029");
        assert_eq!(
            en.areas[Area::by_id("ehv").unwrap().0].aria_label,
            "Eindhoven Woensel-Zuid: homes 2025-2029 unknown"
        );
        // Sizes are the homes' whatever the amount: even at € 0 a home, where every
        // contribution is 0, the circles keep the plans' proportions.
        let zero = compute(Selection::all(), Amounts { build: 0, ..Amounts::default() });
        let v = layout(Selection::all(), Metric::Money, &zero, None, Lang::Nl, 640.0);
        assert!(v.areas.iter().zip(&homes.areas).all(|(z, h)| (z.r - h.r).abs() < 1e-9));
    }

    #[test]
    fn selection_and_highlight_are_marked() {
        let s = Selection::municipality("Amsterdam");
        let f = compute(s, Amounts::default());
        let v = layout(s, Metric::Homes, &f, Some(BottleneckKind::Nitrogen), Lang::Nl, 320.0);
        for m in &v.areas {
            assert_eq!(m.selected, AREAS[m.index].municipality == "Amsterdam");
            assert_eq!(m.highlighted, AREAS[m.index].has_bottleneck(BottleneckKind::Nitrogen));
            assert_eq!(m.aria_label.contains("; knelpunt: Stikstof"), m.highlighted);
        }
        assert!(v.areas.iter().any(|m| m.highlighted));
        assert!(v.summary.starts_with("Kaart van de 20 gebieden, 2 geselecteerd."));
        assert!(v
            .legend
            .iter()
            .any(|(k, t)| *k == Key::Highlight && t == "Ring: knelpunt stikstof"));
        assert_eq!(
            attribution(Lang::Nl),
            "Kaart: © OpenStreetMap-bijdragers (ODbL). Plaatsen: GeoNames (CC BY 4.0), op de wijk bij Amsterdam Zuidoost, Arnhem-Oost, Breda-Noord, Leeuwarden Oost, Roosendaal Ring, Rotterdam-Zuid, elders op de stad."
        );
    }

    #[test]
    fn the_randstad_is_labelled_in_the_column_in_north_south_order() {
        for width in [320.0, 640.0, 1280.0] {
            let v = view(width);
            let column: Vec<&AreaMark> =
                v.areas.iter().filter(|m| m.anchor == Anchor::End && m.leader.is_some()).collect();
            for id in COLUMN_AREAS {
                let m = &v.areas[Area::by_id(id).unwrap().0];
                assert!(
                    m.leader.is_some() && m.label_box.x + m.label_box.w <= COLUMN_X + 1e-9,
                    "{id} at {width}"
                );
            }
            // Rows in the order of their symbols, north to south.
            let mut rows: Vec<&&AreaMark> = column
                .iter()
                .filter(|m| m.label_box.x + m.label_box.w <= COLUMN_X + 1e-9)
                .collect();
            rows.sort_by(|a, b| a.label_box.y.total_cmp(&b.label_box.y));
            assert!(rows.windows(2).all(|w| w[0].y <= w[1].y), "at {width}");
        }
        // At 640 px and wider, only the Randstad is in the column.
        for width in [640.0, 1280.0] {
            let v = view(width);
            let n =
                v.areas.iter().filter(|m| m.label_box.x + m.label_box.w <= COLUMN_X + 1e-9).count();
            assert_eq!(n, COLUMN_AREAS.len(), "at {width}");
        }
    }

    /// What must hold at every width: text and targets large enough, labels inside the view
    /// box and clear of each other, of the leaders and of the symbols' centres.
    fn check_legible(v: &MapView) -> Result<(), String> {
        let px = v.px();
        if v.font_size / px < MIN_FONT_PX - 1e-9 {
            return Err(format!("font {} px", v.font_size / px));
        }
        let leaders: Vec<(usize, [f64; 4])> =
            v.areas.iter().filter_map(|m| Some((m.index, m.leader?))).collect();
        for (i, a) in v.areas.iter().enumerate() {
            let b = a.label_box;
            if b.w / px < TARGET_PX - 1e-9 || b.h / px < TARGET_PX - 1e-9 {
                return Err(format!("{}: target {} × {} px", a.label, b.w / px, b.h / px));
            }
            // The estimated text fits its box (give or take 1 % for the font size's rounding).
            if label_box_px(&a.label, v.font_size / px) * px > b.w * 1.01 {
                return Err(format!("{}: text wider than its box", a.label));
            }
            if !v.view_box.contains(&b) {
                return Err(format!("{} outside the view box", a.label));
            }
            for o in &v.areas[i + 1..] {
                if b.overlaps(&o.label_box) {
                    return Err(format!("{} overlaps {}", a.label, o.label));
                }
            }
            if b.hits_circle(a.x, a.y, a.outer_r()) {
                return Err(format!("{} covers its own symbol", a.label));
            }
            for o in &v.areas {
                if o.index != a.index && b.hits_circle(o.x, o.y, R_MIN_PX * px) {
                    return Err(format!("{} covers the centre of {}", a.label, o.label));
                }
            }
            for (j, l) in &leaders {
                if *j != a.index && b.hits_segment(*l) {
                    return Err(format!("{} lies on the leader of {}", a.label, v.areas[*j].label));
                }
            }
        }
        for (n, (i, l)) in leaders.iter().enumerate() {
            for (j, m) in &leaders[n + 1..] {
                if segments_cross(*l, *m) {
                    return Err(format!(
                        "leaders of {} and {} cross",
                        v.areas[*i].label, v.areas[*j].label
                    ));
                }
            }
        }
        Ok(())
    }

    #[test]
    fn labels_are_legible_at_320_640_and_1280() {
        for width in [320.0, 640.0, 1280.0] {
            let v = view(width);
            assert!((v.width_px - width).abs() < 1e-9);
            check_legible(&v).unwrap_or_else(|e| panic!("at {width} px: {e}"));
        }
        // Text: 12 px at 320, 14 at 1280 (rounded up to a tenth of a unit).
        let size = |w: f64| view(w).font_size / view(w).px();
        assert!((12.0..12.05).contains(&size(320.0)) && (14.0..14.2).contains(&size(1280.0)));
        // Out-of-range widths are clamped.
        assert_eq!(view(100.0), view(320.0));
        assert_eq!(view(4000.0), view(1280.0));
    }

    /// The geometry depends only on the width (and, for money at € 0, on every circle being
    /// the smallest): every whole width from 320 to 1280 px, both ways.
    #[test]
    fn labels_are_legible_at_every_whole_width() {
        let zero = compute(Selection::all(), Amounts { build: 0, ..Amounts::default() });
        for w in 320_u16..=1280 {
            let width = f64::from(w);
            check_legible(&view(width)).unwrap_or_else(|e| panic!("at {width} px: {e}"));
            let v = layout(Selection::none(), Metric::Money, &zero, None, Lang::Nl, width);
            check_legible(&v)
                .unwrap_or_else(|e| panic!("at {width} px, all circles smallest: {e}"));
        }
    }

    #[test]
    fn narrow_widths_grow_the_view_box_west_for_the_column() {
        let narrow = view(320.0);
        assert!(narrow.view_box.x < -PAD, "{:?}", narrow.view_box);
        let wide = view(1280.0);
        assert!(
            (wide.view_box.x + PAD).abs() < 1e-9
                && (wide.view_box.w - OUTLINE_WIDTH - 2.0 * PAD).abs() < 1e-9
        );
        // The map keeps most of the width even at 320 px.
        assert!(OUTLINE_WIDTH / narrow.px() > 250.0, "{}", OUTLINE_WIDTH / narrow.px());
    }

    #[test]
    fn stacked_rows_keep_their_order_and_distance() {
        let tops = stack(&[100.0, 101.0, 102.0, 300.0], 20.0, 0.0, 1000.0);
        assert_eq!(tops, [81.0, 101.0, 121.0, 300.0]);
        let tops = stack(&[5.0, 6.0], 20.0, 0.0, 1000.0);
        assert_eq!(tops, [0.0, 20.0]);
        let tops = stack(&[990.0, 995.0], 20.0, 0.0, 990.0);
        assert_eq!(tops, [970.0, 990.0]);
        assert!(stack(&[], 20.0, 0.0, 10.0).is_empty());
    }

    #[test]
    fn geometry_helpers() {
        let r = Rect { x: 0.0, y: 0.0, w: 10.0, h: 10.0 };
        assert!(r.hits_segment([-5.0, 5.0, 5.0, 5.0]));
        assert!(r.hits_segment([-5.0, -5.0, 15.0, 15.0]));
        assert!(!r.hits_segment([-5.0, 11.0, 15.0, 11.0]));
        assert!(!r.hits_segment([11.0, -5.0, 20.0, 20.0]));
        assert!(r.hits_circle(12.0, 5.0, 2.5) && !r.hits_circle(12.0, 12.0, 2.0));
        assert!(segments_cross([0.0, 0.0, 10.0, 10.0], [0.0, 10.0, 10.0, 0.0]));
        assert!(!segments_cross([0.0, 0.0, 10.0, 0.0], [0.0, 1.0, 10.0, 1.0]));
        assert!(!segments_cross([0.0, 0.0, 5.0, 5.0], [5.0, 5.0, 10.0, 0.0]), "touching ends");
    }

    proptest! {
        #[test]
        fn legible_at_every_width_selection_and_measure(
            width in 320.0_f64..=1280.0,
            bits in any::<u32>(),
            money in any::<bool>(),
            amount in 0u64..=100_000,
            hl in proptest::option::of(0usize..BottleneckKind::ALL.len()),
        ) {
            let s = Selection::from_bits(bits);
            let f = compute(s, Amounts { build: amount, ..Amounts::default() });
            let metric = if money { Metric::Money } else { Metric::Homes };
            let v = layout(s, metric, &f, hl.map(|k| BottleneckKind::ALL[k]), Lang::En, width);
            prop_assert_eq!(v.areas.len(), AREA_COUNT);
            let mut paint = v.paint.clone();
            paint.sort_unstable();
            prop_assert_eq!(paint, (0..AREA_COUNT).collect::<Vec<_>>());
            if let Err(e) = check_legible(&v) {
                prop_assert!(false, "at {} px: {}", width, e);
            }
        }
    }
}
