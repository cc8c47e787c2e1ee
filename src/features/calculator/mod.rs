//! The calculator: the per-home amounts (the hypothetical ones folded away until asked for),
//! the selection controls, and the results (money per category, the national maximum, the
//! selection's share of all plans, pro-rata payouts); and the key result that every section
//! shows.
pub mod model;
pub mod view;
pub mod workings;
