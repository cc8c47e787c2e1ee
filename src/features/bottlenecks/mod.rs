//! The bottleneck filter: highlight the areas that name a bottleneck, and select them.
pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod view;
