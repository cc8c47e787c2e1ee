//! The booklet's national figures, each with its source sentence, and the dataset version;
//! then the context figures it gives (inhabitants, social rent), which count in nothing.

use crate::core::dataset::{PageText, DATASET_VERSION, NATIONAL};
use crate::core::format;
use crate::core::i18n::{texts, Lang};
use crate::features::table::model::{notes, NoteView};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NationalView {
    /// (label, value, source sentence)
    pub items: Vec<(&'static str, String, PageText)>,
    /// Caveats on the national figures themselves.
    pub notes: Vec<NoteView>,
    pub dataset_version: &'static str,
}

/// A number of people in millions with one decimal, as the booklet writes it: "1,2 miljoen" /
/// "1.2 million" (rounded down to the tenth; the booklet's own figure is exact at that).
fn millions(people: u32, lang: Lang) -> String {
    let num = &texts(lang).num;
    let tenths = people / 100_000;
    format!("{}{}{} {}", tenths / 10, num.decimal, tenths % 10, num.million)
}

pub fn national(lang: Lang) -> NationalView {
    let t = texts(lang);
    let n = &NATIONAL;
    let homes = |v: u32| format::int(u64::from(v), lang);
    let money = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
    NationalView {
        items: vec![
            (t.national_task, homes(n.task_homes), n.task_quote),
            (t.national_plans, homes(n.plans_homes), n.plans_quote),
            (t.national_concrete, homes(n.concrete_homes), n.concrete_quote),
            (
                t.national_per_home,
                format::euro_range(money(n.per_home_low_eur), money(n.per_home_high_eur), lang),
                n.per_home_quote,
            ),
            (t.national_max, format::euro_compact(money(n.max_total_eur), lang), n.max_quote),
            (
                t.national_counts,
                format!("{} · {} · {}", n.ministries, n.municipalities, n.areas),
                n.counts_quote,
            ),
            (t.open.inhabitants, millions(n.inhabitants, lang), n.inhabitants_quote),
            (
                t.open.social_rent,
                (t.open.social_rent_value)(n.social_rent_pct, n.social_rent_netherlands_pct),
                n.social_rent_quote,
            ),
        ],
        notes: notes(n.notes, lang),
        dataset_version: DATASET_VERSION,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn national_figures_are_formatted() {
        let n = national(Lang::Nl);
        let values: Vec<_> = n.items.iter().map(|i| i.1.as_str()).collect();
        assert_eq!(
            values,
            [
                "122.000",
                "70.000",
                "50.000",
                "€ 10.000–13.000",
                "€ 600 miljoen",
                "6 · 19 · 20",
                "1,2 miljoen",
                "60% (heel Nederland: 29%)"
            ]
        );
        let en = national(Lang::En);
        assert_eq!(en.items[6].1, "1.2 million");
        // The Dutch value is the booklet's own "1,2 miljoen".
        let page = crate::core::dataset::PageTexts::compiled();
        assert_eq!(n.items[6].1, page.get(NATIONAL.inhabitants_text));
        assert_eq!(n.notes.len(), NATIONAL.notes.len());
        assert!(n.notes.len() >= 4);
    }
}
