//! A plain list of a person's answers, as in "What would you like help with?: Alcohol".

use yew::prelude::*;

use crate::content::{answer_lines, texts};
use crate::domain::answers::Answers;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub answers: Answers,
}

#[function_component]
pub fn AnswerSummary(props: &Props) -> Html {
    let t = texts();
    html! {
        <ul class="answer-summary">
            for (question, answer) in answer_lines(t, &props.answers) {
                <li><span class="answer-summary__question">{ question }</span>{ " " }
                    <strong>{ answer }</strong></li>
            }
        </ul>
    }
}
