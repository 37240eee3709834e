//! Share links: the chosen visit content, compressed and encoded for the URL fragment
//! (`#/share/1.<data>`), which browsers never send to a server. Versioned, size-limited so the
//! whole link fits a QR code, and decoding never panics: anything wrong is an error.
//! Pure and tested (including property tests).

use serde::{Deserialize, Serialize};

use super::visit::{clean, MAX_NOTE, MAX_QUESTION};

/// The format this build writes: `1.` then base64url of an LZ4 block of compact JSON.
pub const VERSION: u32 = 1;
/// The most characters of share data accepted. The QR code is kept to version 25 (117 modules
/// a side, easy to scan from a phone screen), which holds 1,273 bytes at the low error
/// correction level; this leaves 173 of them for the site's address in front of the data.
pub const MAX_CHARS: usize = 1100;
/// The most bytes the data may expand to, checked before any memory is set aside for it.
pub const MAX_EXPANDED: usize = 32 * 1024;
/// The most questions in one link.
pub const MAX_QUESTIONS: usize = 60;
/// The most option or flag ids in one link, and the longest id.
const MAX_IDS: usize = 20;
const MAX_ID: usize = 60;

/// One shared question: one of the guide's suggestions by id (the receiving guide shows its
/// own words for it, which keeps links short), or the person's own words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedQuestion {
    #[serde(rename = "s", default, skip_serializing_if = "String::is_empty")]
    pub suggestion: String,
    #[serde(rename = "t", default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    #[serde(rename = "a", default, skip_serializing_if = "std::ops::Not::not")]
    pub asked: bool,
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// What a link carries.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shared {
    #[serde(rename = "q", default)]
    pub questions: Vec<SharedQuestion>,
    /// Options the person is thinking about, by content id.
    #[serde(rename = "o", default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    /// Things to raise, by flag id.
    #[serde(rename = "f", default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
}

/// A content id as this guide writes them: short, lowercase letters, digits, `-` and `:`.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b':')
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

/// Encodes `shared` as the part after `#/share/`.
pub fn encode(shared: &Shared) -> Result<String, ShareError> {
    let json = serde_json::to_vec(shared).map_err(|_| ShareError::Damaged)?;
    let packed = lz4_flex::block::compress_prepend_size(&json);
    let text = format!("{VERSION}.{}", base64url(&packed));
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
    let packed = unbase64url(data).ok_or(ShareError::Damaged)?;
    if packed.len() < 4 {
        return Err(ShareError::Damaged);
    }
    let size = u32::from_le_bytes([packed[0], packed[1], packed[2], packed[3]]) as usize;
    if size > MAX_EXPANDED {
        return Err(ShareError::TooBig);
    }
    let json = lz4_flex::block::decompress(&packed[4..], size).map_err(|_| ShareError::Damaged)?;
    // Read as text, like stored data, so the wasm holds one JSON reader, not two.
    let json = std::str::from_utf8(&json).map_err(|_| ShareError::Damaged)?;
    let shared: Shared = serde_json::from_str(json).map_err(|_| ShareError::Damaged)?;
    if shared.questions.len() > MAX_QUESTIONS
        || shared.options.len() > MAX_IDS
        || shared.flags.len() > MAX_IDS
    {
        return Err(ShareError::TooBig);
    }
    if !shared
        .options
        .iter()
        .chain(&shared.flags)
        .all(|id| is_id(id))
    {
        return Err(ShareError::Damaged);
    }
    let mut checked = Shared {
        questions: Vec::new(),
        options: shared.options,
        flags: shared.flags,
    };
    for q in shared.questions {
        // Exactly one of a suggestion id or words.
        let (suggestion, text) = match (q.suggestion.is_empty(), q.text.is_empty()) {
            (false, true) if is_id(&q.suggestion) => (q.suggestion, String::new()),
            (true, false) => (
                String::new(),
                clean(&q.text, MAX_QUESTION).map_err(|_| ShareError::Damaged)?,
            ),
            _ => return Err(ShareError::Damaged),
        };
        checked.questions.push(SharedQuestion {
            suggestion,
            text,
            asked: q.asked,
            note: if q.note.trim().is_empty() {
                String::new()
            } else {
                clean(&q.note, MAX_NOTE).map_err(|_| ShareError::Damaged)?
            },
        });
    }
    Ok(checked)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64 with the URL-safe alphabet and no padding (RFC 4648 section 5).
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// The bytes of URL-safe base64 without padding, or `None` for anything else.
pub fn unbase64url(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|a| a == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    Some(out)
}
