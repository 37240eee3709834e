//! A plain list of a person's answers, as in "What would you like help with?: Alcohol".

use yew::prelude::*;

use crate::content::{answer_lines, texts};
use crate::domain::answers::Answers;

/// Each answered question and its answer.
pub fn answer_summary(answers: &Answers) -> Html {
    let t = texts();
    html! {
        <ul class="answer-summary">
            for (question, answer) in answer_lines(t, answers) {
                <li><span class="answer-summary__question">{ question }</span>{ " " }
                    <strong>{ answer }</strong></li>
            }
        </ul>
    }
}
