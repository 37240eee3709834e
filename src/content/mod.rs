//! Every text the guide shows, as typed data compiled from `content/<language>/*.toml`.

mod catalog;
mod labels;
mod visit;

pub use catalog::{
    alignment, article, certainty_words, factor, factors_for, fit, flag, grids_for, is_for, lenses,
    opioid_wait_note, option, option_rows, options_for, outcome_sentence, quiz_for, safety_note,
    safety_notes, source, source_kind_words, use_words, used_for, with_safety_notes, Alignment,
    Fit, GridLine, SafetyNote,
};

pub use labels::{answer_lines, answers_to, question_words, questions, Question, Section};
pub use visit::{considered, suggestion_text, suggestions, unedited};

use std::cell::Cell;
use std::fmt;
use std::ops::Deref;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

/// A handle that stands for a `&'static str` (through its `get`): it reads, prints and compares
/// as one.
macro_rules! reads_as_str {
    ($handle:ty) => {
        impl Deref for $handle {
            type Target = str;
            fn deref(&self) -> &str {
                self.get()
            }
        }

        impl AsRef<str> for $handle {
            fn as_ref(&self) -> &str {
                self.get()
            }
        }

        impl fmt::Display for $handle {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.get())
            }
        }

        impl fmt::Debug for $handle {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(self.get(), f)
            }
        }

        impl PartialEq<str> for $handle {
            fn eq(&self, other: &str) -> bool {
                self.get() == other
            }
        }

        impl PartialEq<&str> for $handle {
            fn eq(&self, other: &&str) -> bool {
                self.get() == *other
            }
        }
    };
}

/// One text of the content: a number into the strings of the current language (see
/// `build.rs`). Equal strings share a number, so comparing numbers compares the words.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Text(u16);

impl Text {
    /// The words. Empty until the strings are loaded (only in a browser, before the start).
    /// Never inlined: it is called from hundreds of places, and one copy keeps the wasm small.
    #[inline(never)]
    pub fn get(self) -> &'static str {
        strings().get(usize::from(self.0)).copied().unwrap_or("")
    }
}

reads_as_str!(Text);

/// The id of a content item (an option, a source, a factor, "alcohol"...): where it is in the
/// ids compiled into the guide (see `build.rs`: 11 bits of position, 5 of length). Unlike a
/// [`Text`], an id is the same in every language and is there before the words load, so saved
/// answers are checked against the content's ids safely at any time. Equal ids share a number.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(u16);

impl Id {
    /// The id as written in the content. Never inlined, like [`Text::get`].
    #[inline(never)]
    pub fn get(self) -> &'static str {
        let at = usize::from(self.0 >> 5);
        IDS.get(at..at + usize::from(self.0 & 31)).unwrap_or("")
    }
}

reads_as_str!(Id);

/// A language's strings: its tag, how many, their hash, and the file the release build serves.
pub struct StringsFile {
    /// A BCP 47 tag such as `en`.
    pub lang: &'static str,
    /// The language's name in its own words ("Español").
    pub own_name: &'static str,
    pub count: usize,
    pub hash: u64,
    pub name: &'static str,
}

/// Why the strings could not be used.
#[derive(Debug, PartialEq, Eq)]
pub struct WrongStrings;

/// Each language's strings once loaded, in the order of [`LANGUAGES`]. The guide loads the
/// person's language before it starts, and another when they switch or print a copy in it.
static LOADED: [OnceLock<Vec<&'static str>>; LANGUAGES.len()] =
    [const { OnceLock::new() }; LANGUAGES.len()];

thread_local! {
    /// Where the current language is in [`LANGUAGES`]. Per thread, so that native tests in
    /// one language do not change another test's words; the page runs one thread.
    static CURRENT: Cell<usize> = const { Cell::new(0) };
}

/// The strings file of the language tagged `lang`, if the guide has it.
pub fn strings_file(lang: &str) -> Option<&'static StringsFile> {
    LANGUAGES.iter().copied().find(|file| file.lang == lang)
}

fn position(lang: &str) -> Option<usize> {
    LANGUAGES.iter().position(|file| file.lang == lang)
}

/// Splits a strings file after checking that it belongs to this build (same hash and count).
fn split(blob: &'static str, file: &StringsFile) -> Result<Vec<&'static str>, WrongStrings> {
    let hash = blob.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    let list: Vec<&str> = blob.split_terminator('\u{1f}').collect();
    if hash == file.hash && list.len() == file.count {
        Ok(list)
    } else {
        Err(WrongStrings)
    }
}

/// Keeps the strings of `file`, fetched by the browser, for [`use_lang`] and [`in_lang`]. A
/// file from another build is refused.
pub fn load(blob: String, file: &StringsFile) -> Result<(), WrongStrings> {
    let at = position(file.lang).ok_or(WrongStrings)?;
    let list = split(Box::leak(blob.into_boxed_str()), file)?;
    let _ = LOADED[at].set(list);
    Ok(())
}

/// Whether the strings of `lang` are there to use (always natively).
pub fn is_loaded(lang: &str) -> bool {
    position(lang).is_some_and(|at| !loaded(at).is_empty())
}

/// Makes `lang` the current language, if its strings are loaded. Returns whether it did.
pub fn use_lang(lang: &str) -> bool {
    let ready = is_loaded(lang);
    if let Some(at) = position(lang).filter(|_| ready) {
        CURRENT.with(|current| current.set(at));
    }
    ready
}

/// Runs `words` with `lang` as the current language, then goes back to the one before: an
/// English copy of the visit summary, say. The current language stays if `lang` is not
/// loaded.
pub fn in_lang<T>(lang: &str, words: impl FnOnce() -> T) -> T {
    let before = CURRENT.with(Cell::get);
    use_lang(lang);
    let result = words();
    CURRENT.with(|current| current.set(before));
    result
}

#[cfg(test)]
thread_local! {
    /// For tests: on this thread, the words are not loaded yet, as in a browser before the start.
    pub(crate) static WORDS_NOT_LOADED: Cell<bool> = const { Cell::new(false) };
}

/// The strings at `at` in [`LANGUAGES`]: natively the ones compiled in, in a browser the ones
/// loaded (none before).
fn loaded(at: usize) -> &'static [&'static str] {
    #[cfg(not(target_arch = "wasm32"))]
    LOADED[at].get_or_init(|| split(NATIVE[at], LANGUAGES[at]).expect("built together"));
    LOADED[at].get().map_or(&[], Vec::as_slice)
}

fn strings() -> &'static [&'static str] {
    #[cfg(test)]
    if WORDS_NOT_LOADED.with(Cell::get) {
        return &[];
    }
    loaded(CURRENT.with(Cell::get))
}

/// Whether the words are there to use: always natively; in a browser once `load` has run.
pub fn words_loaded() -> bool {
    !strings().is_empty()
}

/// One row of the option grid: a text and the ids of its sources.
pub type Row = TextsOptionsWhatItIs;

/// The texts (their words are the current language's, see [`load`]).
pub fn texts() -> &'static Texts {
    &TEXTS
}

/// The current language's tag (`en` until another is chosen).
pub fn lang() -> &'static str {
    LANGUAGES[CURRENT.with(Cell::get)].lang
}

/// A text with a form for one thing and a form for more (`{ one = "...", other = "...{count}..." }`
/// in the content files).
pub type Plural = TextsRaiseCount;

/// The form of `text` for `count` things, with the number in place of `{count}`.
pub fn plural(text: &Plural, count: usize) -> String {
    let form = if count == 1 { text.one } else { text.other };
    fill(form, "count", count.to_string())
}

/// Puts `value` in place of `{name}` in a text.
pub fn fill(text: impl AsRef<str>, name: &str, value: impl AsRef<str>) -> String {
    fill_str(text.as_ref(), name, value.as_ref())
}

// One copy for every caller, and a plain scan for `{`: the pattern search behind `str::replace`
// and `format!` cost the wasm about a kilobyte for what is always a short text.
fn fill_str(text: &str, name: &str, value: &str) -> String {
    let mut out = String::with_capacity(text.len() + value.len());
    let mut rest = text;
    while let Some(open) = rest.bytes().position(|b| b == b'{') {
        let after = &rest[open + 1..];
        let is_slot = after.starts_with(name) && after[name.len()..].starts_with('}');
        if is_slot {
            out.push_str(&rest[..open]);
            out.push_str(value);
            rest = &after[name.len() + 1..];
        } else {
            out.push_str(&rest[..=open]);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}
