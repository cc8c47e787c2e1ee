//! The widget's features, one folder each: its pure view model (`model`), compiled and
//! tested natively, and its Yew function components (`view`), which the browser renders and
//! which `static_page` renders into `index.html` at build time, so that the page a visitor
//! sees before the wasm has started is the app's own markup.
//!
//! `page` derives, in one step, the view models that follow from the state (the selection,
//! the amounts, the language, the chart's metric, the highlight, the widget's width, the
//! section open, the area whose own view is open); the root memoizes it. Only the open
//! section's models are computed (all of them for the static page).

use std::rc::Rc;

use crate::core::dataset::{BottleneckKind, Measure};
use crate::core::funding::{self, Amounts};
use crate::core::i18n::Lang;
use crate::core::link::{Metric, Section};
use crate::core::scenarios::Pinned;
use crate::core::selection::Selection;
use crate::core::workings::Open;

pub mod area;
pub mod bottlenecks;
pub mod calculator;
pub mod chart;
pub mod header;
pub mod map;
pub mod scenarios;
pub mod search;
pub mod sections;
pub mod share;
pub mod sources;
pub mod table;

/// What the page shows for a state. Each part is shared (`Rc`), so that a component whose
/// part did not change (equal by value) is not rendered again.
#[derive(Clone, Debug, PartialEq)]
pub struct PageView {
    /// The calculator's results: the calculator, the key result shown in every section.
    pub calc: Rc<calculator::model::CalcView>,
    /// How the results are worked out, when the calculator is shown.
    pub workings: Rc<calculator::workings::WorkingsView>,
    /// The pinned scenarios side by side, when the calculator is shown.
    pub compare: Rc<scenarios::model::CompareView>,
    /// The chart laid out for the widget's width, when the chart is shown.
    pub chart: Option<Rc<chart::model::ChartGeometry>>,
    /// The contribution against the amount per home, when the chart is shown.
    pub ceiling: Option<Rc<chart::ceiling::Ceiling>>,
    /// What the map shows for the state, when the map is shown.
    pub map: Option<Rc<map::model::MapState>>,
    /// The areas table's totals row, when the table is shown.
    pub totals: Option<Rc<[table::model::TotalView; Measure::COUNT]>>,
    /// One area's own view, when the link names one.
    pub area: Option<Rc<area::model::AreaView>>,
}

/// What the page shows depends on; `width` is the widget's content width in CSS px, which
/// the chart is laid out for.
#[derive(Clone, Debug, PartialEq)]
pub struct PageInput {
    pub selection: Selection,
    pub amounts: Amounts,
    pub lang: Lang,
    pub metric: Metric,
    pub highlight: Option<BottleneckKind>,
    pub width: u32,
    /// The area whose own view the link opens (`a=`), if any.
    pub area: Option<usize>,
    /// The section open; `None`: every section (the static page, a printout).
    pub section: Option<Section>,
    /// The results whose working is open.
    pub workings: Open,
    /// The pinned scenarios.
    pub pinned: Pinned,
}

pub fn page(input: &PageInput) -> PageView {
    let PageInput {
        selection,
        amounts,
        lang,
        metric,
        highlight,
        width,
        area,
        section,
        workings,
        ref pinned,
    } = *input;
    let shown = |s: Section| area.is_none() && section.is_none_or(|open| open == s);
    let funding = funding::compute(selection, amounts);
    PageView {
        calc: Rc::new(calculator::model::calc(&funding, selection, lang)),
        workings: Rc::new(if shown(Section::Calc) {
            calculator::workings::workings(workings, &funding, selection, lang)
        } else {
            calculator::workings::WorkingsView::default()
        }),
        compare: Rc::new(if shown(Section::Calc) {
            scenarios::model::compare(pinned, (selection, amounts), lang)
        } else {
            scenarios::model::CompareView::default()
        }),
        chart: shown(Section::Chart)
            .then(|| Rc::new(chart::model::layout(selection, metric, &funding, lang, width))),
        ceiling: shown(Section::Chart)
            .then(|| Rc::new(chart::ceiling::layout(&funding, &pin_points(pinned), lang, width))),
        map: shown(Section::Map)
            .then(|| Rc::new(map::model::state(selection, metric, &funding, highlight, lang))),
        totals: shown(Section::Table).then(|| Rc::new(table::model::totals(selection, lang))),
        // An area's money is computed over all areas: pro rata does not depend on the selection.
        area: area.map(|i| {
            Rc::new(area::model::area(i, &funding::compute(Selection::all(), amounts), lang))
        }),
    }
}

/// Each pinned scenario's point on the chart of the maximum: its amount for new homes and its
/// own selection's contribution at that amount.
fn pin_points(pinned: &[crate::core::scenarios::Scenario]) -> Vec<(u64, funding::Span)> {
    pinned
        .iter()
        .map(|p| (p.amounts.build, funding::compute(p.selection, p.amounts).new_homes().funding))
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn input(section: Option<Section>) -> PageInput {
        PageInput {
            selection: Selection::all(),
            amounts: Amounts { build: 12_000, extra: 5_000, retrofit: 0 },
            lang: Lang::En,
            metric: Metric::Money,
            highlight: None,
            width: 360,
            area: None,
            section,
            workings: Open::default(),
            pinned: Rc::from([]),
        }
    }

    #[test]
    fn one_step_gives_the_same_views_as_each_part() {
        let p = page(&input(None));
        let i = input(None);
        let f = funding::compute(i.selection, i.amounts);
        assert_eq!(*p.calc, calculator::model::calc(&f, i.selection, Lang::En));
        assert_eq!(
            p.chart.as_deref(),
            Some(&chart::model::layout(i.selection, Metric::Money, &f, Lang::En, 360))
        );
        assert_eq!(p.totals.as_deref(), Some(&table::model::totals(i.selection, Lang::En)));
        assert_eq!(
            p.map.as_deref(),
            Some(&map::model::state(i.selection, Metric::Money, &f, None, Lang::En))
        );
        assert_eq!(p.area, None);
    }

    #[test]
    fn only_the_open_sections_models_are_computed() {
        let map = page(&input(Some(Section::Map)));
        assert!(map.map.is_some() && map.chart.is_none() && map.totals.is_none());
        let calc = page(&input(Some(Section::Calc)));
        assert!(calc.map.is_none() && calc.chart.is_none() && calc.totals.is_none());
        let area = page(&PageInput { area: Some(3), ..input(None) });
        assert!(area.area.is_some() && area.map.is_none());
    }
}
