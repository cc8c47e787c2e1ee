//! The widget's state and the actions that change it, as pure data and a pure transition
//! (`State::apply`); the Yew shell wraps it in `use_reducer`. Every figure shown is derived
//! from this state by the rest of the core.
//!
//! Amount fields keep the visitor's own text: a bad entry shows its message while the last
//! valid amount stays in force and nothing else changes.

use crate::core::amount::{parse_amount, AmountError};
use crate::core::dataset::{BottleneckKind, Category};
use crate::core::format;
use crate::core::funding::Amounts;
use crate::core::i18n::Lang;
use crate::core::link::{Ignored, LinkState, Metric, Theme, View};
use crate::core::selection::Selection;
use crate::core::sort::{Column, Sort};

/// What the visitor typed in one amount field, and what is wrong with it, if anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AmountField {
    pub text: String,
    pub error: Option<AmountError>,
}

/// How the last change should reach the browser history.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HistoryMode {
    /// Nothing to write (first load, back/forward, a notice dismissed).
    #[default]
    None,
    /// A deliberate action: a new history entry.
    Push,
    /// Typing or dragging: replace the current entry, so that history is not flooded.
    Replace,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub lang: Lang,
    pub selection: Selection,
    /// The amounts in force (always valid).
    pub amounts: Amounts,
    pub fields: [AmountField; 3],
    pub embed: bool,
    pub theme: Theme,
    pub accent: Option<u32>,
    pub metric: Metric,
    /// Areas with this bottleneck are highlighted.
    pub highlight: Option<BottleneckKind>,
    /// The areas table's order.
    pub sort: Option<Sort>,
    /// One area's own view instead of the whole widget.
    pub area: Option<usize>,
    /// The area the embed code shows on its own ("only this area"); `None`: the whole widget.
    pub embed_area: Option<usize>,
    /// Parts of the opening link that were ignored; shown until dismissed.
    pub notices: Vec<Ignored>,
    pub history: HistoryMode,
    /// The outcome of the last "copy link": copied, or failed (the link is then shown to
    /// copy by hand).
    pub copied: Option<bool>,
    /// Whether the embed code is shown.
    pub show_embed: bool,
    /// The widget's content width in CSS px (rounded down to `WIDTH_STEP`), which the chart is
    /// laid out for. Not part of a link: it is the visitor's screen, not the view.
    pub width: u32,
    /// Whether the pro-rata table is open (it is drawn only then). Not part of a link.
    pub pro_rata_open: bool,
}

/// Widths are rounded down to this step, so that a resize re-lays the chart out only every
/// so many pixels, and the chart is never wider than its box.
pub const WIDTH_STEP: u32 = 16;

/// `px` rounded down to `WIDTH_STEP`.
pub fn width_step(px: u32) -> u32 {
    px - px % WIDTH_STEP
}

fn field_text(v: u64, lang: Lang) -> String {
    format::int(v, lang)
}

impl State {
    pub fn new(lang: Lang, selection: Selection, amounts: Amounts) -> Self {
        State::from_link(
            LinkState { selection, amounts, view: View { lang, ..View::default() } },
            vec![],
        )
    }

    /// The state a link opens, with the notices for what it ignored.
    pub fn from_link(link: LinkState, notices: Vec<Ignored>) -> Self {
        let LinkState { selection, amounts, view } = link;
        let fields = Category::ALL
            .map(|c| AmountField { text: field_text(amounts.get(c), view.lang), error: None });
        State {
            lang: view.lang,
            selection,
            amounts,
            fields,
            embed: view.embed,
            theme: view.theme,
            accent: view.accent,
            metric: view.metric,
            highlight: view.highlight,
            sort: view.sort,
            area: view.area,
            embed_area: view.area,
            notices,
            history: HistoryMode::None,
            copied: None,
            show_embed: false,
            width: 640,
            pro_rata_open: false,
        }
    }

    /// What a link to this state carries.
    pub fn link(&self) -> LinkState {
        LinkState {
            selection: self.selection,
            amounts: self.amounts,
            view: View {
                lang: self.lang,
                embed: self.embed,
                theme: self.theme,
                accent: self.accent,
                metric: self.metric,
                highlight: self.highlight,
                sort: self.sort,
                area: self.area,
            },
        }
    }
}

impl Default for State {
    fn default() -> Self {
        State::new(Lang::Nl, Selection::all(), Amounts::default())
    }
}

/// A change of state. Buttons and checkboxes name theirs in their markup (`core::act::Act`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
    Toggle(usize),
    SelectAll,
    SelectNone,
    SelectMunicipality(String),
    /// The visitor typed in an amount field.
    TypeAmount(Category, String),
    /// The visitor moved a slider.
    SlideAmount(Category, u64),
    /// The visitor chose a suggested amount ("use this amount"): set exactly, as a
    /// deliberate action.
    UseAmount(Category, u64),
    /// The field lost focus: a valid entry is rewritten in the standard format.
    TidyAmount(Category),
    /// Back/forward: the state of the link now in the address bar.
    Load(LinkState),
    DismissNotices,
    SetMetric(Metric),
    /// Highlight the areas with this bottleneck (or none).
    Highlight(Option<BottleneckKind>),
    /// Select exactly the highlighted areas.
    SelectHighlighted,
    /// A click on a column's header: sort by it, or flip its direction.
    SortBy(Column),
    /// A sort chosen from the list (the narrow layout's control); `None`: the booklet's order.
    SetSort(Option<Sort>),
    /// A copy of the link ended: true when it reached the clipboard.
    Copied(bool),
    /// Show or hide the embed code.
    ToggleEmbed,
    /// The widget's content width changed (CSS px).
    Resize(u32),
    /// Choose what the embed code shows: one area, or the whole widget.
    EmbedArea(Option<usize>),
    /// The visitor opened (or closed) the pro-rata table.
    ShowProRata(bool),
}

impl State {
    /// The state after `action`.
    #[must_use]
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        next.history = match action {
            Action::TypeAmount(..) | Action::SlideAmount(..) | Action::TidyAmount(_) => {
                HistoryMode::Replace
            }
            Action::Load(_)
            | Action::DismissNotices
            | Action::Copied(_)
            | Action::ToggleEmbed
            | Action::Resize(_)
            | Action::EmbedArea(_) => HistoryMode::None,
            _ => HistoryMode::Push,
        };
        match action {
            Action::SetLang(lang) => {
                next.lang = lang;
                for c in Category::ALL {
                    let f = &mut next.fields[c.index()];
                    if f.error.is_none() {
                        f.text = field_text(next.amounts.get(c), lang);
                    }
                }
            }
            Action::Toggle(i) => next.selection = self.selection.toggled(i),
            Action::SelectAll => next.selection = Selection::all(),
            Action::Copied(ok) => next.copied = Some(ok),
            Action::ToggleEmbed => next.show_embed = !self.show_embed,
            Action::SelectNone => next.selection = Selection::none(),
            Action::SelectMunicipality(m) => {
                let s = Selection::municipality(&m);
                if !s.is_empty() {
                    next.selection = s;
                }
            }
            Action::TypeAmount(c, text) => {
                let f = &mut next.fields[c.index()];
                match parse_amount(&text) {
                    Ok(v) => {
                        f.error = None;
                        next.amounts.set(c, v);
                    }
                    Err(e) => f.error = Some(e),
                }
                next.fields[c.index()].text = text;
            }
            Action::SlideAmount(c, v) | Action::UseAmount(c, v) => {
                let v = v.min(crate::core::funding::MAX_PER_HOME_EUR);
                next.amounts.set(c, v);
                next.fields[c.index()] =
                    AmountField { text: field_text(v, next.lang), error: None };
            }
            Action::TidyAmount(c) => {
                let f = &mut next.fields[c.index()];
                if f.error.is_none() {
                    f.text = field_text(next.amounts.get(c), next.lang);
                }
            }
            Action::Load(link) => {
                let notices = std::mem::take(&mut next.notices);
                next = State { width: self.width, ..State::from_link(link, notices) };
            }
            Action::Resize(px) => next.width = width_step(px),
            Action::ShowProRata(open) => next.pro_rata_open = open,
            Action::EmbedArea(area) => next.embed_area = area,
            Action::DismissNotices => next.notices.clear(),
            Action::SetMetric(m) => next.metric = m,
            Action::Highlight(k) => next.highlight = k,
            Action::SortBy(column) => next.sort = Some(Sort::clicked(self.sort, column)),
            Action::SetSort(sort) => next.sort = sort,
            Action::SelectHighlighted => {
                if let Some(k) = next.highlight {
                    next.selection = Selection::with_bottleneck(k);
                }
            }
        }
        // An action that leaves the link as it is (a resize, a copy's outcome, the embed code)
        // leaves the history mode too: otherwise it could overwrite a deliberate action's
        // `Push` before the address bar was written.
        if next.link() == self.link() {
            next.history = self.history;
        }
        next
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn run(actions: Vec<Action>) -> State {
        actions.into_iter().fold(State::default(), |s, a| s.apply(a))
    }

    #[test]
    fn the_pro_rata_table_opens_and_closes_without_touching_the_link_or_history() {
        let s = run(vec![Action::Toggle(0), Action::ShowProRata(true)]);
        assert!(s.pro_rata_open);
        assert_eq!(s.link(), run(vec![Action::Toggle(0)]).link());
        assert_eq!(s.history, run(vec![Action::Toggle(0)]).history);
        assert!(!s.apply(Action::ShowProRata(false)).pro_rata_open);
    }

    #[test]
    fn bad_input_keeps_the_last_valid_amount_and_everything_else() {
        let s = run(vec![
            Action::Toggle(0),
            Action::TypeAmount(Category::Build, "12.500".into()),
            Action::TypeAmount(Category::Build, "twaalf".into()),
        ]);
        assert_eq!(s.amounts.build, 12_500);
        assert_eq!(s.fields[0].error, Some(AmountError::NotANumber));
        assert_eq!(s.fields[0].text, "twaalf");
        assert!(!s.selection.contains(0));
        assert_eq!(s.selection.len(), 19);
    }

    #[test]
    fn slider_and_language_rewrite_the_text() {
        let s = run(vec![Action::SlideAmount(Category::Extra, 5_000), Action::SetLang(Lang::En)]);
        assert_eq!(s.amounts.extra, 5_000);
        assert_eq!(s.fields[1].text, "5,000");
        let s = run(vec![
            Action::TypeAmount(Category::Build, "€13000".into()),
            Action::TidyAmount(Category::Build),
        ]);
        assert_eq!(s.fields[0].text, "13.000");
    }

    #[test]
    fn a_suggested_amount_is_set_exactly_and_pushed() {
        let s = run(vec![Action::TypeAmount(Category::Build, "x".into())]);
        let s = s.apply(Action::UseAmount(Category::Build, 8_494));
        assert_eq!(s.amounts.build, 8_494);
        assert_eq!(s.fields[0], AmountField { text: "8.494".into(), error: None });
        assert_eq!(s.history, HistoryMode::Push);
    }

    #[test]
    fn dragging_replaces_history_and_deliberate_actions_push() {
        let s = run(vec![Action::SlideAmount(Category::Build, 11_000)]);
        assert_eq!(s.history, HistoryMode::Replace);
        let s = s.apply(Action::Toggle(3));
        assert_eq!(s.history, HistoryMode::Push);
        let back = s.apply(Action::Load(State::default().link()));
        assert_eq!(back.history, HistoryMode::None);
        assert_eq!(back.selection, Selection::all());
        assert_eq!(back.amounts.build, 12_000);
    }

    #[test]
    fn a_state_survives_its_own_link() {
        let s = run(vec![
            Action::SetLang(Lang::En),
            Action::Toggle(5),
            Action::SlideAmount(Category::Retrofit, 750),
        ]);
        let again = State::from_link(s.link(), vec![]);
        assert_eq!(again.link(), s.link());
        assert_eq!(again.fields, s.fields);
    }

    #[test]
    fn highlighting_a_bottleneck_and_selecting_its_areas() {
        let s =
            run(vec![Action::Highlight(Some(BottleneckKind::Nitrogen)), Action::SelectHighlighted]);
        let ids: Vec<_> =
            s.selection.indices().map(|i| crate::core::dataset::AREAS[i].id).collect();
        assert_eq!(ids, ["bre", "tbg"]);
        assert_eq!(s.link().view.highlight, Some(BottleneckKind::Nitrogen));
    }

    #[test]
    fn sorting_by_a_header_flips_and_survives_the_link() {
        let build = Column::Figure(Category::Build);
        let s = run(vec![Action::SortBy(build)]);
        assert_eq!(s.sort.map(Sort::code).as_deref(), Some("-build"));
        assert_eq!(s.history, HistoryMode::Push);
        let s = s.apply(Action::SortBy(build));
        assert_eq!(s.sort.map(Sort::code).as_deref(), Some("build"));
        assert_eq!(State::from_link(s.link(), vec![]).sort, s.sort);
        assert_eq!(s.apply(Action::SetSort(None)).sort, None);
    }

    #[test]
    fn unknown_municipality_changes_nothing() {
        let s = run(vec![Action::SelectNone, Action::SelectMunicipality("Atlantis".into())]);
        assert!(s.selection.is_empty());
        let s = run(vec![Action::SelectMunicipality("Amsterdam".into())]);
        assert_eq!(s.selection.len(), 2);
    }

    #[test]
    fn copy_outcome_and_embed_code_change_neither_link_nor_history() {
        let s = run(vec![Action::Toggle(2), Action::Copied(false), Action::ToggleEmbed]);
        assert_eq!((s.copied, s.show_embed), (Some(false), true));
        // The toggle's mode stays: the copy and the embed code change no link.
        assert_eq!(s.history, HistoryMode::Push);
        let resized =
            run(vec![Action::SetMetric(crate::core::link::Metric::Money), Action::Resize(500)]);
        assert_eq!(resized.history, HistoryMode::Push, "a resize does not undo a push");
        assert_eq!(s.link(), run(vec![Action::Toggle(2)]).link());
        let s = s.apply(Action::Copied(true)).apply(Action::ToggleEmbed);
        assert_eq!((s.copied, s.show_embed), (Some(true), false));
    }
}
