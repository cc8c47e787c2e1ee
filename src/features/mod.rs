//! The page's features, one module each: its pure view model (`model`), its display-only
//! markup (`markup`), both compiled and tested natively, and, for the browser, its Yew view
//! and browser effects (`view`, wasm32 only). See the README's Architecture section for the
//! rule on when a part is a Yew element and when it is markup inserted whole.
//!
//! `page` derives, in one step, everything that follows from the selection, the amounts, the
//! language, the chart's metric, the highlighted bottleneck, the widget's width and the area
//! whose own view is open; the root memoizes it.

use std::rc::Rc;

use crate::core::dataset::PageTexts;
use crate::core::funding::{self, Amounts};
use crate::core::i18n::Lang;
use crate::core::link::Metric;
use crate::core::markup::{Markup, Value::Text};
use crate::core::selection::Selection;

pub mod area;
pub mod bottlenecks;
pub mod calculator;
pub mod chart;
pub mod header;
pub mod map;
pub mod national;
pub mod share;
pub mod sources;
pub mod table;

/// What changes with the selection, the amounts, the language or the metric.
pub struct PageView {
    pub calc: calculator::model::CalcView,
    pub chart: chart::model::ChartGeometry,
    /// The chart as SVG (`chart::markup::svg`); shared, as the shell hands it on unchanged.
    pub chart_svg: Rc<str>,
    pub totals: [table::model::TotalView; 3],
    /// One area's own view, when the link names one.
    pub area: Option<area::model::AreaView>,
    /// What the map shows for the state (its drawing is fixed: see `map`).
    pub map: map::model::MapState,
}

/// What the page shows for a state; `width` is the widget's content width in CSS px, which
/// the chart is laid out for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PageInput {
    pub selection: Selection,
    pub amounts: Amounts,
    pub lang: Lang,
    pub metric: Metric,
    pub highlight: Option<crate::core::dataset::BottleneckKind>,
    pub width: u32,
    /// The area whose own view the link opens (`a=`), if any.
    pub area: Option<usize>,
}

pub fn page(input: &PageInput) -> PageView {
    let PageInput { selection, amounts, lang, metric, highlight, width, area } = *input;
    let funding = funding::compute(selection, amounts);
    let chart = chart::model::layout(selection, metric, &funding, lang, width);
    PageView {
        // An area's money is computed over all areas: pro rata does not depend on the selection.
        area: area
            .map(|i| area::model::area(i, &funding::compute(Selection::all(), amounts), lang)),
        map: map::model::state(selection, metric, &funding, highlight, lang),
        calc: calculator::model::calc(&funding, selection, lang),
        chart_svg: chart::markup::svg(&chart).into(),
        chart,
        totals: table::model::totals(selection, lang),
    }
}

/// The content of the source box that `code` (its `sources::FILL_ATTR`) names, in the table or
/// among the national figures; `None` for a code of neither.
pub fn source_box(code: &str, page: &PageTexts, lang: Lang) -> Option<String> {
    table::markup::SourceBox::parse(code)
        .and_then(|b| table::markup::source_box(b, page, lang))
        .or_else(|| national::markup::source_box(code, page, lang))
}

/// A section's heading, with the id its section is labelled by, and its explanation.
pub fn heading(id: &str, title: &str, help: Option<(&str, &str)>) -> String {
    Markup::build(|m| {
        m.text_el("h2", &[("id", Text(id))], title);
        if let Some((help_class, help)) = help {
            m.text_el("p", &[("class", Text(help_class))], help);
        }
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn source_box_codes_of_the_table_and_the_national_figures_both_fill() {
        let page = PageTexts::compiled();
        let table = source_box("hrl 0", &page, Lang::Nl).unwrap();
        assert!(table.contains("waarvan 1.500 in Heerlen Noord"), "{table}");
        assert!(source_box("nat 0", &page, Lang::Nl).unwrap().contains("122.000"));
        assert_eq!(source_box("nat 9", &page, Lang::Nl), None);
        assert_eq!(source_box("xyz 0", &page, Lang::Nl), None);
    }

    #[test]
    fn one_step_gives_the_same_views_as_each_part() {
        let selection = Selection::all();
        let amounts = Amounts { build: 12_000, extra: 5_000, retrofit: 0 };
        let input = PageInput {
            selection,
            amounts,
            lang: Lang::En,
            metric: Metric::Money,
            highlight: None,
            width: 360,
            area: None,
        };
        let p = page(&input);
        let f = funding::compute(selection, amounts);
        assert_eq!(p.calc, calculator::model::calc(&f, selection, Lang::En));
        assert_eq!(p.chart, chart::model::layout(selection, Metric::Money, &f, Lang::En, 360));
        assert_eq!(&*p.chart_svg, chart::markup::svg(&p.chart));
        assert_eq!(p.totals, table::model::totals(selection, Lang::En));
        assert_eq!(p.map, map::model::state(selection, Metric::Money, &f, None, Lang::En));
    }
}
