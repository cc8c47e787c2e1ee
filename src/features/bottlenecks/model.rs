//! The filter's chips: "none", then one per bottleneck category with the number of areas
//! that name it.
use crate::core::dataset::{BottleneckKind, AREAS};
use crate::core::i18n::{texts, Lang};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chip {
    pub label: &'static str,
    /// Areas naming the bottleneck; `None` for the "none" chip.
    pub count: Option<usize>,
    /// What it highlights.
    pub kind: Option<BottleneckKind>,
    pub pressed: bool,
}

pub fn chips(lang: Lang, active: Option<BottleneckKind>) -> Vec<Chip> {
    let t = texts(lang);
    let none =
        Chip { label: t.bottlenecks_none, count: None, kind: None, pressed: active.is_none() };
    let kinds = BottleneckKind::ALL.into_iter().map(|k| Chip {
        label: (t.bottleneck)(k),
        count: Some(AREAS.iter().filter(|a| a.has_bottleneck(k)).count()),
        kind: Some(k),
        pressed: active == Some(k),
    });
    std::iter::once(none).chain(kinds).collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn one_chip_per_category_and_exactly_one_pressed() {
        let chips = chips(Lang::Nl, Some(BottleneckKind::Nitrogen));
        assert_eq!(chips.len(), 1 + BottleneckKind::ALL.len());
        let pressed: Vec<_> = chips.iter().filter(|c| c.pressed).map(|c| c.label).collect();
        assert_eq!(pressed, ["Stikstof"]);
        let nitrogen = chips.iter().find(|c| c.label == "Stikstof").unwrap();
        assert_eq!(nitrogen.count, Some(2));
        assert!(super::chips(Lang::En, None)[0].pressed);
    }
}
