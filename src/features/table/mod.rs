//! The areas table: every area's figures with their qualifiers, sources, notes and
//! bottlenecks, a checkbox per area, and the totals of the selection.
pub mod markup;
pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod view;
