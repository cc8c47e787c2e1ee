//! What the Rijk would contribute at chosen per-home amounts. Money in whole euros, exact:
//! integer arithmetic only, every product and sum checked (`u128` for intermediate products).
//!
//! The money model (from the booklet: "naar schatting €10.000-13.000 per woning … maximaal
//! €600 miljoen voor 50.000 woningen"):
//! - The € 600 miljoen maximum is national and covers new building 2025-2029 only.
//! - Amounts for extra homes 2030-2035 and for retrofits are hypothetical (the booklet sets
//!   none), shown separately and never counted against the maximum. Their default is 0.
//! - Pro rata: when all areas' 2025-2029 claims at the chosen amount together exceed the
//!   maximum, each area's payout is its share of the maximum in proportion to its claim,
//!   over all areas with a counted figure (not just the selection), rounded to whole euros by
//!   the largest-remainder method so that the payouts sum to exactly the maximum.
//! - Ranges (Utrecht Overvecht's 900-1.200) give low and high results; pro rata is computed
//!   for the low and the high scenario separately.
//! - Areas without a figure are unknown and never counted as zero (see `totals`).
#![warn(clippy::arithmetic_side_effects)]

use crate::core::dataset::{Figure, Measure, AREAS, AREA_COUNT, NATIONAL};
use crate::core::selection::Selection;
use crate::core::totals::{measure_total, MeasureTotal};

/// What the calculator funds, each a measure's homes times an amount per home: new homes
/// 2025-2029 (the booklet's estimate, against the national maximum) and, hypothetically,
/// extra homes 2030-2035 and retrofits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Funded {
    NewHomes,
    ExtraHomes,
    Retrofits,
}

impl Funded {
    pub const ALL: [Funded; 3] = [Funded::NewHomes, Funded::ExtraHomes, Funded::Retrofits];
    pub const COUNT: usize = Funded::ALL.len();

    /// Position in `ALL` and in per-category arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The figures it multiplies.
    pub fn measure(self) -> Measure {
        match self {
            Funded::NewHomes => Measure::Build,
            Funded::ExtraHomes => Measure::Extra,
            Funded::Retrofits => Measure::Retrofit,
        }
    }

    /// Whether it counts against the national maximum (only new homes 2025-2029 do).
    pub fn capped(self) -> bool {
        self == Funded::NewHomes
    }

    /// Its amount's key in links (`b=12000`), also in the amount field's id.
    pub fn key(self) -> &'static str {
        match self {
            Funded::NewHomes => "b",
            Funded::ExtraHomes => "x",
            Funded::Retrofits => "r",
        }
    }
}

/// The highest per-home amount a visitor can enter: € 100.000, about eight times the booklet's
/// upper estimate; anything above is almost certainly a typing error.
pub const MAX_PER_HOME_EUR: u64 = 100_000;

/// The amount sliders' range (whole euros, from 0) and step: the booklet's band € 10.000–13.000
/// with room on either side. The chart of the contribution against the amount per home
/// (`features::chart::ceiling`) spans the same range.
pub const SLIDER_MAX_EUR: u64 = 30_000;
pub const SLIDER_STEP_EUR: u64 = 250;

/// The default per-home amount for new homes 2025-2029: € 600 miljoen / 50.000 = € 12.000.
pub fn default_build_amount() -> u64 {
    NATIONAL.max_total_eur.checked_div(u64::from(NATIONAL.max_homes)).unwrap_or(0)
}

/// Per-home amounts in whole euros.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Amounts {
    /// New homes 2025-2029 (counted against the national maximum).
    pub build: u64,
    /// Extra homes 2030-2035 (hypothetical).
    pub extra: u64,
    /// Homes made sustainable (hypothetical).
    pub retrofit: u64,
}

impl Default for Amounts {
    fn default() -> Self {
        Amounts { build: default_build_amount(), extra: 0, retrofit: 0 }
    }
}

impl Amounts {
    /// The amount for one category.
    pub fn get(&self, c: Funded) -> u64 {
        match c {
            Funded::NewHomes => self.build,
            Funded::ExtraHomes => self.extra,
            Funded::Retrofits => self.retrofit,
        }
    }

    pub fn set(&mut self, c: Funded, amount: u64) {
        match c {
            Funded::NewHomes => self.build = amount,
            Funded::ExtraHomes => self.extra = amount,
            Funded::Retrofits => self.retrofit = amount,
        }
    }
}

/// A low-high pair of whole numbers (homes or euros).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub low: u64,
    pub high: u64,
}

impl Span {
    /// A figure's homes, low and high.
    pub fn of(figure: &Figure) -> Span {
        Span { low: u64::from(figure.low), high: u64::from(figure.high) }
    }

    /// Homes times an amount per home, in whole euros. Homes are at most 20 × `u32::MAX` and
    /// amounts at most `MAX_PER_HOME_EUR`, so this cannot overflow `u64`; it saturates rather
    /// than panic should that ever change.
    #[must_use]
    pub fn times(self, amount: u64) -> Span {
        Span { low: self.low.saturating_mul(amount), high: self.high.saturating_mul(amount) }
    }
}

/// What a figure's homes cost at `per_home` euros a home: the one place a number of homes
/// becomes money.
pub fn cost(figure: &Figure, per_home: u64) -> Span {
    Span::of(figure).times(per_home)
}

/// Money and homes for one funded category over a selection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub homes: Span,
    pub funding: Span,
    pub total: MeasureTotal,
}

/// Each area's payout under pro rata, for the low and the high scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProRata {
    /// True when all areas' claims exceed the maximum, so payouts are scaled down.
    pub applies_low: bool,
    pub applies_high: bool,
    /// Payout per area index (0 for areas without a counted figure), low and high scenario.
    pub payout_low: [u64; AREA_COUNT],
    pub payout_high: [u64; AREA_COUNT],
    /// All areas' claims at the chosen amount.
    pub claims_total: Span,
    /// Each area's claim (its counted figure times the amount; 0 without one), low and high.
    pub claim_low: [u64; AREA_COUNT],
    pub claim_high: [u64; AREA_COUNT],
}

impl ProRata {
    /// One area's payout over the two scenarios. Not always low-then-high: when only the high
    /// scenario exceeds the maximum, an area may get more in the low one, so this is the
    /// smallest and the largest of the two.
    pub fn payout(&self, index: usize) -> Span {
        let (a, b) = (self.payout_low[index], self.payout_high[index]);
        Span { low: a.min(b), high: a.max(b) }
    }

    /// The sum of the selected areas' payouts, smallest and largest over the two scenarios.
    pub fn selection_sum(&self, selection: Selection) -> Span {
        let sum = |p: &[u64; AREA_COUNT]| selection.indices().map(|i| p[i]).sum::<u64>();
        let (a, b) = (sum(&self.payout_low), sum(&self.payout_high));
        Span { low: a.min(b), high: a.max(b) }
    }
}

/// Everything the calculator shows for a selection and amounts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Funding {
    pub amounts: Amounts,
    /// By `Funded::index`.
    pub lines: [Line; Funded::COUNT],
    /// The national maximum, euros.
    pub max_total: u64,
    /// Selection's 2025-2029 funding minus the maximum (negative: below it), low and high.
    pub versus_max_low: i128,
    pub versus_max_high: i128,
    /// How many homes the maximum pays for at the chosen amount (`None` at € 0).
    pub max_covers_homes: Option<u64>,
    /// The selection's 2025-2029 homes and all areas' counted 2025-2029 homes (the figure the
    /// booklet's "70.000 in submitted plans" adds up from).
    pub all_areas_build: Span,
    pub pro_rata: ProRata,
    /// The highest per-home amount at which all areas' 2025-2029 plans, even at their high
    /// end, fit within the maximum (`amount_that_fits`).
    pub fits_all: Option<u64>,
    /// The per-home amount at which the selection alone would use the whole maximum (its high
    /// end); `None` when the selection has no 2025-2029 figure.
    pub fits_selection: Option<u64>,
}

/// The highest per-home amount, in whole euros, at which `homes` homes cost at most `max`:
/// `max / homes` rounded down, so that it fits and one euro more would not; `None` for no
/// homes.
pub fn amount_that_fits(max: u64, homes: u64) -> Option<u64> {
    max.checked_div(homes)
}

impl Funding {
    pub fn line(&self, c: Funded) -> &Line {
        &self.lines[c.index()]
    }

    /// New homes 2025-2029: the line the maximum is about.
    pub fn new_homes(&self) -> &Line {
        self.line(Funded::NewHomes)
    }
}

fn line(selection: Selection, c: Funded, amount: u64) -> Line {
    let total = measure_total(selection, c.measure());
    let homes = Span { low: total.low, high: total.high };
    Line { homes, funding: homes.times(amount), total }
}

/// Splits `pot` over `claims` in proportion, in whole units, by the largest-remainder method:
/// every share is floored, then the units left over go one each to the largest remainders
/// (ties to the lower index). The result sums to exactly `pot` when any claim is positive.
pub fn largest_remainder(pot: u64, claims: &[u64; AREA_COUNT]) -> [u64; AREA_COUNT] {
    let mut out = [0u64; AREA_COUNT];
    let total: u128 = claims.iter().map(|&c| u128::from(c)).sum();
    if total == 0 {
        return out;
    }
    let mut remainders = [(0u128, 0usize); AREA_COUNT];
    let mut given: u128 = 0;
    for (i, &c) in claims.iter().enumerate() {
        // pot < 2^64 and c < 2^64, so the product fits in u128.
        let exact = u128::from(pot).saturating_mul(u128::from(c));
        let share = exact.checked_div(total).unwrap_or(0);
        let rem = exact.checked_rem(total).unwrap_or(0);
        out[i] = u64::try_from(share).unwrap_or(u64::MAX);
        given = given.saturating_add(share);
        remainders[i] = (rem, i);
    }
    // Largest remainder first; equal remainders keep dataset order.
    remainders.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let left = u128::from(pot).saturating_sub(given);
    for &(_, i) in remainders.iter().take(usize::try_from(left).unwrap_or(AREA_COUNT)) {
        out[i] = out[i].saturating_add(1);
    }
    out
}

fn pro_rata(amount: u64, max_total: u64) -> ProRata {
    let measure = Funded::NewHomes.measure();
    let all = measure_total(Selection::all(), measure);
    let mut claim_low = [0u64; AREA_COUNT];
    let mut claim_high = [0u64; AREA_COUNT];
    for &i in &all.counted {
        if let Some(f) = AREAS[i].figure(measure) {
            let claim = cost(f, amount);
            claim_low[i] = claim.low;
            claim_high[i] = claim.high;
        }
    }
    let sum = |c: &[u64; AREA_COUNT]| c.iter().fold(0u64, |a, &x| a.saturating_add(x));
    let claims_total = Span { low: sum(&claim_low), high: sum(&claim_high) };
    let applies_low = claims_total.low > max_total;
    let applies_high = claims_total.high > max_total;
    ProRata {
        applies_low,
        applies_high,
        payout_low: if applies_low { largest_remainder(max_total, &claim_low) } else { claim_low },
        payout_high: if applies_high {
            largest_remainder(max_total, &claim_high)
        } else {
            claim_high
        },
        claims_total,
        claim_low,
        claim_high,
    }
}

/// Computes every result for a selection at the given amounts.
pub fn compute(selection: Selection, amounts: Amounts) -> Funding {
    let max_total = NATIONAL.max_total_eur;
    let lines = Funded::ALL.map(|c| line(selection, c, amounts.get(c)));
    let build = &lines[Funded::NewHomes.index()];
    let all = measure_total(Selection::all(), Funded::NewHomes.measure());
    let versus = |funding: u64| i128::from(funding).saturating_sub(i128::from(max_total));
    Funding {
        amounts,
        fits_selection: amount_that_fits(max_total, build.homes.high),
        versus_max_low: versus(build.funding.low),
        versus_max_high: versus(build.funding.high),
        lines,
        max_total,
        max_covers_homes: max_total.checked_div(amounts.build),
        fits_all: amount_that_fits(max_total, all.high),
        all_areas_build: Span { low: all.low, high: all.high },
        pro_rata: pro_rata(amounts.build, max_total),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #![allow(clippy::arithmetic_side_effects, clippy::manual_checked_ops)]
    use super::*;
    use crate::core::dataset::Area;
    use proptest::prelude::*;

    #[test]
    fn the_amount_at_which_all_plans_fit_by_hand() {
        // 600.000.000 / 70.636 = 8.494,2…: 70.636 × 8.494 = 599.982.184 fits, 70.636 × 8.495 =
        // 600.052.820 does not. At the low end (70.336 homes) 8.530 would still fit.
        let f = compute(Selection::none(), Amounts::default());
        assert_eq!(f.fits_all, Some(8_494));
        assert_eq!(amount_that_fits(600_000_000, 70_336), Some(8_530));
        let fits = f.fits_all.unwrap();
        assert!(70_636 * fits <= 600_000_000 && 70_636 * (fits + 1) > 600_000_000);
        assert_eq!(f.fits_selection, None);
        // Amsterdam's two areas: 18.687 homes; 600.000.000 / 18.687 = 32.107,8…
        let f = compute(Selection::municipality("Amsterdam"), Amounts::default());
        assert_eq!(f.fits_selection, Some(32_107));
    }

    fn idx(id: &str) -> usize {
        Area::by_id(id).unwrap().0
    }

    #[test]
    fn default_amount_is_600_million_over_50_000_homes() {
        assert_eq!(default_build_amount(), 12_000);
        assert_eq!(Amounts::default(), Amounts { build: 12_000, extra: 0, retrofit: 0 });
    }

    // By hand: all areas at € 12.000: 70.336 × 12.000 = € 844.032.000 (low),
    // 70.636 × 12.000 = € 847.632.000 (high); above the maximum by € 244.032.000–247.632.000.
    #[test]
    fn all_areas_at_the_default_amount() {
        let f = compute(Selection::all(), Amounts::default());
        assert_eq!(f.new_homes().funding, Span { low: 844_032_000, high: 847_632_000 });
        assert_eq!((f.versus_max_low, f.versus_max_high), (244_032_000, 247_632_000));
        assert_eq!(f.max_covers_homes, Some(50_000));
        assert_eq!(f.line(Funded::ExtraHomes).funding, Span::default());
        assert!(f.pro_rata.applies_low && f.pro_rata.applies_high);
        assert_eq!(
            f.pro_rata.selection_sum(Selection::all()),
            Span { low: 600_000_000, high: 600_000_000 }
        );
    }

    // By hand: Amsterdam Nieuw-West at € 12.000 claims 10.166 × 12.000 = € 121.992.000 of
    // all claims € 844.032.000; its share of € 600.000.000 is
    // 600.000.000 × 121.992.000 / 844.032.000 = 86.720.882,62… → € 86.720.882 or, if its
    // remainder is among the largest, € 86.720.883. Amsterdam Zuidoost: 8.521 × 12.000 =
    // 102.252.000 → 600.000.000 × 102.252.000 / 844.032.000 = 72.688.239,31… → 72.688.239(+1).
    #[test]
    fn pro_rata_payouts_match_a_hand_calculation() {
        let f = compute(Selection::municipality("Amsterdam"), Amounts::default());
        let nw = f.pro_rata.payout_low[idx("amw")];
        let zo = f.pro_rata.payout_low[idx("amz")];
        assert!((86_720_882..=86_720_883).contains(&nw), "{nw}");
        assert!((72_688_239..=72_688_240).contains(&zo), "{zo}");
        // The low scenario (smaller total claims) pays these areas more: the top of the range.
        assert_eq!(f.pro_rata.selection_sum(Selection::municipality("Amsterdam")).high, nw + zo);
        assert_eq!(f.new_homes().homes, Span { low: 18_687, high: 18_687 });
    }

    #[test]
    fn below_the_cap_nobody_is_scaled() {
        // 70.636 × 8.000 = 565.088.000 < 600.000.000.
        let f = compute(Selection::all(), Amounts { build: 8_000, ..Amounts::default() });
        assert!(!f.pro_rata.applies_low && !f.pro_rata.applies_high);
        assert_eq!(f.pro_rata.payout_low[idx("amw")], 10_166 * 8_000);
        assert!(f.versus_max_high < 0);
    }

    #[test]
    fn hypothetical_amounts_never_touch_the_maximum() {
        let base = compute(Selection::all(), Amounts::default());
        let more =
            compute(Selection::all(), Amounts { build: 12_000, extra: 50_000, retrofit: 20_000 });
        assert_eq!(base.versus_max_low, more.versus_max_low);
        assert_eq!(base.pro_rata, more.pro_rata);
        assert_eq!(more.line(Funded::ExtraHomes).funding.low, 16_191 * 50_000);
        assert_eq!(more.line(Funded::Retrofits).funding.low, 23_410 * 20_000);
        assert_eq!(more.line(Funded::Retrofits).funding.high, 24_410 * 20_000);
    }

    #[test]
    fn zero_amount_covers_nothing_and_claims_nothing() {
        let f = compute(Selection::all(), Amounts { build: 0, extra: 0, retrofit: 0 });
        assert_eq!(f.max_covers_homes, None);
        assert_eq!(f.pro_rata.claims_total, Span::default());
        assert_eq!(f.pro_rata.selection_sum(Selection::all()), Span::default());
    }

    proptest! {
        #[test]
        fn funding_is_monotone_in_the_amount(bits in any::<u32>(), a in 0..=MAX_PER_HOME_EUR, b in 0..=MAX_PER_HOME_EUR) {
            let s = Selection::from_bits(bits);
            let (lo, hi) = (a.min(b), a.max(b));
            let f_lo = compute(s, Amounts { build: lo, extra: lo, retrofit: lo });
            let f_hi = compute(s, Amounts { build: hi, extra: hi, retrofit: hi });
            prop_assert!(f_lo.new_homes().funding.low <= f_hi.new_homes().funding.low);
            prop_assert!(f_lo.line(Funded::ExtraHomes).funding.high <= f_hi.line(Funded::ExtraHomes).funding.high);
            prop_assert!(f_lo.pro_rata.selection_sum(s).low <= f_hi.pro_rata.selection_sum(s).low);
        }

        #[test]
        fn payouts_are_ordered(bits in any::<u32>(), a in 0..=MAX_PER_HOME_EUR) {
            let f = compute(Selection::from_bits(bits), Amounts { build: a, ..Amounts::default() });
            for i in 0..AREA_COUNT {
                let p = f.pro_rata.payout(i);
                prop_assert!(p.low <= p.high);
            }
        }

        #[test]
        fn low_never_exceeds_high(bits in any::<u32>(), a in 0..=MAX_PER_HOME_EUR) {
            let s = Selection::from_bits(bits);
            let f = compute(s, Amounts { build: a, extra: a, retrofit: a });
            for c in &f.lines {
                prop_assert!(c.homes.low <= c.homes.high);
                prop_assert!(c.funding.low <= c.funding.high);
            }
            let p = f.pro_rata.selection_sum(s);
            prop_assert!(p.low <= f.new_homes().funding.low && p.high <= f.new_homes().funding.high);
        }

        #[test]
        fn pro_rata_sums_to_the_maximum_exactly(a in 1..=MAX_PER_HOME_EUR) {
            let f = compute(Selection::all(), Amounts { build: a, ..Amounts::default() });
            let sum = f.pro_rata.selection_sum(Selection::all());
            if f.pro_rata.applies_low { prop_assert_eq!(sum.low, 600_000_000); }
            if f.pro_rata.applies_high { prop_assert_eq!(sum.high, 600_000_000); }
            if !f.pro_rata.applies_high { prop_assert_eq!(sum.high, f.new_homes().funding.high); }
        }

        #[test]
        fn largest_remainder_is_exact_and_fair(pot in 0u64..10_000_000_000, claims in prop::array::uniform20(0u64..1_000_000_000)) {
            let out = largest_remainder(pot, &claims);
            let total: u128 = claims.iter().map(|&c| u128::from(c)).sum();
            if total > 0 {
                prop_assert_eq!(out.iter().map(|&x| u128::from(x)).sum::<u128>(), u128::from(pot));
                for (o, c) in out.iter().zip(&claims) {
                    // Each payout is within one unit of its exact share.
                    let exact = u128::from(pot) * u128::from(*c);
                    let floor = exact / total;
                    prop_assert!(u128::from(*o) == floor || u128::from(*o) == floor + 1);
                }
            } else {
                prop_assert!(out.iter().all(|&x| x == 0));
            }
        }
    }
}
