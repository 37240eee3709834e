//! The one application state, changed only through typed actions by a pure `apply`.

use serde::{Deserialize, Serialize};

use crate::domain::answers::{Answers, Goal, Substance};

/// Everything the guide keeps about a person. Saved as the `state` of the storage envelope.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppState {
    pub answers: Answers,
}

/// Every change a person (or another tab, or an import) can make.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetSubstance(Option<Substance>),
    SetGoal(Option<Goal>),
    /// Take a whole state from elsewhere: an import, or another tab's newer save.
    Replace(AppState),
    /// Forget everything (after "delete everything").
    Reset,
}

impl AppState {
    /// Applies one action. Pure: no storage, no browser.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetSubstance(value) => self.answers.substance = value,
            Action::SetGoal(value) => self.answers.goal = value,
            Action::Replace(state) => *self = state,
            Action::Reset => *self = AppState::default(),
        }
    }

    /// True when there is nothing worth saving.
    pub fn is_empty(&self) -> bool {
        self == &AppState::default()
    }
}
