//! "Zet vast" and "Scenario's vergelijken" (issue 23): the comparison of up to four pinned
//! scenarios (`core::scenarios`), each figure with its difference from the first and each
//! area's pro-rata payout, as a view model and its table's markup (`model`), and the pin
//! button, its status line and the comparison's controls (`view`).
pub mod model;
pub mod view;
