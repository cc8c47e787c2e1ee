//! The widget's parts. Most are plain view functions of ready-made view data and the root's
//! one action callback: a Yew component costs about 2 KB of wasm for its lifecycle code, which
//! only pays where a part needs its own state (`Disclosure`) or its own re-render check
//! (`AreaRow`, so that a change to one row leaves the other nineteen alone).
pub mod amounts;
pub mod bottlenecks;
pub mod chart;
pub mod controls;
pub mod header;
pub mod national;
pub mod results;
pub mod share;
pub mod table;
