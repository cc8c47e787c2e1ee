//! "Zoek uw wijk": find an area by a neighbourhood, programme, area or municipality name
//! (`core::search` matches, folding case, accents and hyphens), in the Kaart section. Each
//! result is one step from its area's own view (a link) and from being selected (a toggle
//! button); the number found, or the polite answer to a name the booklet does not give with
//! the municipalities to try, is announced in a live region. The query is in the root's state
//! but not in the link: a shared link opens on what was chosen, not on the typing.
pub mod view;
