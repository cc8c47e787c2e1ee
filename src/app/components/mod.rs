//! Presentational components: each takes ready-made view data and callbacks as props.
pub mod header;
pub mod national;
pub mod table;
