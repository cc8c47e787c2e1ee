// @generated from data/nl-outline.geojson and data/positions.toml by tools/datagen. DO NOT EDIT.
// To change the outline or a position, see tools/map/README.md and run `cargo run -p datagen`.

use super::model::{Level, Position};
use crate::core::dataset::AREA_COUNT;

/// Width of the outline's frame in map units (spherical Mercator; 1 unit ≈ 0.26 km at 52.2° N).
pub const OUTLINE_WIDTH: f64 = 1000.0;

/// Height of the outline's frame in map units (y points down).
pub const OUTLINE_HEIGHT: f64 = 1165.0;

/// The European Netherlands as one SVG path in the frame (© OpenStreetMap contributors,
/// ODbL 1.0): 7 rings, 611 points, 2973 bytes. Douglas-Peucker at 1.2 units, islands
/// under 20 km² and inland lakes left out.
pub const NL_OUTLINE_PATH: &str = "M995 118l0 24 5 3-6 2-5-1 4 2-5 15 6 11 0 19 3 27-37 84-4 71-4 5-44-9-26 2-16 9 5 6-2 10 12 12-11-1-2 6-9-1 6 13-2 15 14 10 27 1-1 4 23 7 14-13 20 39-11 43 8 15-20 5-8 18-11 2-14 24-25 0-3 16-14 5-1 8 36 27 0 10-8 2-2 12-15 13-12-8-55 27-21-9 3 20-15-10-10 1-7-11-18 2-14-15-12 6 4 1 11 12 0 8-4-1 0-4-3 3-8-1 0-15-8 9 6 6-10-7 0-6-7 7 7 0-7 8-19 3-5 5 13 23-10 13 16 4 7 5-5 3 2 14 22 8-7 21 27 32 5 9-7 0 7 0-2 45 5 0 0 16-15 12-15 28-9 9 2 29 21-9 5 3-11 6 9 6-3 4-26 11 4-1-25 21-6 15-5 0-7-13-12 6 5 16 5 5-2 11 15-5 17 1-1 21 20 6-5 30-5-4-9 4 1 13-13 5 14 12-2 8-15-4-16 5-4-8-9 7-1-5-10 4-9-11-9 10-14-2 5-8-5-12 7 0 0-8-12 6-7-13 2-9 7-4 6-8 1-4 6 0 2-8 7-1-6 0 6-10-10-2 8-10 7-15-5-4 4-10 7-3 0-13 4 0 5-3-7-5 5-7 5 11 9-31-11 11-4-6-12 7 0-11-8-5-20 1-12-8-16-7-1-18-10-12-9-2-17 16-18-6-3 5-25 1 1-18-11-7-17 2-1-12-16-19 9-16-6-17-9 0-2-6-29 38-10-9-26 3-5-9 19 4-5-12 6-4-2-9-16-10-28 26 1 7-15-1-20 2 1-24-23 5-18 9 13 35-23 2-2-8-24 1-6-15-2 5-27 0-34-26-17 3 5 7-7 16-24 5-8-9-13-2-8-11 7-2 1-5-7-2 5-5-23 13-16 0-2-9-5 4-28-29 1-6 32-23 78-2 6 18-13 8 11-3 33 10 13 12 3 15 16 7 0 6 13-8 22 0 4-5-4-19 0 8-6 0 0-11-6 4-11-10-29-5-5-10 11-2-11 0 0-6-5 4-10-7 20-12 22 9 0-11-11 0 0-11-35 11-9-7-7 2-8-18-15-4-2-6-9-2 0 7-17 8-6-4-3-12 12-14 26-5 45 8 0 16 12 2 17 16 5-5 12 10 23 2 11-5-23-8 0-11-11 13 0-8-12-11-22-4-6-28-17-14 0 8-12-1-19 16 6-4 2-6-3-10 3-5 25-11 15-1-5 5 9 5 7-7-5 10-9 4 31 4 23 14 0 17 7-13 16 0 0 6-11 0 0 8 27 9 0 11-15 0 6 12 4-6 12 0 0-15 28 6 17-5 3 8 0-11 8 0 0-6-11-1-8 7-15-7-11 2-23-11-5 5-6-14-17-3 4-12-26-5-3-12-4-2 0 11-16-15-11-15 16-18-16 4-7-6-4 6-5-15 3-9 1 14 5 0 3-11 16 11 2-6 2 10 2-14 9 23 0-13 8 0 0 11 15 4 0 13 6-5-6-12 10 6-10-12-11 0 0-5 6 0-24-9 12 3-14-11 40-50 3 4 25-28-5 0 49-91 6-33 15-8-11-2 20-122 9-21 8 4-8-7 13-61 3 6 3-7 7-1 1 5 4-4 2 24 15 8 3 8 20 5-11-16 14-15 28 4-1 17 12 6 0 11-8 6 11 11-9 6 6 17 17 4 11-10 0 9 12-6 5 26-5 6-5-6-1 11-17 17-17 1-11-6-17 5 0 6 7 0-11 11 9 0-1 11 10 12 2 22-21 12 16 3 7 8-7 8-21 4 16 0-6 11-23-2 23 9 1 14 21-8 0 10 7 0 0-12 7 0-10-11 2-6 28-2-13-3 13-5 0-11 12 9 11-13 11 1 6-16 6-4 4 4-1-11 12-11-5 0 1-6 12 0 22-22 23-1 23 10 26 2-9-6 0-11-6 4-11-5 0 9-40-20 2-11-8-10 5-35 15-23 16 0-2-5-11-1-11-9-17 14-52-15 0-7 9 0-11-11 16 0-5-11 7-12-10-34 0-12 6-4-12 0 13-22-2-20 3 3 8-21 29-30 81-41 2-6 14 3 43-11-3 4 42-5 15 10 8-8 107-24 27 11-4-8 11 8-2 14 7 26 27 14-19-7 2 5 18 2 17 11 6-8-5 19 24 14 9 1zM226 919l-18 24-24 17-28 11-1 2-6 3-2-4-3 5-8 4 1-10-8 5-15 0-3-2 0-4 1-13-5-3-1 2-2-1-2-3-11-1-6-4-13-3-13-7-2 3 2 2-1 2-6-3-1 2-4 0-2 3-1-2-4 1 3 17-15 1-11-1-2-6-2 1-9-8 1-4-3-5 2-2-4-5 6-10-4-12 14-9 19-5 5 4 9-6 48 24-4 13 6 0 3-13 16 8 0-4 13 1 13-10 11-2 1-13 8-5 14 17 16 3 5 9 16-2-4-5-12 2 0-5 15-5zM599 39l-16-6 5-12 87 2-51 13-12-5zM762 2l23-2-50 20-11-1-6 4 2 6-5-6 8-16-4-1zM478 69l-6 4-9-4 13-17 72-21 18 3-19 8 0 5-23 2-15 11zM417 108l2 5-4-4-6 5 6 0-13 16-16 3 0-6 38-29 26-6zM392 154l8 11-3 24-26 33-11-4 6 6-15 5-3-21 9-23 26-42z";

/// Each area's position in the frame, in dataset order (GeoNames, CC BY 4.0).
pub static POSITIONS: [Position; AREA_COUNT] = [
    Position { area: "amw", x: 395.6, y: 489.7, level: Level::City }, // Amsterdam (2759794)
    Position { area: "amz", x: 416.9, y: 517.8, level: Level::Neighbourhood }, // Amsterdam-Zuidoost (6544881)
    Position { area: "arn", x: 666.8, y: 645.9, level: Level::Neighbourhood }, // Geitenkamp (2755638)
    Position { area: "bre", x: 368.4, y: 809.4, level: Level::Neighbourhood }, // Wisselaar (9036084)
    Position { area: "dlf", x: 257.5, y: 644.6, level: Level::City }, // Delft (2757345)
    Position { area: "dhz", x: 242.7, y: 615.2, level: Level::City }, // The Hague (2747373)
    Position { area: "dor", x: 339.7, y: 727.1, level: Level::City }, // Dordrecht (2756669)
    Position { area: "ehv", x: 547.7, y: 880.9, level: Level::City }, // Eindhoven (2756253)
    Position { area: "gro", x: 829.2, y: 128.2, level: Level::City }, // Groningen (2755251)
    Position { area: "hrl", x: 677.9, y: 1110.6, level: Level::City }, // Heerlen (2754652)
    Position { area: "lwd", x: 642.1, y: 132.3, level: Level::Neighbourhood }, // Camminghaburen (6324403)
    Position { area: "lls", x: 546.9, y: 432.7, level: Level::City }, // Lelystad (2751738)
    Position { area: "nwg", x: 444.9, y: 635.2, level: Level::City }, // Nieuwegein (2750325)
    Position { area: "rsd", x: 287.3, y: 839.8, level: Level::Neighbourhood }, // Kalsdonk (2753123)
    Position { area: "rtz", x: 296.5, y: 684.5, level: Level::Neighbourhood }, // Feijenoord (2755925)
    Position { area: "sdm", x: 266.1, y: 681.4, level: Level::City }, // Schiedam (2747596)
    Position { area: "tbg", x: 447.7, y: 833.2, level: Level::City }, // Tilburg (2746301)
    Position { area: "utr", x: 455.7, y: 609.3, level: Level::City }, // Utrecht (2745912)
    Position { area: "vla", x: 253.9, y: 684.2, level: Level::City }, // Vlaardingen (2745467)
    Position { area: "zdo", x: 379.2, y: 462.3, level: Level::City }, // Zaandam (2744118)
];
