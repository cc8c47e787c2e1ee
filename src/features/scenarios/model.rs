//! The comparison of pinned scenarios, as text ready to render: per scenario its label and
//! the calculator's results (`funding::compute`), and under each figure of the second and
//! later scenarios its difference from the first. Computes nothing the funding model does
//! not; the differences are exact integers (euros, homes, tenths of a percent), signed.

use std::fmt::Write;

use crate::core::dataset::AREAS;
use crate::core::format;
use crate::core::funding::{compute, Funded, Funding, Span};
use crate::core::i18n::{texts, Lang};
use crate::core::link::escape;
use crate::core::scenarios::Scenario;

/// One figure of one scenario, and its difference from the first scenario's (none for the
/// first, and where either has no figure).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub value: String,
    pub diff: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub name: &'static str,
    pub cells: Vec<Cell>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompareView {
    /// Per scenario, in pin order: the label shown, and the visitor's own name (the field's
    /// text; empty for the widget's label).
    pub labels: Vec<String>,
    pub names: Vec<String>,
    /// Whether the scenario is the calculator's current one.
    pub current: Vec<bool>,
    /// The figures (`ScenarioWords::rows`).
    pub rows: Vec<Row>,
    /// The pro-rata payout of each area any scenario selects.
    pub payouts: Vec<Row>,
}

/// A scenario's figures as exact numbers: (low, high) pairs, `None` where there is none.
struct Figures {
    areas: i128,
    amount: i128,
    homes: (i128, i128),
    contribution: (i128, i128),
    /// Tenths of a percent of the maximum.
    share: Option<(i128, i128)>,
    versus: (i128, i128),
    covers: Option<i128>,
}

fn pair(s: Span) -> (i128, i128) {
    (i128::from(s.low), i128::from(s.high))
}

fn figures(s: &Scenario, f: &Funding) -> Figures {
    let build = f.new_homes();
    let tenths = |v: u64| format::percent_tenths(v, f.max_total).map(i128::from);
    Figures {
        areas: i128::try_from(s.selection.len()).unwrap_or(0),
        amount: i128::from(f.amounts.build),
        homes: pair(build.homes),
        contribution: pair(build.funding),
        share: tenths(build.funding.low).zip(tenths(build.funding.high)),
        versus: (f.versus_max_low, f.versus_max_high),
        covers: f.max_covers_homes.map(i128::from),
    }
}

fn to_i64(v: i128) -> i64 {
    i64::try_from(v).unwrap_or(if v < 0 { i64::MIN } else { i64::MAX })
}

fn abs_u64(v: i128) -> u64 {
    u64::try_from(v.unsigned_abs()).unwrap_or(u64::MAX)
}

/// A number with its sign: `+€ 12.000`, `−1.200`, `±0` (written by `unsigned`).
fn signed(v: i128, unsigned: &dyn Fn(u64) -> String) -> String {
    let sign = match v.signum() {
        1 => "+",
        -1 => "−",
        _ => "±",
    };
    format!("{sign}{}", unsigned(abs_u64(v)))
}

/// A difference of two (low, high) pairs: one signed number, or low and high.
fn signed_pair(d: (i128, i128), unsigned: &dyn Fn(u64) -> String) -> String {
    if d.0 == d.1 {
        signed(d.0, unsigned)
    } else {
        format!("{} / {}", signed(d.0, unsigned), signed(d.1, unsigned))
    }
}

fn minus(a: (i128, i128), b: (i128, i128)) -> (i128, i128) {
    (a.0 - b.0, a.1 - b.1)
}

/// "€ 244.032.000–247.632.000 boven", "€ 10.000 onder", or where the range straddles the
/// maximum both ends.
fn versus(v: (i128, i128), lang: Lang) -> String {
    let w = &texts(lang).scenarios;
    let one = |x: i128| {
        let word = if x < 0 { w.below } else { w.above };
        (abs_u64(x), word)
    };
    let ((a, wa), (b, wb)) = (one(v.0), one(v.1));
    let euro = |x: u64| format::euro(i64::try_from(x).unwrap_or(i64::MAX), lang);
    if wa == wb {
        let (lo, hi) = (a.min(b), a.max(b));
        format!("{} {wa}", format::euro_range(to_i64(i128::from(lo)), to_i64(i128::from(hi)), lang))
    } else {
        format!("{} {wa} – {} {wb}", euro(a), euro(b))
    }
}

/// A row's value of a scenario's figures, and its difference from the first scenario's.
type Value<'a> = Box<dyn Fn(&Figures) -> String + 'a>;
type Diff<'a> = Box<dyn Fn(&Figures) -> Option<String> + 'a>;

/// The comparison of `pinned` (the calculator's current scenario: `selection`, `amounts`).
pub fn compare(
    pinned: &[Scenario],
    current: (crate::core::selection::Selection, crate::core::funding::Amounts),
    lang: Lang,
) -> CompareView {
    if pinned.is_empty() {
        return CompareView::default();
    }
    let t = texts(lang);
    let w = &t.scenarios;
    let fundings: Vec<Funding> = pinned.iter().map(|s| compute(s.selection, s.amounts)).collect();
    let figs: Vec<Figures> = pinned.iter().zip(&fundings).map(|(s, f)| figures(s, f)).collect();
    let first = &figs[0];
    let euro = |v: u64| format::euro(i64::try_from(v).unwrap_or(i64::MAX), lang);
    let int = |v: u64| format::int(v, lang);
    let range = |p: (i128, i128), f: &dyn Fn(u64) -> String| {
        if p.0 == p.1 {
            f(abs_u64(p.0))
        } else {
            format!("{}–{}", f(abs_u64(p.0)), f(abs_u64(p.1)).trim_start_matches("€ "))
        }
    };
    let percent = |p: (i128, i128)| format::percent_range(abs_u64(p.0), abs_u64(p.1), lang);
    let points = |v: u64| {
        let d = t.num.decimal;
        format!("{}{d}{}", int(v / 10), v % 10)
    };
    // Per row: the value of a scenario's figures, and its difference from the first's.
    let rows: [(Value, Diff); 7] = [
        (
            Box::new(|f| (w.areas)(usize::try_from(f.areas).unwrap_or(0))),
            Box::new(|f| Some(signed(f.areas - first.areas, &int))),
        ),
        (
            Box::new(|f| euro(abs_u64(f.amount))),
            Box::new(|f| Some(signed(f.amount - first.amount, &euro))),
        ),
        (
            Box::new(|f| range(f.homes, &int)),
            Box::new(|f| Some(signed_pair(minus(f.homes, first.homes), &int))),
        ),
        (
            Box::new(|f| {
                format::euro_range(to_i64(f.contribution.0), to_i64(f.contribution.1), lang)
            }),
            Box::new(|f| Some(signed_pair(minus(f.contribution, first.contribution), &euro))),
        ),
        (
            Box::new(|f| f.share.map_or_else(|| t.unknown.to_string(), percent)),
            Box::new(|f| {
                f.share
                    .zip(first.share)
                    .map(|(a, b)| (w.points)(&signed_pair(minus(a, b), &points)))
            }),
        ),
        (
            Box::new(|f| versus(f.versus, lang)),
            Box::new(|f| Some(signed_pair(minus(f.versus, first.versus), &euro))),
        ),
        (
            Box::new(|f| f.covers.map_or_else(|| t.unknown.to_string(), |c| int(abs_u64(c)))),
            Box::new(|f| f.covers.zip(first.covers).map(|(a, b)| signed(a - b, &int))),
        ),
    ];
    let rows = rows
        .iter()
        .zip(w.rows)
        .map(|((value, diff), name)| Row {
            name,
            cells: figs
                .iter()
                .enumerate()
                .map(|(i, f)| Cell { value: value(f), diff: if i == 0 { None } else { diff(f) } })
                .collect(),
        })
        .collect();
    let payouts = payouts(pinned, &fundings, lang);
    CompareView {
        labels: pinned.iter().map(|s| s.label(lang)).collect(),
        names: pinned.iter().map(|s| s.name.clone()).collect(),
        current: pinned.iter().map(|s| s.is(current.0, current.1)).collect(),
        rows,
        payouts,
    }
}

/// Each area any scenario selects: its payout per scenario, and the difference from the first.
fn payouts(pinned: &[Scenario], fundings: &[Funding], lang: Lang) -> Vec<Row> {
    let t = texts(lang);
    let w = &t.scenarios;
    let euro = |v: u64| format::euro(i64::try_from(v).unwrap_or(i64::MAX), lang);
    // An area's payout in a scenario: none where the scenario does not select it or it has
    // no counted figure for 2025-2029.
    let payout = |s: &Scenario, f: &Funding, i: usize| -> Result<(i128, i128), &'static str> {
        if !s.selection.contains(i) {
            Err(w.not_chosen)
        } else if !f.line(Funded::NewHomes).total.counted.contains(&i) {
            Err(t.unknown)
        } else {
            Ok(pair(f.pro_rata.payout(i)))
        }
    };
    (0..AREAS.len())
        .filter(|&i| pinned.iter().any(|s| s.selection.contains(i)))
        .map(|i| {
            let base = payout(&pinned[0], &fundings[0], i);
            Row {
                name: AREAS[i].name,
                cells: pinned
                    .iter()
                    .zip(fundings)
                    .enumerate()
                    .map(|(k, (s, f))| match payout(s, f, i) {
                        Ok(p) => Cell {
                            value: format::euro_range(to_i64(p.0), to_i64(p.1), lang),
                            diff: match base {
                                Ok(b) if k > 0 => Some(signed_pair(minus(p, b), &euro)),
                                _ => None,
                            },
                        },
                        Err(word) => Cell { value: word.to_string(), diff: None },
                    })
                    .collect(),
            }
        })
        .collect()
}

impl CompareView {
    /// The comparison table's markup (nothing while none is pinned): a column per scenario,
    /// headed by its number and label (the current one marked), a row per figure, then a
    /// group of rows with each area's payout. Every text is escaped: a scenario's name comes
    /// from the visitor, or from a link. No control is in it: the names and buttons are
    /// beside it (`view::compare`).
    pub fn markup(&self, lang: Lang) -> String {
        if self.labels.is_empty() {
            return String::new();
        }
        let w = &texts(lang).scenarios;
        let mut out = format!(
            "<table class=\"wt-table wt-compare-table\"><caption>{}</caption><thead><tr><td></td>",
            escape(w.caption)
        );
        for (i, label) in self.labels.iter().enumerate() {
            let current = if self.current[i] { " data-current=\"true\"" } else { "" };
            let _ = write!(
                out,
                "<th scope=\"col\"{current}><span class=\"wt-sc-n\">{}</span> {}</th>",
                i + 1,
                escape(label)
            );
        }
        out.push_str("</tr></thead><tbody>");
        rows(&mut out, &self.rows);
        out.push_str("</tbody>");
        if !self.payouts.is_empty() {
            let _ = write!(
                out,
                "<tbody><tr><th scope=\"colgroup\" colspan=\"{}\" class=\"wt-sc-group\">{}</th></tr>",
                self.labels.len() + 1,
                escape(w.payouts)
            );
            rows(&mut out, &self.payouts);
            out.push_str("</tbody>");
        }
        out.push_str("</table>");
        out
    }
}

fn rows(out: &mut String, rows: &[Row]) {
    for r in rows {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(r.name));
        for c in &r.cells {
            let _ = write!(out, "<td class=\"wt-num\">{}", escape(&c.value));
            if let Some(d) = &c.diff {
                let _ = write!(out, "<span class=\"wt-diff\">{}</span>", escape(d));
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::funding::Amounts;
    use crate::core::selection::Selection;
    use proptest::prelude::*;

    fn at(build: u64) -> Scenario {
        Scenario::new(Selection::all(), Amounts { build, ..Amounts::default() })
    }

    #[test]
    fn two_amounts_for_all_areas_side_by_side() {
        let v =
            compare(&[at(12_000), at(10_000)], (Selection::all(), Amounts::default()), Lang::Nl);
        assert_eq!(v.labels, ["20 gebieden, € 12.000", "20 gebieden, € 10.000"]);
        assert_eq!(v.current, [true, false]);
        let cells = |row: usize| v.rows[row].cells.clone();
        assert_eq!(cells(1)[1], Cell { value: "€ 10.000".into(), diff: Some("−€ 2.000".into()) });
        assert_eq!(cells(2)[0], Cell { value: "70.336–70.636".into(), diff: None });
        assert_eq!(cells(2)[1].diff.as_deref(), Some("±0"));
        assert_eq!(cells(3)[0].value, "€ 844.032.000–847.632.000");
        // 70.336 × € 2.000 less, and 70.636 × € 2.000.
        assert_eq!(cells(3)[1].diff.as_deref(), Some("−€ 140.672.000 / −€ 141.272.000"));
        assert_eq!(cells(5)[0].value, "€ 244.032.000–247.632.000 boven");
        assert_eq!(cells(6)[1], Cell { value: "60.000".into(), diff: Some("+10.000".into()) });
        // Pro rata: above the maximum at both amounts, every area gets its share of € 600
        // miljoen, the same at both amounts.
        assert_eq!(v.payouts.len(), 20);
        for r in &v.payouts {
            assert!(r.cells[1].diff.as_deref().is_none_or(|d| d == "±€ 0"), "{r:?}");
        }
    }

    #[test]
    fn the_markup_escapes_a_visitors_name_and_has_a_column_each() {
        let named = Scenario { name: "<img src=x onerror=alert(1)> & \"".into(), ..at(12_000) };
        let v = compare(&[named, at(10_000)], (Selection::all(), Amounts::default()), Lang::Nl);
        let html = v.markup(Lang::Nl);
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;"), "{html}");
        assert!(!html.contains("<img"));
        assert_eq!(html.matches("<th scope=\"col\"").count(), 2);
        assert_eq!(html.matches("<tr>").count(), 1 + 7 + 1 + 20);
        assert_eq!(
            compare(&[], (Selection::all(), Amounts::default()), Lang::Nl).markup(Lang::Nl),
            ""
        );
    }

    #[test]
    fn an_area_a_scenario_does_not_select_is_said_so() {
        let one = Scenario::new(Selection::none().with(0, true), Amounts::default());
        let v = compare(&[one, at(12_000)], (Selection::none(), Amounts::default()), Lang::En);
        assert_eq!(v.current, [false, false]);
        let second = &v.payouts[1];
        assert_eq!(second.cells[0], Cell { value: "not chosen".into(), diff: None });
        assert_eq!(second.cells[1].diff, None);
    }

    fn scenario() -> impl Strategy<Value = Scenario> {
        (0u32..(1 << 20), 0u64..=40_000).prop_map(|(bits, build)| {
            Scenario::new(Selection::from_bits(bits), Amounts { build, ..Amounts::default() })
        })
    }

    proptest! {
        /// Every row has a cell per scenario; the first has no differences; an amount's
        /// difference is ± (zero) exactly when the amounts are the same.
        #[test]
        fn each_scenario_has_its_column(list in proptest::collection::vec(scenario(), 1..=4)) {
            let v = compare(&list, (Selection::all(), Amounts::default()), Lang::Nl);
            prop_assert_eq!(v.labels.len(), list.len());
            for row in v.rows.iter().chain(&v.payouts) {
                prop_assert_eq!(row.cells.len(), list.len());
                prop_assert!(row.cells[0].diff.is_none());
            }
            for (k, s) in list.iter().enumerate().skip(1) {
                let same_amount = s.amounts.build == list[0].amounts.build;
                let diff = v.rows[1].cells[k].diff.clone().unwrap_or_default();
                prop_assert_eq!(diff.starts_with('±'), same_amount, "{}", diff);
            }
        }
    }
}
