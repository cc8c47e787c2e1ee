//! The calculator's view model: the funding results for a selection and amounts, as text
//! ready to render (and to announce in a live region). Computes nothing the `funding` module
//! does not; it only words and formats.

use crate::core::dataset::{AREAS, NATIONAL};
use crate::core::format::{self, euro, euro_compact, int};
use crate::core::funding::{cost, Funded, Funding, Span, MAX_PER_HOME_EUR};
use crate::core::i18n::{texts, Lang};
use crate::core::selection::Selection;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryView {
    pub category: Funded,
    pub label: &'static str,
    pub homes: String,
    pub amount: String,
    pub funding: String,
    /// Written out for large sums: `€ 844 miljoen`.
    pub funding_compact: String,
    /// An amount of 0 for a hypothetical category: the card is not shown.
    pub zero: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProRataRow {
    pub name: &'static str,
    pub claim: String,
    pub payout: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalcView {
    /// "3 van 20 gebieden geselecteerd".
    pub selection_label: String,
    /// By `Funded::index`.
    pub categories: [CategoryView; Funded::COUNT],
    /// Share of the national maximum: "140,7%" or "140,7–141,3%".
    pub share_of_max: String,
    /// "€ 244.032.000 boven het maximum van € 600 miljoen".
    pub versus_max: String,
    /// "Het maximum betaalt 50.000 woningen bij € 12.000 per woning."
    pub max_covers: String,
    /// Share of all areas' plans: "26,5% van alle plannen (18.687 van 70.336–70.636 woningen)".
    pub share_of_plans: String,
    /// The booklet's national figures, as context: task, homes in plans, homes made concrete.
    pub national_context: String,
    /// Areas in the selection without a 2025-2029 figure, in words; empty when none.
    pub unknown_note: String,
    pub pro_rata_note: String,
    pub pro_rata_rows: Vec<ProRataRow>,
    pub pro_rata_sum: String,
    /// One sentence for the live region.
    pub summary: String,
    /// The key result in a few words, for the summary bar: the contribution and its share of
    /// the maximum ("≈ € 844 miljoen – ≈ € 847,6 miljoen · 140,7–141,3% van € 600 miljoen").
    pub key_result: String,
    /// The amount at which all areas' plans fit within the maximum, and what it means.
    pub fit_all: Suggestion,
    /// The amount at which the selection alone would use the whole maximum (or why there is
    /// none); `None` when the selection is all areas (the line above says it).
    pub fit_selection: Option<Suggestion>,
}

/// A suggested per-home amount, worded; `amount` is what "use this amount" sets (none when
/// there is nothing to use).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub text: String,
    pub amount: Option<u64>,
}

fn to_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn fit_all(f: &Funding, lang: Lang) -> Suggestion {
    let n = &NATIONAL;
    let Some(amount) = f.fits_all else {
        return Suggestion { text: String::new(), amount: None };
    };
    let band = format::euro_range(to_i64(n.per_home_low_eur), to_i64(n.per_home_high_eur), lang);
    let below = (amount < n.per_home_low_eur).then_some(band.as_str());
    let text = (texts(lang).calc.fit_all)(
        &euro(to_i64(amount), lang),
        &int(f.all_areas_build.high, lang),
        &euro_compact(to_i64(f.max_total), lang),
        below,
    );
    Suggestion { text, amount: Some(amount) }
}

fn fit_selection(f: &Funding, selection: Selection, lang: Lang) -> Option<Suggestion> {
    if selection.is_all() {
        return None;
    }
    let w = &texts(lang).calc;
    let build = f.new_homes();
    let homes = format::range(build.homes.low, build.homes.high, lang);
    let max = euro_compact(to_i64(f.max_total), lang);
    Some(match f.fits_selection {
        None => Suggestion { text: w.fit_selection_none.into(), amount: None },
        Some(a) if a > MAX_PER_HOME_EUR => Suggestion {
            text: (w.fit_selection_above)(&homes, &max, &euro(to_i64(MAX_PER_HOME_EUR), lang)),
            amount: None,
        },
        Some(a) => Suggestion {
            text: (w.fit_selection)(&homes, &max, &euro(to_i64(a), lang)),
            amount: Some(a),
        },
    })
}

fn money_span(s: Span, lang: Lang) -> String {
    format::euro_range(to_i64(s.low), to_i64(s.high), lang)
}

fn compact_span(s: Span, lang: Lang) -> String {
    format::euro_compact_range(to_i64(s.low), to_i64(s.high), lang)
}

/// The ratio num / den over the low and the high scenario, as a percentage range (ordered:
/// the low scenario's share can be the larger one, since both parts change).
fn percent_span(num: Span, den: Span, lang: Lang) -> String {
    match (format::percent_tenths(num.low, den.low), format::percent_tenths(num.high, den.high)) {
        (Some(a), Some(b)) => format::percent_range(a, b, lang),
        _ => String::new(),
    }
}

fn versus_max_text(f: &Funding, lang: Lang) -> String {
    let w = &texts(lang).calc;
    let (lo, hi) = (f.versus_max_low, f.versus_max_high);
    let abs = |v: i128| to_i64(u64::try_from(v.unsigned_abs()).unwrap_or(u64::MAX));
    let max = euro_compact(to_i64(f.max_total), lang);
    if lo > 0 {
        (w.above_max)(&format::euro_range(abs(lo), abs(hi), lang), &max)
    } else if hi < 0 {
        (w.below_max)(&format::euro_range(abs(hi), abs(lo), lang), &max)
    } else if lo == 0 && hi == 0 {
        (w.exactly_max)(&max)
    } else {
        (w.around_max)(&max)
    }
}

fn pro_rata_text(f: &Funding, lang: Lang) -> String {
    let w = &texts(lang).calc;
    let p = &f.pro_rata;
    let claims = money_span(p.claims_total, lang);
    if p.applies_low || p.applies_high {
        (w.pro_rata_over)(&claims, &euro_compact(to_i64(f.max_total), lang))
    } else {
        (w.pro_rata_within)(&claims)
    }
}

fn national_context(lang: Lang) -> String {
    let n = &NATIONAL;
    let h = |v: u32| int(u64::from(v), lang);
    (texts(lang).calc.national_context)(&h(n.task_homes), &h(n.plans_homes), &h(n.concrete_homes))
}

pub fn calc(f: &Funding, selection: Selection, lang: Lang) -> CalcView {
    let t = texts(lang);
    let w = &t.calc;
    let categories = Funded::ALL.map(|c| {
        let (line, amount) = (f.line(c), f.amounts.get(c));
        CategoryView {
            category: c,
            label: (t.card)(c),
            homes: format!(
                "{} {}",
                format::range(line.homes.low, line.homes.high, lang),
                t.num.homes
            ),
            amount: format!("{} {}", euro(to_i64(amount), lang), t.num.per_home),
            funding: money_span(line.funding, lang),
            funding_compact: compact_span(line.funding, lang),
            zero: !c.capped() && amount == 0,
        }
    });
    let build = f.new_homes();
    let max_span = Span { low: f.max_total, high: f.max_total };
    let share_of_max = percent_span(build.funding, max_span, lang);
    let max_covers = match f.max_covers_homes {
        Some(n) => (w.max_covers)(&int(n, lang), &euro(to_i64(f.amounts.build), lang)),
        None => w.max_covers_nothing.into(),
    };
    let share_of_plans = (w.share_of_plans)(
        &percent_span(build.homes, f.all_areas_build, lang),
        &format::range(build.homes.low, build.homes.high, lang),
        &format::range(f.all_areas_build.low, f.all_areas_build.high, lang),
        &int(u64::from(NATIONAL.plans_homes), lang),
    );
    let unknown = &build.total.unknown;
    let unknown_note = if unknown.is_empty() {
        String::new()
    } else {
        (w.unknown_note)(&unknown.iter().map(|&i| AREAS[i].name).collect::<Vec<_>>().join(", "))
    };
    let p = &f.pro_rata;
    let measure = Funded::NewHomes.measure();
    let pro_rata_rows = selection
        .indices()
        .filter(|i| build.total.counted.contains(i))
        .map(|i| ProRataRow {
            name: AREAS[i].name,
            claim: money_span(
                AREAS[i].figure(measure).map_or(Span::default(), |fig| cost(fig, f.amounts.build)),
                lang,
            ),
            payout: money_span(p.payout(i), lang),
        })
        .collect();
    let pro_rata_sum = money_span(p.selection_sum(selection), lang);
    let selection_label = (w.selected)(selection.len(), AREAS.len());
    let new_homes = &categories[Funded::NewHomes.index()];
    let summary = (w.summary)(
        &selection_label,
        &new_homes.homes,
        &new_homes.funding_compact,
        &share_of_max,
        &pro_rata_sum,
    );
    let key_result = (w.key_result)(
        &new_homes.funding_compact,
        &share_of_max,
        &euro_compact(to_i64(f.max_total), lang),
    );
    CalcView {
        key_result,
        fit_all: fit_all(f, lang),
        fit_selection: fit_selection(f, selection, lang),
        selection_label,
        share_of_max,
        versus_max: versus_max_text(f, lang),
        max_covers,
        share_of_plans,
        national_context: national_context(lang),
        unknown_note,
        pro_rata_note: pro_rata_text(f, lang),
        pro_rata_rows,
        pro_rata_sum,
        summary,
        categories,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::dataset::Area;
    use crate::core::funding::{compute, Amounts};

    #[test]
    fn all_areas_at_the_default_amount_in_dutch() {
        let f = compute(Selection::all(), Amounts::default());
        let v = calc(&f, Selection::all(), Lang::Nl);
        assert_eq!(v.selection_label, "20 van 20 gebieden geselecteerd");
        assert_eq!(v.categories[0].homes, "70.336–70.636 woningen");
        assert_eq!(v.categories[0].funding, "€ 844.032.000–847.632.000");
        assert_eq!(v.categories[0].funding_compact, "≈ € 844–847,6 miljoen");
        assert_eq!(v.share_of_max, "140,7–141,3%");
        assert_eq!(v.versus_max, "€ 244.032.000–247.632.000 boven het maximum van € 600 miljoen");
        assert_eq!(v.max_covers, "Het maximum betaalt 50.000 woningen bij € 12.000 per woning.");
        assert!(
            v.share_of_plans.starts_with("100%: 70.336–70.636 van 70.336–70.636 woningen"),
            "{}",
            v.share_of_plans
        );
        assert_eq!(v.pro_rata_sum, "€ 600.000.000");
        assert_eq!(v.key_result, "≈ € 844–847,6 miljoen · 140,7–141,3% van € 600 miljoen");
        assert_eq!(
            v.national_context,
            "Landelijk (boekje): opgave 122.000 woningen 2024-2030, 70.000 in de ingediende plannen, circa 50.000 vandaag concreet gemaakt."
        );
        assert_eq!(v.pro_rata_rows.len(), 18);
        assert!(v.unknown_note.contains("Eindhoven Woensel-Zuid, Lelystad Oost"));
    }

    #[test]
    fn the_amounts_that_fit_are_worded_with_their_limits() {
        let all = calc(&compute(Selection::all(), Amounts::default()), Selection::all(), Lang::Nl);
        assert_eq!(all.fit_all.amount, Some(8_494));
        assert!(
            all.fit_all.text.starts_with("Bij € 8.494 per woning passen"),
            "{}",
            all.fit_all.text
        );
        assert!(
            all.fit_all.text.contains("70.636 woningen")
                && all.fit_all.text.contains("onder de € 10.000–13.000")
        );
        assert_eq!(all.fit_selection, None);
        let amsterdam = Selection::municipality("Amsterdam");
        let v = calc(&compute(amsterdam, Amounts::default()), amsterdam, Lang::En);
        let s = v.fit_selection.unwrap();
        assert_eq!(s.amount, Some(32_107));
        assert!(s.text.contains("18,687 homes") && s.text.contains("€32,107"), "{}", s.text);
        // Nieuwegein's 564 homes would need over € 1 miljoen a home; Eindhoven has no figure.
        let small = Selection::none().with(Area::by_id("nwg").unwrap().0, true);
        let v = calc(&compute(small, Amounts::default()), small, Lang::Nl);
        let s = v.fit_selection.unwrap();
        assert_eq!(s.amount, None);
        assert!(s.text.contains("pas boven € 100.000"), "{}", s.text);
        let none = Selection::none().with(Area::by_id("ehv").unwrap().0, true);
        let v = calc(&compute(none, Amounts::default()), none, Lang::Nl);
        assert!(v.fit_selection.unwrap().text.contains("geen cijfers"));
    }

    #[test]
    fn one_area_below_the_maximum_in_english() {
        let s = Selection::none().with(0, true);
        let f = compute(s, Amounts { build: 10_000, ..Amounts::default() });
        let v = calc(&f, s, Lang::En);
        assert_eq!(v.categories[0].funding, "€101,660,000");
        assert_eq!(v.versus_max, "€498,340,000 below the maximum of €600 million");
        assert_eq!(v.share_of_max, "16.9%");
        assert_eq!(v.max_covers, "The maximum pays for 60,000 homes at €10,000 a home.");
    }

    /// Every "a–b" range of plain numbers in `text` (in `lang`'s format, with an optional `%`):
    /// its ends, and for a percentage range the decimals of each end.
    type Range = (f64, f64, Option<(usize, usize)>);
    fn ranges(text: &str, lang: Lang) -> Vec<Range> {
        let (group, decimal) = (texts(lang).num.group, texts(lang).num.decimal);
        let number = |s: &str| {
            let s = s.trim_end_matches('%');
            let decimals = s.split_once(decimal).map_or(0, |(_, d)| d.len());
            let plain: String = s
                .chars()
                .filter(|c| *c != group)
                .map(|c| if c == decimal { '.' } else { c })
                .collect();
            plain.parse::<f64>().ok().map(|v| (v, decimals))
        };
        let token = |c: char| c.is_ascii_digit() || c == group || c == decimal || c == '%';
        let mut out = vec![];
        for (i, _) in text.match_indices('–') {
            let before: String = text[..i].chars().rev().take_while(|c| token(*c)).collect();
            let before: String = before.chars().rev().collect();
            let after: String =
                text[i + '–'.len_utf8()..].chars().take_while(|c| token(*c)).collect();
            let trim = |s: &str| s.trim_end_matches([group, decimal]).to_string();
            if let (Some((a, da)), Some((b, db))) = (number(&trim(&before)), number(&trim(&after)))
            {
                out.push((a, b, after.ends_with('%').then_some((da, db))));
            }
        }
        out
    }

    #[test]
    fn the_share_of_all_plans_is_ordered_with_one_precision() {
        let s = Selection::municipality("Amsterdam").with(4, true);
        let f = compute(s, Amounts::default());
        let v = calc(&f, s, Lang::Nl);
        assert!(v.share_of_plans.starts_with("28,9–29,0%: "), "{}", v.share_of_plans);
    }

    proptest::proptest! {
        #[test]
        fn every_shown_range_is_low_to_high_with_one_precision(
            bits in proptest::prelude::any::<u32>(),
            build in 0..=crate::core::funding::MAX_PER_HOME_EUR,
            extra in 0..=crate::core::funding::MAX_PER_HOME_EUR,
            en in proptest::prelude::any::<bool>(),
        ) {
            let lang = if en { Lang::En } else { Lang::Nl };
            let s = Selection::from_bits(bits);
            let f = compute(s, Amounts { build, extra, retrofit: build / 2 });
            let v = calc(&f, s, lang);
            let mut texts = vec![v.share_of_max.clone(), v.versus_max.clone(), v.share_of_plans.clone(), v.pro_rata_sum.clone(), v.summary.clone()];
            for c in &v.categories {
                texts.extend([c.homes.clone(), c.funding.clone()]);
            }
            for r in &v.pro_rata_rows {
                texts.extend([r.claim.clone(), r.payout.clone()]);
            }
            for text in &texts {
                for (a, b, percent_decimals) in ranges(text, lang) {
                    proptest::prop_assert!(a <= b, "{text}");
                    if let Some((da, db)) = percent_decimals {
                        proptest::prop_assert_eq!(da, db, "{}", text);
                    }
                }
            }
        }
    }
}
