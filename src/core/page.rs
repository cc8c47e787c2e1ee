//! The page's view model: everything the widget shows that follows from the selection, the
//! amounts, the language and the chart's metric, derived in one step from the state. The
//! table's rows are apart (`view::rows`): they follow the language and the highlight only,
//! so that each row keeps its identity, and is not re-rendered, while the selection changes.

use std::rc::Rc;

use crate::core::calc_view::{self, CalcView};
use crate::core::chart::{self, ChartGeometry, Metric};
use crate::core::dataset::BottleneckKind;
use crate::core::fragments::{self, RowMarkup};
use crate::core::funding::{self, Amounts};
use crate::core::i18n::Lang;
use crate::core::selection::Selection;
use crate::core::view::{self, NationalView, RowView, TotalView};

pub struct PageView {
    pub calc: CalcView,
    pub chart: ChartGeometry,
    /// The chart as SVG markup (`chart::svg`); shared, as the shell hands it on unchanged.
    pub chart_svg: Rc<str>,
    pub totals: [TotalView; 3],
    pub national: NationalView,
}

/// The table's rows with their markup, for a language and a highlighted bottleneck.
pub fn table_rows(lang: Lang, highlight: Option<BottleneckKind>) -> Vec<(Rc<RowView>, RowMarkup)> {
    view::rows(lang, highlight)
        .into_iter()
        .map(|r| {
            let markup = fragments::row(&r, lang);
            (r, markup)
        })
        .collect()
}

pub fn page(selection: Selection, amounts: Amounts, lang: Lang, metric: Metric) -> PageView {
    let funding = funding::compute(selection, amounts);
    let chart = chart::layout(selection, metric, &funding, lang);
    PageView {
        calc: calc_view::calc(&funding, selection, lang),
        chart_svg: chart::svg(&chart).into(),
        chart,
        totals: view::totals(selection, lang),
        national: view::national(lang),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn one_step_gives_the_same_views_as_each_part() {
        let selection = Selection::all();
        let amounts = Amounts { build: 12_000, extra: 5_000, retrofit: 0 };
        let p = page(selection, amounts, Lang::En, Metric::Money);
        let f = funding::compute(selection, amounts);
        assert_eq!(p.calc, calc_view::calc(&f, selection, Lang::En));
        assert_eq!(p.chart, chart::layout(selection, Metric::Money, &f, Lang::En));
        assert_eq!(&*p.chart_svg, chart::svg(&p.chart));
        assert_eq!(p.totals, view::totals(selection, Lang::En));
        assert_eq!(p.national, view::national(Lang::En));
    }
}
