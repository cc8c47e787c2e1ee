//! The order in which the app draws itself at load, one browser task per step, so that no
//! single task blocks a slow phone for long (Lighthouse's mobile profile runs the CPU 4×
//! slower; a task over 50 ms counts as blocking).
//!
//! The first two steps draw the first screen (the header and the key result, then the share
//! bar and the calculator) out of sight; then the app replaces the static content, keeping
//! its height until the last step, and removes its rows a few per step after (a visitor who
//! has scrolled into the static page keeps it until the last step). Each later step adds the
//! next section below, in page order, so that nothing already shown moves. The table comes
//! with its rows undrawn (`content-visibility`, by the root's `data-rows` in
//! `styles/main.css`: the narrow layout's cards skip their layout, a table row cannot) and
//! draws `ROWS_PER_STEP` more per step. The app marks itself ready after the last step. An
//! area's own view is drawn whole at the first.
use crate::core::dataset::AREAS;

#[derive(Clone, Copy, PartialEq, PartialOrd)]
#[cfg_attr(test, derive(Debug))]
pub enum Step {
    Top,
    Calculator,
    Map,
    Chart,
    /// The table, with this many rows drawn.
    Table(usize),
    All,
}

/// Rows drawn per step (`styles/main.css` names the same steps; a test checks it).
pub const ROWS_PER_STEP: usize = 5;

impl Step {
    pub fn next(self) -> Option<Step> {
        match self {
            Step::Top => Some(Step::Calculator),
            Step::Calculator => Some(Step::Map),
            Step::Map => Some(Step::Chart),
            Step::Chart => Some(Step::Table(0)),
            Step::Table(n) if n + ROWS_PER_STEP < AREAS.len() => {
                Some(Step::Table(n + ROWS_PER_STEP))
            }
            Step::Table(_) => Some(Step::All),
            Step::All => None,
        }
    }

    /// Whether the app replaces the static page at this step: once the first screen is drawn,
    /// or at the last step for a visitor who has scrolled into the static page.
    pub fn swaps(self, scrolled: bool) -> bool {
        self == Step::Calculator && !scrolled || self == Step::All
    }

    /// The root's `data-rows` while the table's rows are being drawn: how many are.
    pub fn rows_drawn(self) -> Option<&'static str> {
        const DRAWN: [&str; 4] = ["0", "5", "10", "15"];
        match self {
            Step::Table(n) => DRAWN.get(n / ROWS_PER_STEP).copied(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<Step> {
        // Bounded, so that a loop in `next` fails the tests instead of hanging them.
        std::iter::successors(Some(Step::Top), |s| s.next()).take(100).collect()
    }

    #[test]
    fn steps_run_in_page_order_and_end() {
        let steps = all();
        assert_eq!(steps.first(), Some(&Step::Top));
        assert_eq!(steps.last(), Some(&Step::All));
        assert!(steps.windows(2).all(|w| w[0] < w[1]), "{steps:?}");
        let tables: Vec<usize> = steps
            .iter()
            .filter_map(|s| if let Step::Table(n) = s { Some(*n) } else { None })
            .collect();
        assert_eq!(tables, (0..AREAS.len()).step_by(ROWS_PER_STEP).collect::<Vec<_>>());
        let named: Vec<String> =
            tables.iter().filter_map(|n| Step::Table(*n).rows_drawn().map(String::from)).collect();
        assert_eq!(named, tables.iter().map(ToString::to_string).collect::<Vec<_>>());
        assert!(steps
            .iter()
            .filter(|s| !matches!(s, Step::Table(_)))
            .all(|s| s.rows_drawn().is_none()));
    }

    #[test]
    fn the_static_page_is_replaced_once_the_first_screen_is_drawn_or_at_the_end() {
        let at = |scrolled| all().into_iter().filter(|s| s.swaps(scrolled)).collect::<Vec<_>>();
        assert_eq!(at(false).first(), Some(&Step::Calculator));
        assert_eq!(at(true), vec![Step::All]);
    }

    /// Every table step has its rule in main.css, which leaves exactly the rows not yet drawn
    /// undrawn; and no other `data-rows` value is styled.
    #[test]
    fn main_css_names_every_table_step() {
        let css = include_str!("../../styles/main.css");
        let styled = css.matches("[data-rows=").count();
        let mut steps = 0;
        for step in all() {
            let Step::Table(n) = step else { continue };
            steps += 1;
            let rule = if n == 0 {
                "[data-rows=\"0\"] #wt-areas tbody tr,".to_string()
            } else {
                format!("[data-rows=\"{n}\"] #wt-areas tbody tr:nth-child(n+{})", n + 1)
            };
            assert!(css.contains(&rule), "main.css lacks {rule}");
        }
        assert_eq!(styled, steps);
    }
}
