//! Locked answers as stored: what a passphrase lock writes instead of the readable envelope.
//!
//! A random data key encrypts the envelope's text (AES-256-GCM); a key made from the
//! passphrase (PBKDF2-SHA256) wraps the data key (AES-256-GCM again). A new passphrase is a new
//! lock with a new data key, so an old copy and an old passphrase never open later saves. Each
//! save encrypts with a fresh nonce, and binds the save count and the wrapped key to the
//! encrypted text ([`bound_data`]), so neither can be swapped. The stored text names
//! the algorithms and the work factor, so later builds can raise them and still read this. It
//! holds nothing readable about the person: no answer, flag, question or count, only sizes and
//! the number of saves (which lets two tabs notice each other without the passphrase).
//!
//! This module only reads and writes that text; the browser does the cryptography
//! (`ui::crypto`). Reading never trusts the text: every part is checked for its exact size
//! and every setting for a range this build can honour.

use super::envelope::{APP, MAX_BYTES};
use super::json::{self, Json, Members, Shape};
use crate::domain::base64url;

/// The version of the locked format this build writes and reads.
pub const FORMAT: u64 = 1;
/// The envelope version locked text carries: the first that may be locked. A guide of an
/// earlier version reads it as a newer version's data, which it never writes over.
pub const VERSION: u32 = 5;
/// How the key from the passphrase is made, as the Web Crypto API names its parts.
pub const DERIVE: &str = "PBKDF2-SHA256";
/// How the data key is wrapped and the answers are encrypted.
pub const CIPHER: &str = "AES-256-GCM";
/// The PBKDF2 work factor written: 600,000 iterations, as OWASP advises for PBKDF2-SHA256.
pub const ITERATIONS: u32 = 600_000;
/// The fewest iterations read: no build wrote fewer, so fewer means the text was changed.
pub const MIN_ITERATIONS: u32 = ITERATIONS;
/// The most iterations read, about 30 seconds on a slow phone: a hostile file cannot freeze a
/// tab for longer.
pub const MAX_ITERATIONS: u32 = 10_000_000;
/// Bytes of the PBKDF2 salt, of a GCM nonce, of the data key, and of a GCM tag.
pub const SALT_BYTES: usize = 16;
pub const NONCE_BYTES: usize = 12;
pub const KEY_BYTES: usize = 32;
pub const TAG_BYTES: usize = 16;

/// How the data key is kept: the same from one save to the next, until the passphrase changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyWrap {
    /// PBKDF2 iterations.
    pub iterations: u32,
    pub salt: Vec<u8>,
    /// The nonce the data key was wrapped with.
    pub nonce: Vec<u8>,
    /// The data key, encrypted, with its tag.
    pub wrapped: Vec<u8>,
}

/// Locked answers: the wrapped key, and the envelope's text encrypted with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locked {
    pub key: KeyWrap,
    /// The nonce of this save (never used twice with one key: each save draws a new one).
    pub nonce: Vec<u8>,
    /// The envelope's text, encrypted, with its tag.
    pub sealed: Vec<u8>,
    /// How many saves the data has been through, as in the readable envelope.
    pub revision: u64,
}

/// Why stored text is not locked answers this build can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockError {
    /// Not a locked envelope of ours at all (it may be a readable one).
    NotLocked,
    /// Written in a newer locked format, or with algorithms this build does not know.
    Newer,
    /// Ours and locked, but damaged: a part is missing, of the wrong size, or out of range.
    Damaged,
}

impl Locked {
    /// The stored text.
    pub fn encode(&self) -> String {
        let key = &self.key;
        Json::object(vec![
            ("app", Json::String(APP.into())),
            ("version", VERSION.to_json()),
            ("locked", FORMAT.to_json()),
            ("revision", self.revision.to_json()),
            (
                "key",
                Json::object(vec![
                    ("derive", Json::String(DERIVE.into())),
                    ("iterations", key.iterations.to_json()),
                    ("salt", bytes(&key.salt)),
                    ("wrap", Json::String(CIPHER.into())),
                    ("nonce", bytes(&key.nonce)),
                    ("wrapped", bytes(&key.wrapped)),
                ]),
            ),
            (
                "data",
                Json::object(vec![
                    ("cipher", Json::String(CIPHER.into())),
                    ("nonce", bytes(&self.nonce)),
                    ("sealed", bytes(&self.sealed)),
                ]),
            ),
        ])
        .to_text()
    }
}

/// What the encryption of a save binds to the encrypted answers besides the key (GCM's
/// additional data): the format, the save count and the wrapped key. Changing the count, or
/// putting one lock's answers under another lock's key, then fails as damage.
pub fn bound_data(revision: u64, key: &KeyWrap) -> Vec<u8> {
    format!(
        "{APP} locked {FORMAT} {CIPHER} revision {revision} salt {} wrapped {}",
        base64url::encode(&key.salt),
        base64url::encode(&key.wrapped)
    )
    .into_bytes()
}

/// What wrapping the data key binds to it: this use, so a wrapped key is never taken for
/// anything else.
pub const WRAP_LABEL: &[u8] = b"recovery-options data key 1";

/// The most bytes of answers a save seals: those a readable envelope may hold.
pub const MAX_PLAIN: usize = MAX_BYTES;

fn bytes(value: &[u8]) -> Json {
    Json::String(base64url::encode(value))
}

/// Reads locked answers.
pub fn decode(raw: &str) -> Result<Locked, LockError> {
    // Base64 makes the largest answers a third longer, and the rest is small.
    if raw.len() > MAX_PLAIN / 3 * 4 + 4096 {
        return Err(LockError::NotLocked);
    }
    let json = json::parse(raw).ok_or(LockError::NotLocked)?;
    let envelope = json.members().ok_or(LockError::NotLocked)?;
    if !matches!(envelope.get("app"), Some(Json::String(app)) if app == APP) {
        return Err(LockError::NotLocked);
    }
    let format = match envelope.get("locked") {
        None => return Err(LockError::NotLocked),
        Some(format) => u64::from_json(format).ok_or(LockError::Damaged)?,
    };
    if format > FORMAT {
        return Err(LockError::Newer);
    }
    if format == 0 {
        return Err(LockError::Damaged);
    }
    let key = part(envelope, "key")?;
    let data = part(envelope, "data")?;
    // A name this build does not know is a newer build's choice, not damage.
    for (members, name, known) in [
        (key, "derive", DERIVE),
        (key, "wrap", CIPHER),
        (data, "cipher", CIPHER),
    ] {
        match members.get(name) {
            Some(Json::String(value)) if value == known => {}
            Some(Json::String(_)) => return Err(LockError::Newer),
            _ => return Err(LockError::Damaged),
        }
    }
    let iterations = key
        .required::<u64>("iterations")
        .ok_or(LockError::Damaged)?;
    if iterations > u64::from(MAX_ITERATIONS) {
        return Err(LockError::Newer);
    }
    if iterations < u64::from(MIN_ITERATIONS) {
        return Err(LockError::Damaged);
    }
    let sealed = sized(data, "sealed", |n| {
        (TAG_BYTES..=MAX_PLAIN + TAG_BYTES).contains(&n)
    })?;
    Ok(Locked {
        key: KeyWrap {
            iterations: iterations as u32,
            salt: sized(key, "salt", |n| n == SALT_BYTES)?,
            nonce: sized(key, "nonce", |n| n == NONCE_BYTES)?,
            wrapped: sized(key, "wrapped", |n| n == KEY_BYTES + TAG_BYTES)?,
        },
        nonce: sized(data, "nonce", |n| n == NONCE_BYTES)?,
        sealed,
        revision: envelope.required("revision").ok_or(LockError::Damaged)?,
    })
}

fn part<'a>(envelope: Members<'a>, name: &str) -> Result<Members<'a>, LockError> {
    envelope
        .get(name)
        .and_then(Json::members)
        .ok_or(LockError::Damaged)
}

/// The bytes of a member, if its size passes `fits`.
fn sized(members: Members, name: &str, fits: fn(usize) -> bool) -> Result<Vec<u8>, LockError> {
    match members.get(name) {
        Some(Json::String(text)) => base64url::decode(text)
            .filter(|b| fits(b.len()))
            .ok_or(LockError::Damaged),
        _ => Err(LockError::Damaged),
    }
}
