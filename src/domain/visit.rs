//! The question list for a doctor visit: suggested questions from the answers and flags, the
//! person's own questions, and what they do with them (edit, remove, reorder, mark as asked,
//! write a note). Suggestions the person removed never come back on their own. Pure and tested.

use super::set::IdSet;

/// The longest question, in characters.
pub const MAX_QUESTION: usize = 300;
/// The longest note, in characters.
pub const MAX_NOTE: usize = 2000;

/// A question the guide suggests, with a stable id (such as `flag:opioids-recent`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub id: String,
    pub text: String,
}

/// One question on the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// `s:<suggestion id>` for a suggestion, `c:<number>` for the person's own.
    pub id: String,
    pub text: String,
    pub asked: bool,
    pub note: String,
    /// True once the person has done anything with a suggested question: it then stays even if
    /// the answers change and the guide would no longer suggest it.
    pub kept: bool,
}

impl Question {
    fn is_suggestion(&self) -> bool {
        self.id.starts_with("s:")
    }
}

/// Why a text was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextError {
    Empty,
    TooLong,
}

/// The whole list, saved with the rest of the state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuestionList {
    pub items: Vec<Question>,
    /// Suggestions the person removed (by suggestion id): never added again by [`Self::sync`].
    pub dismissed: IdSet,
    /// The number for the next question of the person's own.
    pub next: u32,
}

/// Whether a character may be kept in a person's text: not a control character (line breaks
/// and tabs aside), and not one of the invisible marks that flip the direction of text, which
/// a crafted link could use to make words read differently than they are.
fn keep(c: char) -> bool {
    let direction_mark = matches!(
        c,
        '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    );
    (!c.is_control() || c == '\n' || c == '\t') && !direction_mark
}

/// A note as typed, without the characters [`keep`] refuses (not trimmed, not limited).
pub fn note_text(note: &str) -> String {
    note.chars().filter(|c| keep(*c)).collect()
}

/// Drops characters [`keep`] refuses, then trims the text (in that order, so that cleaning a
/// clean text changes nothing: a space before a dropped character is trimmed too); checks its
/// length.
pub fn clean(text: &str, max: usize) -> Result<String, TextError> {
    let cleaned = note_text(text).trim().to_string();
    if cleaned.is_empty() {
        Err(TextError::Empty)
    } else if cleaned.chars().count() > max {
        Err(TextError::TooLong)
    } else {
        Ok(cleaned)
    }
}

impl QuestionList {
    /// Brings the suggestions up to date: adds new ones at the end (unless dismissed), drops
    /// suggestions the guide no longer makes if the person never touched them, and gives
    /// untouched ones the guide's current words (so a corrected wording reaches every list).
    pub fn sync(&mut self, suggestions: &[Suggestion]) {
        let wanted: Vec<String> = suggestions.iter().map(|s| format!("s:{}", s.id)).collect();
        self.items
            .retain(|q| !q.is_suggestion() || q.kept || wanted.contains(&q.id));
        for s in suggestions {
            let id = format!("s:{}", s.id);
            if let Some(q) = self.items.iter_mut().find(|q| q.id == id) {
                if !q.kept && q.text != s.text {
                    q.text.clone_from(&s.text);
                }
            } else if !self.dismissed.contains(&s.id) {
                self.items.push(Question {
                    id,
                    text: s.text.clone(),
                    asked: false,
                    note: String::new(),
                    kept: false,
                });
            }
        }
    }

    /// Adds a question of the person's own at the end; returns its id.
    pub fn add(&mut self, text: &str) -> Result<String, TextError> {
        let text = clean(text, MAX_QUESTION)?;
        self.next = self.highest_own().max(self.next).saturating_add(1);
        let id = format!("c:{}", self.next);
        self.items.push(Question {
            id: id.clone(),
            text,
            asked: false,
            note: String::new(),
            kept: true,
        });
        Ok(id)
    }

    /// The highest number among the person's own questions (`c:<n>`), 0 if none.
    pub fn highest_own(&self) -> u32 {
        self.items
            .iter()
            .filter_map(|q| q.id.strip_prefix("c:")?.parse().ok())
            .max()
            .unwrap_or(0)
    }

    fn find(&mut self, id: &str) -> Option<&mut Question> {
        self.items.iter_mut().find(|q| q.id == id)
    }

    /// Changes a question's words.
    pub fn edit(&mut self, id: &str, text: &str) -> Result<(), TextError> {
        let text = clean(text, MAX_QUESTION)?;
        if let Some(q) = self.find(id) {
            q.text = text;
            q.kept = true;
        }
        Ok(())
    }

    /// Removes a question; a removed suggestion is not suggested again.
    pub fn remove(&mut self, id: &str) {
        if let Some(suggestion) = id.strip_prefix("s:") {
            self.dismissed.insert(suggestion.to_string());
        }
        self.items.retain(|q| q.id != id);
    }

    /// Puts back a question just removed, at its old place (or the end): "undo". A suggestion
    /// is no longer dismissed. Nothing changes if the list already holds a question with its id.
    pub fn restore(&mut self, question: Question, at: usize) {
        if self.items.iter().any(|q| q.id == question.id) {
            return;
        }
        if let Some(suggestion) = question.id.strip_prefix("s:") {
            self.dismissed.remove(suggestion);
        }
        self.items.insert(at.min(self.items.len()), question);
    }

    /// Moves a question one place up (`-1`) or down (`1`); nothing at either end.
    pub fn shift(&mut self, id: &str, by: isize) {
        let Some(at) = self.items.iter().position(|q| q.id == id) else {
            return;
        };
        let to = at as isize + by;
        if to < 0 || to as usize >= self.items.len() {
            return;
        }
        self.items.swap(at, to as usize);
        self.items[to as usize].kept = true;
    }

    /// Marks a question as asked, or not.
    pub fn set_asked(&mut self, id: &str, asked: bool) {
        if let Some(q) = self.find(id) {
            q.asked = asked;
            q.kept = true;
        }
    }

    /// Sets the answer or note written next to a question (empty clears it). Kept as typed,
    /// spaces and all (the screen saves on every key, so trimming would eat the space just
    /// typed); only characters [`keep`] refuses are dropped.
    pub fn set_note(&mut self, id: &str, note: &str) -> Result<(), TextError> {
        let note = note_text(note);
        if note.chars().count() > MAX_NOTE {
            return Err(TextError::TooLong);
        }
        if let Some(q) = self.find(id) {
            q.note = note;
            q.kept = true;
        }
        Ok(())
    }
}
