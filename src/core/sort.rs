//! The order of the areas table (and of the CSV's rows): by area, municipality or one of the
//! three figures, ascending or descending.
//!
//! Rules: names compare without regard to case; a figure range compares by its low end, then
//! its high end; a figure left out of a total (another period, a wider region) sorts by its
//! value like any other and stays marked in the table; an unknown figure sorts last in both
//! directions; equal keys keep the dataset's order (a stable sort). In a link the sort is `s`:
//! the column's code, with a leading `-` for descending (`s=-build`).

use std::cmp::Ordering;

use crate::core::dataset::{Measure, AREAS};

/// A sortable column of the areas table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Area,
    Municipality,
    Figure(Measure),
}

impl Column {
    pub const ALL: [Column; 2 + Measure::COUNT] = {
        let mut all = [Column::Area; 2 + Measure::COUNT];
        all[1] = Column::Municipality;
        let mut i = 0;
        while i < Measure::COUNT {
            all[2 + i] = Column::Figure(Measure::ALL[i]);
            i += 1;
        }
        all
    };

    pub fn code(self) -> &'static str {
        match self {
            Column::Area => "area",
            Column::Municipality => "municipality",
            Column::Figure(m) => m.code(),
        }
    }

    pub fn from_code(code: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The direction a first click sorts in: names A to Z, figures largest first.
    pub fn first_direction(self) -> Direction {
        match self {
            Column::Area | Column::Municipality => Direction::Ascending,
            Column::Figure(_) => Direction::Descending,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Ascending,
    Descending,
}

/// How the table is sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sort {
    pub column: Column,
    pub direction: Direction,
}

impl Sort {
    /// `build` (ascending) or `-build` (descending).
    pub fn code(self) -> String {
        match self.direction {
            Direction::Ascending => self.column.code().to_string(),
            Direction::Descending => format!("-{}", self.column.code()),
        }
    }

    pub fn parse(code: &str) -> Option<Sort> {
        let (direction, name) = match code.strip_prefix('-') {
            Some(name) => (Direction::Descending, name),
            None => (Direction::Ascending, code),
        };
        Some(Sort { column: Column::from_code(name)?, direction })
    }

    /// The sort after a click on `column`'s header: the other direction when it is already
    /// the sorted column, otherwise its first direction.
    #[must_use]
    pub fn clicked(current: Option<Sort>, column: Column) -> Sort {
        let direction = match current {
            Some(s) if s.column == column => match s.direction {
                Direction::Ascending => Direction::Descending,
                Direction::Descending => Direction::Ascending,
            },
            _ => column.first_direction(),
        };
        Sort { column, direction }
    }
}

/// The areas' indices in table order (the dataset's order without a sort).
pub fn order(sort: Option<Sort>) -> Vec<usize> {
    let mut order: Vec<usize> = (0..AREAS.len()).collect();
    let Some(sort) = sort else { return order };
    let flip = |o: Ordering| match sort.direction {
        Direction::Ascending => o,
        Direction::Descending => o.reverse(),
    };
    order.sort_by(|&i, &j| {
        let (first, second) = (&AREAS[i], &AREAS[j]);
        match sort.column {
            Column::Area => flip(cmp_names(first.name, second.name)),
            Column::Municipality => flip(cmp_names(first.municipality, second.municipality)),
            Column::Figure(category) => match (first.figure(category), second.figure(category)) {
                (Some(x), Some(y)) => flip((x.low, x.high).cmp(&(y.low, y.high))),
                // Unknown last, whichever the direction.
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
        }
    });
    order
}

fn cmp_names(a: &str, b: &str) -> Ordering {
    a.chars().map(|c| c.to_ascii_lowercase()).cmp(b.chars().map(|c| c.to_ascii_lowercase()))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::dataset::Area;
    use proptest::prelude::*;

    fn ids(sort: Sort) -> Vec<&'static str> {
        order(Some(sort)).into_iter().map(|i| AREAS[i].id).collect()
    }

    fn sort(code: &str) -> Sort {
        Sort::parse(code).unwrap()
    }

    #[test]
    fn largest_first_with_unknown_last_in_both_directions() {
        let down = ids(sort("-build"));
        assert_eq!(down[0], "amw", "Amsterdam Nieuw-West's 10.166 is the largest");
        let up = ids(sort("build"));
        for list in [&down, &up] {
            // Eindhoven Woensel-Zuid and Lelystad Oost have no 2025-2029 figure.
            assert_eq!(&list[18..], ["ehv", "lls"], "{list:?}");
            assert!(list[..18].iter().all(|id| Area::by_id(id)
                .unwrap()
                .1
                .homes_2025_2029
                .is_some()));
        }
    }

    #[test]
    fn ranges_sort_by_low_then_high_and_excluded_figures_by_value() {
        // Heerlen's 7.000–8.500 (Parkstad, left out of the total) sorts by its value.
        let extra = ids(sort("-extra"));
        let pos = |id| extra.iter().position(|x| *x == id).unwrap();
        assert!(
            pos("tbg") < pos("hrl"),
            "Tilburg's 8.000 (2030-2040) before Heerlen's 7.000–8.500"
        );
        assert!(pos("hrl") < pos("dlf"), "{extra:?}");
    }

    #[test]
    fn names_sort_alphabetically_and_equal_keys_keep_dataset_order() {
        let by_muni = ids(sort("municipality"));
        assert_eq!(&by_muni[..2], ["amw", "amz"], "Amsterdam's two areas, in dataset order");
        let by_area = ids(sort("-area"));
        assert_eq!(by_area[0], "zdo");
    }

    #[test]
    fn clicking_a_header_sorts_then_flips() {
        let build = Column::Figure(Measure::Build);
        let first = Sort::clicked(None, build);
        assert_eq!(first.code(), "-build");
        assert_eq!(Sort::clicked(Some(first), build).code(), "build");
        assert_eq!(Sort::clicked(Some(first), Column::Area).code(), "area");
    }

    #[test]
    fn codes_read_back_and_others_are_refused() {
        for column in Column::ALL {
            for direction in [Direction::Ascending, Direction::Descending] {
                let s = Sort { column, direction };
                assert_eq!(Sort::parse(&s.code()), Some(s));
            }
        }
        for bad in ["", "-", "--build", "Build", "build ", "homes"] {
            assert_eq!(Sort::parse(bad), None, "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn every_order_is_a_permutation_and_sorted(c in 0usize..5, down in any::<bool>()) {
            let direction = if down { Direction::Descending } else { Direction::Ascending };
            let s = Sort { column: Column::ALL[c], direction };
            let o = order(Some(s));
            let mut seen = o.clone();
            seen.sort_unstable();
            prop_assert_eq!(seen, (0..AREAS.len()).collect::<Vec<_>>());
            if let Column::Figure(cat) = s.column {
                let keys: Vec<_> = o.iter().map(|&i| AREAS[i].figure(cat).map(|f| (f.low, f.high))).collect();
                let known = keys.iter().take_while(|k| k.is_some()).count();
                prop_assert!(keys[known..].iter().all(Option::is_none), "unknown last");
                for w in keys[..known].windows(2) {
                    match direction {
                        Direction::Ascending => prop_assert!(w[0] <= w[1]),
                        Direction::Descending => prop_assert!(w[0] >= w[1]),
                    }
                }
            }
        }
    }
}
