//! Woontop widget: the pure core (`core`) and, for the browser, the Yew shell (`app`).
#[cfg(target_arch = "wasm32")]
pub mod app;
pub mod core;
