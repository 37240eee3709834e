//! Share links: the chosen visit content, encoded for the URL fragment (`#/share/1.<data>`),
//! which browsers never send to a server. Versioned, size-limited so the whole link fits a QR
//! code, and decoding never panics: anything wrong is an error.
//!
//! The format is plain text, not compressed JSON: short English lists barely compress, and
//! text that stays readable costs about 1.1 characters per character where base64 costs 1.33.
//! After `1.`, records are joined by `*`:
//! - `q` + `0` or `1` (asked) + `s` (one of the guide's suggestions, by id: the receiving guide
//!   shows it in its own words) or `t` (the person's own words), then `!` + the id or words,
//!   and optionally `!` + the answer or note;
//! - `o` + an option id; `f` + a flag id.
//!
//! Within a record, letters, digits and `-:,;` stand for themselves, `_` is a space, and every
//! other byte of the UTF-8 text is written `%XX`.

use super::visit::{clean, TextError, MAX_NOTE, MAX_QUESTION};

/// The format this build writes and reads.
pub const VERSION: u32 = 1;
/// The most characters of share data accepted. The QR code is kept to version 25 (117 modules
/// a side, easy to scan from a phone screen), which holds 1,273 bytes at the low error
/// correction level; this leaves 173 of them for the site's address in front of the data.
pub const MAX_CHARS: usize = 1100;
/// The most questions in one link.
pub const MAX_QUESTIONS: usize = 60;
/// The most option or flag ids in one link, and the longest id.
const MAX_IDS: usize = 20;
const MAX_ID: usize = 60;

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

/// Why a link could not be made or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Longer than fits a QR code (making), or than any link this guide makes (reading).
    TooBig,
    /// Made by a newer version of the guide.
    Newer,
    /// Damaged or not a link from this guide.
    Damaged,
}

/// A content id as this guide writes them: short, lowercase letters, digits, `-` and `:`.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b':')
}

fn plain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-:,;".contains(&b)
}

/// Writes text in the record alphabet.
fn escape(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in text.bytes() {
        match b {
            b' ' => out.push('_'),
            b if plain(b) => out.push(char::from(b)),
            b => {
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
    }
}

/// Reads text written by [`escape`]; `None` for a broken `%XX` or bytes that are not UTF-8.
fn unescape(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut input = text.bytes();
    while let Some(b) = input.next() {
        bytes.push(match b {
            b'_' => b' ',
            b'%' => {
                let hex = |d: Option<u8>| char::from(d?).to_digit(16);
                let high = hex(input.next())?;
                let low = hex(input.next())?;
                (high * 16 + low) as u8
            }
            b => b,
        });
    }
    String::from_utf8(bytes).ok()
}

/// Encodes `shared` as the part after `#/share/`.
pub fn encode(shared: &Shared) -> Result<String, ShareError> {
    if shared.questions.len() > MAX_QUESTIONS
        || shared.options.len() > MAX_IDS
        || shared.flags.len() > MAX_IDS
    {
        return Err(ShareError::TooBig);
    }
    let mut records: Vec<String> = Vec::new();
    for q in &shared.questions {
        let mut record = String::from(if q.asked { "q1" } else { "q0" });
        if q.suggestion.is_empty() {
            record.push_str("t!");
            escape(&q.text, &mut record);
        } else {
            record.push_str("s!");
            escape(&q.suggestion, &mut record);
        }
        if !q.note.is_empty() {
            record.push('!');
            escape(&q.note, &mut record);
        }
        records.push(record);
    }
    for (kind, ids) in [("o", &shared.options), ("f", &shared.flags)] {
        for id in ids {
            let mut record = String::from(kind);
            escape(id, &mut record);
            records.push(record);
        }
    }
    let text = format!("{VERSION}.{}", records.join("*"));
    if text.len() > MAX_CHARS {
        return Err(ShareError::TooBig);
    }
    Ok(text)
}

/// Reads the part after `#/share/`. Every text is checked as if typed on this device.
pub fn decode(text: &str) -> Result<Shared, ShareError> {
    if text.len() > MAX_CHARS {
        return Err(ShareError::TooBig);
    }
    let (version, data) = text.split_once('.').ok_or(ShareError::Damaged)?;
    let version: u32 = version.parse().map_err(|_| ShareError::Damaged)?;
    if version > VERSION {
        return Err(ShareError::Newer);
    }
    if version != VERSION {
        return Err(ShareError::Damaged);
    }
    let mut shared = Shared::default();
    for record in data.split('*').filter(|r| !r.is_empty()) {
        let (kind, rest) = record.split_at_checked(1).ok_or(ShareError::Damaged)?;
        match kind {
            "q" => shared
                .questions
                .push(question(rest).ok_or(ShareError::Damaged)?),
            "o" | "f" => {
                let id = unescape(rest)
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
    }
    if shared.questions.len() > MAX_QUESTIONS
        || shared.options.len() > MAX_IDS
        || shared.flags.len() > MAX_IDS
    {
        return Err(ShareError::TooBig);
    }
    Ok(shared)
}

/// One question record after its `q`: asked, kind, `!`, the id or words, maybe `!` and a note.
fn question(record: &str) -> Option<SharedQuestion> {
    let mut parts = record.split('!');
    let head = parts.next()?;
    let value = unescape(parts.next()?)?;
    let note = match parts.next() {
        Some(note) => match clean(&unescape(note)?, MAX_NOTE) {
            Ok(note) => note,
            Err(TextError::Empty) => String::new(),
            Err(TextError::TooLong) => return None,
        },
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
