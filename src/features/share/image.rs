//! Images of the chart and the map (SVG and PNG), as a journalist would put them in an
//! article: the drawing as the page shows it (the view's width, theme and language), with a
//! title, the selection in words, the source line with the dataset version and the link to
//! this view drawn in, named like the CSV download.
//!
//! The words, the file name and the buttons are made here. The drawing itself is copied from
//! the page by `js/boot.js` (`woontopImage`): it writes the styles `main.css` gives each
//! element into the file as presentation attributes (an image has no style sheet, and one
//! inside it would meet the page's strict policy), lays the words out around the drawing, and
//! for a PNG draws the file on a canvas at twice its CSS size. Nothing leaves the browser.

use crate::core::csv;
use crate::core::dataset::DATASET_VERSION;
use crate::core::i18n::{texts, Lang};
use crate::features::map::model::attribution;
use crate::features::share::{Graphic, ImageFormat};
use crate::features::PageView;

/// The texts drawn into an image.
#[derive(Debug, PartialEq, Eq)]
pub struct Words {
    /// The drawing's heading on the page.
    pub title: &'static str,
    /// The selection and what is shown, in words: the drawing's caption on the page.
    pub sub: String,
    /// The map's attribution (its licences require it wherever the map is shown), the source
    /// line with the dataset version, and the link that reopens this view, each on a line of
    /// its own.
    pub foot: String,
}

/// `summary` is the drawing's caption on the page; `link` reopens this view.
pub fn words(graphic: Graphic, lang: Lang, summary: &str, link: &str) -> Words {
    let t = texts(lang);
    let (title, licence) = match graphic {
        Graphic::Chart => (t.chart_heading, String::new()),
        Graphic::Ceiling => (t.ceiling.heading, String::new()),
        Graphic::Map => (t.map_heading, attribution(lang) + "\n"),
    };
    let foot = format!("{licence}{} Dataset {DATASET_VERSION}.\n{link}", t.source_line);
    Words { title, sub: summary.to_string(), foot }
}

/// The drawing's caption on the page, which its image carries as the selection in words
/// (empty when the drawing is not shown).
pub fn caption(graphic: Graphic, view: &PageView) -> &str {
    match graphic {
        Graphic::Chart => view.chart.as_ref().map_or("", |c| &c.summary),
        Graphic::Ceiling => view.ceiling.as_ref().map_or("", |c| &c.summary),
        Graphic::Map => view.map.as_ref().map_or("", |m| &m.summary),
    }
}

/// `woontopafspraken-nplv-2025.1-kaart.png`: the CSV's name, what is drawn, the format.
pub fn file_name(graphic: Graphic, format: ImageFormat, lang: Lang) -> String {
    let t = texts(lang);
    let what = match graphic {
        Graphic::Chart => t.image_chart_file,
        Graphic::Ceiling => t.ceiling.image_file,
        Graphic::Map => t.image_map_file,
    };
    format!("{}-{what}.{}", csv::file_stem(lang), format.ext())
}

/// The CSS selector of the drawing on the page.
pub fn selector(graphic: Graphic) -> &'static str {
    match graphic {
        Graphic::Chart => ".wt-svg",
        Graphic::Ceiling => ".wt-ceiling-svg",
        Graphic::Map => ".wt-map-svg",
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn an_image_carries_title_selection_source_version_and_link() {
        let link = "https://example.org/woontop/?g=amw~dlf&lang=en";
        let w = words(Graphic::Map, Lang::En, "The map shows 2 of 20 areas.", link);
        assert_eq!(w.title, "Map of the areas");
        assert_eq!(w.sub, "The map shows 2 of 20 areas.");
        // The map's licences, the source with the version, the link: a line each.
        let [licence, source, last] = w.foot.split('\n').collect::<Vec<_>>()[..] else {
            panic!("three lines: {}", w.foot);
        };
        assert_eq!(licence, attribution(Lang::En));
        assert!(licence.starts_with("Map: © OpenStreetMap contributors (ODbL)."), "{licence}");
        assert!(source.starts_with("Source: Woontopafspraken 2024-2030."), "{source}");
        assert!(source.ends_with(&format!(" Dataset {DATASET_VERSION}.")), "{source}");
        assert_eq!(last, link);
        // The chart has no licence line.
        let w = words(Graphic::Chart, Lang::Nl, "De grafiek toont 20 gebieden.", link);
        assert_eq!(w.title, "Grafiek van de geselecteerde gebieden");
        assert!(w.foot.starts_with("Bron: Woontopafspraken 2024-2030."));
        assert_eq!(w.foot.lines().count(), 2);
    }

    #[test]
    fn an_image_carries_its_drawings_caption() {
        use crate::core::funding::Amounts;
        use crate::core::link::Metric;
        use crate::core::selection::Selection;
        let input = crate::features::PageInput {
            selection: Selection::municipality("Amsterdam"),
            amounts: Amounts::default(),
            lang: Lang::En,
            metric: Metric::Money,
            highlight: None,
            width: 640,
            area: None,
            section: None,
            workings: crate::core::workings::Open::default(),
            pinned: std::rc::Rc::from([]),
        };
        let view = crate::features::page(&input);
        let (chart, map) = (view.chart.as_ref().unwrap(), view.map.as_ref().unwrap());
        assert_eq!(caption(Graphic::Chart, &view), chart.summary);
        assert_eq!(caption(Graphic::Map, &view), map.summary);
        assert_ne!(chart.summary, map.summary);
    }

    #[test]
    fn images_are_named_like_the_csv() {
        let v = DATASET_VERSION;
        assert_eq!(
            file_name(Graphic::Chart, ImageFormat::Png, Lang::Nl),
            format!("woontopafspraken-nplv-{v}-grafiek.png")
        );
        assert_eq!(
            file_name(Graphic::Map, ImageFormat::Svg, Lang::En),
            format!("housing-summit-nplv-{v}-map.svg")
        );
        assert_eq!(csv::file_name(Lang::Nl), format!("{}.csv", csv::file_stem(Lang::Nl)));
    }
}
