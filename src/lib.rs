//! Woontop widget: the shared pure core (`core`), one module per feature of the page
//! (`features`: view models and Yew components), the root component that owns the state
//! (`app`), and, natively, the static page rendered from the same components
//! (`static_page`) and the dataset files published beside the widget (`publish`).
pub mod app;
pub mod core;
pub mod features;
#[cfg(not(target_arch = "wasm32"))]
pub mod publish;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_page;
