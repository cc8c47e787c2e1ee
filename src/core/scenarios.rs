//! Pinned scenarios ("Zet vast"): a selection and its three per-home amounts, kept side by
//! side to compare, at most `MAX_PINNED`, in the order the visitor gave them. The first is
//! the one the others are compared with.
//!
//! A scenario's label is the widget's own ("20 gebieden, € 12.000", written in the visitor's
//! language each time) until the visitor renames it; a name is at most `MAX_LABEL` characters,
//! without control characters, and an empty name gives the widget's own back.
//!
//! In a link each scenario is one `p` pair (the only key that may repeat), in pin order:
//! `p=amw~amz!13000!0!0!Hoog%20bedrag`: the area codes joined by `~` (empty for none), the
//! three amounts in whole euros (`b`, `x`, `r`), and the visitor's name, if any,
//! percent-encoded. Reading one is tolerant like the rest of the link (`core::link`): an
//! unknown area code is left out with a notice, a scenario whose amounts cannot be read is
//! left out with a notice, and beyond the fourth each is counted in one notice.

use std::fmt::Write;

use crate::core::amount::parse_amount;
use crate::core::dataset::{Area, AREAS};
use crate::core::format;
use crate::core::funding::{Amounts, MAX_PER_HOME_EUR};
use crate::core::i18n::{texts, Lang};
use crate::core::selection::Selection;

/// The pinned scenarios, in pin order: shared, since every link and view model of a state
/// carries them and they change only when the visitor pins, moves, renames or removes one.
pub type Pinned = std::rc::Rc<[Scenario]>;

/// The most scenarios pinned at once.
pub const MAX_PINNED: usize = 4;
/// The longest name a visitor can give a scenario, in characters.
pub const MAX_LABEL: usize = 40;
/// Between the fields of a scenario in a link.
pub const FIELD_SEP: char = '!';

/// One pinned scenario.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Scenario {
    pub selection: Selection,
    pub amounts: Amounts,
    /// The visitor's name for it; empty: the widget's own label.
    pub name: String,
}

impl Scenario {
    pub fn new(selection: Selection, amounts: Amounts) -> Scenario {
        Scenario { selection, amounts, name: String::new() }
    }

    /// Whether it holds the same figures as `selection` at `amounts` (its name aside).
    pub fn is(&self, selection: Selection, amounts: Amounts) -> bool {
        self.selection == selection && self.amounts == amounts
    }

    /// The label shown: the visitor's name (without spaces at its ends), or the widget's own.
    pub fn label(&self, lang: Lang) -> String {
        match self.name.trim() {
            "" => self.own_label(lang),
            name => name.to_string(),
        }
    }

    /// "20 gebieden, € 12.000" (and the hypothetical amounts, where set): the selection's size
    /// and the amounts, short enough for a column's head.
    pub fn own_label(&self, lang: Lang) -> String {
        let w = &texts(lang).scenarios;
        let euro = |v: u64| format::euro(i64::try_from(v).unwrap_or(i64::MAX), lang);
        let mut out = format!("{}, {}", (w.areas)(self.selection.len()), euro(self.amounts.build));
        for (v, word) in [(self.amounts.extra, w.extra), (self.amounts.retrofit, w.retrofit)] {
            if v > 0 {
                let _ = write!(out, ", {word} {}", euro(v));
            }
        }
        out
    }
}

/// A visitor's name as kept: control characters out, at most `MAX_LABEL` characters. Spaces
/// at either end stay while the visitor types (the field shows what is kept); the label
/// leaves them out.
pub fn clean_name(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).take(MAX_LABEL).collect()
}

/// What pinning the current scenario did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinOutcome {
    Pinned,
    /// `MAX_PINNED` are pinned already: nothing changed.
    Full,
    /// The same figures are pinned already: nothing changed.
    Already,
}

/// Pins `s` after the others, unless the list is full or holds the same figures.
pub fn pin(pinned: &mut Vec<Scenario>, s: Scenario) -> PinOutcome {
    if pinned.iter().any(|p| p.is(s.selection, s.amounts)) {
        PinOutcome::Already
    } else if pinned.len() >= MAX_PINNED {
        PinOutcome::Full
    } else {
        pinned.push(s);
        PinOutcome::Pinned
    }
}

/// Moves the scenario at `from` to `to` (both clamped to the list); the others keep their
/// order.
pub fn move_to(pinned: &mut [Scenario], from: usize, to: usize) {
    let Some(last) = pinned.len().checked_sub(1) else { return };
    let (from, to) = (from.min(last), to.min(last));
    if from < to {
        pinned[from..=to].rotate_left(1);
    } else {
        pinned[to..=from].rotate_right(1);
    }
}

/// Bytes a name keeps as they are in a link; every other byte is percent-encoded, so that the
/// link needs no further escaping anywhere (`core::link::encode`).
fn plain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_')
}

/// The value of one `p` pair.
pub fn encode(s: &Scenario) -> String {
    let codes: Vec<&str> = s.selection.indices().map(|i| AREAS[i].id).collect();
    let a = s.amounts;
    let mut out = format!("{}!{}!{}!{}", codes.join("~"), a.build, a.extra, a.retrofit);
    if !s.name.is_empty() {
        out.push(FIELD_SEP);
        for b in s.name.bytes() {
            if plain(b) {
                out.push(char::from(b));
            } else {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// Why a `p` value was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unread {
    /// Fewer than the four fields, or an amount that is not a whole number of euros up to
    /// `MAX_PER_HOME_EUR`: the scenario is left out.
    Bad,
}

/// Reads one (already percent-decoded) `p` value: the scenario, with the area codes it did not
/// know (left out of its selection).
pub fn decode(value: &str) -> Result<(Scenario, Vec<String>), Unread> {
    let mut fields = value.splitn(5, FIELD_SEP);
    let codes = fields.next().unwrap_or_default();
    let mut amount = || {
        fields
            .next()
            .and_then(|v| parse_amount(v.trim()).ok())
            .filter(|&v| v <= MAX_PER_HOME_EUR)
            .ok_or(Unread::Bad)
    };
    let amounts = Amounts { build: amount()?, extra: amount()?, retrofit: amount()? };
    let name = clean_name(fields.next().unwrap_or_default());
    let mut selection = Selection::none();
    let mut unknown = vec![];
    for code in crate::core::link::list(codes) {
        match Area::by_id(&code.to_ascii_lowercase()) {
            Some((i, _)) => selection = selection.with(i, true),
            None => unknown.push(code.to_string()),
        }
    }
    Ok((Scenario { selection, amounts, name }, unknown))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn scenario() -> impl Strategy<Value = Scenario> {
        (0u32..(1 << 20), 0..=MAX_PER_HOME_EUR, 0..=MAX_PER_HOME_EUR, 0..=3_000u64, ".{0,50}")
            .prop_map(|(bits, build, extra, retrofit, name)| Scenario {
                selection: Selection::from_bits(bits),
                amounts: Amounts { build, extra, retrofit },
                name: clean_name(&name),
            })
    }

    fn decoded(value: &str) -> String {
        form_urlencoded::parse(format!("p={value}").as_bytes()).next().unwrap().1.into_owned()
    }

    proptest! {
        #[test]
        fn a_scenario_survives_its_link_value(s in scenario()) {
            let value = encode(&s);
            prop_assert!(value.bytes().all(|b| plain(b) || b"~!%".contains(&b)), "{}", value);
            prop_assert_eq!(decode(&decoded(&value)), Ok((s, vec![])));
        }

        #[test]
        fn reading_any_value_never_panics_and_keeps_names_short(v in ".{0,200}") {
            if let Ok((s, _)) = decode(&v) {
                prop_assert!(s.name.chars().count() <= MAX_LABEL);
                prop_assert!(s.amounts.build <= MAX_PER_HOME_EUR);
            }
        }

        #[test]
        fn moving_keeps_every_scenario_once(n in 1usize..=4, from in 0usize..6, to in 0usize..6) {
            let mut list: Vec<Scenario> = (0..n)
                .map(|i| Scenario { name: i.to_string(), ..Scenario::default() })
                .collect();
            move_to(&mut list, from, to);
            let mut names: Vec<String> = list.iter().map(|s| s.name.clone()).collect();
            prop_assert_eq!(&list[to.min(n - 1)].name, &from.min(n - 1).to_string());
            names.sort();
            prop_assert_eq!(names, (0..n).map(|i| i.to_string()).collect::<Vec<_>>());
        }
    }

    #[test]
    fn the_widgets_own_label_names_the_areas_and_amounts() {
        let s = Scenario::new(Selection::all(), Amounts::default());
        assert_eq!(s.label(Lang::Nl), "20 gebieden, € 12.000");
        assert_eq!(s.label(Lang::En), "20 areas, €12,000");
        let one = Scenario::new(
            Selection::none().with(0, true),
            Amounts { build: 10_000, extra: 0, retrofit: 500 },
        );
        assert_eq!(one.label(Lang::Nl), "1 gebied, € 10.000, verduurzaming € 500");
        let named = Scenario { name: clean_name("  Hoog\u{7}  bedrag "), ..one };
        assert_eq!(named.label(Lang::En), "Hoog  bedrag");
        assert_eq!(clean_name(&"x".repeat(50)).len(), MAX_LABEL);
    }

    #[test]
    fn a_fifth_pin_or_a_repeat_changes_nothing() {
        let mut list = vec![];
        for build in [10_000, 11_000, 12_000, 13_000] {
            let s = Scenario::new(Selection::all(), Amounts { build, ..Amounts::default() });
            assert_eq!(pin(&mut list, s), PinOutcome::Pinned);
        }
        let before = list.clone();
        let again = Scenario::new(Selection::all(), Amounts::default());
        assert_eq!(pin(&mut list, again), PinOutcome::Already);
        let fifth = Scenario::new(Selection::none(), Amounts::default());
        assert_eq!(pin(&mut list, fifth), PinOutcome::Full);
        assert_eq!(list, before);
    }

    #[test]
    fn bad_values_are_refused_and_unknown_areas_named() {
        assert_eq!(decode("amw!12000!0"), Err(Unread::Bad));
        assert_eq!(decode("amw!twaalf!0!0"), Err(Unread::Bad));
        assert_eq!(decode("amw!100001!0!0"), Err(Unread::Bad));
        let (s, unknown) = decode("amw~xyz~DLF!12.000!0!0").unwrap();
        assert_eq!(unknown, ["xyz"]);
        assert_eq!(s.selection.len(), 2);
        assert_eq!(s.amounts.build, 12_000);
        assert_eq!(decode("!0!0!0!a!b").unwrap().0.name, "a!b");
        let odd = Scenario { name: "€ & ~ + !".into(), ..Scenario::default() };
        assert_eq!(decoded(&encode(&odd)), "!12000!0!0!€ & ~ + !");
    }
}
