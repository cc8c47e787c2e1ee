//! Woontop widget: the shared pure core (`core`), one module per feature of the page
//! (`features`), and, for the browser, the Yew shell that owns the state (`app`).
#[cfg(target_arch = "wasm32")]
pub mod app;
pub mod core;
pub mod features;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_page;
