//! The versioned envelope around the saved state, and reading it back from any version.
//!
//! The same envelope is the export file: `{ app, version, saved_at, revision, state }`.
//! Reading never panics and never guesses: data it cannot read is an error the caller
//! handles without losing the original text.

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use crate::state::AppState;

/// The `app` field of every envelope, so a stranger's JSON is never taken for ours.
pub const APP: &str = "recovery-options";
/// The schema version this build writes. Bump it on any change to the saved shape, teach
/// [`read_state`] the old version, and add a fixture to `tests/fixtures/`.
pub const CURRENT_VERSION: u32 = 4;
/// The largest envelope we read. Real data is a few kilobytes; this stops a huge or hostile
/// file before any parsing.
pub const MAX_BYTES: usize = 1024 * 1024;

/// A successfully read envelope, already migrated to the current version.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub state: AppState,
    /// When it was written, as the writer's ISO time (empty if absent).
    pub saved_at: String,
    /// How many saves this data has been through; two tabs use it to notice each other.
    pub revision: u64,
    /// The version the data was written with, before migration.
    pub version_found: u32,
}

/// Why an envelope could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    TooBig {
        bytes: usize,
    },
    NotJson,
    NotOurs,
    /// Written by a newer version of the guide than this one.
    Newer {
        version: u64,
    },
    /// Ours, but the content is damaged or of the wrong shape.
    BadShape(String),
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    app: &'static str,
    version: u32,
    saved_at: &'a str,
    revision: u64,
    state: &'a AppState,
}

/// Writes the state in the current envelope.
pub fn encode(state: &AppState, saved_at: &str, revision: u64) -> String {
    let envelope = EnvelopeOut {
        app: APP,
        version: CURRENT_VERSION,
        saved_at,
        revision,
        state,
    };
    serde_json_wasm::to_string(&envelope).expect("the state always serialises")
}

/// Like [`encode`], indented for people who open the export file.
pub fn encode_pretty(state: &AppState, saved_at: &str) -> String {
    let envelope = EnvelopeOut {
        app: APP,
        version: CURRENT_VERSION,
        saved_at,
        revision: 0,
        state,
    };
    indent(&serde_json_wasm::to_string(&envelope).expect("the state always serialises"))
}

/// Lays out compact JSON with one member per line, two spaces a level. (serde_json's own
/// pretty printer would compile every serialiser a second time into the wasm.)
fn indent(json: &str) -> String {
    let mut out = String::with_capacity(json.len() * 2);
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut chars = json.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        let newline = |out: &mut String, depth: usize| {
            out.push('\n');
            out.push_str(&"  ".repeat(depth));
        };
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                // An empty object or list stays on one line.
                if matches!(chars.peek(), Some('}' | ']')) {
                    out.push(chars.next().unwrap_or(']'));
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

/// The fields every version has, read first to decide how to read the rest.
#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    app: Option<String>,
    #[serde(default)]
    version: Option<u64>,
}

/// Only the `app` field, to tell "ours but damaged" from "not ours" when `Head` fails.
#[derive(Deserialize)]
struct AppOnly {
    #[serde(default)]
    app: Option<String>,
}

/// The rest of an envelope, with the state read as `T`.
#[derive(Deserialize)]
struct Body<T> {
    state: T,
    #[serde(default)]
    saved_at: String,
    #[serde(default)]
    revision: u64,
}

/// Reads an envelope of any known version and migrates it to the current one. (Typed reads
/// throughout: a generic JSON value type would cost more wasm than this whole module.)
pub fn decode(raw: &str) -> Result<Saved, DecodeError> {
    if raw.len() > MAX_BYTES {
        return Err(DecodeError::TooBig { bytes: raw.len() });
    }
    serde_json_wasm::from_str::<IgnoredAny>(raw).map_err(|_| DecodeError::NotJson)?;
    let head = match serde_json_wasm::from_str::<Head>(raw) {
        Ok(head) => head,
        Err(_) => {
            let ours = serde_json_wasm::from_str::<AppOnly>(raw)
                .is_ok_and(|a| a.app.as_deref() == Some(APP));
            return Err(if ours {
                DecodeError::BadShape("the version is not a number".into())
            } else {
                DecodeError::NotOurs
            });
        }
    };
    if head.app.as_deref() != Some(APP) {
        return Err(DecodeError::NotOurs);
    }
    let version = head
        .version
        .ok_or_else(|| DecodeError::BadShape("the version is missing".into()))?;
    if version > u64::from(CURRENT_VERSION) {
        return Err(DecodeError::Newer { version });
    }
    let version = version as u32;
    let (mut state, saved_at, revision) = read_state(version, raw)?;
    state.keep_known(crate::content::texts());
    Ok(Saved {
        state,
        saved_at,
        revision,
        version_found: version,
    })
}

/// Reads the state of a given version as today's state: the migrations. The serde message is
/// not shown to people (and formatting it costs wasm), so errors carry a fixed reason.
fn read_state(version: u32, raw: &str) -> Result<(AppState, String, u64), DecodeError> {
    let shape = |_| DecodeError::BadShape("the answers do not have the expected shape".into());
    match version {
        // Version 1 held only `answers.substance` and `answers.goal`. Version 2 added the other
        // answers, `values`, `check` and `compare`, all with defaults, so a version 1 state
        // reads as version 2 with those parts empty. Version 3 added `visit` (the question list
        // and the summary parts left out), also with a default: empty. Version 4 added the
        // answer "fentanyl" to `opioid_kind`; older data never holds it, so it reads as is.
        1..=4 => {
            let body: Body<AppState> = serde_json_wasm::from_str(raw).map_err(shape)?;
            Ok((body.state, body.saved_at, body.revision))
        }
        _ => Err(DecodeError::BadShape("version 0 never existed".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_layout_keeps_the_same_json() {
        let compact = r#"{"a":{"b":[1,{}],"c":"x,{y}:\"z\\"},"d":[]}"#;
        let laid_out = indent(compact);
        assert!(laid_out.contains("\n  \"a\": {\n"), "{laid_out}");
        assert!(
            laid_out.contains("\"x,{y}:\\\"z\\\\\""),
            "strings untouched: {laid_out}"
        );
        let a: serde::de::IgnoredAny = serde_json_wasm::from_str(&laid_out).unwrap();
        let _ = a;
        let same = |s: &str| s.split_whitespace().collect::<String>();
        assert_eq!(same(&laid_out), same(compact));
    }

    #[test]
    fn every_released_version_can_be_read() {
        for version in 1..=CURRENT_VERSION {
            let raw = r#"{"app":"recovery-options","state":{}}"#;
            assert!(read_state(version, raw).is_ok(), "version {version}");
        }
    }
}
