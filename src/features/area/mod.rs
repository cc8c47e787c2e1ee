//! One area's own view (`?a=dlf`), for a municipality's or the programme's page about that
//! area: its figures with their sources, its notes and bottlenecks, and what the Rijk's
//! contribution means for it at the chosen amounts.
pub mod model;
pub mod view;
