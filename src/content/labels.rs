//! The words for answer values, so every screen names an answer the same way.

use super::Texts;
use crate::domain::answers::{Answers, Goal, Substance};

/// The label of a substance answer.
pub fn substance_label(t: &Texts, value: Substance) -> &'static str {
    let q = &t.questions.substance;
    match value {
        Substance::Alcohol => q.alcohol,
        Substance::Opioids => q.opioids,
        Substance::Both => q.both,
        Substance::PreferNotToSay => t.questions.prefer_not,
    }
}

/// The label of a goal answer.
pub fn goal_label(t: &Texts, value: Goal) -> &'static str {
    let q = &t.questions.goal;
    match value {
        Goal::Stop => q.stop,
        Goal::CutDown => q.cut_down,
        Goal::NotSure => q.not_sure,
        Goal::PreferNotToSay => t.questions.prefer_not,
    }
}

/// Each answered question as (question, answer), in the order the questions are asked.
pub fn answer_lines(t: &Texts, answers: &Answers) -> Vec<(&'static str, &'static str)> {
    let mut lines = Vec::new();
    if let Some(value) = answers.substance {
        lines.push((t.questions.substance.legend, substance_label(t, value)));
    }
    if let Some(value) = answers.goal {
        lines.push((t.questions.goal.legend, goal_label(t, value)));
    }
    lines
}
