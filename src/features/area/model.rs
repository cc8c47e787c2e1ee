//! The area view's model: the area's table row (figures, sources, notes, bottlenecks), and
//! its money at the chosen amounts: its contribution, its pro-rata payout within the maximum
//! with that payout's share of the maximum, and its share of all areas' plans. Computed by
//! `funding` like the calculator's; worded here.

use crate::core::dataset::AREAS;
use crate::core::format::{self, euro, euro_range};
use crate::core::funding::{cost, Funded, Funding, Span};
use crate::core::i18n::{texts, Lang};
use crate::core::selection::Selection;
use crate::core::totals::measure_total;
use crate::features::table::model::{row, RowView};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaView {
    pub row: RowView,
    /// "Gemeente Delft · blz. 12".
    pub subtitle: String,
    /// (label, value) lines about money and shares; empty without a 2025-2029 figure.
    pub money: Vec<(&'static str, String)>,
    /// Said instead of the money lines when there is nothing to compute.
    pub no_money: Option<&'static str>,
}

fn to_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

/// The view of the area at `index`; `funding` is computed for the whole state (its pro rata is
/// over all areas, whatever the selection).
pub fn area(index: usize, funding: &Funding, lang: Lang) -> AreaView {
    let t = texts(lang);
    let w = &t.area;
    let area = &AREAS[index];
    let row = row(index, lang, None);
    let mut subtitle = (w.municipality)(area.municipality);
    if let Some(p) = &row.page {
        subtitle.push_str(" · ");
        subtitle.push_str(p);
    }
    let new_homes = Funded::NewHomes.measure();
    // Counted in the 2025-2029 total: the figures the maximum and the pro rata are about.
    let counted = measure_total(Selection::all(), new_homes).counted.contains(&index);
    let build = area.figure(new_homes).filter(|_| counted);
    let mut money = vec![];
    let no_money = match build {
        None => Some(if area.has_no_figures() { w.no_figures } else { w.no_build }),
        Some(figure) => {
            let amounts = funding.amounts;
            let homes = Span::of(figure);
            let span = |s: Span| euro_range(to_i64(s.low), to_i64(s.high), lang);
            let per_home =
                |amount: u64| format!("{} {}", euro(to_i64(amount), lang), t.num.per_home);
            let share = |s: Span, of: Span| match (
                format::percent_tenths(s.low, of.low),
                format::percent_tenths(s.high, of.high),
            ) {
                (Some(x), Some(y)) => format::percent_range(x, y, lang),
                _ => String::new(),
            };
            money.push((
                w.contribution,
                format!(
                    "{} ({} × {})",
                    span(cost(figure, amounts.build)),
                    format::range(homes.low, homes.high, lang),
                    per_home(amounts.build)
                ),
            ));
            let payout = funding.pro_rata.payout(index);
            let max = Span { low: funding.max_total, high: funding.max_total };
            money.push((
                w.pro_rata,
                format!(
                    "{} ({} {} {})",
                    span(payout),
                    share(payout, max),
                    t.num.of,
                    format::euro_compact(to_i64(funding.max_total), lang)
                ),
            ));
            let all = funding.all_areas_build;
            money.push((
                w.share_of_plans,
                format!(
                    "{} ({} {} {})",
                    share(homes, all),
                    format::range(homes.low, homes.high, lang),
                    t.num.of,
                    format::range(all.low, all.high, lang)
                ),
            ));
            // The hypothetical amounts, only when the visitor set them.
            for c in Funded::ALL.into_iter().filter(|c| !c.capped()) {
                let amount = amounts.get(c);
                if let Some(fig) = area.figure(c.measure()).filter(|_| amount > 0) {
                    let count = Span::of(fig);
                    let homes_text = format::range(count.low, count.high, lang);
                    money.push((
                        (t.card)(c),
                        format!(
                            "{} ({homes_text} × {})",
                            span(cost(fig, amount)),
                            per_home(amount)
                        ),
                    ));
                }
            }
            None
        }
    };
    AreaView { row, subtitle, money, no_money }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::dataset::Area;
    use crate::core::funding::{compute, Amounts};

    fn view(id: &str, lang: Lang) -> AreaView {
        let i = Area::by_id(id).unwrap().0;
        area(i, &compute(Selection::none().with(i, true), Amounts::default()), lang)
    }

    #[test]
    fn amsterdam_nieuw_west_at_the_default_amount() {
        let v = view("amw", Lang::Nl);
        assert_eq!(v.row.name, "Amsterdam Nieuw-West");
        assert!(v.subtitle.starts_with("Gemeente Amsterdam · "), "{}", v.subtitle);
        assert_eq!(v.money[0].1, "€ 121.992.000 (10.166 × € 12.000 per woning)");
        // Pro rata over all areas: 600.000.000 × 121.992.000 / 844.032.000 (low scenario) and
        // / 847.632.000 (high), whole euros.
        assert!(
            v.money[1].1.starts_with("€ 86.") && v.money[1].1.contains("% van € 600 miljoen)"),
            "{}",
            v.money[1].1
        );
        // 10.166 / 70.636 = 14,39…% and 10.166 / 70.336 = 14,45…%.
        assert_eq!(v.money[2].1, "14,4–14,5% (10.166 van 70.336–70.636)");
        assert_eq!(v.no_money, None);
    }

    #[test]
    fn an_area_without_figures_says_so_and_computes_nothing() {
        for id in ["ehv", "lls"] {
            let v = view(id, Lang::Nl);
            assert!(v.money.is_empty());
            assert!(v.no_money.unwrap().contains("geen cijfers"), "{id}");
            assert!(v.row.no_figures);
        }
    }

    #[test]
    fn hypothetical_amounts_appear_only_when_set() {
        let i = Area::by_id("dor").unwrap().0;
        let f = compute(Selection::all(), Amounts { build: 12_000, extra: 0, retrofit: 1_000 });
        let v = area(i, &f, Lang::En);
        assert_eq!(v.money.len(), 4);
        assert!(v.money[3].1.starts_with("€1,525,000–2,525,000"), "{}", v.money[3].1);
    }
}
