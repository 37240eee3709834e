//! The state's link to Yew: reducing through the pure [`AppState::apply`].

use std::rc::Rc;

use yew::Reducible;

use crate::state::{Action, AppState};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        next.into()
    }
}
