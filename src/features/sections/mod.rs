//! The sections a visitor switches between (Rekenhulp, Kaart, Grafiek, Tabel, Bronnen): the
//! navigation as WAI-ARIA tabs (`view`), and the panel each section is drawn in. Only the open
//! section is drawn; `view=` in the link says which (`link::Section`).
pub mod view;
