//! The bar chart of the selected areas: homes, or contribution and pro-rata payout.
pub mod model;
pub mod view;
