//! What a button or checkbox does, named in its markup: the one protocol between the markup
//! the core and the views write and the shell's event handlers.
//!
//! Every control carries `data-act="…"`, written by `Act::code` and read back by `Act::parse`
//! (and nothing else), so a handler can never receive a name that no markup writes. The shell
//! has one click listener and one change listener for the whole widget; each parses the
//! control's act and either dispatches a change of state (`Action`) or runs a browser command.

use crate::core::dataset::{Area, BottleneckKind, Category, AREAS};
use crate::core::funding::MAX_PER_HOME_EUR;
use crate::core::i18n::Lang;
use crate::core::link::Metric;
use crate::core::sort::Column;
use crate::core::state::Action;

/// The attribute that carries an act.
pub const ATTR: &str = "data-act";

/// What a control does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Act {
    Lang(Lang),
    SelectAll,
    SelectNone,
    /// A row's checkbox: the area, by its index in `AREAS`.
    Toggle(usize),
    Metric(Metric),
    /// Highlight the areas with this bottleneck (or none).
    Highlight(Option<BottleneckKind>),
    SelectHighlighted,
    DismissNotices,
    ToggleEmbed,
    /// Set the amount for new homes 2025-2029 to a suggested value (whole euros).
    UseAmount(u64),
    /// A column header of the areas table: sort by it (or flip).
    Sort(Column),
    /// Acts on the browser, not on the state.
    Command(Command),
}

/// The acts on the browser (the share bar's and the images'): they start within the click, so
/// that the browser sees the visitor's gesture (needed for the clipboard and the share sheet;
/// a PNG is saved a moment later, when its canvas is done, which browsers allow).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    CopyLink,
    Share,
    Csv,
    Print,
    /// Download the chart or the map as an image file.
    Image(Graphic, ImageFormat),
}

/// The drawings that download as images.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Graphic {
    Chart,
    Map,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageFormat {
    Svg,
    Png,
}

impl Graphic {
    pub const ALL: [Graphic; 2] = [Graphic::Chart, Graphic::Map];

    pub fn code(self) -> &'static str {
        match self {
            Graphic::Chart => "chart",
            Graphic::Map => "map",
        }
    }
}

impl ImageFormat {
    pub const ALL: [ImageFormat; 2] = [ImageFormat::Svg, ImageFormat::Png];

    /// The file extension, also the act's code.
    pub fn ext(self) -> &'static str {
        match self {
            ImageFormat::Svg => "svg",
            ImageFormat::Png => "png",
        }
    }
}

impl Act {
    /// The attribute value: `lang:en`, `toggle:amw`, `highlight:grid`, `highlight:` (none),
    /// `metric:money`, `all`, `copy`, `image:map.png`…
    pub fn code(self) -> String {
        let with = |name: &str, value: &str| format!("{name}:{value}");
        match self {
            Act::Lang(l) => with("lang", l.tag()),
            Act::SelectAll => "all".into(),
            Act::SelectNone => "none".into(),
            Act::Toggle(i) => with("toggle", AREAS.get(i).map_or("", |a| a.id)),
            Act::Metric(Metric::Homes) => with("metric", "homes"),
            Act::Metric(Metric::Money) => with("metric", "money"),
            Act::Highlight(k) => with("highlight", k.map_or("", BottleneckKind::code)),
            Act::SelectHighlighted => "select-highlighted".into(),
            Act::DismissNotices => "dismiss".into(),
            Act::ToggleEmbed => "embed".into(),
            Act::UseAmount(v) => with("use-amount", &v.to_string()),
            Act::Sort(c) => with("sort", c.code()),
            Act::Command(Command::CopyLink) => "copy".into(),
            Act::Command(Command::Share) => "share".into(),
            Act::Command(Command::Csv) => "csv".into(),
            Act::Command(Command::Print) => "print".into(),
            Act::Command(Command::Image(g, f)) => format!("image:{}.{}", g.code(), f.ext()),
        }
    }

    /// The act an attribute value names; `None` for anything `code` does not write.
    pub fn parse(code: &str) -> Option<Act> {
        let (name, value) = match code.split_once(':') {
            Some((name, value)) => (name, Some(value)),
            None => (code, None),
        };
        Some(match (name, value) {
            ("lang", Some(v)) => Act::Lang(Lang::from_tag(v)?),
            ("all", None) => Act::SelectAll,
            ("none", None) => Act::SelectNone,
            ("toggle", Some(v)) => Act::Toggle(Area::by_id(v)?.0),
            // Digits only, as `code` writes them, within what an amount field accepts.
            ("use-amount", Some(v)) if v.bytes().all(|b| b.is_ascii_digit()) => {
                Act::UseAmount(v.parse().ok().filter(|a| *a <= MAX_PER_HOME_EUR)?)
            }
            ("metric", Some("homes")) => Act::Metric(Metric::Homes),
            ("metric", Some("money")) => Act::Metric(Metric::Money),
            ("sort", Some(v)) => Act::Sort(Column::from_code(v)?),
            ("highlight", Some("")) => Act::Highlight(None),
            ("highlight", Some(v)) => Act::Highlight(Some(BottleneckKind::from_code(v)?)),
            ("select-highlighted", None) => Act::SelectHighlighted,
            ("dismiss", None) => Act::DismissNotices,
            ("embed", None) => Act::ToggleEmbed,
            ("copy", None) => Act::Command(Command::CopyLink),
            ("share", None) => Act::Command(Command::Share),
            ("csv", None) => Act::Command(Command::Csv),
            ("print", None) => Act::Command(Command::Print),
            ("image", Some(v)) => {
                let (g, f) = v.split_once('.')?;
                let g = Graphic::ALL.into_iter().find(|x| x.code() == g)?;
                let f = ImageFormat::ALL.into_iter().find(|x| x.ext() == f)?;
                Act::Command(Command::Image(g, f))
            }
            _ => return None,
        })
    }

    /// The change of state this act makes, or the browser command it runs.
    pub fn effect(self) -> Result<Action, Command> {
        Ok(match self {
            Act::Lang(l) => Action::SetLang(l),
            Act::SelectAll => Action::SelectAll,
            Act::SelectNone => Action::SelectNone,
            Act::Toggle(i) => Action::Toggle(i),
            Act::Metric(m) => Action::SetMetric(m),
            Act::Highlight(k) => Action::Highlight(k),
            Act::SelectHighlighted => Action::SelectHighlighted,
            Act::DismissNotices => Action::DismissNotices,
            Act::ToggleEmbed => Action::ToggleEmbed,
            Act::UseAmount(v) => Action::UseAmount(Category::Build, v),
            Act::Sort(c) => Action::SortBy(c),
            Act::Command(c) => return Err(c),
        })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn every_act() -> Vec<Act> {
        let mut all = vec![
            Act::SelectAll,
            Act::SelectNone,
            Act::SelectHighlighted,
            Act::DismissNotices,
            Act::ToggleEmbed,
            Act::Metric(Metric::Homes),
            Act::Metric(Metric::Money),
            Act::Highlight(None),
            Act::UseAmount(0),
            Act::UseAmount(8_494),
            Act::UseAmount(MAX_PER_HOME_EUR),
        ];
        all.extend([Lang::Nl, Lang::En].map(Act::Lang));
        all.extend((0..AREAS.len()).map(Act::Toggle));
        all.extend(Column::ALL.map(Act::Sort));
        all.extend(BottleneckKind::ALL.map(|k| Act::Highlight(Some(k))));
        all.extend(
            [Command::CopyLink, Command::Share, Command::Csv, Command::Print].map(Act::Command),
        );
        for g in Graphic::ALL {
            all.extend(ImageFormat::ALL.map(|f| Act::Command(Command::Image(g, f))));
        }
        all
    }

    #[test]
    fn every_act_reads_back_from_its_code() {
        let acts = every_act();
        for act in &acts {
            assert_eq!(Act::parse(&act.code()), Some(*act), "{}", act.code());
        }
        let mut codes: Vec<String> = acts.iter().map(|a| a.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), acts.len(), "two acts share a code");
    }

    #[test]
    fn names_no_markup_writes_are_refused() {
        for code in [
            "",
            "lang",
            "lang:fr",
            "all:1",
            "toggle:",
            "toggle:xyz",
            "metric:euros",
            "highlight",
            "highlight:weather",
            "copy:",
            "Copy",
            "print ",
            "none:",
            "image:",
            "image:chart",
            "image:chart.jpg",
            "image:table.svg",
            "image:chart.svg.png",
        ] {
            assert_eq!(Act::parse(code), None, "{code:?}");
        }
    }

    #[test]
    fn acts_change_the_state_or_run_a_command() {
        assert_eq!(Act::Toggle(3).effect(), Ok(Action::Toggle(3)));
        assert_eq!(Act::Highlight(None).effect(), Ok(Action::Highlight(None)));
        assert_eq!(Act::Command(Command::Csv).effect(), Err(Command::Csv));
    }
}
