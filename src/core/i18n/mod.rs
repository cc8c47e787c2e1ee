//! Every text of the interface, one table per language (`nl.rs`, `en.rs`): labels, headings,
//! help and rules as strings, and every sentence built from figures as a function of its
//! already formatted parts, so that a language's whole wording is in its one file. Number
//! formatting differs by language too (`Numbers`, used by `format`).
//!
//! Adding a language means one new table: add the variant to `Lang` (and to `Lang::ALL`), and
//! the compiler lists what is missing: the `texts` match, and every field of `Texts` the new
//! table does not fill. The booklet's own sentences are Dutch in every language (they are
//! quotations); the dataset's notes have a Dutch and an English text (`dataset::Note`).

// Both tables are compiled in every build; in a one-language build (see `BUILT`) the other's
// `TEXTS` is not reachable and the linker drops it, keeping only its `CITE`.
#[cfg_attr(not(feature = "en"), allow(dead_code))]
mod en;
#[cfg_attr(not(feature = "nl"), allow(dead_code))]
mod nl;

#[cfg(not(any(feature = "nl", feature = "en")))]
compile_error!("build with at least one language: the features `nl` and `en` (default: both)");

use crate::core::amount::AmountError;
use crate::core::cite::Cited;
use crate::core::dataset::{BottleneckKind, Measure, NameKind, NoteKind, Qualifier};
use crate::core::funding::Funded;
use crate::core::link::{Ignored, Metric, Section};
use crate::core::workings::{End, Explained, LeftOut};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// Every language, Dutch first (the default, and the static page's).
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 tag for the `lang` attribute and links (`lang=en`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language's own name, for its button's title.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }

    /// Its button's label.
    pub fn short(self) -> &'static str {
        match self {
            Lang::Nl => "NL",
            Lang::En => "EN",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// Whether this build has the language's table. Natively and in `trunk serve` it has both;
    /// the release build ships one wasm per language (features `nl`, `en`), and js/boot.js starts
    /// the one a link's `lang` asks for: a visitor loads one language's texts, not both.
    pub fn built(self) -> bool {
        BUILT.contains(&self)
    }

    /// This language if the build has it, else the build's own (so that a link's `lang` that
    /// the start script did not read alike can never leave the page in a reload loop).
    #[must_use]
    pub fn or_built(self) -> Lang {
        if self.built() {
            self
        } else {
            BUILT[0]
        }
    }
}

/// The languages this build has the tables of, Dutch first.
pub const BUILT: &[Lang] = &[
    #[cfg(feature = "nl")]
    Lang::Nl,
    #[cfg(feature = "en")]
    Lang::En,
];

/// The table of one language; in a one-language build, its own table for either language (the
/// shell opens the other language's build instead: `app`).
#[cfg(all(feature = "nl", feature = "en"))]
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Nl => &nl::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

/// The table of one language; in a one-language build, its own table for either language (the
/// shell opens the other language's build instead: `app`).
#[cfg(not(all(feature = "nl", feature = "en")))]
pub fn texts(_: Lang) -> &'static Texts {
    #[cfg(feature = "nl")]
    let table = &nl::TEXTS;
    #[cfg(not(feature = "nl"))]
    let table = &en::TEXTS;
    table
}

/// A citation's words in a language, which every build has for every language.
pub fn cite_words(lang: Lang) -> &'static CiteWords {
    match lang {
        Lang::Nl => &nl::CITE,
        Lang::En => &en::CITE,
    }
}

/// What a citation needs in one language (`cite::citation`).
#[derive(Debug)]
pub struct CiteWords {
    /// The widget's title.
    pub widget: &'static str,
    /// The citation of a booklet that gives no year: "z.j." / "n.d.".
    pub no_year: &'static str,
    /// The citation itself, in this language.
    pub citation: fn(&Cited) -> String,
}

/// How a language writes numbers and money (see `format`).
#[derive(Debug)]
pub struct Numbers {
    /// Between groups of three digits: `10.166` / `10,166`.
    pub group: char,
    /// Before decimals: `42,5%` / `42.5%`.
    pub decimal: char,
    /// Whole euros from the sign (`""` or `"-"`) and the grouped amount: `€ -12` / `-€12`.
    pub euro: fn(sign: &str, amount: &str) -> String,
    pub million: &'static str,
    pub billion: &'static str,
    /// "per woning" / "a home", after an amount.
    pub per_home: &'static str,
    /// "woningen" / "homes", after a number of homes.
    pub homes: &'static str,
    /// "van" / "of", between a part and its whole.
    pub of: &'static str,
}

/// The CSV's words (see `csv`): its field separator and its column names, built from these
/// parts so that every measure and funded category has its columns in every language.
#[derive(Debug)]
pub struct CsvWords {
    pub separator: char,
    /// The name downloads start with: `woontopafspraken-nplv` / `housing-summit-nplv`.
    pub file_stem: &'static str,
    pub code: &'static str,
    pub area: &'static str,
    pub municipality: &'static str,
    /// A measure's columns: `woningen_2025_2029_laag` (its name, then low or high) and
    /// `kwalificatie_2025_2029` (qualifier, period or counted, then its short name).
    pub measure: fn(Measure) -> &'static str,
    pub measure_short: fn(Measure) -> &'static str,
    pub low: &'static str,
    pub high: &'static str,
    pub qualifier: &'static str,
    pub period: &'static str,
    pub counted: &'static str,
    /// A funded category's columns: `bedrag_per_woning_2025_2029`, `bijdrage_2025_2029_laag`.
    pub amount: &'static str,
    pub contribution: &'static str,
    pub pro_rata: &'static str,
    pub notes: &'static str,
    pub dataset_version: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    /// Names a pinned scenario's block: `scenario 2`.
    pub scenario: &'static str,
}

/// The calculator's sentences (see `features::calculator::model`). Arguments are formatted.
#[derive(Debug)]
pub struct CalcWords {
    /// "3 van 20 gebieden geselecteerd".
    pub selected: fn(n: usize, of: usize) -> String,
    /// The amount at which all plans fit: the amount, the highest estimate of homes, the
    /// maximum, and the booklet's band when the amount is below it.
    pub fit_all: fn(amount: &str, high: &str, max: &str, below: Option<&str>) -> String,
    pub fit_selection: fn(homes: &str, max: &str, amount: &str) -> String,
    /// The selection would use the maximum only above the field's highest amount.
    pub fit_selection_above: fn(homes: &str, max: &str, field_max: &str) -> String,
    pub fit_selection_none: &'static str,
    pub above_max: fn(amount: &str, max: &str) -> String,
    pub below_max: fn(amount: &str, max: &str) -> String,
    pub exactly_max: fn(max: &str) -> String,
    pub around_max: fn(max: &str) -> String,
    pub max_covers: fn(homes: &str, amount: &str) -> String,
    pub max_covers_nothing: &'static str,
    pub share_of_plans: fn(pct: &str, sel: &str, all: &str, booklet: &str) -> String,
    pub unknown_note: fn(names: &str) -> String,
    pub pro_rata_within: fn(claims: &str) -> String,
    pub pro_rata_over: fn(claims: &str, max: &str) -> String,
    pub national_context: fn(task: &str, plans: &str, concrete: &str) -> String,
    /// The sentence a screen reader hears after every change.
    pub summary:
        fn(selected: &str, homes: &str, funding: &str, share: &str, pro_rata: &str) -> String,
    /// The key result in a few words: the contribution, its share, the maximum.
    pub key_result: fn(funding: &str, share: &str, max: &str) -> String,
}

/// How a result is worked out (see `core::workings`); arguments are formatted.
#[derive(Debug)]
pub struct WorkingWords {
    /// The disclosure under each result, and the result it is about (for a screen reader,
    /// after `how`).
    pub how: &'static str,
    pub about: fn(Explained) -> &'static str,
    /// "Amsterdam Nieuw-West: 10.166 woningen × € 12.000 = € 121.992.000".
    pub product: fn(area: &str, homes: &str, amount: &str, money: &str) -> String,
    pub sum: fn(homes: &str, amount: &str, money: &str) -> String,
    pub left_out: fn(why: LeftOut, names: &str) -> String,
    /// The exact quotient and the whole euros it is rounded down to.
    pub fits: fn(max: &str, homes: &str, exact: &str, euros: &str) -> String,
    pub covers: fn(max: &str, amount: &str, homes: &str) -> String,
    /// Pro rata for one end of the ranges (`None`: no range among the counted figures).
    pub scenario: fn(end: Option<End>, claims: &str, max: &str, applies: bool) -> String,
    /// One area's share; `extra`: it got one more euro from the rounding.
    pub share: fn(area: &str, claim: &str, floor: &str, extra: bool, payout: &str) -> String,
    pub rounding: fn(left: &str, names: &str) -> String,
    pub payouts: fn(sum: &str) -> String,
}

/// The areas table's words (see `features::table`).
#[derive(Debug)]
pub struct TableWords {
    /// A figure left out of its total, and why: "telt niet mee: regio Parkstad".
    pub other_period: fn(period: &str) -> String,
    pub wider_region: fn(region: &str) -> String,
    pub not_counted_because: fn(reason: &str) -> String,
    pub total_not_counted: fn(list: &str) -> String,
    pub total_unknown: fn(n: usize, names: &str) -> String,
    /// The button that opens an area's sources and notes: its accessible name.
    pub open_details: fn(area: &str) -> String,
    /// Short column headings for narrow widths (the full one is the accessible name).
    pub short_headers: fn(Measure) -> &'static str,
}

/// The chart's words (see `features::chart::model`).
#[derive(Debug)]
pub struct ChartWords {
    pub series: fn(Metric) -> [&'static str; 2],
    pub none_selected: &'static str,
    pub shows: fn(n: usize) -> String,
    pub highest: fn(head: &str, series: &str, area: &str, value: &str, total: &str) -> String,
    pub no_figure: fn(head: &str, series: &str) -> String,
}

/// The pinned scenarios' words (see `core::scenarios`, `features::scenarios`).
#[derive(Debug)]
pub struct ScenarioWords {
    /// "20 gebieden" / "1 gebied", in a scenario's own label.
    pub areas: fn(n: usize) -> String,
    /// Before the hypothetical amounts in a label.
    pub extra: &'static str,
    pub retrofit: &'static str,
    pub pin: &'static str,
    /// What "Zet vast" did, said beside it.
    pub pinned: fn(label: &str, n: usize) -> String,
    pub full: &'static str,
    pub already: &'static str,
    pub heading: &'static str,
    /// The table's caption: what the second line of a cell is.
    pub caption: &'static str,
    /// The name field's label, by position (1-based).
    pub name: fn(n: usize) -> String,
    pub load: &'static str,
    pub earlier: &'static str,
    pub later: &'static str,
    pub remove: &'static str,
    /// The rows: areas, amount 2025-2029, homes 2025-2029, contribution, share of the maximum,
    /// above or below it, homes the maximum pays for.
    pub rows: [&'static str; 7],
    /// The heading row over each area's pro-rata payout.
    pub payouts: &'static str,
    /// An area's payout in a scenario that does not select it.
    pub not_chosen: &'static str,
    /// "+1,3 %-punt": a share's difference in tenths of a percentage point, signed.
    pub points: fn(signed: &str) -> String,
    /// "boven" / "onder" before an amount above or below the maximum.
    pub above: &'static str,
    pub below: &'static str,
}

/// The words of the chart of the contribution against the amount per home (see
/// `features::ceiling`).
#[derive(Debug)]
pub struct CeilingWords {
    pub heading: &'static str,
    pub x_axis: &'static str,
    pub y_axis: &'static str,
    pub band: &'static str,
    pub current: &'static str,
    pub max_line: &'static str,
    pub low_high: &'static str,
    pub pinned: &'static str,
    /// The text alternative: the selection's contribution at the current amount, and where
    /// its line crosses the maximum.
    pub summary: fn(amount: &str, contribution: &str, max: &str, crossing: &str) -> String,
    /// Where the line crosses the maximum (one amount, or low and high).
    pub crosses: fn(amounts: &str) -> String,
    /// The line stays below the maximum up to the chart's end.
    pub never: fn(end: &str) -> String,
    pub no_homes: &'static str,
    pub image: &'static str,
    pub image_file: &'static str,
}

/// The map's words (see `features::map::model`).
#[derive(Debug)]
pub struct MapWords {
    /// The measure in a sentence (lower case).
    pub series: fn(Metric) -> &'static str,
    pub homes: fn(figure: &str) -> String,
    pub money: fn(sum: &str, amount: &str) -> String,
    pub not_counted: &'static str,
    pub unknown: &'static str,
    pub bottleneck: fn(kind: &str) -> String,
    pub summary: fn(areas: usize, selected: usize, series: &str) -> String,
    pub legend_size: fn(series: &str) -> String,
    pub legend_off: &'static str,
    pub legend_range: &'static str,
    pub legend_unknown: fn(unknown: &str) -> String,
    pub legend_excluded: &'static str,
    pub legend_highlight: fn(kind: &str) -> String,
    pub attribution: fn(neighbourhoods: &str) -> String,
}

/// One area's own view (see `features::area`).
#[derive(Debug)]
pub struct AreaWords {
    pub municipality: fn(name: &str) -> String,
    pub heading: &'static str,
    pub contribution: &'static str,
    pub pro_rata: &'static str,
    pub share_of_plans: &'static str,
    pub no_figures: &'static str,
    pub no_build: &'static str,
    pub open_all: &'static str,
    pub notes: &'static str,
    /// The heading over the area's sources, notes and bottlenecks.
    pub sources: &'static str,
}

/// The embed dialog's words (see `features::share`).
#[derive(Debug)]
pub struct EmbedWords {
    pub button: &'static str,
    pub what: &'static str,
    /// The whole widget, opening on the section named.
    pub whole: fn(section: &str) -> String,
    /// The section alone, without the navigation.
    pub section: fn(section: &str) -> String,
    pub area: &'static str,
    pub help: &'static str,
    pub height: fn(px: &str) -> String,
    /// The iframe's title, also the share sheet's.
    pub title: &'static str,
}

/// The static page's own texts (`static_page`, native only: the browser build never shows
/// them, so they are not in the wasm): while the wasm loads; when it cannot start; without
/// JavaScript; and when the app fails after it started (`js/boot.js` shows that one, from the
/// page).
#[derive(Debug)]
pub struct PageWords {
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub no_script: &'static str,
    pub crashed: &'static str,
}

/// The words of the open-data parts (see `core::cite`, `core::search`, `features::sources`,
/// `features::search`): citations, the dataset files, the changelog, the context figures, the
/// search and the accessibility statement's link. Arguments are formatted.
#[derive(Debug)]
pub struct OpenWords {
    #[cfg(not(target_arch = "wasm32"))]
    pub months: [&'static str; 12],
    pub cite_heading: &'static str,
    pub cite_help: &'static str,
    pub cite_summary: &'static str,
    pub cite_short: &'static str,
    pub cite_long: &'static str,
    /// The same, inside the copy button's name ("de korte citatie").
    pub cite_short_which: &'static str,
    pub cite_long_which: &'static str,
    pub copy: &'static str,
    /// The copy button's full name for a screen reader, starting with its visible label
    /// (WCAG 2.5.3): "Kopiëren: korte citatie (Nederlands)".
    pub copy_label: fn(length: &str, language: &str) -> String,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub files_heading: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub files_help: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub file_json: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub file_csv: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub file_package: &'static str,
    /// In the one-file download, which has no files beside it.
    #[cfg(not(target_arch = "wasm32"))]
    pub files_single: &'static str,
    /// A file's size: "96 kB".
    #[cfg(not(target_arch = "wasm32"))]
    pub size: fn(kb: &str) -> String,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_heading: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub changes_count: fn(n: usize) -> String,
    /// A version's heading: "2025.2, 2 december 2026".
    #[cfg(not(target_arch = "wasm32"))]
    pub version: fn(version: &str, date: &str) -> String,
    pub national: &'static str,
    /// "oud: …", "nieuw: …", "waarom: …".
    pub was: &'static str,
    pub now: &'static str,
    pub why: &'static str,
    /// The notice of a link of an older dataset: what changed since, for the areas it shows,
    /// and how many changes concern other areas.
    pub since: fn(version: &str, now: &str) -> String,
    pub since_elsewhere: fn(n: usize) -> String,
    pub since_summary: fn(n: usize) -> String,
    pub context_heading: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub inhabitants: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub social_rent: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub social_rent_value: fn(areas: u8, netherlands: u8) -> String,
    pub name_kind: fn(NameKind) -> &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub search_placeholder: &'static str,
    /// The live status: "2 gebieden gevonden voor \"oost\"".
    pub search_found: fn(n: usize, query: &str) -> String,
    pub search_none: fn(query: &str) -> String,
    pub search_short: &'static str,
    pub search_municipalities: &'static str,
    /// How a result matched: "wijk Moerwijk".
    pub via: fn(kind: &str, name: &str) -> String,
    pub via_area: &'static str,
    pub via_municipality: fn(name: &str) -> String,
    pub search_open: &'static str,
    pub search_select: &'static str,
    pub statement: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub statement_help: &'static str,
}

/// The static page's texts of one language.
#[cfg(not(target_arch = "wasm32"))]
pub fn page_words(lang: Lang) -> &'static PageWords {
    match lang {
        Lang::Nl => &nl::PAGE,
        Lang::En => &en::PAGE,
    }
}

/// Every text of one language.
#[derive(Debug)]
pub struct Texts {
    pub num: Numbers,
    /// Whether the dataset's notes are shown in their Dutch text (read from the page) rather
    /// than their English one.
    pub dutch_notes: bool,
    pub title: &'static str,
    pub lead: &'static str,
    /// The header's one-line caveat; the whole one is in the sources (`plans_caveat`).
    pub caveat: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub plans_caveat: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub rotterdam_caveat: &'static str,
    /// The group of language buttons (written in both languages, whichever is shown).
    pub languages: &'static str,
    /// The sections' tab labels, and the tab list's name.
    pub section: fn(Section) -> &'static str,
    pub sections: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub rules_heading: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub rules: [&'static str; 4],
    pub table_caption: &'static str,
    pub col_area: &'static str,
    pub col_municipality: &'static str,
    pub measure: fn(Measure) -> &'static str,
    pub total: &'static str,
    pub unknown: &'static str,
    pub no_figures: &'static str,
    pub source: &'static str,
    pub source_box: &'static str,
    /// Shown instead of a booklet sentence the page did not provide.
    pub quote_missing: &'static str,
    pub page: &'static str,
    pub flagged: &'static str,
    /// Under the table: the disclosure of what the totals leave out, and what "!" means.
    pub totals_left_out: &'static str,
    pub flag_key: &'static str,
    pub not_counted: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub national_heading: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub national_task: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub national_plans: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub national_concrete: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub national_per_home: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub national_max: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub national_counts: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub national_notes: &'static str,
    pub sort_label: &'static str,
    pub sort_booklet: &'static str,
    pub sort_names: [&'static str; 2],
    pub sort_figures: [&'static str; 2],
    pub use_amount: &'static str,
    pub dataset_version: &'static str,
    pub source_line: &'static str,
    pub calc_heading: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub money_heading: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub money_model: &'static str,
    pub how_we_count: &'static str,
    pub bar_label: &'static str,
    /// A funded category's amount field: its label, and its hint.
    pub amount_label: fn(Funded) -> &'static str,
    pub amount_hint: fn(Funded) -> &'static str,
    /// The folded hypothetical amounts.
    pub hypothetical: &'static str,
    /// A funded category's result card.
    pub card: fn(Funded) -> &'static str,
    pub amount_error: fn(AmountError, max: &str) -> String,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub share: &'static str,
    pub embed: EmbedWords,
    pub notices_heading: &'static str,
    pub notice: fn(&Ignored) -> String,
    pub dismiss: &'static str,
    pub chart_heading: &'static str,
    pub chart_metric: &'static str,
    pub chart_homes: &'static str,
    pub chart_money: &'static str,
    pub chart_excluded: &'static str,
    pub chart_range: &'static str,
    pub map_heading: &'static str,
    pub bottlenecks_heading: &'static str,
    pub bottlenecks_help: &'static str,
    pub bottlenecks_none: &'static str,
    pub select_these: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub downloads_heading: &'static str,
    pub download_csv: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub csv_help: &'static str,
    pub image_label: &'static str,
    /// An image button's accessible name, before "SVG" or "PNG".
    pub image_chart: &'static str,
    pub image_map: &'static str,
    /// The image files' names, after the CSV's (`woontopafspraken-nplv-2025.1-grafiek.png`).
    pub image_chart_file: &'static str,
    pub image_map_file: &'static str,
    pub print: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub print_help: &'static str,
    pub slider: &'static str,
    pub choose_areas: &'static str,
    pub pick_areas: &'static str,
    pub all_areas: &'static str,
    pub no_areas: &'static str,
    pub only_municipality: &'static str,
    pub choose: &'static str,
    pub results_heading: &'static str,
    pub share_of_max: &'static str,
    pub versus_max: &'static str,
    pub share_of_plans: &'static str,
    pub pro_rata_summary: &'static str,
    pub pro_rata_per_area: &'static str,
    pub claim: &'static str,
    pub pro_rata: &'static str,
    pub selection_total: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub about_heading: &'static str,
    /// The link from a table row to the area's own view.
    pub area_link: &'static str,
    pub qualifier: fn(Qualifier) -> &'static str,
    pub bottleneck: fn(BottleneckKind) -> &'static str,
    pub note_kind: fn(NoteKind) -> &'static str,
    pub csv: CsvWords,
    pub calc: CalcWords,
    pub working: WorkingWords,
    pub table: TableWords,
    pub chart: ChartWords,
    pub map: MapWords,
    pub scenarios: ScenarioWords,
    pub ceiling: CeilingWords,
    pub area: AreaWords,
    pub open: OpenWords,
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_own_tag_and_reads_back() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::ALL[0], Lang::default());
    }

    /// The languages differ in every label that names a control, so that none was left
    /// untranslated by copying (names of places and codes are the same in every language).
    #[test]
    fn the_tables_are_translated() {
        let [nl, en] = Lang::ALL.map(texts);
        for (a, b) in [
            (nl.title, en.title),
            (nl.sections, en.sections),
            (nl.copy_link, en.copy_link),
            (nl.download_csv, en.download_csv),
            (nl.hypothetical, en.hypothetical),
            (page_words(Lang::Nl).crashed, page_words(Lang::En).crashed),
            (page_words(Lang::Nl).loading, page_words(Lang::En).loading),
        ] {
            assert_ne!(a, b);
        }
        for s in Section::ALL {
            assert!(!(nl.section)(s).is_empty());
            assert_ne!((nl.section)(s), (en.section)(s));
        }
    }
}
