//! The versioned envelope around the saved state, and reading it back from any version.
//!
//! The same envelope is the export file: `{ app, version, saved_at, revision, state }`.
//! Reading never panics and never guesses: data it cannot read is an error the caller
//! handles without losing the original text.

use serde::Serialize;
use serde_json::Value;

use crate::state::AppState;

/// The `app` field of every envelope, so a stranger's JSON is never taken for ours.
pub const APP: &str = "recovery-options";
/// The schema version this build writes. Bump it on any change to the saved shape, and add
/// the step from the old version to [`MIGRATIONS`] and a fixture to `tests/fixtures/`.
pub const CURRENT_VERSION: u32 = 2;
/// The largest envelope we read. Real data is a few kilobytes; this stops a huge or hostile
/// file before any parsing.
pub const MAX_BYTES: usize = 1024 * 1024;

/// `MIGRATIONS[n - 1]` turns the `state` of version `n` into version `n + 1`.
const MIGRATIONS: &[fn(Value) -> Value] = &[v1_to_v2];

/// Version 2 added the rest of the About you answers, the value ratings, the Check screen and
/// the Compare choices. Every new field starts empty, so version 1 data carries over as it is;
/// the step still exists so that version 1 is read on purpose, not by luck.
fn v1_to_v2(state: Value) -> Value {
    match state {
        Value::Object(mut fields) => {
            for key in ["values", "check", "compare"] {
                fields
                    .entry(key)
                    .or_insert_with(|| Value::Object(Default::default()));
            }
            Value::Object(fields)
        }
        other => other,
    }
}

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
    serde_json::to_string(&envelope).expect("the state always serialises")
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
    serde_json::to_string_pretty(&envelope).expect("the state always serialises")
}

/// Reads an envelope of any known version and migrates it to the current one.
pub fn decode(raw: &str) -> Result<Saved, DecodeError> {
    if raw.len() > MAX_BYTES {
        return Err(DecodeError::TooBig { bytes: raw.len() });
    }
    let value: Value = serde_json::from_str(raw).map_err(|_| DecodeError::NotJson)?;
    let Value::Object(mut fields) = value else {
        return Err(DecodeError::NotOurs);
    };
    if fields.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(DecodeError::NotOurs);
    }
    let version = fields
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| DecodeError::BadShape("the version is missing".into()))?;
    if version > u64::from(CURRENT_VERSION) {
        return Err(DecodeError::Newer { version });
    }
    if version == 0 {
        return Err(DecodeError::BadShape("version 0 never existed".into()));
    }
    let mut state = fields
        .remove("state")
        .ok_or_else(|| DecodeError::BadShape("the answers are missing".into()))?;
    for step in &MIGRATIONS[(version as usize - 1)..] {
        state = step(state);
    }
    // The serde message is not shown to people, and formatting it costs wasm: keep a fixed one.
    let state: AppState = serde_json::from_value(state)
        .map_err(|_| DecodeError::BadShape("the answers do not have the expected shape".into()))?;
    Ok(Saved {
        state,
        saved_at: fields
            .get("saved_at")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        revision: fields
            .get("revision")
            .and_then(Value::as_u64)
            .unwrap_or_default(),
        version_found: version as u32,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_is_one_migration_step_per_older_version() {
        assert_eq!(MIGRATIONS.len(), CURRENT_VERSION as usize - 1);
    }
}
