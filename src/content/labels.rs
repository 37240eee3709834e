//! The questions of the About you screen, in words, with their branching: a person sees only
//! the questions that apply to what they have answered so far. The questions themselves are
//! declared once, in `domain::answers::QUESTIONS`; their words are in the content under the
//! same names.

use super::{Text, Texts, TextsQuestionsList};
pub use crate::domain::answers::Section;
use crate::domain::answers::{Answers, QUESTIONS};

/// One question as shown: its stable name (the saved field), words, and current answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub name: &'static str,
    pub section: Section,
    pub legend: Text,
    /// The question in a few words, for "You said: <said>: <answer>."
    pub said: Text,
    /// (value id, label), in order.
    pub options: Vec<(&'static str, Text)>,
    pub selected: Option<&'static str>,
}

/// The words of the question named `name`. (A test holds the content to the questions the
/// code declares, answer by answer.)
pub fn question_words<'t>(t: &'t Texts, name: &str) -> Option<&'t TextsQuestionsList> {
    t.questions.list.iter().find(|q| q.id == name)
}

/// The questions that apply to these answers, in order. Alcohol questions appear once the
/// person says alcohol is part of it, opioid questions once opioids are.
pub fn questions(t: &Texts, a: &Answers) -> Vec<Question> {
    QUESTIONS
        .iter()
        .filter(|q| a.asks(q))
        .filter_map(|q| {
            let words = question_words(t, q.name)?;
            Some(Question {
                name: q.name,
                section: q.section,
                legend: words.legend,
                said: words.said,
                options: q
                    .answers
                    .iter()
                    .filter_map(|id| {
                        let label = words.answers.iter().find(|w| w.id == *id)?.label;
                        Some((*id, label))
                    })
                    .collect(),
                selected: a.answer_id(q.name),
            })
        })
        .collect()
}

/// Each answered question that applies, as (question, answer), in the order asked.
pub fn answer_lines(t: &Texts, answers: &Answers) -> Vec<(Text, Text)> {
    answers_to(t, answers, |_| true)
}

/// Like [`answer_lines`], for the questions whose names `wanted` accepts.
pub fn answers_to(
    t: &Texts,
    answers: &Answers,
    wanted: impl Fn(&str) -> bool,
) -> Vec<(Text, Text)> {
    questions(t, answers)
        .into_iter()
        .filter(|q| wanted(q.name))
        .filter_map(|q| {
            let selected = q.selected?;
            let label = q.options.iter().find(|(id, _)| *id == selected)?.1;
            Some((q.said, label))
        })
        .collect()
}
