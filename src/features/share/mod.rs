//! Sharing and reuse: copy the link, the system share sheet, the embed code (the whole
//! widget, one section alone, or one area), the CSV download, the chart and the map as
//! images, print, and the notices about ignored parts of an opening link.
//!
//! The controls are components (`view`); what they ask of the browser is a `Command`, which
//! the root runs within the visitor's click (the clipboard and the share sheet need the
//! gesture; a PNG is saved a moment later, when its canvas is done, which browsers allow).
pub mod image;
pub mod view;

use crate::core::cite::Length;
use crate::core::i18n::Lang;
use crate::core::link::Section;
use crate::core::state::Embedded;

/// What a control asks of the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    CopyLink,
    Share,
    Csv,
    Print,
    /// Download the chart or the map as an image file.
    Image(Graphic, ImageFormat),
    /// Copy a citation of the current view (Bronnen, "Citeren").
    Cite(Length, Lang),
}

/// The drawings that download as images.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Graphic {
    Chart,
    /// The contribution against the amount per home ("Waar het maximum knelt").
    Ceiling,
    Map,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageFormat {
    Svg,
    Png,
}

impl ImageFormat {
    pub const ALL: [ImageFormat; 2] = [ImageFormat::Svg, ImageFormat::Png];

    /// The file extension.
    pub fn ext(self) -> &'static str {
        match self {
            ImageFormat::Svg => "svg",
            ImageFormat::Png => "png",
        }
    }
}

/// The height (CSS px) an embed has in a 640 px column, which the embed code sets as its
/// frame's starting height (the frame then takes the content's height): measured for each
/// section in embed mode, with the navigation and alone (the e2e test `the embed code's
/// starting heights` checks these against the real frame, within 15%).
pub fn embed_height(section: Section, alone: bool, area: bool) -> u32 {
    if area {
        return 900;
    }
    let (with_nav, without) = match section {
        Section::Calc => (995, 975),
        Section::Map => (1040, 1025),
        Section::Chart => (1500, 1485),
        Section::Table => (1285, 1285),
        Section::Sources => (2270, 2250),
    };
    if alone {
        without
    } else {
        with_nav
    }
}

/// The starting height of the embed the code makes.
pub fn embed_height_of(section: Section, embedded: Embedded) -> u32 {
    match embedded {
        Embedded::Whole => embed_height(section, false, false),
        Embedded::Section => embed_height(section, true, false),
        Embedded::Area(_) => embed_height(section, false, true),
    }
}
