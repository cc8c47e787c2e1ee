//! The areas table's view model: every area's row (its figures as text with qualifiers and
//! ranges, whether each counts in its column's total, the sources, notes and bottlenecks) and
//! the totals row for a selection. Rows depend on the language and the highlighted
//! bottleneck only; the totals on the selection. Booklet sentences are referred to by number
//! (`PageText`): the markup looks them up in the page's texts.

use crate::core::dataset::{
    Area, BottleneckKind, Figure, Measure, Note, PageText, Period, Scope, AREAS,
};

use crate::core::format;
use crate::core::i18n::{texts, Lang};
use crate::core::selection::Selection;
use crate::core::sort::Sort;
use crate::core::totals::{exclusion, measure_total, Exclusion, MeasureTotal};

/// A data-quality note, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteView {
    pub kind: &'static str,
    /// The note in the visitor's language (a text of the page).
    pub text: PageText,
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
    /// The area's index in `AREAS`.
    pub index: usize,
    pub id: &'static str,
    pub name: &'static str,
    pub municipality: &'static str,
    pub page: Option<String>,
    /// True when the booklet gives none of the area's figures.
    pub no_figures: bool,
    /// By `Measure::index`.
    pub cells: [CellView; Measure::COUNT],
    pub notes: Vec<NoteView>,
    /// The area's bottlenecks: (category label, the booklet sentences behind it: the one that
    /// states it, and where that one does not name it, the one that does).
    pub bottlenecks: Vec<(&'static str, Vec<PageText>)>,
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

/// Notes ready to show, in `lang`.
pub fn notes(list: &[Note], lang: Lang) -> Vec<NoteView> {
    list.iter()
        .map(|n| NoteView {
            kind: (texts(lang).note_kind)(n.kind),
            text: if texts(lang).dutch_notes { n.nl } else { n.en },
            quote: n.quote,
        })
        .collect()
}

fn period_text(p: Period) -> String {
    format!("{}-{}", p.from, p.to)
}

fn exclusion_text(e: Exclusion, lang: Lang) -> String {
    let w = &texts(lang).table;
    match e {
        Exclusion::OtherPeriod(p) => (w.other_period)(&period_text(p)),
        Exclusion::WiderRegion(r) => (w.wider_region)(r),
    }
}

/// `netto circa 1.400`, `bruto 7.000–8.500`.
pub fn figure_text(f: &Figure, lang: Lang) -> String {
    let mut out = String::new();
    for q in f.qualifiers {
        out.push_str((texts(lang).qualifier)(*q));
        out.push(' ');
    }
    out.push_str(&format::range(u64::from(f.low), u64::from(f.high), lang));
    out
}

fn cell(area: &Area, measure: Measure, lang: Lang) -> CellView {
    let t = texts(lang);
    let Some(f) = area.figure(measure) else {
        return CellView {
            text: t.unknown.to_string(),
            status: CellStatus::Unknown,
            quote: None,
            box_text: None,
            notes: vec![],
            flagged: false,
        };
    };
    let status = match exclusion(f, measure) {
        Some(e) => CellStatus::NotCounted((t.table.not_counted_because)(&exclusion_text(e, lang))),
        None => CellStatus::Counted,
    };
    let notes = notes(f.notes, lang);
    let flagged = f.notes.iter().any(|n| {
        use crate::core::dataset::NoteKind::{Condition, Conflict, Measure, Period, Scope};
        matches!(n.kind, Conflict | Period | Scope | Measure | Condition)
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

fn total_view(total: &MeasureTotal, lang: Lang) -> TotalView {
    let w = &texts(lang).table;
    let mut parts = vec![];
    if !total.excluded.is_empty() {
        let list = total
            .excluded
            .iter()
            .map(|&(i, e)| format!("{} ({})", AREAS[i].name, exclusion_text(e, lang)))
            .collect::<Vec<_>>()
            .join(", ");
        parts.push((w.total_not_counted)(&list));
    }
    if !total.unknown.is_empty() {
        parts.push((w.total_unknown)(total.unknown.len(), &names(&total.unknown)));
    }
    let text = if total.counted.is_empty() {
        "–".to_string()
    } else {
        format::range(total.low, total.high, lang)
    };
    TotalView { text, detail: parts.join(" ") }
}

/// Every area's row, in the table's order. Independent of the selection, which the shell
/// applies to the table.
pub fn rows(lang: Lang, highlight: Option<BottleneckKind>, sort: Option<Sort>) -> Vec<RowView> {
    crate::core::sort::order(sort).into_iter().map(|i| row(i, lang, highlight)).collect()
}

/// One area's row (by its index in `AREAS`).
pub fn row(index: usize, lang: Lang, highlight: Option<BottleneckKind>) -> RowView {
    let t = texts(lang);
    let a = &AREAS[index];
    RowView {
        index,
        id: a.id,
        name: a.name,
        municipality: a.municipality,
        page: a.page.map(|p| format!("{} {p}", t.page)),
        no_figures: a.has_no_figures(),
        cells: Measure::ALL.map(|m| cell(a, m, lang)),
        notes: notes(a.notes, lang),
        bottlenecks: a
            .bottlenecks
            .iter()
            .map(|b| ((t.bottleneck)(b.kind), std::iter::once(b.quote).chain(b.also).collect()))
            .collect(),
        highlighted: highlight.is_some_and(|k| a.has_bottleneck(k)),
    }
}

/// The totals row for a selection, by `Measure::index`.
pub fn totals(selection: Selection, lang: Lang) -> [TotalView; Measure::COUNT] {
    Measure::ALL.map(|m| total_view(&measure_total(selection, m), lang))
}

/// Each sortable column's heading (`sort::Column::ALL`'s order).
pub fn headers(lang: Lang) -> [&'static str; 2 + Measure::COUNT] {
    let t = texts(lang);
    crate::core::sort::Column::ALL.map(|c| match c {
        crate::core::sort::Column::Area => t.col_area,
        crate::core::sort::Column::Municipality => t.col_municipality,
        crate::core::sort::Column::Figure(m) => (t.measure)(m),
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn table_has_every_area_and_the_hand_checked_totals() {
        assert_eq!(rows(Lang::Nl, None, None).len(), 20);
        let totals = totals(Selection::all(), Lang::Nl);
        assert_eq!(totals[0].text, "70.336–70.636");
        assert_eq!(totals[1].text, "16.191");
        assert_eq!(totals[2].text, "23.410–24.410");
        assert!(totals[1].detail.contains("Heerlen-Noord (regio Parkstad)"));
        assert!(totals[1].detail.contains("Tilburg Noord-West (periode 2030-2040)"));
    }

    #[test]
    fn areas_without_figures_are_unknown_not_zero() {
        let rows = rows(Lang::Nl, None, None);
        let ehv = rows.iter().find(|r| r.id == "ehv").unwrap();
        assert!(ehv.no_figures);
        assert!(ehv.cells.iter().all(|c| c.status == CellStatus::Unknown && c.text == "onbekend"));
    }

    #[test]
    fn qualifiers_ranges_and_exclusions_are_written_out() {
        let rows = rows(Lang::Nl, None, None);
        let row = |id| rows.iter().find(|r| r.id == id).unwrap();
        assert_eq!(row("dlf").cells[1].text, "netto circa 1.400");
        assert_eq!(row("utr").cells[0].text, "circa 900–1.200");
        assert_eq!(row("hrl").cells[1].text, "bruto 7.000–8.500");
        assert_eq!(
            row("hrl").cells[1].status,
            CellStatus::NotCounted("telt niet mee: regio Parkstad".into())
        );
        assert!(row("dor").cells[2].flagged);
        let en = super::rows(Lang::En, None, None);
        assert_eq!(en[4].cells[1].text, "net about 1,400");
    }

    #[test]
    fn highlighting_marks_the_areas_with_that_bottleneck() {
        let rows = rows(Lang::Nl, Some(BottleneckKind::Nitrogen), None);
        let marked: Vec<_> = rows.iter().filter(|r| r.highlighted).map(|r| r.id).collect();
        assert_eq!(marked, ["bre", "tbg"]);
        assert!(rows[3].bottlenecks.iter().any(|b| b.0 == "Stikstof"));
    }
}
