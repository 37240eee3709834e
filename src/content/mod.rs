//! Every text the guide shows, as typed data compiled from `content/<language>/*.toml`.

mod catalog;
mod labels;

pub use catalog::{
    alignment, article, certainty_words, factor, fit, flag, option, option_rows, options_for,
    outcome_sentence, patient_texts, source, use_words, used_for, Alignment, Fit,
};

pub use labels::{answer_lines, questions, Question, Section};

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

/// One row of the option grid: a text and the ids of its sources.
pub type Row = TextsOptionsWhatItIs;

/// The texts for the current language. English is the only language so far.
pub fn texts() -> &'static Texts {
    &EN
}

/// Puts `value` in place of `{name}` in a text.
pub fn fill(text: &str, name: &str, value: &str) -> String {
    text.replace(&format!("{{{name}}}"), value)
}
