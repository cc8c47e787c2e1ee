//! Yew's reducer over the core's `State`: only the root component owns it.
use std::rc::Rc;

use yew::Reducible;

pub use crate::core::state::{Action, State};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
