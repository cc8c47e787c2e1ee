//! The sources section (Bronnen): the booklet's national figures, each with its sentence, and
//! their caveats; the counting rules; how the money is computed; the downloads. Also how a
//! booklet sentence, a note, a figure's source and an area's bottlenecks are shown wherever a
//! feature cites them (`quote`).
#[rustfmt::skip]
mod files;
pub mod changes;
pub mod cite;
#[cfg(not(target_arch = "wasm32"))]
pub mod national;
pub mod quote;
pub mod view;

pub use files::DATASET_FILES;
