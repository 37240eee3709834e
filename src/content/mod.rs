//! Every text the guide shows, as typed data compiled from `content/<language>/*.toml`.

mod labels;

pub use labels::{answer_lines, goal_label, substance_label};

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

/// The texts for the current language. English is the only language so far.
pub fn texts() -> &'static Texts {
    &EN
}

/// Puts `value` in place of `{name}` in a text.
pub fn fill(text: &str, name: &str, value: &str) -> String {
    text.replace(&format!("{{{name}}}"), value)
}
