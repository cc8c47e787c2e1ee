//! The booklet's national figures, the counting rules and the source line, below the table.
//! Display-only: the root inserts its markup, memoized per language.
pub mod markup;
pub mod model;
