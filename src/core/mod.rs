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
pub mod scenarios;
pub mod search;
pub mod selection;
pub mod sort;
pub mod state;
pub mod totals;
pub mod workings;
