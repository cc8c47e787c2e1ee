//! The workings' words: each step of a `core::workings::Working` as one line of text in the
//! visitor's language, with the current numbers. Ranges are written low–high; the view lists
//! the lines under their result.
use crate::core::dataset::AREAS;
use crate::core::format::{self, euro, euro_range, int, range};
use crate::core::funding::{Funding, Span};
use crate::core::i18n::{texts, Lang};
use crate::core::selection::Selection;
use crate::core::workings::{working, End, Explained, Open, Step};

/// The workings of the results in view: which exist, and the open ones worded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkingsView {
    /// The results that have a working (those shown).
    pub available: Open,
    pub open: Vec<WorkingView>,
}

impl WorkingsView {
    /// The lines of `of`'s working, when it is open.
    pub fn lines(&self, of: Explained) -> Option<&[String]> {
        self.open.iter().find(|w| w.of == of).map(|w| &w.lines[..])
    }
}

/// An open working, worded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkingView {
    pub of: Explained,
    pub lines: Vec<String>,
}

fn to_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn money(s: Span, lang: Lang) -> String {
    euro_range(to_i64(s.low), to_i64(s.high), lang)
}

fn names(areas: &[usize]) -> String {
    areas.iter().map(|&i| AREAS[i].name).collect::<Vec<_>>().join(", ")
}

fn line(step: &Step, two_ends: bool, lang: Lang) -> String {
    let words = texts(lang);
    let w = &words.working;
    let eur = |v: u64| euro(to_i64(v), lang);
    match step {
        Step::Product { area, homes, amount, money: m } => (w.product)(
            AREAS[*area].name,
            &range(homes.low, homes.high, lang),
            &eur(*amount),
            &money(*m, lang),
        ),
        Step::LeftOut { areas, why } => (w.left_out)(*why, &names(areas)),
        Step::Sum { homes, amount, money: m } => {
            (w.sum)(&range(homes.low, homes.high, lang), &eur(*amount), &money(*m, lang))
        }
        Step::Ratio { num, den, tenths, homes } => {
            let side = |s: Span| {
                if *homes {
                    format!("{} {}", range(s.low, s.high, lang), words.num.homes)
                } else {
                    money(s, lang)
                }
            };
            let pct = match tenths {
                (Some(a), Some(b)) => format::percent_range(*a, *b, lang),
                _ => "–".into(),
            };
            format!("{} ÷ {} = {pct}", side(*num), side(*den))
        }
        Step::Difference { money: m, max, low, high } => {
            let abs = |v: i128| to_i64(u64::try_from(v.unsigned_abs()).unwrap_or(u64::MAX));
            let max_words = format::euro_compact(to_i64(*max), lang);
            let result = if *low > 0 {
                (words.calc.above_max)(&euro_range(abs(*low), abs(*high), lang), &max_words)
            } else if *high < 0 {
                (words.calc.below_max)(&euro_range(abs(*high), abs(*low), lang), &max_words)
            } else {
                (words.calc.around_max)(&max_words)
            };
            format!("{} − {} = {result}", money(*m, lang), eur(*max))
        }
        Step::Covers { max, amount, homes } => {
            (w.covers)(&eur(*max), &eur(*amount), &int(*homes, lang))
        }
        Step::Fits { max, homes, cents, euros } => (w.fits)(
            &eur(*max),
            &int(*homes, lang),
            &format::euro_cents(*cents, lang),
            &eur(*euros),
        ),
        Step::Scenario { end, claims, max, applies } => {
            (w.scenario)(two_ends.then_some(*end), &eur(*claims), &eur(*max), *applies)
        }
        Step::Share { area, claim, floor, extra, payout } => {
            (w.share)(AREAS[*area].name, &eur(*claim), &eur(*floor), *extra > 0, &eur(*payout))
        }
        Step::Rounding { left, to } => (w.rounding)(&eur(*left), &names(to)),
        Step::Payouts { sum } => (w.payouts)(&money(*sum, lang)),
    }
}

/// The workings for `selection` with funding `f`: which exist, and the `open` ones worded.
pub fn workings(open: Open, f: &Funding, selection: Selection, lang: Lang) -> WorkingsView {
    let mut view = WorkingsView::default();
    for of in Explained::ALL {
        let Some(w) = working(of, f, selection) else { continue };
        view.available = view.available.with(of, true);
        if open.contains(of) {
            let two_ends =
                w.steps.iter().any(|s| matches!(s, Step::Scenario { end: End::Low, .. }));
            let lines = w.steps.iter().map(|s| line(s, two_ends, lang)).collect();
            view.open.push(WorkingView { of, lines });
        }
    }
    view
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::funding::{compute, Amounts, Funded};

    fn all_open() -> Open {
        Explained::ALL.into_iter().fold(Open::default(), |o, e| o.with(e, true))
    }

    #[test]
    fn the_default_view_in_dutch() {
        let f = compute(Selection::all(), Amounts::default());
        let v = workings(all_open(), &f, Selection::all(), Lang::Nl);
        let of = |e: Explained| v.lines(e).unwrap();
        let funding = of(Explained::Funding(Funded::NewHomes));
        assert_eq!(funding[0], "Amsterdam Nieuw-West: 10.166 woningen × € 12.000 = € 121.992.000");
        assert!(funding
            .iter()
            .any(|l| l
                == "Utrecht Overvecht: 900–1.200 woningen × € 12.000 = € 10.800.000–14.400.000"));
        assert!(funding
            .iter()
            .any(|l| l.contains("zonder cijfer")
                && l.contains("Eindhoven Woensel-Zuid, Lelystad Oost")));
        assert_eq!(
            funding.last().unwrap(),
            "Samen: 70.336–70.636 woningen × € 12.000 = € 844.032.000–847.632.000"
        );
        assert_eq!(of(Explained::FitAll)[0], "€ 600.000.000 ÷ 70.636 woningen = € 8.494,25 per woning; naar beneden afgerond op hele euro's: € 8.494, zodat het binnen het maximum past.");
        assert_eq!(
            of(Explained::ShareOfMax)[0],
            "€ 844.032.000–847.632.000 ÷ € 600.000.000 = 140,7–141,3%"
        );
        assert_eq!(
            of(Explained::MaxCovers)[0],
            "€ 600.000.000 ÷ € 12.000 per woning = 50.000 woningen (naar beneden afgerond)."
        );
        let pr = of(Explained::ProRata);
        assert!(
            pr[0].starts_with(
                "Lage schatting: alle gebieden samen vragen € 844.032.000, meer dan € 600.000.000."
            ),
            "{}",
            pr[0]
        );
        assert!(pr.iter().any(|l| l.starts_with("Na het afronden bleef € ")));
        assert_eq!(pr.last().unwrap(), "Samen voor de selectie: € 600.000.000.");
        // Hypothetical categories at € 0 have no result, so no working; nor has the
        // selection's own fitting amount when all areas are selected.
        for none in [Explained::Funding(Funded::ExtraHomes), Explained::FitSelection] {
            assert!(v.lines(none).is_none() && !v.available.contains(none));
        }
        // Closed, a working is not worded.
        assert!(workings(Open::default(), &f, Selection::all(), Lang::Nl).open.is_empty());
    }

    #[test]
    fn one_area_in_english() {
        let s = Selection::none().with(0, true);
        let f = compute(s, Amounts { build: 10_000, ..Amounts::default() });
        let v = workings(all_open(), &f, s, Lang::En);
        let of = |e: Explained| v.lines(e).unwrap();
        assert_eq!(
            of(Explained::VersusMax)[0],
            "€101,660,000 − €600,000,000 = €498,340,000 below the maximum of €600 million"
        );
        assert!(of(Explained::ProRata)[0]
            .starts_with("Low estimate: all areas together claim €703,360,000, more than"));
        assert!(of(Explained::ProRata)
            .contains(&"Amsterdam Nieuw-West: €101,660,000 → €86,352,568".to_string()));
        assert!(
            of(Explained::FitSelection)[0]
                .starts_with("€600,000,000 ÷ 10,166 homes = €59,020.26 a home"),
            "{:?}",
            of(Explained::FitSelection)
        );
    }
}
