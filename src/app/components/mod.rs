//! Presentational components: each takes ready-made view data and callbacks as props.
pub mod amounts;
pub mod bottlenecks;
pub mod chart;
pub mod controls;
pub mod header;
pub mod national;
pub mod results;
pub mod share;
pub mod table;
