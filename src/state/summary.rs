//! The visit summary: what prints, what is copied as text, and what a share link carries,
//! all from one place, so the three always agree and honour the parts a person left out.

use crate::content::{self, answer_lines, fill, option, Text, Texts};
use crate::domain::check::{may_need_support, sure_score, Leaning};
use crate::domain::flags::flags;
use crate::domain::share::{Shared, SharedQuestion};

use super::{AppState, Importance};

/// One part of the summary, with its heading.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// The part's id (see [`PARTS`]); the question list is `questions`.
    pub part: &'static str,
    pub heading: Text,
    pub items: Vec<Item>,
}

/// One line of a part, with any details under it. For questions, whether it was asked and
/// the answer or note (empty when notes are left out).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Item {
    pub text: String,
    pub details: Vec<String>,
    pub asked: bool,
    pub note: String,
    /// In a copy in another language: the words are the person's own, as they typed them.
    pub own_words: bool,
}

impl Item {
    fn line(text: impl Into<String>) -> Item {
        Item {
            text: text.into(),
            ..Item::default()
        }
    }
}

impl AppState {
    /// The summary's parts, in print order, without those the person left out. (Notes are not
    /// a part of their own: they go with the questions.)
    pub fn summary(&self, t: &Texts) -> Vec<Section> {
        PARTS
            .iter()
            .filter(|p| self.visit.includes(p.id))
            .filter_map(|p| {
                Some(Section {
                    part: p.id,
                    heading: (p.label)(t),
                    items: p.items?(self, t),
                })
            })
            .collect()
    }

    /// The summary again in the language `lang` (an English copy for the care team): every
    /// part in that language, suggested questions in its words by their ids, and the person's
    /// own words as they typed them, marked as such. Questions are told apart in the current
    /// language, so its strings and `lang`'s must both be loaded (else the current language).
    pub fn summary_in(&self, lang: &str) -> Vec<Section> {
        let items = &self.visit.questions.items;
        let suggested: Vec<Option<&str>> = items
            .iter()
            .map(|q| content::unedited(content::texts(), q))
            .collect();
        content::in_lang(lang, || {
            let t = content::texts();
            let mut parts = self.summary(t);
            if let Some(part) = parts.iter_mut().find(|p| p.part == "questions") {
                for (item, id) in part.items.iter_mut().zip(&suggested) {
                    match id.and_then(|id| content::suggestion_text(t, id)) {
                        Some(words) => item.text = words,
                        None => item.own_words = true,
                    }
                }
            }
            parts
        })
    }

    /// After a switch from the language `from` to the current one: each suggested question the
    /// person kept in the guide's words in `from` takes its words in the current language (the
    /// others follow the guide's words on their own, see `QuestionList::sync`; questions in the
    /// person's own words stay as they typed them). Both languages' strings must be loaded.
    pub(super) fn reword(&mut self, from: &str) {
        let items = &self.visit.questions.items;
        let suggested: Vec<Option<String>> = content::in_lang(from, || {
            let t = content::texts();
            items
                .iter()
                .map(|q| {
                    q.kept
                        .then(|| content::unedited(t, q))
                        .flatten()
                        .map(str::to_string)
                })
                .collect()
        });
        let t = content::texts();
        for (q, id) in self.visit.questions.items.iter_mut().zip(suggested) {
            if let Some(words) = id.and_then(|id| content::suggestion_text(t, &id)) {
                q.text = words;
            }
        }
    }

    /// Each point with its key fact and the answers that raised it, not just its heading.
    fn flag_items(&self, t: &Texts) -> Vec<Item> {
        flags(&self.answers)
            .into_iter()
            .map(|f| {
                let note = content::safety_note(t, &self.answers, f);
                let mut details = vec![note.key_fact.to_string()];
                details.extend((!note.said.is_empty()).then_some(note.said));
                Item {
                    text: note.title.to_string(),
                    details,
                    ..Item::default()
                }
            })
            .collect()
    }

    /// The questions, with their answers or notes and "asked" unless notes are left out.
    fn question_items(&self, _: &Texts) -> Vec<Item> {
        let notes = self.visit.includes("notes");
        self.visit
            .questions
            .items
            .iter()
            .map(|q| Item {
                text: q.text.clone(),
                asked: notes && q.asked,
                note: if notes { q.note.clone() } else { String::new() },
                ..Item::default()
            })
            .collect()
    }

    fn help_items(&self, t: &Texts) -> Vec<Item> {
        self.answer_texts(t).into_iter().map(Item::line).collect()
    }

    /// Each About you answer as a line, the question in a few words: "How often you drink:
    /// Every day or almost every day".
    pub fn answer_texts(&self, t: &Texts) -> Vec<String> {
        answer_lines(t, &self.answers)
            .into_iter()
            .map(|(question, answer)| {
                let gap = if question.ends_with('?') { " " } else { ": " };
                format!("{question}{gap}{answer}")
            })
            .collect()
    }

    fn value_items(&self, t: &Texts) -> Vec<Item> {
        let v = &t.values;
        [
            (Importance::Very, v.very),
            (Importance::Somewhat, v.somewhat),
        ]
        .into_iter()
        .flat_map(|(level, words)| {
            content::factors_for(t, self.answers.substance)
                .into_iter()
                .filter(move |f| self.values.get(f.id.get()) == Some(&level))
                .map(move |f| Item::line(format!("{} ({words})", f.title)))
        })
        .collect()
    }

    fn option_items(&self, t: &Texts) -> Vec<Item> {
        content::considered(self.check.leaning.as_ref(), &self.compare.picked)
            .iter()
            .filter_map(|id| option(t, id))
            .map(|o| Item {
                text: o.list_name.to_string(),
                details: vec![o.summary.to_string(), o.how_taken.text.to_string()],
                ..Item::default()
            })
            .collect()
    }

    fn check_items(&self, t: &Texts) -> Vec<Item> {
        let k = &t.check;
        let mut items = Vec::new();
        if let Some(score) = sure_score(&self.check.sure) {
            let meaning = if may_need_support(score) {
                k.sure_low_short
            } else {
                k.sure_high
            };
            let line = fill(k.sure_score, "score", score.to_string());
            items.push(Item::line(format!("{line} {meaning}")));
        }
        let choice = match &self.check.leaning {
            Some(Leaning::Option(id)) => option(t, id).map(|o| o.list_name),
            Some(Leaning::NotSure) => Some(k.lean_not_sure),
            Some(Leaning::DecideLater) => Some(k.lean_later),
            None => None,
        };
        if let Some(choice) = choice {
            items.push(Item::line(fill(t.summary.leaning, "choice", choice)));
        }
        items
    }

    /// Everything stored besides the About you answers, part by part, in words (My data, and
    /// the preview of a file to bring back): only the parts that hold something.
    pub fn stored_lines(&self, t: &Texts) -> Vec<String> {
        let d = &t.data;
        let count = |text, n: usize| fill(text, "count", n.to_string());
        let mut lines = Vec::new();
        if !self.values.is_empty() {
            lines.push(count(d.stored_values, self.values.len()));
        }
        let check = self.check.quiz.len()
            + self.check.sure.len()
            + self.check.involved.len()
            + usize::from(self.check.leaning.is_some());
        if check > 0 {
            lines.push(count(d.stored_check, check));
        }
        lines.extend(self.check_items(t).into_iter().map(|i| i.text));
        if !self.compare.picked.is_empty() {
            let names: Vec<&str> = self
                .compare
                .picked
                .iter()
                .filter_map(|id| option(t, id).map(|o| o.list_name.get()))
                .collect();
            lines.push(fill(d.stored_picked, "names", names.join(", ")));
        }
        let questions = &self.visit.questions.items;
        if !questions.is_empty() {
            let notes = questions
                .iter()
                .filter(|q| !q.note.trim().is_empty())
                .count();
            let line = count(d.stored_questions, questions.len());
            lines.push(fill(line, "notes", notes.to_string()));
        }
        if !self.visit.left_out.is_empty() {
            let parts: Vec<&str> = part_labels(t)
                .filter(|(id, _)| self.visit.left_out.contains(id))
                .map(|(_, label)| label.get())
                .collect();
            lines.push(fill(d.stored_left_out, "parts", parts.join(", ")));
        }
        lines
    }

    /// The summary as plain text, for copying and the `.txt` download. `date` is today, in
    /// the person's own words for it.
    pub fn summary_text(&self, t: &Texts, date: &str) -> String {
        let s = &t.summary;
        let mut out = format!("{}\n{}\n", s.title, fill(s.made, "date", date));
        for section in self.summary(t) {
            // Underlined, not in capitals: case tables for all of Unicode would cost wasm.
            let rule = "-".repeat(section.heading.chars().count());
            out.push_str(&format!("\n{}\n{rule}\n", section.heading));
            if section.items.is_empty() {
                out.push_str(&format!("{}\n", s.nothing));
            }
            for (n, item) in section.items.iter().enumerate() {
                if section.part == "questions" {
                    let asked = if item.asked {
                        format!(" [{}]", t.visit.asked)
                    } else {
                        String::new()
                    };
                    out.push_str(&format!("{}. {}{asked}\n", n + 1, item.text));
                    out.push_str(&format!("   {} {}\n", s.answer_space, item.note));
                } else {
                    out.push_str(&format!("- {}\n", item.text));
                    for detail in &item.details {
                        out.push_str(&format!("  {detail}\n"));
                    }
                }
            }
        }
        out
    }

    /// What a share link carries: the questions (suggestions by id while in the guide's own
    /// words), the options and the things to raise, honouring the parts left out.
    pub fn shared(&self, t: &Texts) -> Shared {
        let v = &self.visit;
        let notes = v.includes("notes");
        let questions = if v.includes("questions") {
            v.questions
                .items
                .iter()
                .map(|q| {
                    let suggestion = content::unedited(t, q);
                    SharedQuestion {
                        suggestion: suggestion.unwrap_or_default().to_string(),
                        text: if suggestion.is_some() {
                            String::new()
                        } else {
                            q.text.clone()
                        },
                        asked: notes && q.asked,
                        note: if notes {
                            q.note.trim().to_string()
                        } else {
                            String::new()
                        },
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        Shared {
            questions,
            options: if v.includes("options") {
                content::considered(self.check.leaning.as_ref(), &self.compare.picked)
            } else {
                Vec::new()
            },
            flags: if v.includes("flags") {
                flags(&self.answers)
                    .into_iter()
                    .map(|f| f.id().to_string())
                    .collect()
            } else {
                Vec::new()
            },
        }
    }
}

/// A part of the visit summary: its id (saved when the person leaves it out), its label, and
/// what it holds (notes hold nothing of their own: they go with the questions).
pub struct Part {
    pub id: &'static str,
    pub label: fn(&Texts) -> Text,
    items: Option<fn(&AppState, &Texts) -> Vec<Item>>,
}

/// The parts of the visit summary, in the order they print; a person may leave any out. The
/// one place a part is declared.
pub const PARTS: [Part; 7] = [
    Part {
        id: "help",
        label: |t| t.summary.part_help,
        items: Some(AppState::help_items),
    },
    Part {
        id: "values",
        label: |t| t.summary.part_values,
        items: Some(AppState::value_items),
    },
    Part {
        id: "options",
        label: |t| t.summary.part_options,
        items: Some(AppState::option_items),
    },
    Part {
        id: "flags",
        label: |t| t.summary.part_flags,
        items: Some(AppState::flag_items),
    },
    Part {
        id: "check",
        label: |t| t.summary.part_check,
        items: Some(AppState::check_items),
    },
    Part {
        id: "questions",
        label: |t| t.summary.part_questions,
        items: Some(AppState::question_items),
    },
    Part {
        id: "notes",
        label: |t| t.summary.part_notes,
        items: None,
    },
];

/// Whether `id` names a part of the summary.
pub fn is_part(id: &str) -> bool {
    PARTS.iter().any(|p| p.id == id)
}

/// Each summary part's id and its label, in print order.
pub fn part_labels(t: &Texts) -> impl Iterator<Item = (&'static str, Text)> + '_ {
    PARTS.iter().map(move |p| (p.id, (p.label)(t)))
}

/// A shared list as summary parts for its preview, in this guide's words: the questions it
/// can show (a suggestion it does not know, say from a newer guide, is left out), then the
/// options and things to raise it knows.
pub fn shared_sections(t: &Texts, shared: &Shared) -> Vec<Section> {
    let s = &t.summary;
    let mut parts = vec![Section {
        part: "questions",
        heading: t.shared.questions,
        items: shared
            .questions
            .iter()
            .filter_map(|q| {
                Some(Item {
                    text: shared_text(t, q)?,
                    asked: q.asked,
                    note: q.note.clone(),
                    ..Item::default()
                })
            })
            .collect(),
    }];
    let options: Vec<Item> = shared
        .options
        .iter()
        .filter_map(|id| option(t, id))
        .map(|o| Item::line(o.list_name.get()))
        .collect();
    let raised: Vec<Item> = t
        .flags
        .iter()
        .filter(|f| shared.flags.iter().any(|id| f.id == id.as_str()))
        .map(|f| Item::line(f.title.get()))
        .collect();
    for (part, heading, items) in [
        ("options", s.part_options, options),
        ("flags", s.part_flags, raised),
    ] {
        if !items.is_empty() {
            parts.push(Section {
                part,
                heading,
                items,
            });
        }
    }
    parts
}

/// The words of a shared question in this guide: its own words, or the guide's words for a
/// suggestion it knows (`None` for one it does not, say from a newer guide).
pub fn shared_text(t: &Texts, q: &SharedQuestion) -> Option<String> {
    if q.suggestion.is_empty() {
        Some(q.text.clone())
    } else {
        content::suggestion_text(t, &q.suggestion)
    }
}
