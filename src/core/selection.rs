//! Which areas a visitor has selected: a bit set over the dataset's 20 areas, in dataset order.
//! Copy, hashable and cheap, so that every view can be recomputed from it on each change.

use crate::core::dataset::{AREAS, AREA_COUNT};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Selection(u32);

const ALL_BITS: u32 = (1 << AREA_COUNT) - 1;

impl Selection {
    pub const fn none() -> Self {
        Selection(0)
    }

    pub const fn all() -> Self {
        Selection(ALL_BITS)
    }

    /// From raw bits; bits beyond the dataset are dropped.
    pub const fn from_bits(bits: u32) -> Self {
        Selection(bits & ALL_BITS)
    }

    pub fn contains(self, index: usize) -> bool {
        index < AREA_COUNT && self.0 & (1 << index) != 0
    }

    #[must_use]
    pub fn with(self, index: usize, selected: bool) -> Self {
        if index >= AREA_COUNT {
            return self;
        }
        if selected {
            Selection(self.0 | 1 << index)
        } else {
            Selection(self.0 & !(1 << index))
        }
    }

    #[must_use]
    pub fn toggled(self, index: usize) -> Self {
        self.with(index, !self.contains(index))
    }

    /// All areas of one municipality (Amsterdam has two).
    pub fn municipality(name: &str) -> Self {
        AREAS
            .iter()
            .enumerate()
            .filter(|(_, a)| a.municipality == name)
            .fold(Selection::none(), |s, (i, _)| s.with(i, true))
    }

    /// All areas whose bottlenecks include `kind`.
    pub fn with_bottleneck(kind: crate::core::dataset::BottleneckKind) -> Self {
        AREAS
            .iter()
            .enumerate()
            .filter(|(_, a)| a.has_bottleneck(kind))
            .fold(Selection::none(), |s, (i, _)| s.with(i, true))
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn is_all(self) -> bool {
        self.0 == ALL_BITS
    }

    /// Indices of the selected areas, in dataset order.
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..AREA_COUNT).filter(move |&i| self.contains(i))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn municipality_selects_both_amsterdam_areas() {
        let s = Selection::municipality("Amsterdam");
        let names: Vec<_> = s.indices().map(|i| AREAS[i].name).collect();
        assert_eq!(names, ["Amsterdam Nieuw-West", "Amsterdam Zuidoost"]);
        assert_eq!(Selection::municipality("Nergenshuizen"), Selection::none());
    }

    #[test]
    fn all_has_every_area_and_none_has_none() {
        assert_eq!(Selection::all().len(), AREA_COUNT);
        assert!(Selection::all().is_all());
        assert!(Selection::none().is_empty());
        assert!(!Selection::all().contains(AREA_COUNT));
    }

    proptest! {
        #[test]
        fn toggling_twice_is_identity(bits in any::<u32>(), i in 0usize..40) {
            let s = Selection::from_bits(bits);
            prop_assert_eq!(s.toggled(i).toggled(i), s);
            prop_assert!(s.len() <= AREA_COUNT);
            prop_assert_eq!(s.indices().count(), s.len());
        }
    }
}
