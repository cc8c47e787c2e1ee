//! The bottleneck filter: highlight the areas that name a bottleneck (on the map and in the
//! table), and select exactly those.
pub mod model;
pub mod view;
