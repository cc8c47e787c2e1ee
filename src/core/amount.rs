//! Parsing a per-home amount typed by a visitor: whole euros, forgiving about how they write it.
//!
//! Accepted: `12500`, `12.500`, `12,500`, `€ 12.500`, `€12.500,00`, `12.500,-`, `12 500`.
//! Thousands may be grouped with `.`, `,` or spaces (groups of three digits); a decimal part is
//! accepted only when it is zero, since amounts are whole euros. Rejected, each with its own
//! message: empty, not a number, negative, not whole, above `MAX_PER_HOME_EUR`.

use crate::core::funding::MAX_PER_HOME_EUR;
use crate::core::i18n::{texts, Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AmountError {
    Empty,
    NotANumber,
    Negative,
    NotWhole,
    TooLarge,
}

impl AmountError {
    /// The message in the visitor's language (`i18n`).
    pub fn message(self, lang: Lang) -> String {
        let max =
            crate::core::format::euro(i64::try_from(MAX_PER_HOME_EUR).unwrap_or(i64::MAX), lang);
        (texts(lang).amount_error)(self, &max)
    }
}

/// Splits `s` at its decimal separator, if it has one: a final `.` or `,` followed by one or
/// two digits or `-` is a decimal part, not thousands grouping.
fn split_decimal(s: &str) -> (&str, Option<&str>) {
    if let Some(pos) = s.rfind([',', '.']) {
        let tail = &s[pos + 1..];
        let is_decimal = tail == "-"
            || (!tail.is_empty() && tail.len() <= 2 && tail.bytes().all(|b| b.is_ascii_digit()));
        if is_decimal {
            return (&s[..pos], Some(tail));
        }
    }
    (s, None)
}

/// Whole-euro digits with optional thousands groups (`12.500`, `12,500`, `12 500`, `12500`).
fn parse_grouped(s: &str) -> Option<u64> {
    let parts: Vec<&str> = s.split(['.', ',', ' ']).collect();
    let grouped = parts.len() > 1;
    for (i, p) in parts.iter().enumerate() {
        let ok_len = if !grouped {
            !p.is_empty()
        } else if i == 0 {
            (1..=3).contains(&p.len())
        } else {
            p.len() == 3
        };
        if !ok_len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    let digits: String = parts.concat();
    // Longer than any u64 is "too large", handled by the caller through saturation.
    Some(digits.parse::<u64>().unwrap_or(u64::MAX))
}

pub fn parse_amount(input: &str) -> Result<u64, AmountError> {
    // Non-breaking and thin spaces count as spaces; the euro sign and "EUR" are optional.
    let cleaned: String = input
        .trim()
        .replace(['\u{a0}', '\u{202f}', '\u{2009}'], " ")
        .replace('€', "")
        .replace("EUR", "")
        .replace("eur", "")
        .trim()
        .to_string();
    if cleaned.is_empty() {
        return Err(AmountError::Empty);
    }
    let (negative, body) = match cleaned.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest.trim()),
        None => (false, cleaned.as_str()),
    };
    let (whole, decimal) = split_decimal(body);
    let value = parse_grouped(whole.trim()).ok_or(AmountError::NotANumber)?;
    if let Some(d) = decimal {
        if d != "-" && d.bytes().any(|b| b != b'0') {
            return Err(if negative { AmountError::Negative } else { AmountError::NotWhole });
        }
    }
    if negative && value > 0 {
        return Err(AmountError::Negative);
    }
    if value > MAX_PER_HOME_EUR {
        return Err(AmountError::TooLarge);
    }
    Ok(value)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_the_ways_people_write_amounts() {
        for s in [
            "12500",
            "12.500",
            "12,500",
            "€ 12.500",
            "€12.500",
            "12.500,00",
            "€ 12.500,-",
            "12 500",
            " 12500 ",
            "EUR 12.500",
            "12\u{a0}500",
        ] {
            assert_eq!(parse_amount(s), Ok(12_500), "{s:?}");
        }
        assert_eq!(parse_amount("0"), Ok(0));
        assert_eq!(parse_amount("100.000"), Ok(100_000));
        assert_eq!(parse_amount("-0"), Ok(0));
    }

    #[test]
    fn rejects_bad_input_with_the_right_reason() {
        assert_eq!(parse_amount(""), Err(AmountError::Empty));
        assert_eq!(parse_amount("  € "), Err(AmountError::Empty));
        assert_eq!(parse_amount("twaalf"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("12.5000"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("1.2.3"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("-500"), Err(AmountError::Negative));
        assert_eq!(parse_amount("12.500,50"), Err(AmountError::NotWhole));
        assert_eq!(parse_amount("12500.5"), Err(AmountError::NotWhole));
        assert_eq!(parse_amount("100.001"), Err(AmountError::TooLarge));
        assert_eq!(parse_amount("99999999999999999999999"), Err(AmountError::TooLarge));
    }

    #[test]
    fn messages_exist_in_both_languages() {
        for e in [
            AmountError::Empty,
            AmountError::NotANumber,
            AmountError::Negative,
            AmountError::NotWhole,
            AmountError::TooLarge,
        ] {
            assert_ne!(e.message(Lang::Nl), e.message(Lang::En));
        }
        assert_eq!(
            AmountError::TooLarge.message(Lang::Nl),
            "Het hoogste bedrag is € 100.000 per woning."
        );
    }

    proptest! {
        #[test]
        fn never_panics_and_stays_in_range(s in ".*") {
            if let Ok(v) = parse_amount(&s) {
                prop_assert!(v <= MAX_PER_HOME_EUR);
            }
        }

        #[test]
        fn formatted_amounts_parse_back(v in 0..=MAX_PER_HOME_EUR) {
            let n = i64::try_from(v).unwrap();
            prop_assert_eq!(parse_amount(&crate::core::format::euro(n, Lang::Nl)), Ok(v));
            prop_assert_eq!(parse_amount(&crate::core::format::euro(n, Lang::En)), Ok(v));
            prop_assert_eq!(parse_amount(&v.to_string()), Ok(v));
        }
    }
}
