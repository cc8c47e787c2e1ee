//! The pure core: every number the widget shows is computed here, with no web dependency,
//! and tested natively. The Yew shell (`crate::app`) only renders the view model built here.
pub mod amount;
pub mod calc_view;
pub mod chart;
pub mod csv;
pub mod dataset;
pub mod format;
pub mod fragments;
pub mod funding;
pub mod i18n;
pub mod link;
pub mod markup;
pub mod page;
pub mod selection;
pub mod state;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_html;
pub mod totals;
pub mod view;
