//! Sharing and reuse: copy the link, the system share sheet, the CSV download, print, the
//! embed snippet, and the notices about ignored parts of an opening link.
pub mod markup;
#[cfg(target_arch = "wasm32")]
pub mod view;
