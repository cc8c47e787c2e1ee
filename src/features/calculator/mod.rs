//! The calculator: the per-home amounts, the selection controls, and the results (money per
//! category, the national maximum, the selection's share of all plans, pro-rata payouts).
pub mod markup;
pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod view;
