//! The widget's state and the actions that change it (Yew's reducer pattern). Only the root
//! component owns it; every figure shown is derived from it by the pure core.

use std::rc::Rc;

use yew::Reducible;

use crate::core::i18n::Lang;
use crate::core::selection::Selection;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub lang: Lang,
    pub selection: Selection,
}

impl Default for State {
    fn default() -> Self {
        State {
            lang: Lang::Nl,
            selection: Selection::all(),
        }
    }
}

pub enum Action {
    SetLang(Lang),
    Toggle(usize),
    SelectAll,
    SelectNone,
    SelectMunicipality(&'static str),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Toggle(i) => next.selection = self.selection.toggled(i),
            Action::SelectAll => next.selection = Selection::all(),
            Action::SelectNone => next.selection = Selection::none(),
            Action::SelectMunicipality(m) => next.selection = Selection::municipality(m),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
