//! Number and money formatting, written by hand for Dutch and English.
//!
//! Dutch: `10.166`, `€ 12.000`, `€ -12`, `€ 600 miljoen`, `€ 1,2 miljard`, `42%`, `42,5%`,
//! ranges `900–1.200` (en dash). English: `10,166`, `€12,000`, `€600 million`, `€1.2 billion`.
//! Compact money is exact where it can be (`€ 600 miljoen`) and otherwise rounds half up to one
//! decimal; compact-number data from common libraries is wrong for Dutch, so none is used.
//! Money is in whole euros (`i64`/`u64`); no float is ever involved. How each language
//! writes them is in its table (`i18n::Numbers`).

use crate::core::i18n::{texts, Lang, Numbers};

fn numbers(lang: Lang) -> &'static Numbers {
    &texts(lang).num
}

/// Groups the digits of `n` in threes: `10166` → `10.166` (nl) or `10,166` (en).
pub fn int(n: u64, lang: Lang) -> String {
    let group = numbers(lang).group;
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    out
}

/// `900–1.200`, or just `900` when low equals high.
pub fn range(low: u64, high: u64, lang: Lang) -> String {
    if low == high {
        int(low, lang)
    } else {
        format!("{}–{}", int(low, lang), int(high, lang))
    }
}

/// Whole euros: `€ 12.000` (nl), `€12,000` (en), `€ -12` / `-€12`.
pub fn euro(n: i64, lang: Lang) -> String {
    (numbers(lang).euro)(if n < 0 { "-" } else { "" }, &int(n.unsigned_abs(), lang))
}

/// Euros and cents, for the one fraction shown (an exact quotient): `€ 8.494,25`.
pub fn euro_cents(cents: u64, lang: Lang) -> String {
    let n = numbers(lang);
    let c = cents % 100;
    let digits = [b'0' + (c / 10) as u8, b'0' + (c % 10) as u8].map(char::from);
    let amount = format!("{}{}{}{}", int(cents / 100, lang), n.decimal, digits[0], digits[1]);
    (n.euro)("", &amount)
}

/// `€ 10.000–13.000`, or one amount when low equals high.
pub fn euro_range(low: i64, high: i64, lang: Lang) -> String {
    if low == high {
        return euro(low, lang);
    }
    let hi = int(high.unsigned_abs(), lang);
    format!("{}–{}{hi}", euro(low, lang), if high < 0 { "-" } else { "" })
}

/// Money written out for large amounts: `€ 600 miljoen`, `€ 1,2 miljard`; below a million
/// the full amount (`€ 12.000`).
pub fn euro_compact(n: i64, lang: Lang) -> String {
    const MILLION: u64 = 1_000_000;
    const BILLION: u64 = 1_000_000_000;
    let abs = n.unsigned_abs();
    let words = numbers(lang);
    let (unit, word) = if abs >= BILLION {
        (BILLION, words.billion)
    } else if abs >= MILLION {
        (MILLION, words.million)
    } else {
        return euro(n, lang);
    };
    // Tenths of the unit, rounded half up, in integers.
    let tenths = (abs / (unit / 10)) + u64::from(abs % (unit / 10) >= unit / 20);
    let (whole, tenth) = (tenths / 10, tenths % 10);
    let decimal = words.decimal;
    let number =
        if tenth == 0 { int(whole, lang) } else { format!("{}{decimal}{tenth}", int(whole, lang)) };
    let approx = if abs % unit != 0 && tenths * (unit / 10) != abs { "≈ " } else { "" };
    let sign = if n < 0 { "-" } else { "" };
    format!("{approx}{}", (words.euro)(sign, &format!("{number} {word}")))
}

/// A range of money written out: `≈ € 844–847,6 miljoen` where both ends take the same word
/// (the sign `≈` once, when either end is rounded), else each end in full; one amount when
/// low equals high.
pub fn euro_compact_range(low: i64, high: i64, lang: Lang) -> String {
    let (lo, hi) = (euro_compact(low, lang), euro_compact(high, lang));
    if low == high {
        return lo;
    }
    let words = numbers(lang);
    let word = |s: &str| {
        [words.million, words.billion].into_iter().find(|w| s.ends_with(&format!(" {w}")))
    };
    match (word(&lo), word(&hi)) {
        (Some(a), Some(b)) if a == b && low >= 0 => {
            let approx = lo.starts_with('≈') || hi.starts_with('≈');
            // The number of each end: what stands between the currency sign and the word.
            let number = |s: &str| -> String {
                let s = s.trim_start_matches("≈ ").trim_end_matches(&format!(" {a}"));
                s.chars()
                    .filter(|c| c.is_ascii_digit() || *c == words.group || *c == words.decimal)
                    .collect()
            };
            let body = format!("{}–{} {a}", number(&lo), number(&hi));
            format!("{}{}", if approx { "≈ " } else { "" }, (words.euro)("", &body))
        }
        _ => format!("{lo} – {hi}"),
    }
}

/// A ratio of whole numbers in tenths of a percent, rounded half up; `None` when the
/// denominator is zero.
pub fn percent_tenths(numerator: u64, denominator: u64) -> Option<u64> {
    // In u64 (u128 division would add code to the wasm); saturating, which no real figure
    // comes near.
    (denominator != 0)
        .then(|| numerator.saturating_mul(1000).saturating_add(denominator / 2) / denominator)
}

/// A percentage from a ratio of whole numbers, one decimal, rounded half up: `42,5%`, `42%`.
/// `None` when the denominator is zero.
pub fn percent(numerator: u64, denominator: u64, lang: Lang) -> Option<String> {
    percent_tenths(numerator, denominator).map(|t| percent_range(t, t, lang))
}

/// A range of percentages given in tenths, always low–high whichever comes first, and both
/// ends with the same precision: `28,9–29,0%`, `42–43%`, or one value when they are equal.
pub fn percent_range(a: u64, b: u64, lang: Lang) -> String {
    let (low, high) = (a.min(b), a.max(b));
    let decimal = numbers(lang).decimal;
    let decimals = low % 10 != 0 || high % 10 != 0;
    let one = |tenths: u64| {
        let whole = int(tenths / 10, lang);
        if decimals {
            format!("{whole}{decimal}{}", tenths % 10)
        } else {
            whole
        }
    };
    if low == high {
        format!("{}%", one(low))
    } else {
        format!("{}–{}%", one(low), one(high))
    }
}

/// An SVG coordinate with one decimal ("-12.5", "0.0"), written with integer formatting
/// only: float formatting would bring several KB of code into the wasm for this one use.
pub fn coord(v: f64) -> String {
    #[allow(clippy::cast_possible_truncation)] // drawings' coordinates are a few thousand at most
    let tenths = (v * 10.0).round() as i64;
    let abs = tenths.unsigned_abs();
    format!("{}{}.{}", if tenths < 0 { "-" } else { "" }, abs / 10, abs % 10)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use Lang::{En, Nl};

    #[test]
    fn groups_digits() {
        assert_eq!(int(0, Nl), "0");
        assert_eq!(int(999, Nl), "999");
        assert_eq!(int(1000, Nl), "1.000");
        assert_eq!(int(10_166, Nl), "10.166");
        assert_eq!(int(600_000_000, Nl), "600.000.000");
        assert_eq!(int(10_166, En), "10,166");
    }

    #[test]
    fn cents_in_dutch_and_english() {
        assert_eq!(euro_cents(849_425, Nl), "€ 8.494,25");
        assert_eq!(euro_cents(849_405, En), "€8,494.05");
        assert_eq!(euro_cents(7, Nl), "€ 0,07");
    }

    #[test]
    fn money_in_dutch_and_english() {
        assert_eq!(euro(12_000, Nl), "€ 12.000");
        assert_eq!(euro(-12, Nl), "€ -12");
        assert_eq!(euro(12_000, En), "€12,000");
        assert_eq!(euro(-12, En), "-€12");
        assert_eq!(euro_range(10_000, 13_000, Nl), "€ 10.000–13.000");
        assert_eq!(euro_range(12_000, 12_000, Nl), "€ 12.000");
    }

    #[test]
    fn compact_money() {
        assert_eq!(euro_compact(600_000_000, Nl), "€ 600 miljoen");
        assert_eq!(euro_compact(1_200_000_000, Nl), "€ 1,2 miljard");
        assert_eq!(euro_compact(650_000_000, En), "€650 million");
        assert_eq!(euro_compact(1_200_000_000, En), "€1.2 billion");
        assert_eq!(euro_compact(844_032_000, Nl), "≈ € 844 miljoen");
        assert_eq!(euro_compact(611_250_000, Nl), "≈ € 611,3 miljoen");
        assert_eq!(euro_compact(611_200_000, Nl), "€ 611,2 miljoen");
        assert_eq!(euro_compact(999_999, Nl), "€ 999.999");
        assert_eq!(euro_compact(-50_000_000, Nl), "€ -50 miljoen");
    }

    #[test]
    fn percentages() {
        assert_eq!(percent(42, 100, Nl).unwrap(), "42%");
        assert_eq!(percent(425, 1000, Nl).unwrap(), "42,5%");
        assert_eq!(percent(425, 1000, En).unwrap(), "42.5%");
        assert_eq!(percent(2, 3, Nl).unwrap(), "66,7%");
        assert_eq!(percent(1, 0, Nl), None);
    }

    #[test]
    fn ranges_use_an_en_dash() {
        assert_eq!(range(900, 1200, Nl), "900–1.200");
        assert_eq!(range(900, 900, Nl), "900");
    }

    proptest! {
        #[test]
        fn grouping_round_trips(n in any::<u64>()) {
            prop_assert_eq!(int(n, Nl).replace('.', "").parse::<u64>().unwrap(), n);
            prop_assert_eq!(int(n, En).replace(',', "").parse::<u64>().unwrap(), n);
        }

        #[test]
        fn compact_never_panics_and_keeps_the_sign(n in any::<i64>()) {
            let s = euro_compact(n, Nl);
            prop_assert!(s.contains('€'));
            prop_assert_eq!(s.contains('-'), n < 0);
        }
    }

    #[test]
    fn coordinates_have_one_decimal() {
        assert_eq!(coord(1.25), "1.3");
        assert_eq!(coord(-0.04), "0.0");
        assert_eq!(coord(-12.5), "-12.5");
        assert_eq!(coord(640.0), "640.0");
    }

    #[test]
    fn compact_ranges_share_their_word() {
        assert_eq!(euro_compact_range(844_032_000, 847_632_000, Nl), "≈ € 844–847,6 miljoen");
        assert_eq!(euro_compact_range(844_032_000, 847_632_000, En), "≈ €844–847.6 million");
        assert_eq!(euro_compact_range(600_000_000, 700_000_000, Nl), "€ 600–700 miljoen");
        assert_eq!(
            euro_compact_range(900_000_000, 1_200_000_000, Nl),
            "€ 900 miljoen – € 1,2 miljard"
        );
        assert_eq!(euro_compact_range(12_000, 13_000, Nl), "€ 12.000 – € 13.000");
        assert_eq!(euro_compact_range(600_000_000, 600_000_000, En), "€600 million");
    }
}
