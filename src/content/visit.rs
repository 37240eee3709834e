//! What My visit is made of: the suggested questions, and the summary a person prints, copies
//! or shares. Pure, so what goes on paper is tested natively.

use super::{flag, option, Texts};
use crate::domain::answers::Answers;
use crate::domain::check::Leaning;
use crate::domain::flags::flags;
use crate::domain::visit::{Question, Suggestion};

/// The options a person is thinking about: the one they lean toward first, then those they
/// picked to compare, each once, by content id.
pub fn considered(leaning: Option<&Leaning>, picked: &[String]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    if let Some(Leaning::Option(id)) = leaning {
        ids.push(id.clone());
    }
    for id in picked {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    ids
}

/// The questions the guide suggests: each safety flag's question (`flag:<id>`), then a few
/// for each option considered (`option:<option id>:<question id>`, ids that stay the same
/// when the content changes). Unknown option ids suggest nothing.
pub fn suggestions(t: &Texts, answers: &Answers, considered: &[String]) -> Vec<Suggestion> {
    let mut list: Vec<Suggestion> = flags(answers)
        .into_iter()
        .map(|f| Suggestion {
            id: format!("flag:{}", f.id()),
            text: flag(t, f).question.to_string(),
        })
        .collect();
    for id in considered {
        if let Some(o) = option(t, id) {
            list.extend(o.questions.iter().map(|q| Suggestion {
                id: format!("option:{}:{}", o.id, q.id),
                text: q.text.to_string(),
            }));
        }
    }
    list
}

/// The suggestion id of a question on the list whose words are still the guide's own for it in
/// the current language (the person has not changed them); `None` for their own words.
pub fn unedited<'q>(t: &Texts, q: &'q Question) -> Option<&'q str> {
    let id = q.id.strip_prefix("s:")?;
    (suggestion_text(t, id)? == q.text).then_some(id)
}

/// The text of a suggestion by its id, in this guide's words; `None` if it does not know it.
/// Share links carry suggestions by id, so a link stays short.
pub fn suggestion_text(t: &Texts, id: &str) -> Option<String> {
    if let Some(flag_id) = id.strip_prefix("flag:") {
        return t
            .flags
            .iter()
            .find(|f| f.id == flag_id)
            .map(|f| f.question.to_string());
    }
    let (option_id, question) = id.strip_prefix("option:")?.split_once(':')?;
    let o = option(t, option_id)?;
    // A retired question still reads, so an older link or list loses nothing.
    o.questions
        .iter()
        .chain(o.retired_questions.iter())
        .find(|q| q.id == question)
        .map(|q| q.text.to_string())
}
