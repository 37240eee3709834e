//! The one application state, changed only through typed actions by a pure `apply`.

pub mod summary;

use crate::content::{self, Texts};
pub use crate::domain::answers::AnswerChange;
use crate::domain::answers::Answers;
use crate::domain::check::{Leaning, PEOPLE};
use crate::domain::set::{IdMap, IdSet};
use crate::domain::share::SharedQuestion;
pub use crate::domain::values::Importance;
use crate::domain::visit::{clean, note_text, Question, QuestionList, MAX_NOTE, MAX_QUESTION};

/// How many options can be picked to compare side by side.
pub const MAX_PICKED: usize = 3;

/// The Check screen: knowledge items, SURE items, leaning and support.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckState {
    /// Quiz item id to the person's answer (true or false).
    pub quiz: IdMap<bool>,
    /// SURE item id to yes (true) or no (false).
    pub sure: IdMap<bool>,
    pub leaning: Option<Leaning>,
    /// Ids of the people the person wants involved.
    pub involved: IdSet,
}

/// What the Compare screen shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompareState {
    /// Show every option, not only those for the person's substance.
    pub show_all: bool,
    /// Options picked to see side by side (at most [`MAX_PICKED`]), by content id.
    pub picked: Vec<String>,
}

/// The most questions a list keeps: far more than a visit needs, few enough to stay fast.
pub const MAX_LIST: usize = 100;

/// My visit: the question list, and what the person left out of the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisitState {
    pub questions: QuestionList,
    /// Ids of [`summary::PARTS`] left out of the summary, the text and the share link.
    pub left_out: IdSet,
}

/// Parts left out until the person ticks them: what they want help with holds their substance
/// details and their answer about self-harm, the most sensitive things a printout or a link
/// could carry.
pub const LEFT_OUT_AT_FIRST: [&str; 1] = ["help"];

impl Default for VisitState {
    fn default() -> Self {
        VisitState {
            questions: QuestionList::default(),
            left_out: LEFT_OUT_AT_FIRST.map(String::from).into_iter().collect(),
        }
    }
}

impl VisitState {
    /// Whether a summary part is included.
    pub fn includes(&self, part: &str) -> bool {
        !self.left_out.contains(part)
    }
}

/// Everything the guide keeps about a person. Saved as the `state` of the storage envelope.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppState {
    pub answers: Answers,
    /// Factor id to how much it matters.
    pub values: IdMap<Importance>,
    pub check: CheckState,
    pub compare: CompareState,
    pub visit: VisitState,
}

/// Every change a person (or another tab, or an import) can make.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Answer(AnswerChange),
    /// Rate a factor (by id); `None` clears the rating.
    Rate(String, Option<Importance>),
    /// Answer a quiz item (by id).
    Quiz(String, bool),
    /// Answer a SURE item (by id); `None` clears it.
    Sure(String, Option<bool>),
    Lean(Option<Leaning>),
    /// Add or remove a person to involve (by id).
    ToggleInvolved(String),
    ShowAllOptions(bool),
    /// Pick or unpick an option to compare side by side (at most [`MAX_PICKED`]).
    TogglePick(String),
    /// Add a question of the person's own (ignored if empty or too long: the screen says so).
    AddQuestion(String),
    /// Change a question's words (by question id).
    EditQuestion(String, String),
    RemoveQuestion(String),
    /// Put back a removed question at its old place ("undo").
    RestoreQuestion(Question, usize),
    /// Move a question one place up (-1) or down (1).
    MoveQuestion(String, isize),
    SetAsked(String, bool),
    SetNote(String, String),
    /// Include (true) or leave out (false) a summary part, by id.
    IncludePart(String, bool),
    /// Add the questions of a share link the person confirmed, as their own.
    AddShared(Vec<SharedQuestion>),
    /// The person switched from the language tagged here to the current one: suggested
    /// questions in the guide's words take the new language's words.
    Reword(&'static str),
    /// Take a whole state from elsewhere: an import, or another tab's newer save.
    Replace(AppState),
    /// Forget everything (after "delete everything").
    Reset,
}

impl AppState {
    /// Applies one action. Pure: no storage, no browser.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Answer(change) => self.answers.apply(change),
            Action::Rate(factor, Some(level)) => {
                self.values.insert(factor, level);
            }
            Action::Rate(factor, None) => {
                self.values.remove(&factor);
            }
            Action::Quiz(item, answer) => {
                self.check.quiz.insert(item, answer);
            }
            Action::Sure(item, Some(answer)) => {
                self.check.sure.insert(item, answer);
            }
            Action::Sure(item, None) => {
                self.check.sure.remove(&item);
            }
            Action::Lean(leaning) => self.check.leaning = leaning,
            Action::ToggleInvolved(person) => {
                if !self.check.involved.remove(&person) {
                    self.check.involved.insert(person);
                }
            }
            Action::ShowAllOptions(all) => self.compare.show_all = all,
            Action::TogglePick(option) => {
                let picked = &mut self.compare.picked;
                if let Some(at) = picked.iter().position(|p| *p == option) {
                    picked.remove(at);
                } else if picked.len() < MAX_PICKED {
                    picked.push(option);
                }
            }
            Action::AddQuestion(text) => {
                if self.visit.questions.items.len() < MAX_LIST {
                    let _ = self.visit.questions.add(&text);
                }
            }
            Action::EditQuestion(id, text) => {
                let _ = self.visit.questions.edit(&id, &text);
            }
            Action::RemoveQuestion(id) => self.visit.questions.remove(&id),
            Action::RestoreQuestion(question, at) => self.visit.questions.restore(question, at),
            Action::MoveQuestion(id, by) => self.visit.questions.shift(&id, by),
            Action::SetAsked(id, asked) => self.visit.questions.set_asked(&id, asked),
            Action::SetNote(id, note) => {
                let _ = self.visit.questions.set_note(&id, &note);
            }
            Action::IncludePart(part, true) => {
                self.visit.left_out.remove(&part);
            }
            Action::IncludePart(part, false) => {
                if summary::is_part(&part) {
                    self.visit.left_out.insert(part);
                }
            }
            Action::AddShared(questions) => {
                self.add_shared(questions);
            }
            Action::Reword(from) => self.reword(from),
            Action::Replace(state) => *self = state,
            Action::Reset => *self = AppState::default(),
        }
        self.sync_suggestions();
    }

    /// Brings the suggested questions up to date with the answers, flags and options. Not
    /// before the words load (saved data can be read before them): a suggestion without its
    /// words would be saved empty. The first change after they load brings the list up to date.
    fn sync_suggestions(&mut self) {
        if !content::words_loaded() {
            return;
        }
        let t = content::texts();
        let considered = content::considered(self.check.leaning.as_ref(), &self.compare.picked);
        let suggestions = content::suggestions(t, &self.answers, &considered);
        self.visit.questions.sync(&suggestions);
    }

    /// Shared questions become the person's own, keeping asked and notes. A question already
    /// on the list (same words) is not added again, but takes the shared note and asked mark
    /// if it has none of its own. Returns how many questions were added.
    pub fn add_shared(&mut self, questions: Vec<SharedQuestion>) -> usize {
        let list = &mut self.visit.questions;
        let mut added = 0;
        for q in questions {
            let Some(text) = summary::shared_text(content::texts(), &q) else {
                continue;
            };
            if let Some(known) = list.items.iter().find(|i| i.text == text) {
                let id = known.id.clone();
                if known.note.trim().is_empty() && !q.note.is_empty() {
                    let _ = list.set_note(&id, &q.note);
                }
                if q.asked {
                    list.set_asked(&id, true);
                }
                continue;
            }
            if list.items.len() >= MAX_LIST {
                continue;
            }
            if let Ok(id) = list.add(&text) {
                list.set_asked(&id, q.asked);
                let _ = list.set_note(&id, &q.note);
                added += 1;
            }
        }
        added
    }

    /// True when there is nothing worth saving.
    pub fn is_empty(&self) -> bool {
        self == &AppState::default()
    }

    /// Drops everything this guide does not know: ratings of unknown factors, answers to
    /// unknown check items, unknown people, picks or a leaning for unknown options, and picks
    /// past the limit. Saved or imported data is then exactly what the screens can show, with
    /// the suggested questions brought up to date.
    pub fn keep_known(&mut self, t: &Texts) {
        // Only factors a person rates: a lens is never rated.
        self.values
            .retain(|id, _| content::factor(t, id).is_some_and(|f| f.rated));
        self.check
            .quiz
            .retain(|id, _| t.quiz.iter().any(|q| q.id == id.as_str()));
        self.check
            .sure
            .retain(|id, _| t.sure.iter().any(|s| s.id == id.as_str()));
        self.check.involved.retain(|p| PEOPLE.contains(&p.as_str()));
        if let Some(Leaning::Option(id)) = &self.check.leaning {
            if content::option(t, id).is_none() {
                self.check.leaning = None;
            }
        }
        let mut seen = Vec::new();
        self.compare.picked.retain(|id| {
            let keep = content::option(t, id).is_some() && !seen.contains(id);
            seen.push(id.clone());
            keep
        });
        self.compare.picked.truncate(MAX_PICKED);
        let visit = &mut self.visit;
        visit.left_out.retain(|p| summary::is_part(p));
        // Questions need words; a note is kept as written, up to the limit (only a changed
        // file can hold more). A repeated suggestion is dropped; a repeated number of the
        // person's own gets a new one, so no question is lost.
        let list = &mut visit.questions;
        let mut ids = IdSet::new();
        list.items.retain_mut(|q| {
            let Ok(text) = clean(&q.text, MAX_QUESTION) else {
                return false;
            };
            q.text = text;
            q.note = note_text(&q.note).chars().take(MAX_NOTE).collect();
            ids.insert(q.id.clone()) || q.id.starts_with("c:")
        });
        list.next = list.next.max(list.highest_own());
        if list.next > u32::MAX / 2 {
            // Numbers no person could reach: number the person's own questions afresh.
            list.next = 0;
            for q in list.items.iter_mut().filter(|q| q.id.starts_with("c:")) {
                list.next += 1;
                q.id = format!("c:{}", list.next);
            }
        }
        let mut seen = IdSet::new();
        for q in &mut list.items {
            if !seen.insert(q.id.clone()) {
                list.next += 1;
                q.id = format!("c:{}", list.next);
            }
        }
        self.sync_suggestions();
    }
}
