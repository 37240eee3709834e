//! A plain list of what a person has stored: their answers, as in "What would you like help
//! with? Alcohol", then each other part that holds something (ratings, Check, picks, the visit
//! list), so that My data and the preview of a file show everything, not only the answers.

use yew::prelude::*;

use crate::content::texts;
use crate::state::AppState;

/// Each answered question and its answer, then the other stored parts, one list.
pub fn answer_summary(state: &AppState) -> Html {
    let t = texts();
    html! {
        <ul class="answer-summary">
            for line in state.answer_texts(t).into_iter().chain(state.stored_lines(t)) {
                <li>{ line }</li>
            }
        </ul>
    }
}
