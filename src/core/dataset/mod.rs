//! The booklet's dataset as plain Rust data.
//!
//! Source of truth: `data/areas.toml`, a reviewable file with, for every figure, the exact
//! booklet sentence it comes from. `generated.rs` is written from it by
//! `cargo run -p datagen` and must never be edited by hand; the test `dataset_codegen` fails
//! when it is stale. Units: homes (woningen) as whole numbers, money in whole euros.

#[rustfmt::skip]
#[allow(clippy::unreadable_literal)]
mod generated;

mod page_texts;

#[cfg(not(target_arch = "wasm32"))]
pub use generated::PAGE_TEXTS;
pub use generated::{
    AREAS, CHANGELOG, DATASET_VERSION, NATIONAL, PAGE_TEXTS_HASH, PAGE_TEXT_COUNT, SOURCE_FILE,
    SOURCE_TITLE,
};
pub use page_texts::{
    area_part_id, area_parts_id, part_id, PageText, PageTexts, StaleTexts, TEXTS_ID,
};

/// Number of NPLV areas in the booklet; a selection is a bit set over them.
pub const AREA_COUNT: usize = 20;

/// A period of whole calendar years, both ends included ("2025 tot en met 2029").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: u16,
    pub to: u16,
}

impl Period {
    pub const BUILD_2025_2029: Period = Period { from: 2025, to: 2029 };
    pub const EXTRA_2030_2035: Period = Period { from: 2030, to: 2035 };
}

/// Whether a figure is for the NPLV area itself or for a wider region around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Area,
    /// The wider region's name, e.g. "Parkstad" around Heerlen-Noord.
    Region(&'static str),
}

/// The booklet's own hedging words in front of a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    /// "circa": about.
    Circa,
    /// "ruim": over, a little more than.
    Ruim,
    /// "netto": net (after demolition).
    Netto,
    /// "bruto": gross (before demolition).
    Bruto,
}

/// What kind of data-quality note a note is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteKind {
    /// The booklet gives two different figures for the same thing.
    Conflict,
    /// The period in the text differs from the heading, or is not stated.
    Period,
    /// The figure (or part of it) is for a wider region than the area.
    Scope,
    /// A narrower part of the figure (e.g. the accelerated part of a larger plan).
    Subset,
    /// Other targets or background figures the booklet gives.
    Context,
    /// Names spelled differently in different places.
    Spelling,
    /// The figure counts something other than homes completed in its period: construction
    /// started ("versneld te starten met de bouw"), or delay prevented.
    Measure,
    /// The booklet attaches a condition to the figure or offer ("alleen realiseerbaar als").
    Condition,
}

/// A note on a figure or an area, in both languages, with the booklet sentence behind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Note {
    pub kind: NoteKind,
    /// The note in Dutch and in English, both read from the page.
    pub nl: PageText,
    pub en: PageText,
    /// The other figure the booklet gives, where the note is about one.
    pub value: Option<u32>,
    pub quote: PageText,
}

/// One figure as the booklet states it: a number or a low-high range of homes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figure {
    pub low: u32,
    pub high: u32,
    pub qualifiers: &'static [Qualifier],
    /// `None` where the booklet names no period for the figure.
    pub period: Option<Period>,
    pub scope: Scope,
    /// The big "+N woningen" box on the area's page, as printed, where there is one.
    pub box_text: Option<PageText>,
    /// The exact booklet sentence the figure is taken from.
    pub quote: PageText,
    pub notes: &'static [Note],
}

/// The fixed categories the booklet's bottlenecks ("knelpunten") are classified into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BottleneckKind {
    /// Financial shortfall (tekort, onrendabele top).
    Finance,
    /// Grid congestion, energy supply (netcongestie).
    Grid,
    /// Nitrogen (stikstof).
    Nitrogen,
    /// Staff, execution capacity, expertise.
    Staff,
    /// Procedures, rules, objection and appeal.
    Procedures,
    /// Room to experiment (experimenteerruimte): a request that names no rule or procedure.
    Experiment,
    /// Parking and mobility hubs.
    Parking,
    /// Relocating residents, businesses or functions; buy-outs.
    Relocation,
    /// The cost of making existing homes sustainable.
    RetrofitCost,
}

impl BottleneckKind {
    pub const ALL: [BottleneckKind; 9] = [
        BottleneckKind::Finance,
        BottleneckKind::Grid,
        BottleneckKind::Nitrogen,
        BottleneckKind::Staff,
        BottleneckKind::Procedures,
        BottleneckKind::Experiment,
        BottleneckKind::Parking,
        BottleneckKind::Relocation,
        BottleneckKind::RetrofitCost,
    ];

    /// Short code for links.
    pub fn code(self) -> &'static str {
        match self {
            BottleneckKind::Finance => "finance",
            BottleneckKind::Grid => "grid",
            BottleneckKind::Nitrogen => "nitrogen",
            BottleneckKind::Staff => "staff",
            BottleneckKind::Procedures => "procedures",
            BottleneckKind::Experiment => "experiment",
            BottleneckKind::Parking => "parking",
            BottleneckKind::Relocation => "relocation",
            BottleneckKind::RetrofitCost => "retrofit_cost",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// One classified bottleneck of an area, with the booklet sentence behind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bottleneck {
    pub kind: BottleneckKind,
    pub quote: PageText,
    /// A second booklet sentence, shown beside `quote` where that does not itself name the
    /// bottleneck (Den Haag Zuidwest's parking: the quote speaks of "mobiliteitshubs", this
    /// sentence of "het parkeren").
    pub also: Option<PageText>,
}

/// What kind of names a `Named` holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    /// The area's neighbourhoods (wijken).
    Neighbourhoods,
    /// Building locations the booklet names.
    Locations,
    /// A neighbourhood beside the area that its figures include (Tilburg's Groenewoud).
    AlsoCovers,
    /// The area's programme or alliance.
    Programme,
    /// A plan (Masterplan Zuidoost).
    Plan,
    /// A name the booklet uses without saying what it is (Delft's "Wij West").
    NameUsed,
    /// The website the booklet points to ("Kijk voor meer informatie op de website van ...").
    Website,
}

/// Names the booklet gives for an area, spelled as it writes them, with the sentence that
/// names them (a test checks that each name is in the sentence, and the sentence in the
/// booklet). For the sources and the search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Named {
    pub kind: NameKind,
    pub names: &'static [&'static str],
    pub quote: PageText,
}

/// A text of ours in Dutch and in English, both read from the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Both {
    pub nl: PageText,
    pub en: PageText,
}

/// One version of the dataset (data/changelog.toml).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Version {
    pub version: &'static str,
    /// The date of the version, YYYY-MM-DD.
    pub date: &'static str,
    pub summary: Both,
    pub changes: &'static [Change],
}

/// One change to the dataset: the area (its index in `AREAS`; `None`: the national figures),
/// the figure or note, its old and new value, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub area: Option<usize>,
    pub item: Both,
    pub old: Both,
    pub new: Both,
    pub why: Both,
}

/// The changes made after version `since`, oldest first; `None` when `since` is not a version
/// the changelog knows.
pub fn changes_since(since: &str) -> Option<impl Iterator<Item = &'static Change>> {
    let i = CHANGELOG.iter().position(|v| v.version == since)?;
    Some(CHANGELOG[i + 1..].iter().flat_map(|v| v.changes.iter()))
}

/// The date of this build's dataset version (YYYY-MM-DD).
pub fn dataset_date() -> &'static str {
    CHANGELOG.last().map_or("", |v| v.date)
}

/// One NPLV area of the booklet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Area {
    /// Stable short code, used in links; never reused or renumbered.
    pub id: &'static str,
    pub name: &'static str,
    pub municipality: &'static str,
    /// The area's page in the booklet, where it has one.
    pub page: Option<u16>,
    /// Homes the area sees chances to build (accelerated) 2025-2029.
    pub homes_2025_2029: Option<Figure>,
    /// Extra homes 2030-2035 (or the period the booklet really states, see `Figure::period`).
    pub homes_2030_2035: Option<Figure>,
    /// Homes to make sustainable (verduurzamen).
    pub retrofit: Option<Figure>,
    /// The bottlenecks the booklet names for the area, classified.
    pub bottlenecks: &'static [Bottleneck],
    /// The names the booklet gives for the area: neighbourhoods, programme, website.
    pub context: &'static [Named],
    /// Notes on the area as a whole.
    pub notes: &'static [Note],
}

impl Area {
    pub fn has_bottleneck(&self, kind: BottleneckKind) -> bool {
        self.bottlenecks.iter().any(|b| b.kind == kind)
    }

    /// True when the booklet names the area but gives none of its figures.
    pub fn has_no_figures(&self) -> bool {
        self.homes_2025_2029.is_none() && self.homes_2030_2035.is_none() && self.retrofit.is_none()
    }

    pub fn figure(&self, measure: Measure) -> Option<&Figure> {
        match measure {
            Measure::Build => self.homes_2025_2029.as_ref(),
            Measure::Extra => self.homes_2030_2035.as_ref(),
            Measure::Retrofit => self.retrofit.as_ref(),
        }
    }

    pub fn by_id(id: &str) -> Option<(usize, &'static Area)> {
        AREAS.iter().enumerate().find(|(_, a)| a.id == id)
    }
}

/// The national figures the booklet states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct National {
    /// Total housing task of the NPLV areas 2024-2030.
    pub task_homes: u32,
    pub task_quote: PageText,
    /// Homes in the plans the areas submitted.
    pub plans_homes: u32,
    pub plans_quote: PageText,
    /// Homes made concrete at the summit ("circa").
    pub concrete_homes: u32,
    pub concrete_quote: PageText,
    /// Estimated Rijk contribution per new home, euros.
    pub per_home_low_eur: u64,
    pub per_home_high_eur: u64,
    pub per_home_quote: PageText,
    /// The national maximum, euros, for `max_homes` homes.
    pub max_total_eur: u64,
    pub max_homes: u32,
    pub max_quote: PageText,
    pub areas: u32,
    pub municipalities: u32,
    pub ministries: u32,
    pub counts_quote: PageText,
    pub calibration_quote: PageText,
    pub rotterdam_quote: PageText,
    /// People living in the NPLV areas, as a number and as the booklet writes it ("1,2
    /// miljoen").
    pub inhabitants: u32,
    pub inhabitants_text: PageText,
    pub inhabitants_quote: PageText,
    /// Social rent as a share of the housing stock, per cent: in the areas ("onze wijken",
    /// the foreword) and in the Netherlands on average.
    pub social_rent_pct: u8,
    pub social_rent_netherlands_pct: u8,
    pub social_rent_quote: PageText,
    /// Notes on the national figures as a whole (the foreword's "minimaal 50.000" against the
    /// agreement's "circa 50.000", and the like), shown under the national figures.
    pub notes: &'static [Note],
}

/// The booklet's three kinds of figure: the areas table's figure columns, the CSV's figure
/// groups, the area view's figures. What the calculator funds is `funding::Funded`, each of
/// which multiplies one of these by an amount per home.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    /// Homes the area sees chances to build faster, 2025-2029.
    Build,
    /// Extra homes 2030-2035.
    Extra,
    /// Homes to make sustainable (retrofits).
    Retrofit,
}

impl Measure {
    pub const ALL: [Measure; 3] = [Measure::Build, Measure::Extra, Measure::Retrofit];
    pub const COUNT: usize = Measure::ALL.len();

    /// Position in `ALL`, in the table's columns and in per-measure arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The period a figure must cover to count in this measure's total; `None`: any period
    /// (the booklet gives retrofit targets mostly without one).
    pub fn period(self) -> Option<Period> {
        match self {
            Measure::Build => Some(Period::BUILD_2025_2029),
            Measure::Extra => Some(Period::EXTRA_2030_2035),
            Measure::Retrofit => None,
        }
    }

    /// Its short code (links' sort `s=build`, CSS hooks).
    pub fn code(self) -> &'static str {
        match self {
            Measure::Build => "build",
            Measure::Extra => "extra",
            Measure::Retrofit => "retrofit",
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
