//! The saved shape of the state (schema version 4), in one place: how each part is written
//! as JSON and read back.
//!
//! The rules are serde's defaults, which wrote this data before: a struct is an object with its fields by name
//! and in declaration order; a missing field takes the struct's default; a field of the wrong
//! shape makes the whole read fail (the caller then keeps the text as a backup); unknown
//! fields are ignored. Answers are saved as their ids, and unanswered ones are left out.

use crate::domain::answers::{AnswerChange, Answers, QUESTIONS};
use crate::domain::check::Leaning;
use crate::domain::values::Importance;
use crate::domain::visit::{Question, QuestionList};
use crate::state::{AppState, CheckState, CompareState, VisitState};

use super::json::{Json, Shape};

/// Values saved as their ids: a string this guide knows, or a wrong shape.
macro_rules! saved_as_id {
    ($($name:ident),+) => {
        $(impl Shape for $name {
            fn to_json(&self) -> Json {
                Json::String(self.id().to_string())
            }
            fn from_json(json: &Json) -> Option<Self> {
                $name::from_id(String::from_json(json)?.as_str())
            }
        })+
    };
}

saved_as_id!(Importance);

impl Shape for AppState {
    fn to_json(&self) -> Json {
        Json::object(vec![
            ("answers", self.answers.to_json()),
            ("values", self.values.to_json()),
            ("check", self.check.to_json()),
            ("compare", self.compare.to_json()),
            ("visit", self.visit.to_json()),
        ])
    }
    fn from_json(json: &Json) -> Option<Self> {
        let members = json.members()?;
        let mut state = AppState::default();
        members.set(&mut state.answers, "answers")?;
        members.set(&mut state.values, "values")?;
        members.set(&mut state.check, "check")?;
        members.set(&mut state.compare, "compare")?;
        members.set(&mut state.visit, "visit")?;
        Some(state)
    }
}

/// Every answer by the name of its question, from the one table of questions
/// (`domain::answers::QUESTIONS`), for writing and reading alike.
impl Shape for Answers {
    fn to_json(&self) -> Json {
        Json::object(
            QUESTIONS
                .iter()
                .filter_map(|q| Some((q.name, Json::String(self.answer_id(q.name)?.to_string()))))
                .collect(),
        )
    }
    fn from_json(json: &Json) -> Option<Self> {
        let members = json.members()?;
        let mut answers = Answers::default();
        for q in QUESTIONS {
            match members.get(q.name) {
                None | Some(Json::Null) => {}
                // An answer this guide does not know is a wrong shape, as before.
                Some(value) => answers.apply(AnswerChange::from_ids(
                    q.name,
                    Some(String::from_json(value)?.as_str()),
                )?),
            }
        }
        Some(answers)
    }
}

impl Shape for CheckState {
    fn to_json(&self) -> Json {
        Json::object(vec![
            ("quiz", self.quiz.to_json()),
            ("sure", self.sure.to_json()),
            ("leaning", self.leaning.to_json()),
            ("involved", self.involved.to_json()),
        ])
    }
    fn from_json(json: &Json) -> Option<Self> {
        let members = json.members()?;
        let mut check = CheckState::default();
        members.set(&mut check.quiz, "quiz")?;
        members.set(&mut check.sure, "sure")?;
        members.set(&mut check.leaning, "leaning")?;
        members.set(&mut check.involved, "involved")?;
        Some(check)
    }
}

/// `{"kind": "option", "option": "<option id>"}`, `{"kind": "not-sure"}` or
/// `{"kind": "decide-later"}`.
impl Shape for Leaning {
    fn to_json(&self) -> Json {
        match self {
            Leaning::Option(id) => Json::object(vec![
                ("kind", Json::String("option".into())),
                ("option", id.to_json()),
            ]),
            Leaning::NotSure => Json::object(vec![("kind", Json::String("not-sure".into()))]),
            Leaning::DecideLater => {
                Json::object(vec![("kind", Json::String("decide-later".into()))])
            }
        }
    }
    fn from_json(json: &Json) -> Option<Self> {
        let members = json.members()?;
        match members.required::<String>("kind")?.as_str() {
            "option" => Some(Leaning::Option(members.required("option")?)),
            "not-sure" => Some(Leaning::NotSure),
            "decide-later" => Some(Leaning::DecideLater),
            _ => None,
        }
    }
}

impl Shape for CompareState {
    fn to_json(&self) -> Json {
        Json::object(vec![
            ("show_all", self.show_all.to_json()),
            ("picked", self.picked.to_json()),
        ])
    }
    fn from_json(json: &Json) -> Option<Self> {
        let members = json.members()?;
        let mut compare = CompareState::default();
        members.set(&mut compare.show_all, "show_all")?;
        members.set(&mut compare.picked, "picked")?;
        Some(compare)
    }
}

impl Shape for VisitState {
    fn to_json(&self) -> Json {
        Json::object(vec![
            ("questions", self.questions.to_json()),
            ("left_out", self.left_out.to_json()),
        ])
    }
    /// A missing `left_out` is the default's (the parts left out at first), not empty.
    fn from_json(json: &Json) -> Option<Self> {
        let members = json.members()?;
        let mut visit = VisitState::default();
        members.set(&mut visit.questions, "questions")?;
        members.set(&mut visit.left_out, "left_out")?;
        Some(visit)
    }
}

impl Shape for QuestionList {
    fn to_json(&self) -> Json {
        Json::object(vec![
            ("items", self.items.to_json()),
            ("dismissed", self.dismissed.to_json()),
            ("next", self.next.to_json()),
        ])
    }
    fn from_json(json: &Json) -> Option<Self> {
        let members = json.members()?;
        let mut list = QuestionList::default();
        members.set(&mut list.items, "items")?;
        members.set(&mut list.dismissed, "dismissed")?;
        members.set(&mut list.next, "next")?;
        Some(list)
    }
}

/// A question needs its id and words; the rest may be missing.
impl Shape for Question {
    fn to_json(&self) -> Json {
        Json::object(vec![
            ("id", self.id.to_json()),
            ("text", self.text.to_json()),
            ("asked", self.asked.to_json()),
            ("note", self.note.to_json()),
            ("kept", self.kept.to_json()),
        ])
    }
    fn from_json(json: &Json) -> Option<Self> {
        let members = json.members()?;
        let mut question = Question {
            id: members.required("id")?,
            text: members.required("text")?,
            asked: false,
            note: String::new(),
            kept: false,
        };
        members.set(&mut question.asked, "asked")?;
        members.set(&mut question.note, "note")?;
        members.set(&mut question.kept, "kept")?;
        Some(question)
    }
}
