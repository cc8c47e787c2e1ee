//! "Zet vast" and "Scenario's vergelijken" (issue 23): the comparison of up to four pinned
//! scenarios (`core::scenarios`), each figure with its difference from the first and each
//! area's pro-rata payout, as a view model and its table's markup. Built and tested natively;
//! not yet in the widget: with its pin button, link codec, state actions, CSV blocks and the
//! chart of where the maximum bites it is about 13 KB of wasm over the 130 KB rule
//! (docs/performance.md). The wiring is `docs/issue-23/wiring.patch`.
pub mod model;
