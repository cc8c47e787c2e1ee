//! The area view's model: the area's table row (figures, sources, notes, bottlenecks), and
//! its money at the chosen amounts: its contribution, its pro-rata payout within the maximum
//! with that payout's share of the maximum, and its share of all areas' plans. Computed by
//! `funding` like the calculator's; worded here.

use crate::core::dataset::{Category, AREAS};
use crate::core::format::{self, euro, euro_range};
use crate::core::funding::{Funding, Span};
use crate::core::i18n::{texts, Lang};
use crate::core::selection::Selection;
use crate::core::totals::category_total;
use crate::features::table::model::{row, RowView};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaView {
    pub row: RowView,
    /// "Gemeente Delft · boekje pagina 12".
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
    let nl = lang == Lang::Nl;
    let area = &AREAS[index];
    let row = row(index, lang, None);
    let mut subtitle =
        format!("{} {}", if nl { "Gemeente" } else { "Municipality" }, area.municipality);
    if let Some(p) = &row.page {
        subtitle.push_str(" · ");
        subtitle.push_str(p);
    }
    // Counted in the 2025-2029 total: the figures the maximum and the pro rata are about.
    let counted = category_total(Selection::all(), Category::Build).counted.contains(&index);
    let build = area.homes_2025_2029.filter(|_| counted);
    let mut money = vec![];
    let no_money = match build {
        None => Some(if area.has_no_figures() { t.area_no_figures } else { t.area_no_build }),
        Some(figure) => {
            let amounts = funding.amounts;
            let homes = Span { low: u64::from(figure.low), high: u64::from(figure.high) };
            let claim = |amount: u64| Span {
                low: homes.low.saturating_mul(amount),
                high: homes.high.saturating_mul(amount),
            };
            let span = |s: Span| euro_range(to_i64(s.low), to_i64(s.high), lang);
            let per_home = |amount: u64| {
                format!(
                    "{} {}",
                    euro(to_i64(amount), lang),
                    if nl { "per woning" } else { "a home" }
                )
            };
            let c = claim(amounts.build);
            money.push((
                t.area_contribution,
                format!(
                    "{} ({} × {})",
                    span(c),
                    format::range(homes.low, homes.high, lang),
                    per_home(amounts.build)
                ),
            ));
            let payout = funding.pro_rata.payout(index);
            let share = |s: Span, of: Span| match (
                format::percent_tenths(s.low, of.low),
                format::percent_tenths(s.high, of.high),
            ) {
                (Some(x), Some(y)) => format::percent_range(x, y, lang),
                _ => String::new(),
            };
            let max = Span { low: funding.max_total, high: funding.max_total };
            money.push((
                t.area_pro_rata,
                format!(
                    "{} ({} {} {})",
                    span(payout),
                    share(payout, max),
                    if nl { "van" } else { "of" },
                    format::euro_compact(to_i64(funding.max_total), lang)
                ),
            ));
            let all = funding.all_areas_build;
            money.push((
                t.area_share_of_plans,
                format!(
                    "{} ({} {} {})",
                    share(homes, all),
                    format::range(homes.low, homes.high, lang),
                    if nl { "van" } else { "of" },
                    format::range(all.low, all.high, lang)
                ),
            ));
            // The hypothetical amounts, only when the visitor set them.
            for (category, amount, label) in [
                (Category::Extra, amounts.extra, t.card_extra),
                (Category::Retrofit, amounts.retrofit, t.card_retrofit),
            ] {
                if let Some(fig) = area.figure(category).filter(|_| amount > 0) {
                    let count = Span { low: u64::from(fig.low), high: u64::from(fig.high) };
                    let cost = Span {
                        low: count.low.saturating_mul(amount),
                        high: count.high.saturating_mul(amount),
                    };
                    let homes_text = format::range(count.low, count.high, lang);
                    money.push((
                        label,
                        format!("{} ({homes_text} × {})", span(cost), per_home(amount)),
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
