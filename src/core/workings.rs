//! How each result is worked out, as data: the steps with their real numbers, for the
//! selection and amounts in view ("Hoe komt dit tot stand?"). Computed from the same
//! `Funding` the results come from; the calculator's model words them, its view lists them.
//!
//! Every working ends in the result it explains, and its lines add up to that result (the
//! tests check both over many selections and amounts). Money in whole euros, homes in whole
//! homes; the one fraction shown, the exact amount that fits, is in whole cents, rounded down.
#![warn(clippy::arithmetic_side_effects)]

use crate::core::dataset::{AREAS, AREA_COUNT};
use crate::core::funding::{Funded, Funding, Span};
use crate::core::selection::Selection;
use crate::core::totals::Exclusion;

/// A result whose working can be opened; the set of open ones is kept in the link (`w=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Explained {
    /// The contribution of one funded category.
    Funding(Funded),
    ShareOfMax,
    VersusMax,
    MaxCovers,
    ShareOfPlans,
    ProRata,
    FitAll,
    FitSelection,
}

impl Explained {
    pub const ALL: [Explained; 10] = [
        Explained::Funding(Funded::NewHomes),
        Explained::Funding(Funded::ExtraHomes),
        Explained::Funding(Funded::Retrofits),
        Explained::ShareOfMax,
        Explained::VersusMax,
        Explained::MaxCovers,
        Explained::ShareOfPlans,
        Explained::ProRata,
        Explained::FitAll,
        Explained::FitSelection,
    ];

    /// Its code in links (`w=b~max`).
    pub fn code(self) -> &'static str {
        match self {
            Explained::Funding(c) => c.key(),
            Explained::ShareOfMax => "max",
            Explained::VersusMax => "vs",
            Explained::MaxCovers => "cov",
            Explained::ShareOfPlans => "plans",
            Explained::ProRata => "pr",
            Explained::FitAll => "fit",
            Explained::FitSelection => "fits",
        }
    }

    pub fn from_code(code: &str) -> Option<Explained> {
        Explained::ALL.into_iter().find(|e| e.code() == code)
    }

    /// Its bit in an `Open` set.
    fn bit(self) -> u16 {
        let i = Explained::ALL.iter().position(|&e| e == self).unwrap_or(0);
        1 << i
    }
}

/// Which workings are open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Open(u16);

impl Open {
    pub fn contains(self, e: Explained) -> bool {
        self.0 & e.bit() != 0
    }

    #[must_use]
    pub fn with(self, e: Explained, open: bool) -> Open {
        if open {
            Open(self.0 | e.bit())
        } else {
            Open(self.0 & !e.bit())
        }
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The open ones, in `Explained::ALL`'s order.
    pub fn iter(self) -> impl Iterator<Item = Explained> {
        Explained::ALL.into_iter().filter(move |&e| self.contains(e))
    }
}

/// Why areas are left out of a sum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeftOut {
    /// The booklet gives no figure for them.
    Unknown,
    /// Their figure is for another period or a wider region.
    NotCounted,
}

/// One scenario of a range: the low or the high end of every figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    Low,
    High,
}

/// One line of a working.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// An area's homes times the amount per home.
    Product { area: usize, homes: Span, amount: u64, money: Span },
    /// Areas left out of the sum, and why.
    LeftOut { areas: Vec<usize>, why: LeftOut },
    /// The sum of the products above: homes times the amount.
    Sum { homes: Span, amount: u64, money: Span },
    /// `num ÷ den` as a percentage in tenths, for the low and the high end (`None`: no
    /// denominator).
    Ratio { num: Span, den: Span, tenths: (Option<u64>, Option<u64>), homes: bool },
    /// `money − max`: above (positive) or below the maximum, low and high end.
    Difference { money: Span, max: u64, low: i128, high: i128 },
    /// `max ÷ amount`, rounded down: the homes the maximum pays for.
    Covers { max: u64, amount: u64, homes: u64 },
    /// `max ÷ homes`: the exact amount in whole cents, and that rounded down to whole euros
    /// so that it fits.
    Fits { max: u64, homes: u64, cents: u64, euros: u64 },
    /// Pro rata, for one end of the ranges: all areas' claims and the maximum shared over them.
    Scenario { end: End, claims: u64, max: u64, applies: bool },
    /// One area's share: `claim × max ÷ claims`, rounded down, plus the euro it got from the
    /// rounding, if any; or its claim in full when pro rata does not apply.
    Share { area: usize, claim: u64, floor: u64, extra: u64, payout: u64 },
    /// The euros left after rounding every share down, and the areas (all, not only the
    /// selection's) that got one each, by largest remainder.
    Rounding { left: u64, to: Vec<usize> },
    /// The selection's payouts, over both ends.
    Payouts { sum: Span },
}

/// How a result comes about: its steps, the last of which is the result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Working {
    pub of: Explained,
    pub steps: Vec<Step>,
}

/// The working of `of`, for `selection` with funding `f` (computed by `funding::compute`
/// for the same selection); `None` where the result is not shown (a hypothetical category
/// at € 0, the selection's own fitting amount for all areas or for no homes).
pub fn working(of: Explained, f: &Funding, selection: Selection) -> Option<Working> {
    let build = f.new_homes();
    let max = f.max_total;
    let steps = match of {
        Explained::Funding(c) => {
            let amount = f.amounts.get(c);
            if !c.capped() && amount == 0 {
                return None;
            }
            funding_steps(f, c)
        }
        Explained::ShareOfMax => vec![Step::Ratio {
            num: build.funding,
            den: Span { low: max, high: max },
            tenths: tenths(build.funding, Span { low: max, high: max }),
            homes: false,
        }],
        Explained::VersusMax => vec![Step::Difference {
            money: build.funding,
            max,
            low: f.versus_max_low,
            high: f.versus_max_high,
        }],
        Explained::MaxCovers => {
            let homes = f.max_covers_homes?;
            vec![Step::Covers { max, amount: f.amounts.build, homes }]
        }
        Explained::ShareOfPlans => vec![Step::Ratio {
            num: build.homes,
            den: f.all_areas_build,
            tenths: tenths(build.homes, f.all_areas_build),
            homes: true,
        }],
        Explained::ProRata => pro_rata_steps(f, selection),
        Explained::FitAll => vec![fits(max, f.all_areas_build.high, f.fits_all?)],
        Explained::FitSelection => {
            if selection.is_all() {
                return None;
            }
            vec![fits(max, build.homes.high, f.fits_selection?)]
        }
    };
    Some(Working { of, steps })
}

fn tenths(num: Span, den: Span) -> (Option<u64>, Option<u64>) {
    use crate::core::format::percent_tenths;
    (percent_tenths(num.low, den.low), percent_tenths(num.high, den.high))
}

fn fits(max: u64, homes: u64, euros: u64) -> Step {
    let cents = u128::from(max).saturating_mul(100).checked_div(u128::from(homes)).unwrap_or(0);
    Step::Fits { max, homes, cents: u64::try_from(cents).unwrap_or(u64::MAX), euros }
}

fn funding_steps(f: &Funding, c: Funded) -> Vec<Step> {
    let line = f.line(c);
    let amount = f.amounts.get(c);
    let mut steps: Vec<Step> = line
        .total
        .counted
        .iter()
        .filter_map(|&i| {
            let fig = AREAS[i].figure(c.measure())?;
            let homes = Span::of(fig);
            Some(Step::Product { area: i, homes, amount, money: homes.times(amount) })
        })
        .collect();
    let not_counted: Vec<usize> =
        line.total.excluded.iter().map(|&(i, _): &(usize, Exclusion)| i).collect();
    for (areas, why) in
        [(not_counted, LeftOut::NotCounted), (line.total.unknown.clone(), LeftOut::Unknown)]
    {
        if !areas.is_empty() {
            steps.push(Step::LeftOut { areas, why });
        }
    }
    steps.push(Step::Sum { homes: line.homes, amount, money: line.funding });
    steps
}

fn pro_rata_steps(f: &Funding, selection: Selection) -> Vec<Step> {
    let p = &f.pro_rata;
    let max = f.max_total;
    let mut steps = vec![];
    // One block per end of the ranges; the two are the same when no counted figure is a range.
    let ends: &[End] =
        if p.claim_low == p.claim_high { &[End::High] } else { &[End::Low, End::High] };
    for &end in ends {
        let (claims, payouts, applies) = match end {
            End::Low => (&p.claim_low, &p.payout_low, p.applies_low),
            End::High => (&p.claim_high, &p.payout_high, p.applies_high),
        };
        let total: u128 = claims.iter().map(|&c| u128::from(c)).sum();
        steps.push(Step::Scenario {
            end,
            claims: u64::try_from(total).unwrap_or(u64::MAX),
            max,
            applies,
        });
        let floor = |i: usize| -> u64 {
            if !applies {
                return claims[i];
            }
            let exact = u128::from(max).saturating_mul(u128::from(claims[i]));
            u64::try_from(exact.checked_div(total).unwrap_or(0)).unwrap_or(u64::MAX)
        };
        for i in selection.indices().filter(|&i| claims[i] > 0) {
            let payout = payouts[i];
            let floor = floor(i);
            steps.push(Step::Share {
                area: i,
                claim: claims[i],
                floor,
                extra: payout.saturating_sub(floor),
                payout,
            });
        }
        if applies {
            let to: Vec<usize> = (0..AREA_COUNT).filter(|&i| payouts[i] > floor(i)).collect();
            let floors: u64 = (0..AREA_COUNT).map(floor).fold(0, u64::saturating_add);
            steps.push(Step::Rounding { left: max.saturating_sub(floors), to });
        }
    }
    steps.push(Step::Payouts { sum: p.selection_sum(selection) });
    steps
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #![allow(clippy::arithmetic_side_effects)]
    use super::*;
    use crate::core::dataset::Area;
    use crate::core::funding::{compute, Amounts, MAX_PER_HOME_EUR};
    use proptest::prelude::*;

    fn last(w: &Working) -> &Step {
        w.steps.last().unwrap()
    }

    #[test]
    fn the_default_views_contribution_line_by_line() {
        let f = compute(Selection::all(), Amounts::default());
        let w = working(Explained::Funding(Funded::NewHomes), &f, Selection::all()).unwrap();
        let amw = Area::by_id("amw").unwrap().0;
        assert_eq!(
            w.steps[0],
            Step::Product {
                area: amw,
                homes: Span { low: 10_166, high: 10_166 },
                amount: 12_000,
                money: Span { low: 121_992_000, high: 121_992_000 }
            }
        );
        let unknown = [Area::by_id("ehv").unwrap().0, Area::by_id("lls").unwrap().0];
        assert!(w
            .steps
            .contains(&Step::LeftOut { areas: unknown.to_vec(), why: LeftOut::Unknown }));
        assert_eq!(
            last(&w),
            &Step::Sum {
                homes: Span { low: 70_336, high: 70_636 },
                amount: 12_000,
                money: Span { low: 844_032_000, high: 847_632_000 }
            }
        );
    }

    #[test]
    fn the_fitting_amount_is_the_exact_quotient_rounded_down() {
        let f = compute(Selection::all(), Amounts::default());
        let w = working(Explained::FitAll, &f, Selection::all()).unwrap();
        // 600.000.000 / 70.636 = 8.494,25…
        assert_eq!(
            w.steps,
            vec![Step::Fits { max: 600_000_000, homes: 70_636, cents: 849_425, euros: 8_494 }]
        );
        assert_eq!(working(Explained::FitSelection, &f, Selection::all()), None);
    }

    #[test]
    fn pro_rata_shows_both_ends_and_who_got_the_last_euros() {
        let f = compute(Selection::all(), Amounts::default());
        let w = working(Explained::ProRata, &f, Selection::all()).unwrap();
        let scenarios: Vec<_> =
            w.steps.iter().filter(|s| matches!(s, Step::Scenario { .. })).collect();
        assert_eq!(scenarios.len(), 2, "Utrecht's range gives a low and a high end");
        for s in &w.steps {
            if let Step::Rounding { left, to } = s {
                assert_eq!(*left, to.len() as u64);
                assert!(*left > 0 && *left < 20);
            }
        }
        assert_eq!(last(&w), &Step::Payouts { sum: Span { low: 600_000_000, high: 600_000_000 } });
    }

    /// The result a working explains, as its last step should give it.
    fn check(of: Explained, f: &Funding, s: Selection) -> Result<(), TestCaseError> {
        let Some(w) = working(of, f, s) else { return Ok(()) };
        let build = f.new_homes();
        match (of, last(&w)) {
            (Explained::Funding(c), Step::Sum { homes, amount, money }) => {
                let line = f.line(c);
                prop_assert_eq!(
                    (*homes, *money, *amount),
                    (line.homes, line.funding, f.amounts.get(c))
                );
                // The products add up to the sum.
                let (mut lo, mut hi, mut h_lo, mut h_hi) = (0, 0, 0, 0);
                for step in &w.steps {
                    if let Step::Product { homes, amount, money, .. } = step {
                        prop_assert_eq!(homes.times(*amount), *money);
                        (lo, hi, h_lo, h_hi) =
                            (lo + money.low, hi + money.high, h_lo + homes.low, h_hi + homes.high);
                    }
                }
                prop_assert_eq!(
                    (Span { low: lo, high: hi }, Span { low: h_lo, high: h_hi }),
                    (line.funding, line.homes)
                );
            }
            (Explained::ShareOfMax, Step::Ratio { num, .. }) => {
                prop_assert_eq!(*num, build.funding);
            }
            (Explained::VersusMax, Step::Difference { money, max, low, high }) => {
                prop_assert_eq!(i128::from(money.low) - i128::from(*max), *low);
                prop_assert_eq!(i128::from(money.high) - i128::from(*max), *high);
                prop_assert_eq!((*low, *high), (f.versus_max_low, f.versus_max_high));
            }
            (Explained::MaxCovers, Step::Covers { max, amount, homes }) => {
                prop_assert_eq!(Some(*homes), f.max_covers_homes);
                prop_assert!(homes * amount <= *max && (homes + 1) * amount > *max);
            }
            (Explained::ShareOfPlans, Step::Ratio { num, den, .. }) => {
                prop_assert_eq!((*num, *den), (build.homes, f.all_areas_build));
            }
            (
                Explained::FitAll | Explained::FitSelection,
                Step::Fits { max, homes, cents, euros },
            ) => {
                prop_assert_eq!(*euros, cents / 100);
                prop_assert!(homes * euros <= *max && homes * (euros + 1) > *max);
                let result = if of == Explained::FitAll { f.fits_all } else { f.fits_selection };
                prop_assert_eq!(Some(*euros), result);
            }
            (Explained::ProRata, Step::Payouts { sum }) => {
                prop_assert_eq!(*sum, f.pro_rata.selection_sum(s));
                // Per end, the selection's shares are floor + extra and add up to its payouts.
                let mut per_end = vec![];
                for step in &w.steps {
                    match step {
                        Step::Scenario { .. } => per_end.push(0u64),
                        Step::Share { floor, extra, payout, .. } => {
                            prop_assert_eq!(floor + extra, *payout);
                            prop_assert!(*extra <= 1);
                            *per_end.last_mut().unwrap() += payout;
                        }
                        Step::Rounding { left, to } => prop_assert_eq!(*left, to.len() as u64),
                        _ => {}
                    }
                }
                let p = &f.pro_rata;
                let sel = |pay: &[u64; AREA_COUNT]| s.indices().map(|i| pay[i]).sum::<u64>();
                if per_end.len() == 2 {
                    prop_assert_eq!(per_end, vec![sel(&p.payout_low), sel(&p.payout_high)]);
                } else {
                    prop_assert_eq!(per_end, vec![sel(&p.payout_high)]);
                }
            }
            (of, step) => prop_assert!(false, "{of:?} ends in {step:?}"),
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn every_working_ends_in_its_result_and_adds_up(
            bits in any::<u32>(),
            build in 0..=MAX_PER_HOME_EUR,
            extra in 0..=MAX_PER_HOME_EUR,
        ) {
            let s = Selection::from_bits(bits);
            let f = compute(s, Amounts { build, extra, retrofit: extra / 3 });
            for of in Explained::ALL {
                check(of, &f, s)?;
            }
        }
    }

    #[test]
    fn codes_round_trip_and_the_open_set_holds_each() {
        let mut open = Open::default();
        for e in Explained::ALL {
            assert_eq!(Explained::from_code(e.code()), Some(e));
            open = open.with(e, true);
        }
        assert_eq!(open.iter().count(), Explained::ALL.len());
        assert!(open.with(Explained::ProRata, false).iter().all(|e| e != Explained::ProRata));
    }
}
