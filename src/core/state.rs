//! The widget's state and the actions that change it, as pure data and a pure transition
//! (`State::apply`); the Yew shell wraps it in `use_reducer`. Every figure shown is derived
//! from this state by the rest of the core.
//!
//! Amount fields keep the visitor's own text: a bad entry shows its message while the last
//! valid amount stays in force and nothing else changes.

use crate::core::amount::{parse_amount, AmountError};
use crate::core::cite::Length;
use crate::core::dataset::BottleneckKind;
use crate::core::format;
use crate::core::funding::{Amounts, Funded, MAX_PER_HOME_EUR};
use crate::core::i18n::Lang;
use crate::core::link::{Ignored, LinkState, Metric, Section, Theme, View};
use crate::core::scenarios::{self, PinOutcome, Pinned, Scenario};
use crate::core::selection::Selection;
use crate::core::sort::{Column, Sort};
use crate::core::workings::{Explained, Open};

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

/// What the embed code shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Embedded {
    /// The whole widget, opening on the current section.
    #[default]
    Whole,
    /// The current section alone (`nav=0`).
    Section,
    /// One area's own view.
    Area(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub lang: Lang,
    pub selection: Selection,
    /// The amounts in force (always valid).
    pub amounts: Amounts,
    /// By `Funded::index`.
    pub fields: [AmountField; Funded::COUNT],
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
    /// The section open.
    pub section: Section,
    /// The section alone, without the navigation (`nav=0`).
    pub alone: bool,
    /// What the embed code shows.
    pub embedded: Embedded,
    /// Parts of the opening link that were ignored; shown until dismissed.
    pub notices: Vec<Ignored>,
    pub history: HistoryMode,
    /// The outcome of the last "copy link": copied, or failed (the link is then shown to
    /// copy by hand).
    pub copied: Option<bool>,
    /// The outcome of the last copy of a citation.
    pub cited: Option<(Length, Lang, bool)>,
    /// Whether the embed code is shown.
    pub show_embed: bool,
    /// The widget's content width in CSS px (rounded down to `WIDTH_STEP`), which the chart is
    /// laid out for. Not part of a link: it is the visitor's screen, not the view.
    pub width: u32,
    /// Disclosures that are drawn only while open (not part of a link): the pro-rata table,
    /// the hypothetical amounts, the list of areas to tick one by one, and the table row whose
    /// sources and notes are open.
    pub pro_rata_open: bool,
    pub hypothetical_open: bool,
    pub picker_open: bool,
    pub open_row: Option<usize>,
    /// While the page is being printed: everything a printout holds is drawn.
    pub printing: bool,
    /// What the visitor typed in the search ("Zoek uw wijk"); not part of the link.
    pub search: String,
    /// The results whose working is open (kept in the link).
    pub workings: Open,
    /// The pinned scenarios, in the visitor's order (kept in the link).
    pub pinned: Pinned,
    /// What the last "Zet vast" did, until the next change.
    pub pin_outcome: Option<PinOutcome>,
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
            LinkState {
                selection,
                amounts,
                view: View { lang, ..View::default() },
                pinned: Pinned::from([]),
            },
            vec![],
        )
    }

    /// The state a link opens, with the notices for what it ignored.
    pub fn from_link(link: LinkState, notices: Vec<Ignored>) -> Self {
        let LinkState { selection, amounts, view, pinned } = link;
        let fields = Funded::ALL
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
            section: view.section,
            alone: view.alone,
            embedded: view.area.map_or(Embedded::Whole, Embedded::Area),
            notices,
            history: HistoryMode::None,
            copied: None,
            cited: None,
            show_embed: false,
            width: 640,
            pro_rata_open: false,
            // Hypothetical amounts a link sets are shown, not folded away.
            hypothetical_open: Funded::ALL.into_iter().any(|c| !c.capped() && amounts.get(c) > 0),
            picker_open: false,
            open_row: None,
            printing: false,
            search: String::new(),
            workings: view.workings,
            pinned,
            pin_outcome: None,
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
                section: self.section,
                alone: self.alone,
                workings: self.workings,
            },
            pinned: self.pinned.clone(),
        }
    }

    /// What the embed code links to: this view, its section alone, or one area's own view.
    pub fn embedded_link(&self) -> LinkState {
        let mut out = self.link();
        out.view.embed = true;
        match self.embedded {
            Embedded::Whole => out.view.alone = false,
            Embedded::Section => out.view.alone = true,
            Embedded::Area(i) => {
                out.view.area = Some(i);
                out.selection = Selection::none().with(i, true);
            }
        }
        out
    }
}

impl Default for State {
    fn default() -> Self {
        State::new(Lang::Nl, Selection::all(), Amounts::default())
    }
}

/// A change of state: every control's callback makes one (`features::*::view`), the root's
/// reducer applies it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
    Toggle(usize),
    SelectAll,
    SelectNone,
    SelectMunicipality(String),
    /// The visitor typed in an amount field.
    TypeAmount(Funded, String),
    /// The visitor moved a slider.
    SlideAmount(Funded, u64),
    /// The visitor chose a suggested amount ("use this amount"): set exactly, as a
    /// deliberate action.
    UseAmount(Funded, u64),
    /// The field lost focus: a valid entry is rewritten in the standard format.
    TidyAmount(Funded),
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
    /// Open a section (a tab).
    Open(Section),
    /// A copy of the link ended: true when it reached the clipboard.
    Copied(bool),
    /// A copy of a citation ended: which one, and whether it reached the clipboard.
    Cited(Length, Lang, bool),
    /// Show or hide the embed code.
    ToggleEmbed,
    /// Choose what the embed code shows.
    Embed(Embedded),
    /// The widget's content width changed (CSS px).
    Resize(u32),
    /// A disclosure drawn only while open was opened or closed.
    ShowProRata(bool),
    ShowHypothetical(bool),
    ShowPicker(bool),
    /// Open (or close) a table row's sources and notes.
    OpenRow(Option<usize>),
    /// Open one area's own view (`a=`), or leave it for the whole widget with that area
    /// selected.
    ShowArea(Option<usize>),
    /// The page is about to be printed, or was printed.
    Print(bool),
    /// The visitor typed in the search field.
    Search(String),
    /// A result's working was opened or closed.
    ShowWorking(Explained, bool),
    /// "Zet vast": pin the current scenario.
    Pin,
    /// Remove the pinned scenario at this position.
    Unpin(usize),
    /// Move a pinned scenario from one position to another.
    MovePinned(usize, usize),
    /// The visitor typed a name for the pinned scenario at this position.
    RenamePinned(usize, String),
    /// Load the pinned scenario at this position back into the calculator.
    LoadPinned(usize),
}

/// How `action` reaches the browser history.
fn history_of(action: &Action) -> HistoryMode {
    match action {
        // Opening a working changes the link, not enough to be a step back.
        Action::TypeAmount(..)
        | Action::SlideAmount(..)
        | Action::TidyAmount(_)
        | Action::RenamePinned(..)
        | Action::ShowWorking(..) => HistoryMode::Replace,
        Action::Load(_)
        | Action::DismissNotices
        | Action::Copied(_)
        | Action::Cited(..)
        | Action::ToggleEmbed
        | Action::Resize(_)
        | Action::Embed(_)
        | Action::ShowProRata(_)
        | Action::ShowHypothetical(_)
        | Action::ShowPicker(_)
        | Action::OpenRow(_)
        | Action::Print(_)
        | Action::Search(_) => HistoryMode::None,
        _ => HistoryMode::Push,
    }
}

impl State {
    /// The actions on pinned scenarios (`core::scenarios`), from `self` into `next`.
    fn apply_pinned(&self, next: &mut State, action: Action) {
        let mut list = self.pinned.to_vec();
        match action {
            Action::Pin => {
                let s = Scenario::new(self.selection, self.amounts);
                next.pin_outcome = Some(scenarios::pin(&mut list, s));
            }
            Action::Unpin(i) if i < list.len() => {
                list.remove(i);
            }
            Action::MovePinned(from, to) => scenarios::move_to(&mut list, from, to),
            Action::RenamePinned(i, text) => {
                if let Some(s) = list.get_mut(i) {
                    s.name = scenarios::clean_name(&text);
                }
            }
            Action::LoadPinned(i) => {
                if let Some(s) = self.pinned.get(i) {
                    next.selection = s.selection;
                    next.amounts = s.amounts;
                    next.fields = Funded::ALL.map(|c| AmountField {
                        text: field_text(s.amounts.get(c), next.lang),
                        error: None,
                    });
                    next.hypothetical_open |= s.amounts.extra > 0 || s.amounts.retrofit > 0;
                    next.section = Section::Calc;
                }
                return;
            }
            _ => return,
        }
        if *list != *self.pinned {
            next.pinned = list.into();
        }
    }

    /// The state after `action`.
    #[must_use]
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        next.history = history_of(&action);
        // What "Zet vast" did is said until the visitor does something else; a change of the
        // content's size (the comparison appearing, for one) is not the visitor's doing.
        if !matches!(action, Action::Resize(_)) {
            next.pin_outcome = None;
        }
        match action {
            Action::SetLang(lang) => {
                next.lang = lang;
                for c in Funded::ALL {
                    let f = &mut next.fields[c.index()];
                    if f.error.is_none() {
                        f.text = field_text(next.amounts.get(c), lang);
                    }
                }
            }
            Action::Toggle(i) => next.selection = self.selection.toggled(i),
            Action::SelectAll => next.selection = Selection::all(),
            Action::Copied(ok) => next.copied = Some(ok),
            Action::Cited(length, lang, ok) => next.cited = Some((length, lang, ok)),
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
                let v = v.min(MAX_PER_HOME_EUR);
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
            Action::ShowHypothetical(open) => next.hypothetical_open = open,
            Action::ShowPicker(open) => next.picker_open = open,
            Action::OpenRow(row) => next.open_row = row,
            Action::ShowArea(Some(i)) => {
                next.area = Some(i);
                next.embedded = Embedded::Area(i);
            }
            Action::ShowArea(None) => {
                if let Some(i) = self.area {
                    next.selection = Selection::none().with(i, true);
                }
                next.area = None;
                next.embedded = Embedded::Whole;
            }
            Action::Print(on) => next.printing = on,
            Action::Search(q) => next.search = q,
            Action::ShowWorking(e, open) => next.workings = self.workings.with(e, open),
            Action::Pin
            | Action::Unpin(_)
            | Action::MovePinned(..)
            | Action::RenamePinned(..)
            | Action::LoadPinned(_) => self.apply_pinned(&mut next, action),
            Action::Embed(what) => next.embedded = what,
            Action::Open(section) => next.section = section,
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
            Action::TypeAmount(Funded::NewHomes, "12.500".into()),
            Action::TypeAmount(Funded::NewHomes, "twaalf".into()),
        ]);
        assert_eq!(s.amounts.build, 12_500);
        assert_eq!(s.fields[0].error, Some(AmountError::NotANumber));
        assert_eq!(s.fields[0].text, "twaalf");
        assert!(!s.selection.contains(0));
        assert_eq!(s.selection.len(), 19);
    }

    #[test]
    fn slider_and_language_rewrite_the_text() {
        let s =
            run(vec![Action::SlideAmount(Funded::ExtraHomes, 5_000), Action::SetLang(Lang::En)]);
        assert_eq!(s.amounts.extra, 5_000);
        assert_eq!(s.fields[1].text, "5,000");
        let s = run(vec![
            Action::TypeAmount(Funded::NewHomes, "€13000".into()),
            Action::TidyAmount(Funded::NewHomes),
        ]);
        assert_eq!(s.fields[0].text, "13.000");
    }

    #[test]
    fn a_suggested_amount_is_set_exactly_and_pushed() {
        let s = run(vec![Action::TypeAmount(Funded::NewHomes, "x".into())]);
        let s = s.apply(Action::UseAmount(Funded::NewHomes, 8_494));
        assert_eq!(s.amounts.build, 8_494);
        assert_eq!(s.fields[0], AmountField { text: "8.494".into(), error: None });
        assert_eq!(s.history, HistoryMode::Push);
    }

    #[test]
    fn dragging_replaces_history_and_deliberate_actions_push() {
        let s = run(vec![Action::SlideAmount(Funded::NewHomes, 11_000)]);
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
            Action::SlideAmount(Funded::Retrofits, 750),
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
        let build = Column::Figure(crate::core::dataset::Measure::Build);
        let s = run(vec![Action::SortBy(build)]);
        assert_eq!(s.sort.map(Sort::code).as_deref(), Some("-build"));
        assert_eq!(s.history, HistoryMode::Push);
        let s = s.apply(Action::SortBy(build));
        assert_eq!(s.sort.map(Sort::code).as_deref(), Some("build"));
        assert_eq!(State::from_link(s.link(), vec![]).sort, s.sort);
        assert_eq!(s.apply(Action::SetSort(None)).sort, None);
    }

    #[test]
    fn sections_are_pushed_and_survive_the_link_and_back() {
        let s = run(vec![Action::Open(Section::Map)]);
        assert_eq!(s.section, Section::Map);
        assert_eq!(s.history, HistoryMode::Push);
        assert_eq!(State::from_link(s.link(), vec![]).section, Section::Map);
        let back = s.apply(Action::Load(State::default().link()));
        assert_eq!(back.section, Section::Calc);
        assert_eq!(back.history, HistoryMode::None);
    }

    #[test]
    fn the_embed_code_links_to_the_whole_widget_the_section_alone_or_one_area() {
        let s = run(vec![Action::Open(Section::Chart), Action::Toggle(3)]);
        let whole = s.embedded_link();
        assert!(whole.view.embed && !whole.view.alone);
        assert_eq!(whole.view.section, Section::Chart);
        let alone = s.apply(Action::Embed(Embedded::Section)).embedded_link();
        assert!(alone.view.alone && alone.view.section == Section::Chart);
        let one = s.apply(Action::Embed(Embedded::Area(4))).embedded_link();
        assert_eq!((one.view.area, one.selection), (Some(4), Selection::none().with(4, true)));
        // Choosing changes neither this view's link nor history.
        assert_eq!(s.apply(Action::Embed(Embedded::Section)).link(), s.link());
    }

    #[test]
    fn an_areas_own_view_opens_and_leaves_for_the_whole_widget_with_that_area() {
        let s = run(vec![Action::ShowArea(Some(4))]);
        assert_eq!(
            (s.area, s.embedded, s.history),
            (Some(4), Embedded::Area(4), HistoryMode::Push)
        );
        let back = s.apply(Action::ShowArea(None));
        assert_eq!((back.area, back.selection), (None, Selection::none().with(4, true)));
        assert_eq!(back.history, HistoryMode::Push);
    }

    #[test]
    fn disclosures_and_printing_change_neither_link_nor_history() {
        let base = run(vec![Action::Toggle(1)]);
        for action in [
            Action::ShowHypothetical(true),
            Action::ShowPicker(true),
            Action::OpenRow(Some(3)),
            Action::Print(true),
        ] {
            let s = base.apply(action.clone());
            assert_eq!((s.link(), s.history), (base.link(), base.history), "{action:?}");
        }
        assert!(run(vec![Action::Print(true)]).printing);
        // Hypothetical amounts from a link are shown at once.
        let link = LinkState {
            amounts: Amounts { retrofit: 500, ..Amounts::default() },
            ..LinkState::default()
        };
        assert!(State::from_link(link, vec![]).hypothetical_open);
        assert!(!State::default().hypothetical_open);
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
        // A citation's copy is reported for that citation alone, and is no step in history.
        let cited = s.apply(Action::Cited(Length::Long, Lang::En, true));
        assert_eq!((cited.cited, cited.copied), (Some((Length::Long, Lang::En, true)), Some(true)));
        assert_eq!((cited.link(), cited.history), (s.link(), s.history));
    }

    #[test]
    fn pinned_scenarios_are_pinned_moved_renamed_loaded_and_kept_in_the_link() {
        let s = run(vec![
            Action::Pin,
            Action::SlideAmount(Funded::NewHomes, 10_000),
            Action::Toggle(0),
            Action::Pin,
        ]);
        assert_eq!(s.pinned.len(), 2);
        assert_eq!(s.pin_outcome, Some(PinOutcome::Pinned));
        assert_eq!(s.history, HistoryMode::Push);
        // Pinning the same figures again changes nothing but the message.
        let again = s.apply(Action::Pin);
        assert_eq!(
            (again.pinned.clone(), again.pin_outcome),
            (s.pinned.clone(), Some(PinOutcome::Already))
        );
        assert_eq!(again.link(), s.link());
        // A new size of the content keeps the message; the visitor's next action clears it.
        assert_eq!(again.apply(Action::Resize(360)).pin_outcome, Some(PinOutcome::Already));
        assert_eq!(again.apply(Action::Toggle(3)).pin_outcome, None);
        let s =
            s.apply(Action::RenamePinned(1, "Laag bedrag".into())).apply(Action::MovePinned(1, 0));
        assert_eq!(s.pinned[0].name, "Laag bedrag");
        assert_eq!(s.pinned[1].amounts.build, 12_000);
        // Opening a scenario sets the calculator to it and opens the calculator.
        let loaded = s.apply(Action::Open(Section::Map)).apply(Action::LoadPinned(1));
        assert_eq!(
            (loaded.selection, loaded.amounts),
            (s.pinned[1].selection, s.pinned[1].amounts)
        );
        assert_eq!((loaded.section, loaded.fields[0].text.as_str()), (Section::Calc, "12.000"));
        assert_eq!(loaded.pinned, s.pinned);
        // The link carries them, names and order included.
        let back = State::from_link(
            crate::core::link::parse_query(&crate::core::link::encode(&s.link())).0,
            vec![],
        );
        assert_eq!(back.pinned, s.pinned);
        let removed = s.apply(Action::Unpin(0)).apply(Action::Unpin(7));
        assert_eq!(*removed.pinned, s.pinned[1..]);
    }

    #[test]
    fn a_fifth_pin_gets_a_message_and_changes_nothing_else() {
        let mut s = State::default();
        for build in [9_000, 10_000, 11_000, 12_000] {
            s = s.apply(Action::SlideAmount(Funded::NewHomes, build)).apply(Action::Pin);
        }
        let before = s.apply(Action::SlideAmount(Funded::NewHomes, 13_000));
        let after = before.apply(Action::Pin);
        assert_eq!(after.pin_outcome, Some(PinOutcome::Full));
        assert_eq!(
            State { pin_outcome: None, ..after.clone() },
            State { history: after.history, ..before }
        );
    }
}
