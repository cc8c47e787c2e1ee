//! The shared pure core: the dataset, the money model, the counting rules, the link codec,
//! the state and its transitions, the order of drawing at load, formatting, the texts of both
//! languages, and the markup writer. No web dependency: it compiles and is tested natively. The features
//! (`crate::features`) build their view models and markup on it.
pub mod act;
pub mod amount;
pub mod csv;
pub mod dataset;
pub mod format;
pub mod funding;
pub mod i18n;
pub mod link;
pub mod markup;
pub mod selection;
pub mod sort;
pub mod state;
pub mod steps;
pub mod totals;
