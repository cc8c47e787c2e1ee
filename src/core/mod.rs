//! The pure core: every number the widget shows is computed here, with no web dependency,
//! and tested natively. The Yew shell (`crate::app`) only renders the view model built here.
pub mod dataset;
pub mod format;
pub mod i18n;
pub mod selection;
pub mod totals;
pub mod view;
