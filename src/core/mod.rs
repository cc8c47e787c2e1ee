//! The shared pure core: the dataset, the money model, the counting rules, the link codec,
//! the state and its transitions, formatting, and the texts of every language. No web
//! dependency: it compiles and is tested natively. The features (`crate::features`) build
//! their view models on it.
pub mod amount;
pub mod cite;
pub mod csv;
pub mod dataset;
pub mod format;
pub mod funding;
pub mod i18n;
pub mod link;
/// Pinned scenarios (issue 23): built and tested natively, not yet in the widget; its
/// wiring into the link, the state and the views is `docs/issue-23/wiring.patch`.
#[cfg(not(target_arch = "wasm32"))]
pub mod scenarios;
pub mod search;
pub mod selection;
pub mod sort;
pub mod state;
pub mod totals;
pub mod workings;
