//! Find an area by the names a resident knows: a neighbourhood (wijk), a programme, a
//! website's name, the area's own name or its municipality's ("moerwijk" finds Den Haag
//! Zuidwest, "crabbehof" Dordrecht-West).
//!
//! Matching folds case, accents, hyphens, apostrophes and quotes ("Oud Krispijn",
//! "oud-krispijn" and "OUD-KRISPIJN" are one query; "t oude centrum" finds "'t Oude Centrum")
//! and looks for the folded query inside the folded name. Every name comes from the dataset
//! (`Area::context`, under the provenance test), so a hit is always a name the booklet gives.

use crate::core::dataset::{NameKind, AREAS};

/// A query shorter than this (folded) finds nothing: one letter would match almost every
/// name.
pub const MIN_QUERY: usize = 2;

/// How an area matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// Its own name.
    Area,
    /// Its municipality's name.
    Municipality,
    /// A name the booklet gives for it, of this kind.
    Named(NameKind, &'static str),
}

/// One matching area (its index in `AREAS`) and the first way it matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub area: usize,
    pub via: Via,
}

/// Lower case, accents off (the Latin letters Dutch names use), and every run of characters
/// that is not a letter or a digit made one space. By hand rather than with `char::to_lowercase`
/// and `char::is_alphanumeric`, whose Unicode tables would weigh on the wasm: the names are
/// ASCII, and a query's other characters are kept as they are.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.chars() {
        let letter = match c {
            'a'..='z' | '0'..='9' => Some(c),
            'A'..='Z' => Some(c.to_ascii_lowercase()),
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => {
                Some('a')
            }
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => Some('e'),
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => Some('i'),
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => Some('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => Some('u'),
            'ç' | 'Ç' => Some('c'),
            'ñ' | 'Ñ' => Some('n'),
            'ý' | 'ÿ' | 'Ý' => Some('y'),
            // Punctuation and spaces, ASCII or typographic (quotes, dashes), separate words.
            c if c.is_ascii() || matches!(c, '‘' | '’' | '“' | '”' | '–' | '—' | '\u{a0}') => {
                None
            }
            c => Some(c),
        };
        if let Some(l) = letter {
            out.push(l);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The areas whose name, municipality or booklet names hold `query` (folded), in the
/// booklet's order, each once with the first way it matched (its own name first, then its
/// municipality, then its names in the dataset's order). Empty for a query shorter than
/// `MIN_QUERY`.
pub fn search(query: &str) -> Vec<Hit> {
    let q = fold(query);
    if q.chars().count() < MIN_QUERY {
        return vec![];
    }
    let has = |name: &str| fold(name).contains(&q);
    AREAS
        .iter()
        .enumerate()
        .filter_map(|(area, a)| {
            let via = if has(a.name) {
                Via::Area
            } else if has(a.municipality) {
                Via::Municipality
            } else {
                a.context
                    .iter()
                    .find_map(|c| c.names.iter().find(|n| has(n)).map(|n| Via::Named(c.kind, n)))?
            };
            Some(Hit { area, via })
        })
        .collect()
}

/// What the search answers to what was typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Nothing typed (spaces only): nothing to say.
    Nothing,
    /// Fewer than `MIN_QUERY` letters or digits.
    TooShort,
    /// A name the booklet does not give: the polite answer lists `municipalities()`.
    NotFound,
    Found(Vec<Hit>),
}

/// The answer to `query` as typed (spaces around it ignored).
pub fn answer(query: &str) -> Answer {
    let q = fold(query);
    if q.is_empty() {
        Answer::Nothing
    } else if q.chars().count() < MIN_QUERY {
        Answer::TooShort
    } else {
        match search(query) {
            hits if hits.is_empty() => Answer::NotFound,
            hits => Answer::Found(hits),
        }
    }
}

/// The municipalities of the areas, each once, in alphabetical order: the polite answer to a
/// name the booklet does not give lists them.
pub fn municipalities() -> Vec<&'static str> {
    let mut out: Vec<&str> = AREAS.iter().map(|a| a.municipality).collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::dataset::Area;
    use proptest::prelude::*;

    fn ids(query: &str) -> Vec<&'static str> {
        search(query).iter().map(|h| AREAS[h.area].id).collect()
    }

    #[test]
    fn neighbourhoods_find_their_area() {
        assert_eq!(ids("moerwijk"), ["dhz"]);
        assert_eq!(ids("Crabbehof"), ["dor"]);
        assert_eq!(ids("oud krispijn"), ["dor"]);
        assert_eq!(ids("OUD-KRISPIJN"), ["dor"]);
        assert_eq!(ids("t oude centrum"), ["rsd"]);
        assert_eq!(ids("Presikhaaf"), ["arn"]);
        assert_eq!(ids("groenewoud"), ["tbg"]);
        assert_eq!(ids("Pact Zaandam Oost"), ["zdo"]);
        let h = search("moerwijk")[0];
        assert_eq!(h.via, Via::Named(NameKind::Neighbourhoods, "Moerwijk"));
    }

    #[test]
    fn names_of_areas_and_municipalities_match_first() {
        let h = search("dordrecht")[0];
        assert_eq!((AREAS[h.area].id, h.via), ("dor", Via::Area));
        let amsterdam = search("Amsterdam");
        assert_eq!(amsterdam.len(), 2);
        assert!(amsterdam.iter().all(|h| h.via == Via::Area));
        let h = search("Zaanstad")[0];
        assert_eq!((AREAS[h.area].id, h.via), ("zdo", Via::Municipality));
        // "oost" is in several areas' names.
        assert!(ids("oost").len() >= 4);
    }

    #[test]
    fn accents_are_folded() {
        assert_eq!(fold("Één Café-Crème"), "een cafe creme");
        assert_eq!(
            fold("  'Nationaal  Programma Roosendaal “voor ons Roosendaal”' "),
            "nationaal programma roosendaal voor ons roosendaal"
        );
        assert_eq!(ids("voor ons roosendaal"), ["rsd"]);
    }

    #[test]
    fn the_answer_says_what_kind_of_query_it_was() {
        assert_eq!(answer("  "), Answer::Nothing);
        assert_eq!(answer(" - "), Answer::Nothing);
        assert_eq!(answer("m"), Answer::TooShort);
        assert_eq!(answer("Leidsche Rijn"), Answer::NotFound);
        assert_eq!(answer(" moerwijk "), Answer::Found(search("moerwijk")));
    }

    #[test]
    fn unknown_and_short_queries_find_nothing() {
        assert!(search("Vinex-wijk Leidsche Rijn").is_empty());
        assert!(search("m").is_empty());
        assert!(search(" - ").is_empty());
        assert!(search("").is_empty());
        let m = municipalities();
        assert_eq!(m.len(), 19);
        assert!(m.windows(2).all(|w| w[0] < w[1]));
    }

    proptest! {
        /// Case, hyphens, spaces around and accents never change what a name finds; every
        /// name the booklet gives for an area finds that area.
        #[test]
        fn every_name_finds_its_area(i in 0..AREAS.len(), upper in any::<bool>(), pad in "[ -]{0,3}") {
            let a: &Area = &AREAS[i];
            let names = a.context.iter().flat_map(|c| c.names.iter().copied()).chain([a.name]);
            for name in names {
                let q = if upper { name.to_ascii_uppercase() } else { name.replace('-', " ") };
                let q = format!("{pad}{q}{pad}");
                prop_assert!(search(&q).iter().any(|h| h.area == i), "{q:?} does not find {}", a.id);
            }
        }

        /// Whatever is typed, the search answers without panicking, with areas that exist, each
        /// once, in the booklet's order.
        #[test]
        fn any_query_gives_valid_hits(q in "\\PC{0,40}") {
            let hits = search(&q);
            prop_assert!(hits.windows(2).all(|w| w[0].area < w[1].area));
            prop_assert!(hits.iter().all(|h| h.area < AREAS.len()));
        }
    }
}
