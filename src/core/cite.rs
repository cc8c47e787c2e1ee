//! Citations of the booklet and of this widget, short and long, in Dutch and in English (the
//! Bronnen section's "Citeren"; Our World in Data's sources view sets the bar).
//!
//! A citation names the booklet (its publisher, year and title) and the widget (its title, the
//! dataset version, that version's date from the changelog, and the link of the current view).
//! The booklet prints no year of publication, so the year is "z.j." / "n.d." (the usual mark
//! for "no date"), never a guess. The version's date is written as ISO 8601 (2026-12-02), as
//! data citations write it (as `DataCite` does), in both languages. Plain text: what the copy button
//! copies is what is shown.

use crate::core::dataset::{dataset_date, DATASET_VERSION, SOURCE_TITLE};
use crate::core::i18n::{cite_words, Lang};

/// The booklet's publisher, as its colophon names it ("Een publicatie van ..."); a test checks
/// it against the booklet.
pub const PUBLISHER: &str = "Gebieden Nationaal Programma Leefbaarheid en Veiligheid";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Length {
    Short,
    Long,
}

impl Length {
    pub const ALL: [Length; 2] = [Length::Short, Length::Long];
}

/// The parts of a citation, formatted for its language.
#[derive(Debug)]
pub struct Cited<'a> {
    pub length: Length,
    pub publisher: &'a str,
    pub year: &'a str,
    pub booklet: &'a str,
    pub widget: &'a str,
    pub version: &'a str,
    pub date: &'a str,
    pub link: &'a str,
}

/// "2 december 2026" / "2 December 2026" for a YYYY-MM-DD date; the date as it is when it is
/// not one. Native: the changelog in the static page (the citations keep the ISO date).
#[cfg(not(target_arch = "wasm32"))]
pub fn long_date(date: &str, lang: Lang) -> String {
    let mut parts = date.splitn(3, '-').map(str::parse::<u16>);
    let (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) = (parts.next(), parts.next(), parts.next()) else {
        return date.to_string();
    };
    match crate::core::i18n::texts(lang).open.months.get(usize::from(m).wrapping_sub(1)) {
        Some(month) if (1..=31).contains(&d) => format!("{d} {month} {y}"),
        _ => date.to_string(),
    }
}

/// The citation of this dataset version and the view at `link`, in `lang`.
pub fn citation(length: Length, lang: Lang, link: &str) -> String {
    let w = cite_words(lang);
    (w.citation)(&Cited {
        length,
        publisher: PUBLISHER,
        year: w.no_year,
        booklet: SOURCE_TITLE,
        widget: w.widget,
        version: DATASET_VERSION,
        date: dataset_date(),
        link,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    const LINK: &str = "https://example.org/woontop/?v=1&d=2025.2&g=dor";

    #[test]
    fn dates_are_written_out() {
        assert_eq!(long_date("2026-12-02", Lang::Nl), "2 december 2026");
        assert_eq!(long_date("2026-12-02", Lang::En), "2 December 2026");
        assert_eq!(long_date("2026-13-02", Lang::Nl), "2026-13-02");
        assert_eq!(long_date("gisteren", Lang::En), "gisteren");
    }

    /// Every citation names the booklet (publisher, no-year mark, title) and the widget (its
    /// title, the version, the version's date, the link), in its own language.
    #[test]
    fn every_citation_names_the_booklet_and_the_widget() {
        for lang in Lang::ALL {
            let w = cite_words(lang);
            assert_eq!(w.widget, crate::core::i18n::texts(lang).title);
            for length in Length::ALL {
                let c = citation(length, lang, LINK);
                for part in [PUBLISHER, w.no_year, SOURCE_TITLE, w.widget, DATASET_VERSION, LINK] {
                    assert!(c.contains(part), "{lang:?} {length:?} lacks {part:?}: {c}");
                }
                assert!(c.contains(dataset_date()), "{c}");
                assert!(!c.contains('\n'), "one line: {c}");
            }
            assert!(
                citation(Length::Long, lang, LINK).len()
                    > citation(Length::Short, lang, LINK).len()
            );
        }
        assert_ne!(
            citation(Length::Short, Lang::Nl, LINK),
            citation(Length::Short, Lang::En, LINK)
        );
    }

    /// The publisher is the colophon's, and the booklet prints no year of publication (so the
    /// citation says "z.j."): a year 2024 or later appears only inside "2024-2030" or in
    /// sentences about plans, never beside the publisher.
    #[test]
    fn the_publisher_is_the_colophons() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/source")
            .join(crate::core::dataset::SOURCE_FILE);
        let booklet = std::fs::read_to_string(path).expect("the booklet text");
        let folded = booklet.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(folded.contains(&format!("Een publicatie van {PUBLISHER}")));
        let colophon = &folded[folded.find("Een publicatie van").unwrap()..];
        assert!(
            !colophon.contains("2024 ") && !colophon.contains("2025 ") && !colophon.contains('©')
        );
    }
}
