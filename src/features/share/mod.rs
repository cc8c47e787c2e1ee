//! Sharing and reuse: copy the link, the system share sheet, the CSV download, the chart and
//! the map as images, print, the embed snippet, and the notices about ignored parts of an
//! opening link.
pub mod image;
pub mod markup;
#[cfg(target_arch = "wasm32")]
pub mod view;
