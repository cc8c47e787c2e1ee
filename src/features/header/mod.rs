//! The widget's header: the language switch, title, lead text and the caveat about the plans.
pub mod markup;
#[cfg(target_arch = "wasm32")]
pub mod view;
