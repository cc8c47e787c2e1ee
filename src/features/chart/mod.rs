//! The Grafiek section: the bar chart of the selected areas (homes, or contribution and
//! pro-rata payout), and the chart of the selection's contribution against the amount per
//! home, where the maximum bites (`ceiling`).
pub mod ceiling;
pub mod model;
pub mod view;
