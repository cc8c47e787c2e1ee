//! The bar chart of the selected areas: homes, or contribution and pro-rata payout.
/// Where the maximum bites (issue 23): natively only until it is wired in (`core::scenarios`).
#[cfg(not(target_arch = "wasm32"))]
pub mod ceiling;
pub mod model;
pub mod view;
