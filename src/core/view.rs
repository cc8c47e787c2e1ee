//! The view model: everything the table shows, as ready-to-render text, computed from the
//! dataset, the selection and the language. The Yew shell renders it and adds nothing.

use crate::core::dataset::{
    Area, BottleneckKind, Column, Figure, Note, PageText, Period, Scope, AREAS, DATASET_VERSION,
    NATIONAL,
};

use crate::core::format;
use crate::core::i18n::{self, texts, Lang};
use crate::core::selection::Selection;
use crate::core::totals::{column_total, exclusion, ColumnTotal, Exclusion};

/// A data-tuality note, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteView {
    pub kind: &'static str,
    pub text: &'static str,
    /// The Dutch text's number, when `text` is the Dutch one (the static page prints it).
    pub nl: Option<PageText>,
    pub quote: PageText,
}

/// Whether a cell's figure is in its column's total.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CellStatus {
    Counted,
    /// Shown but left out of the total; the text says why.
    NotCounted(String),
    /// No figure in the booklet.
    Unknown,
}

impl CellStatus {
    /// The cell's `data-status` attribute, which the stylesheet keys on (none when counted).
    pub fn code(&self) -> Option<&'static str> {
        match self {
            CellStatus::Counted => None,
            CellStatus::NotCounted(_) => Some("excluded"),
            CellStatus::Unknown => Some("unknown"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellView {
    /// The figure as text: `circa 1.700`, `900–1.200`, or `onbekend`.
    pub text: String,
    pub status: CellStatus,
    pub quote: Option<PageText>,
    pub box_text: Option<PageText>,
    pub notes: Vec<NoteView>,
    /// True when a note flags a contradiction, another period or a wider region.
    pub flagged: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowView {
    pub id: &'static str,
    pub name: &'static str,
    pub municipality: &'static str,
    pub page: Option<String>,
    /// True when the booklet gives none of the area's figures.
    pub no_figures: bool,
    pub cells: [CellView; 3],
    pub notes: Vec<NoteView>,
    /// The area's bottlenecks: (category label, booklet sentence).
    pub bottlenecks: Vec<(&'static str, PageText)>,
    /// True when the area has the highlighted bottleneck.
    pub highlighted: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TotalView {
    /// `70.336–70.636`.
    pub text: String,
    /// What the total leaves out, in words; empty when nothing.
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableView {
    pub rows: Vec<RowView>,
    pub totals: [TotalView; 3],
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NationalView {
    /// (label, value, source sentence)
    pub items: Vec<(&'static str, String, PageText)>,
    pub dataset_version: String,
}

fn notes(list: &[Note], lang: Lang) -> Vec<NoteView> {
    let dutch = |n: &Note| lang == Lang::Nl && !n.nl.text().is_empty();
    list.iter()
        .map(|n| NoteView {
            kind: i18n::note_kind(n.kind, lang),
            // Without the page's Dutch text (see `PageText`), the English note rather than none.
            text: if dutch(n) { n.nl.text() } else { n.en },
            nl: dutch(n).then_some(n.nl),
            quote: n.quote,
        })
        .collect()
}

fn period_text(p: Period) -> String {
    format!("{}-{}", p.from, p.to)
}

fn exclusion_text(e: Exclusion, lang: Lang) -> String {
    match (e, lang) {
        (Exclusion::OtherPeriod(p), Lang::Nl) => format!("periode {}", period_text(p)),
        (Exclusion::OtherPeriod(p), Lang::En) => format!("period {}", period_text(p)),
        (Exclusion::WiderRegion(r), Lang::Nl) => format!("regio {r}"),
        (Exclusion::WiderRegion(r), Lang::En) => format!("{r} region"),
    }
}

/// `netto circa 1.400`, `bruto 7.000–8.500`.
pub fn figure_text(f: &Figure, lang: Lang) -> String {
    let mut out = String::new();
    for q in f.qualifiers {
        out.push_str(i18n::qualifier(*q, lang));
        out.push(' ');
    }
    out.push_str(&format::range(u64::from(f.low), u64::from(f.high), lang));
    out
}

fn cell(area: &Area, column: Column, lang: Lang) -> CellView {
    let t = texts(lang);
    let Some(f) = area.figure(column) else {
        return CellView {
            text: t.unknown.to_string(),
            status: CellStatus::Unknown,
            quote: None,
            box_text: None,
            notes: vec![],
            flagged: false,
        };
    };
    let status = match exclusion(f, column) {
        Some(e) => {
            CellStatus::NotCounted(format!("{}: {}", t.not_counted, exclusion_text(e, lang)))
        }
        None => CellStatus::Counted,
    };
    let notes = notes(f.notes, lang);
    let flagged = f.notes.iter().any(|n| {
        use crate::core::dataset::NoteKind::{Conflict, Period, Scope};
        matches!(n.kind, Conflict | Period | Scope)
    }) || matches!(f.scope, Scope::Region(_));
    CellView {
        text: figure_text(f, lang),
        status,
        quote: Some(f.quote),
        box_text: f.box_text,
        notes,
        flagged,
    }
}

fn names(list: &[usize]) -> String {
    list.iter().map(|&i| AREAS[i].name).collect::<Vec<_>>().join(", ")
}

fn total_view(total: &ColumnTotal, lang: Lang) -> TotalView {
    let mut parts = vec![];
    if !total.excluded.is_empty() {
        let list = total
            .excluded
            .iter()
            .map(|&(i, e)| format!("{} ({})", AREAS[i].name, exclusion_text(e, lang)))
            .collect::<Vec<_>>()
            .join(", ");
        parts.push(match lang {
            Lang::Nl => format!("Niet meegeteld: {list}."),
            Lang::En => format!("Not counted: {list}."),
        });
    }
    if !total.unknown.is_empty() {
        let n = total.unknown.len();
        parts.push(match (lang, n) {
            (Lang::Nl, _) => format!(
                "Onbekend voor {n} {}: {}.",
                if n == 1 { "gebied" } else { "gebieden" },
                names(&total.unknown)
            ),
            (Lang::En, _) => format!(
                "Unknown for {n} {}: {}.",
                if n == 1 { "area" } else { "areas" },
                names(&total.unknown)
            ),
        });
    }
    let text = if total.counted.is_empty() {
        "–".to_string()
    } else {
        format::range(total.low, total.high, lang)
    };
    TotalView { text, detail: parts.join(" ") }
}

/// Every area's row. Independent of the selection, which the shell applies to the table.
pub fn rows(lang: Lang, highlight: Option<BottleneckKind>) -> Vec<RowView> {
    (0..AREAS.len()).map(|i| row(i, lang, highlight)).collect()
}

/// One area's row (by its index in `AREAS`).
pub fn row(index: usize, lang: Lang, highlight: Option<BottleneckKind>) -> RowView {
    let t = texts(lang);
    let a = &AREAS[index];
    RowView {
        id: a.id,
        name: a.name,
        municipality: a.municipality,
        page: a.page.map(|p| format!("{} {p}", t.page)),
        no_figures: a.has_no_figures(),
        cells: Column::ALL.map(|c| cell(a, c, lang)),
        notes: notes(a.notes, lang),
        bottlenecks: a
            .bottlenecks
            .iter()
            .map(|b| (i18n::bottleneck(b.kind, lang), b.quote))
            .collect(),
        highlighted: highlight.is_some_and(|k| a.has_bottleneck(k)),
    }
}

/// The totals row for a selection.
pub fn totals(selection: Selection, lang: Lang) -> [TotalView; 3] {
    Column::ALL.map(|c| total_view(&column_total(selection, c), lang))
}

pub fn headers(lang: Lang) -> [&'static str; 5] {
    let t = texts(lang);
    [t.col_area, t.col_municipality, t.col_build, t.col_extra, t.col_retrofit]
}

pub fn table(selection: Selection, lang: Lang, highlight: Option<BottleneckKind>) -> TableView {
    TableView { rows: rows(lang, highlight), totals: totals(selection, lang) }
}

pub fn national(lang: Lang) -> NationalView {
    let t = texts(lang);
    let n = &NATIONAL;
    let homes = |v: u32| format::int(u64::from(v), lang);
    let money = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
    NationalView {
        items: vec![
            (t.national_task, homes(n.task_homes), n.task_quote),
            (t.national_plans, homes(n.plans_homes), n.plans_quote),
            (t.national_concrete, homes(n.concrete_homes), n.concrete_quote),
            (
                t.national_per_home,
                format::euro_range(money(n.per_home_low_eur), money(n.per_home_high_eur), lang),
                n.per_home_quote,
            ),
            (t.national_max, format::euro_compact(money(n.max_total_eur), lang), n.max_quote),
            (
                t.national_counts,
                format!("{} · {} · {}", n.ministries, n.municipalities, n.areas),
                n.counts_quote,
            ),
        ],
        dataset_version: DATASET_VERSION.to_string(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn table_has_every_area_and_the_hand_checked_totals() {
        let v = table(Selection::all(), Lang::Nl, None);
        assert_eq!(v.rows.len(), 20);
        assert_eq!(v.totals[0].text, "70.336–70.636");
        assert_eq!(v.totals[1].text, "16.191");
        assert_eq!(v.totals[2].text, "23.410–24.410");
        assert!(v.totals[1].detail.contains("Heerlen-Noord (regio Parkstad)"));
        assert!(v.totals[1].detail.contains("Tilburg Noord-West (periode 2030-2040)"));
    }

    #[test]
    fn areas_without_figures_are_unknown_not_zero() {
        let v = table(Selection::all(), Lang::Nl, None);
        let ehv = v.rows.iter().find(|r| r.id == "ehv").unwrap();
        assert!(ehv.no_figures);
        assert!(ehv.cells.iter().all(|c| c.status == CellStatus::Unknown && c.text == "onbekend"));
    }

    #[test]
    fn qualifiers_ranges_and_exclusions_are_written_out() {
        let v = table(Selection::all(), Lang::Nl, None);
        let row = |id| v.rows.iter().find(|r| r.id == id).unwrap();
        assert_eq!(row("dlf").cells[1].text, "netto circa 1.400");
        assert_eq!(row("utr").cells[0].text, "circa 900–1.200");
        assert_eq!(row("hrl").cells[1].text, "bruto 7.000–8.500");
        assert_eq!(
            row("hrl").cells[1].status,
            CellStatus::NotCounted("telt niet mee: regio Parkstad".into())
        );
        assert!(row("dor").cells[2].flagged);
        let en = table(Selection::all(), Lang::En, None);
        assert_eq!(en.rows[4].cells[1].text, "net about 1,400");
    }

    #[test]
    fn highlighting_marks_the_areas_with_that_bottleneck() {
        let v = table(Selection::all(), Lang::Nl, Some(BottleneckKind::Nitrogen));
        let marked: Vec<_> = v.rows.iter().filter(|r| r.highlighted).map(|r| r.id).collect();
        assert_eq!(marked, ["bre", "tbg"]);
        assert!(v.rows[3].bottlenecks.iter().any(|b| b.0 == "Stikstof"));
    }

    #[test]
    fn national_figures_are_formatted() {
        let n = national(Lang::Nl);
        let values: Vec<_> = n.items.iter().map(|i| i.1.as_str()).collect();
        assert_eq!(
            values,
            ["122.000", "70.000", "50.000", "€ 10.000–13.000", "€ 600 miljoen", "6 · 19 · 20"]
        );
    }
}
