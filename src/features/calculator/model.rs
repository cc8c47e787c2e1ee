//! The calculator's view model: the funding results for a selection and amounts, as text
//! ready to render (and to announce in a live region). Computes nothing the `funding` module
//! does not; it only words and formats.

use crate::core::dataset::{AREAS, NATIONAL};
use crate::core::format::{self, euro, euro_compact, int};
use crate::core::funding::{Funding, Span};
use crate::core::i18n::{texts, Lang};
use crate::core::selection::Selection;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryView {
    pub label: &'static str,
    pub homes: String,
    pub amount: String,
    pub funding: String,
    /// Written out for large sums: `€ 844 miljoen`.
    pub funding_compact: String,
    pub hypothetical: bool,
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
    pub categories: [CategoryView; 3],
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

fn fit_all(f: &Funding, lang: Lang) -> Suggestion {
    let n = &NATIONAL;
    let band = format::euro_range(to_i64(n.per_home_low_eur), to_i64(n.per_home_high_eur), lang);
    let max = euro_compact(to_i64(f.max_total), lang);
    let high = int(f.all_areas_build.high, lang);
    let Some(amount) = f.fits_all else {
        return Suggestion { text: String::new(), amount: None };
    };
    let euros = euro(to_i64(amount), lang);
    let below = amount < n.per_home_low_eur;
    let text = match (lang, below) {
        (Lang::Nl, true) => format!("Bij {euros} per woning passen de plannen van alle gebieden, ook de hoogste schatting van {high} woningen, binnen het maximum van {max}. Dat ligt onder de {band} per woning uit het boekje."),
        (Lang::Nl, false) => format!("Bij {euros} per woning passen de plannen van alle gebieden, ook de hoogste schatting van {high} woningen, binnen het maximum van {max}."),
        (Lang::En, true) => format!("At {euros} a home, all areas' plans, even the highest estimate of {high} homes, fit within the maximum of {max}. That is below the booklet's {band} a home."),
        (Lang::En, false) => format!("At {euros} a home, all areas' plans, even the highest estimate of {high} homes, fit within the maximum of {max}."),
    };
    Suggestion { text, amount: Some(amount) }
}

fn fit_selection(f: &Funding, selection: Selection, lang: Lang) -> Option<Suggestion> {
    if selection.is_all() {
        return None;
    }
    let homes = format::range(f.build.homes.low, f.build.homes.high, lang);
    let max = euro_compact(to_i64(f.max_total), lang);
    let field_max = euro(to_i64(crate::core::funding::MAX_PER_HOME_EUR), lang);
    Some(match f.fits_selection {
        None => Suggestion {
            text: match lang {
                Lang::Nl => "Deze selectie heeft geen cijfers voor 2025-2029, dus geen bedrag waarbij zij het maximum gebruikt.".into(),
                Lang::En => "This selection has no figures for 2025-2029, so no amount at which it uses the maximum.".into(),
            },
            amount: None,
        },
        Some(a) if a > crate::core::funding::MAX_PER_HOME_EUR => Suggestion {
            text: match lang {
                Lang::Nl => format!("Alleen deze selectie ({homes} woningen) gebruikt het hele maximum van {max} pas boven {field_max} per woning, het hoogste bedrag dat het veld aanneemt."),
                Lang::En => format!("This selection alone ({homes} homes) would use the whole maximum of {max} only above {field_max} a home, the highest amount the field takes."),
            },
            amount: None,
        },
        Some(a) => {
            let euros = euro(to_i64(a), lang);
            Suggestion {
                text: match lang {
                    Lang::Nl => format!("Alleen deze selectie ({homes} woningen) gebruikt het hele maximum van {max} bij {euros} per woning."),
                    Lang::En => format!("This selection alone ({homes} homes) uses the whole maximum of {max} at {euros} a home."),
                },
                amount: Some(a),
            }
        }
    })
}

fn money_span(s: Span, lang: Lang) -> String {
    let (lo, hi) = (to_i64(s.low), to_i64(s.high));
    format::euro_range(lo, hi, lang)
}

fn compact_span(s: Span, lang: Lang) -> String {
    let (lo, hi) = (to_i64(s.low), to_i64(s.high));
    if lo == hi {
        euro_compact(lo, lang)
    } else {
        format!("{} – {}", euro_compact(lo, lang), euro_compact(hi, lang))
    }
}

fn to_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

/// The ratio num / den over the low and the high scenario, as a percentage range (ordered:
/// the low scenario's share can be the larger one, since both parts change).
fn percent_span(num: Span, den: Span, lang: Lang) -> String {
    match (format::percent_tenths(num.low, den.low), format::percent_tenths(num.high, den.high)) {
        (Some(a), Some(b)) => format::percent_range(a, b, lang),
        _ => String::new(),
    }
}

fn homes_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "woningen",
        Lang::En => "homes",
    }
}

fn versus_max_text(f: &Funding, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let max = to_i64(f.max_total);
    let (lo, hi) = (f.versus_max_low, f.versus_max_high);
    let abs = |v: i128| to_i64(u64::try_from(v.unsigned_abs()).unwrap_or(u64::MAX));
    let max_text = euro_compact(max, lang);
    if lo > 0 {
        let amount = format::euro_range(abs(lo), abs(hi), lang);
        if nl {
            format!("{amount} boven het maximum van {max_text}")
        } else {
            format!("{amount} above the maximum of {max_text}")
        }
    } else if hi < 0 {
        let amount = format::euro_range(abs(hi), abs(lo), lang);
        if nl {
            format!("{amount} onder het maximum van {max_text}")
        } else {
            format!("{amount} below the maximum of {max_text}")
        }
    } else if lo == 0 && hi == 0 {
        if nl {
            format!("precies het maximum van {max_text}")
        } else {
            format!("exactly the maximum of {max_text}")
        }
    } else if nl {
        format!("rond het maximum van {max_text} (de bandbreedte valt erover)")
    } else {
        format!("around the maximum of {max_text} (the range straddles it)")
    }
}

fn pro_rata_text(f: &Funding, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let max = to_i64(f.max_total);
    let p = &f.pro_rata;
    match (p.applies_low, p.applies_high) {
        (false, false) if nl => format!(
            "Alle gebieden samen vragen bij dit bedrag {}: binnen het maximum, dus ieder gebied krijgt zijn volle bedrag.",
            money_span(p.claims_total, lang)
        ),
        (false, false) => format!(
            "All areas together claim {} at this amount: within the maximum, so every area gets its full amount.",
            money_span(p.claims_total, lang)
        ),
        _ if nl => format!(
            "Alle gebieden samen vragen bij dit bedrag {}, meer dan het maximum. Naar rato krijgt ieder gebied een deel van {} in verhouding tot zijn vraag (afgerond op hele euro's, grootste-restmethode, samen precies het maximum).",
            money_span(p.claims_total, lang),
            euro_compact(max, lang)
        ),
        _ => format!(
            "All areas together claim {} at this amount, more than the maximum. Pro rata, each area gets a share of {} in proportion to its claim (whole euros, largest-remainder method, summing to exactly the maximum).",
            money_span(p.claims_total, lang),
            euro_compact(max, lang)
        ),
    }
}

fn national_context(lang: Lang) -> String {
    let n = &NATIONAL;
    let h = |v: u32| int(u64::from(v), lang);
    match lang {
        Lang::Nl => format!(
            "Landelijk (boekje): opgave {} woningen 2024-2030, {} in de ingediende plannen, circa {} vandaag concreet gemaakt.",
            h(n.task_homes), h(n.plans_homes), h(n.concrete_homes)
        ),
        Lang::En => format!(
            "Nationally (booklet): a task of {} homes 2024-2030, {} in the submitted plans, about {} made concrete today.",
            h(n.task_homes), h(n.plans_homes), h(n.concrete_homes)
        ),
    }
}

// A flat list of wordings in two languages; splitting it further would only scatter them.
#[allow(clippy::too_many_lines)]
pub fn calc(f: &Funding, selection: Selection, lang: Lang) -> CalcView {
    let nl = lang == Lang::Nl;
    let hw = homes_word(lang);
    let category =
        |label: &'static str, r: &crate::core::funding::CategoryResult, amount: u64, hyp: bool| {
            CategoryView {
                label,
                homes: format!("{} {hw}", format::range(r.homes.low, r.homes.high, lang)),
                amount: format!(
                    "{} {}",
                    euro(to_i64(amount), lang),
                    if nl { "per woning" } else { "a home" }
                ),
                funding: money_span(r.funding, lang),
                funding_compact: compact_span(r.funding, lang),
                hypothetical: hyp,
            }
        };
    let t = texts(lang);
    let categories = [
        category(t.card_build, &f.build, f.amounts.build, false),
        category(t.card_extra, &f.extra, f.amounts.extra, true),
        category(t.card_retrofit, &f.retrofit, f.amounts.retrofit, true),
    ];

    let max_span = Span { low: f.max_total, high: f.max_total };
    let share_of_max = percent_span(f.build.funding, max_span, lang);
    let versus_max = versus_max_text(f, lang);
    let max_covers = match f.max_covers_homes {
        Some(n) if nl => format!(
            "Het maximum betaalt {} woningen bij {} per woning.",
            int(n, lang),
            euro(to_i64(f.amounts.build), lang)
        ),
        Some(n) => format!(
            "The maximum pays for {} homes at {} a home.",
            int(n, lang),
            euro(to_i64(f.amounts.build), lang)
        ),
        None if nl => "Bij € 0 per woning betaalt het Rijk niets.".to_string(),
        None => "At €0 a home the state pays nothing.".to_string(),
    };
    let share_of_plans = {
        let pct = percent_span(f.build.homes, f.all_areas_build, lang);
        let sel = format::range(f.build.homes.low, f.build.homes.high, lang);
        let all = format::range(f.all_areas_build.low, f.all_areas_build.high, lang);
        let booklet = int(u64::from(NATIONAL.plans_homes), lang);
        if nl {
            format!("{pct} van de woningen in alle plannen: {sel} van {all} (het boekje rondt af op {booklet})")
        } else {
            format!(
                "{pct} of the homes in all plans: {sel} of {all} (the booklet rounds to {booklet})"
            )
        }
    };
    let unknown = &f.build.total.unknown;
    let unknown_note = if unknown.is_empty() {
        String::new()
    } else {
        let names = unknown.iter().map(|&i| AREAS[i].name).collect::<Vec<_>>().join(", ");
        if nl {
            format!("Zonder cijfer (onbekend, niet als 0 meegeteld): {names}.")
        } else {
            format!("Without a figure (unknown, not counted as 0): {names}.")
        }
    };
    let p = &f.pro_rata;
    let pro_rata_note = pro_rata_text(f, lang);
    let pro_rata_rows = selection
        .indices()
        .filter(|i| f.build.total.counted.contains(i))
        .map(|i| {
            let claim = AREAS[i].homes_2025_2029.map_or(Span::default(), |fig| Span {
                low: u64::from(fig.low).saturating_mul(f.amounts.build),
                high: u64::from(fig.high).saturating_mul(f.amounts.build),
            });
            ProRataRow {
                name: AREAS[i].name,
                claim: money_span(claim, lang),
                payout: money_span(p.payout(i), lang),
            }
        })
        .collect();
    let pro_rata_sum = money_span(p.selection_sum(selection), lang);
    let n = selection.len();
    let selection_label = if nl {
        format!("{n} van {} gebieden geselecteerd", AREAS.len())
    } else {
        format!("{n} of {} areas selected", AREAS.len())
    };
    let summary = if nl {
        format!(
            "{selection_label}. Nieuwbouw 2025-2029: {}, rijksbijdrage {} ({share_of_max} van het maximum); naar rato {pro_rata_sum}.",
            categories[0].homes, categories[0].funding_compact
        )
    } else {
        format!(
            "{selection_label}. New homes 2025-2029: {}, state contribution {} ({share_of_max} of the maximum); pro rata {pro_rata_sum}.",
            categories[0].homes, categories[0].funding_compact
        )
    };
    let key_result = format!(
        "{} · {share_of_max} {} {}",
        categories[0].funding_compact,
        if nl { "van" } else { "of" },
        euro_compact(to_i64(f.max_total), lang)
    );
    CalcView {
        key_result,
        fit_all: fit_all(f, lang),
        fit_selection: fit_selection(f, selection, lang),
        selection_label,
        categories,
        share_of_max,
        versus_max,
        max_covers,
        share_of_plans,
        national_context: national_context(lang),
        unknown_note,
        pro_rata_note,
        pro_rata_rows,
        pro_rata_sum,
        summary,
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
        assert_eq!(v.categories[0].funding_compact, "≈ € 844 miljoen – ≈ € 847,6 miljoen");
        assert_eq!(v.share_of_max, "140,7–141,3%");
        assert_eq!(v.versus_max, "€ 244.032.000–247.632.000 boven het maximum van € 600 miljoen");
        assert_eq!(v.max_covers, "Het maximum betaalt 50.000 woningen bij € 12.000 per woning.");
        assert!(
            v.share_of_plans.starts_with("100% van de woningen in alle plannen"),
            "{}",
            v.share_of_plans
        );
        assert_eq!(v.pro_rata_sum, "€ 600.000.000");
        assert_eq!(
            v.key_result,
            "≈ € 844 miljoen – ≈ € 847,6 miljoen · 140,7–141,3% van € 600 miljoen"
        );
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
        let (group, decimal) = match lang {
            Lang::Nl => ('.', ','),
            Lang::En => (',', '.'),
        };
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
        assert!(v.share_of_plans.starts_with("28,9–29,0% "), "{}", v.share_of_plans);
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
