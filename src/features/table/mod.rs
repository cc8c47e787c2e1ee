//! The areas table: one compact row per area (its name, the three figures with their
//! qualifiers, ranges and a "let op" mark), a checkbox per area, sortable columns, the totals
//! of the selection; and, opened row by row, each area's sources, notes and bottlenecks.
pub mod model;
pub mod view;
