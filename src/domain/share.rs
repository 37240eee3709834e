//! Share links: the chosen visit content, carried in the URL fragment (`#/share/<data>`),
//! which browsers never send to a server. Versioned, and decoding never panics: anything
//! wrong is an error.
//!
//! Version 2 (written): `2.` + the records below compressed with raw DEFLATE (the browser's
//! own `CompressionStream("deflate-raw")`: no compressor in the wasm) and written in base64url
//! without padding. Compressed, the link holds every list the guide allows (100 questions with
//! their notes), and it cannot be read at a glance in a chat preview. The records are UTF-8:
//! joined by the control character RS (U+001E), their fields by US (U+001F), which no kept
//! text contains ([`super::visit::clean`] drops control characters):
//! - `q` + `0` or `1` (asked) + `s` (one of the guide's suggestions, by id: the receiving guide
//!   shows it in its own words) or `t` (the person's own words), then the id or words, and
//!   optionally the note;
//! - `o` + an option id; `f` + a flag id.
//!
//! Version 1 (read only, made by earlier builds): `1.` + the same records in readable text,
//! joined by `*`, their fields by `!`; letters, digits and `-:,;` stand for themselves, `_` is
//! a space, and every other byte of the UTF-8 text is written `%XX`.
//!
//! Compressing and inflating are the browser's (`ui::browser`); this module makes and reads
//! everything around them, so that it is tested natively.

use super::base64url;
use super::visit::{clean, TextError, MAX_NOTE, MAX_QUESTION};

/// The format this build writes; it reads this one and [`PLAIN`].
pub const VERSION: u32 = 2;
/// The readable format of the first builds.
pub const PLAIN: u32 = 1;
/// The most questions in one link: the most a list holds. A person adds up to 100
/// (`state::MAX_LIST`), and the guide's suggestions come on top of them; the guide has fewer
/// than 100 suggestions in all (`tests/share.rs` checks).
pub const MAX_QUESTIONS: usize = 200;
/// The most option or flag ids in one link, and the longest id.
const MAX_IDS: usize = 20;
const MAX_ID: usize = 60;
/// The most bytes of records a link can hold: every question and note at its longest, in
/// four-byte characters, with every id. Inflating stops past this (a small link must never
/// expand into a huge one).
pub const MAX_RECORDS: usize =
    MAX_QUESTIONS * (3 + 1 + MAX_QUESTION * 4 + 1 + MAX_NOTE * 4 + 1) + 2 * MAX_IDS * (MAX_ID + 2);
/// The most characters of version 2 data read: base64 of [`MAX_RECORDS`] that did not
/// compress at all, with room for DEFLATE's own framing.
pub const MAX_DATA: usize = (MAX_RECORDS + MAX_RECORDS / 100 + 64) / 3 * 4 + 4;
/// The most characters of version 1 data: the longest such link a build ever made.
pub const MAX_PLAIN: usize = 1100;

const RS: char = '\u{1e}';
const US: char = '\u{1f}';

/// One shared question: one of the guide's suggestions by id, or the person's own words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SharedQuestion {
    pub suggestion: String,
    pub text: String,
    pub asked: bool,
    pub note: String,
}

/// What a link carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shared {
    pub questions: Vec<SharedQuestion>,
    /// Options the person is thinking about, by content id.
    pub options: Vec<String>,
    /// Things to raise, by flag id.
    pub flags: Vec<String>,
}

impl Shared {
    /// The same list without the notes and the marks of questions asked.
    pub fn without_notes(&self) -> Shared {
        let mut shorter = self.clone();
        for q in &mut shorter.questions {
            q.note.clear();
            q.asked = false;
        }
        shorter
    }

    /// The same list without notes, and without the questions in the person's own words (the
    /// guide's suggestions travel as short ids).
    pub fn suggestions_only(&self) -> Shared {
        let mut shorter = self.without_notes();
        shorter.questions.retain(|q| !q.suggestion.is_empty());
        shorter
    }

    /// How many questions are in the person's own words.
    pub fn own_questions(&self) -> usize {
        self.questions
            .iter()
            .filter(|q| q.suggestion.is_empty())
            .count()
    }

    fn within_limits(&self) -> bool {
        self.questions.len() <= MAX_QUESTIONS
            && self.options.len() <= MAX_IDS
            && self.flags.len() <= MAX_IDS
    }
}

/// Why a link could not be made or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// More than a list holds (making), or more than any link this guide makes (reading).
    TooBig,
    /// Made by a newer version of the guide.
    Newer,
    /// Damaged or not a link from this guide.
    Damaged,
    /// The browser cannot compress or inflate (it has no compression streams).
    Unsupported,
}

/// A link's data, read as far as this module can: a version 1 list, or the compressed
/// records of a version 2 list, to inflate (at most [`MAX_RECORDS`] bytes) and then read with
/// [`from_records`].
#[derive(Debug, PartialEq, Eq)]
pub enum Link {
    Plain(Shared),
    Compressed(Vec<u8>),
}

/// A content id as this guide writes them: short, lowercase letters, digits, `-` and `:`.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b':')
}

/// Reads text written in the version 1 alphabet (`_` for a space); `None` for a broken `%XX`
/// or bytes that are not UTF-8.
fn unescape(text: &str) -> Option<String> {
    super::percent::decode(text, b'_')
}

/// A text as the receiving guide will keep it (see [`clean`]): `None` when nothing is left.
fn kept(text: &str, max: usize) -> Result<Option<String>, ShareError> {
    match clean(text, max) {
        Ok(text) => Ok(Some(text)),
        Err(TextError::Empty) => Ok(None),
        Err(TextError::TooLong) => Err(ShareError::TooBig),
    }
}

/// The version 2 records of `shared`, to compress. Texts are cleaned as the receiving guide
/// cleans them (a question left empty is left out), so that what arrives is what was sent.
pub fn records(shared: &Shared) -> Result<String, ShareError> {
    if !shared.within_limits() {
        return Err(ShareError::TooBig);
    }
    // Built by pushing, not `format!`: the formatting machinery costs wasm.
    let mut text = String::new();
    for q in &shared.questions {
        let (kind, value) = if q.suggestion.is_empty() {
            match kept(&q.text, MAX_QUESTION)? {
                Some(text) => ("t", text),
                None => continue,
            }
        } else if is_id(&q.suggestion) {
            ("s", q.suggestion.clone())
        } else {
            return Err(ShareError::Damaged);
        };
        text.push_str(if q.asked { "q1" } else { "q0" });
        text.push_str(kind);
        text.push(US);
        text.push_str(&value);
        if let Some(note) = kept(&q.note, MAX_NOTE)? {
            text.push(US);
            text.push_str(&note);
        }
        text.push(RS);
    }
    for (kind, ids) in [('o', &shared.options), ('f', &shared.flags)] {
        for id in ids {
            if !is_id(id) {
                return Err(ShareError::Damaged);
            }
            text.push(kind);
            text.push_str(id);
            text.push(RS);
        }
    }
    // No separator after the last record.
    text.pop();
    if text.len() > MAX_RECORDS {
        return Err(ShareError::TooBig);
    }
    Ok(text)
}

/// The part after `#/share/` for the compressed records.
pub fn link_data(compressed: &[u8]) -> String {
    format!("{VERSION}.{}", base64url::encode(compressed))
}

/// Reads the part after `#/share/`: a version 1 list, or version 2 data to inflate.
pub fn read(text: &str) -> Result<Link, ShareError> {
    let (version, data) = text.split_once('.').ok_or(ShareError::Damaged)?;
    if version.is_empty() || version.len() > 9 || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ShareError::Damaged);
    }
    let version: u32 = version.parse().map_err(|_| ShareError::Damaged)?;
    match version {
        VERSION if data.len() > MAX_DATA => Err(ShareError::TooBig),
        VERSION => base64url::decode(data)
            .map(Link::Compressed)
            .ok_or(ShareError::Damaged),
        PLAIN if data.len() > MAX_PLAIN => Err(ShareError::TooBig),
        PLAIN => parse(data, '*', '!', unescape).map(Link::Plain),
        newer if newer > VERSION => Err(ShareError::Newer),
        _ => Err(ShareError::Damaged),
    }
}

/// Reads inflated version 2 records. Every text is checked as if typed on this device.
pub fn from_records(bytes: &[u8]) -> Result<Shared, ShareError> {
    if bytes.len() > MAX_RECORDS {
        return Err(ShareError::TooBig);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ShareError::Damaged)?;
    parse(text, RS, US, |field| Some(field.to_string()))
}

/// Reads records joined by `between` whose fields are joined by `within`, each field read by
/// `read`.
fn parse(
    data: &str,
    between: char,
    within: char,
    read: fn(&str) -> Option<String>,
) -> Result<Shared, ShareError> {
    let mut shared = Shared::default();
    for record in data.split(between).filter(|r| !r.is_empty()) {
        let (kind, rest) = record.split_at_checked(1).ok_or(ShareError::Damaged)?;
        match kind {
            "q" => shared
                .questions
                .push(question(rest, within, read).ok_or(ShareError::Damaged)?),
            "o" | "f" => {
                let id = read(rest)
                    .filter(|id| is_id(id))
                    .ok_or(ShareError::Damaged)?;
                let ids = if kind == "o" {
                    &mut shared.options
                } else {
                    &mut shared.flags
                };
                ids.push(id);
            }
            _ => return Err(ShareError::Damaged),
        }
        // Counted as it is read: a link with too many never builds the whole list.
        if !shared.within_limits() {
            return Err(ShareError::TooBig);
        }
    }
    Ok(shared)
}

/// One question record after its `q`: asked, kind, the id or words, maybe a note.
fn question(
    record: &str,
    within: char,
    read: fn(&str) -> Option<String>,
) -> Option<SharedQuestion> {
    let mut parts = record.split(within);
    let head = parts.next()?;
    let value = read(parts.next()?)?;
    let note = match parts.next() {
        Some(note) => kept(&read(note)?, MAX_NOTE).ok()?.unwrap_or_default(),
        None => String::new(),
    };
    if parts.next().is_some() {
        return None;
    }
    let asked = match head.get(..1)? {
        "0" => false,
        "1" => true,
        _ => return None,
    };
    let (suggestion, text) = match head.get(1..)? {
        "s" if is_id(&value) => (value, String::new()),
        "t" => (String::new(), clean(&value, MAX_QUESTION).ok()?),
        _ => return None,
    };
    Some(SharedQuestion {
        suggestion,
        text,
        asked,
        note,
    })
}
