//! The page's view model: everything the widget shows that follows from the selection, the
//! amounts, the language and the chart's metric, derived in one step from the state. The
//! areas table is apart (`table`): it follows the language and the highlight only.

use std::rc::Rc;

use crate::core::calc_view::{self, CalcView};
use crate::core::chart::{self, ChartGeometry, Metric};
use crate::core::dataset::BottleneckKind;
use crate::core::fragments;
use crate::core::funding::{self, Amounts};
use crate::core::i18n::Lang;
use crate::core::selection::Selection;
use crate::core::view::{self, NationalView, TotalView};

pub struct PageView {
    pub calc: CalcView,
    pub chart: ChartGeometry,
    /// The chart as SVG markup (`chart::svg`); shared, as the shell hands it on unchanged.
    pub chart_svg: Rc<str>,
    pub totals: [TotalView; 3],
    pub national: NationalView,
}

/// The areas table's markup in the app (`fragments::table`), for a language and a
/// highlighted bottleneck: the selection does not change it.
pub fn table(lang: Lang, highlight: Option<BottleneckKind>) -> Rc<str> {
    fragments::table(&view::rows(lang, highlight), None, lang, true).into()
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
