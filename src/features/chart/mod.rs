//! The bar chart of the selected areas: homes, or contribution and pro-rata payout.
pub mod markup;
pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod view;
