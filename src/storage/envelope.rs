//! The versioned envelope around the saved state, and reading it back from any version.
//!
//! The same envelope is the export file: `{ app, version, saved_at, revision, state }`.
//! Reading never panics and never guesses: data it cannot read is an error the caller
//! handles without losing the original text.

use super::json::{self, Json, Members, Shape};
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

impl Saved {
    /// What storage holds when nothing is stored (another tab deleted everything, say).
    pub fn nothing() -> Saved {
        Saved {
            state: AppState::default(),
            saved_at: String::new(),
            revision: 0,
            version_found: CURRENT_VERSION,
        }
    }
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

/// The envelope around a state, in the order its members are written.
fn envelope(state: &AppState, saved_at: &str, revision: u64) -> Json {
    Json::object(vec![
        ("app", Json::String(APP.into())),
        ("version", u64::from(CURRENT_VERSION).to_json()),
        ("saved_at", Json::String(saved_at.into())),
        ("revision", revision.to_json()),
        ("state", state.to_json()),
    ])
}

/// Writes the state in the current envelope.
pub fn encode(state: &AppState, saved_at: &str, revision: u64) -> String {
    envelope(state, saved_at, revision).to_text()
}

/// Like [`encode`], laid out for people who open the export file.
pub fn encode_pretty(state: &AppState, saved_at: &str) -> String {
    envelope(state, saved_at, 0).to_pretty_text()
}

/// Reads an envelope of any known version and migrates it to the current one. (Typed reads
/// throughout: a generic JSON value type would cost more wasm than this whole module.)
pub fn decode(raw: &str) -> Result<Saved, DecodeError> {
    if raw.len() > MAX_BYTES {
        return Err(DecodeError::TooBig { bytes: raw.len() });
    }
    let json = json::parse(raw).ok_or(DecodeError::NotJson)?;
    let members = json.members().ok_or(DecodeError::NotOurs)?;
    if !matches!(members.get("app"), Some(Json::String(app)) if app == APP) {
        return Err(DecodeError::NotOurs);
    }
    let version = match members.get("version") {
        None | Some(Json::Null) => {
            return Err(DecodeError::BadShape("the version is missing".into()))
        }
        Some(version) => u64::from_json(version)
            .ok_or_else(|| DecodeError::BadShape("the version is not a number".into()))?,
    };
    if version > u64::from(CURRENT_VERSION) {
        return Err(DecodeError::Newer { version });
    }
    let version = version as u32;
    let (mut state, saved_at, revision) = read_state(version, members)?;
    state.keep_known(crate::content::texts());
    Ok(Saved {
        state,
        saved_at,
        revision,
        version_found: version,
    })
}

/// Reads the state of a given version as today's state: the migrations. Errors carry a fixed
/// reason, in words for people.
fn read_state(version: u32, envelope: Members) -> Result<(AppState, String, u64), DecodeError> {
    let shape = || DecodeError::BadShape("the answers do not have the expected shape".into());
    match version {
        // Version 1 held only `answers.substance` and `answers.goal`. Version 2 added the other
        // answers, `values`, `check` and `compare`, all with defaults, so a version 1 state
        // reads as version 2 with those parts empty. Version 3 added `visit` (the question list
        // and the summary parts left out), also with a default: empty. Version 4 added the
        // answer "fentanyl" to `opioid_kind`; older data never holds it, so it reads as is.
        1..=4 => {
            let state = envelope.required::<AppState>("state").ok_or_else(shape)?;
            let (mut saved_at, mut revision) = (String::new(), 0);
            envelope.set(&mut saved_at, "saved_at").ok_or_else(shape)?;
            envelope.set(&mut revision, "revision").ok_or_else(shape)?;
            Ok((state, saved_at, revision))
        }
        _ => Err(DecodeError::BadShape("version 0 never existed".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_released_version_can_be_read() {
        for version in 1..=CURRENT_VERSION {
            let raw = json::parse(r#"{"app":"recovery-options","state":{}}"#).unwrap();
            assert!(
                read_state(version, raw.members().unwrap()).is_ok(),
                "version {version}"
            );
        }
    }

    /// Saved answers are checked against the content's ids when storage opens. In a browser the
    /// words of the guide arrive in a file of their own; reading saved data before them (or
    /// without them) must keep exactly what reading after them keeps.
    #[test]
    fn saved_data_reads_the_same_before_the_words_load() {
        let saved = r#"{"app":"recovery-options","version":4,"saved_at":"","revision":3,"state":{
            "answers":{"substance":"opioids","last_opioid_use":"this-week"},
            "values":{"not-daily":"very","no-needles":"somewhat","gone":"very"},
            "check":{"quiz":{"wait":true},"sure":{"sure":true},"leaning":{"kind":"option","option":"naltrexone-shot"}},
            "compare":{"picked":["methadone","naltrexone-shot","no-such-option"],"show_all":false},
            "visit":{"questions":{"items":[{"id":"c:1","text":"Can my sister come?","kept":true}],"next":1}}}}"#;
        let with_words = decode(saved).unwrap();
        let without = crate::content::WORDS_NOT_LOADED.with(|w| {
            w.set(true);
            let read = decode(saved);
            w.set(false);
            read
        });
        let mut without = without.unwrap();
        assert_eq!(
            without.state.compare.picked,
            ["methadone", "naltrexone-shot"]
        );
        assert_eq!(without.state.values.len(), 2);
        // No suggestion without its words; they come with the first change after the words.
        assert_eq!(without.state.visit.questions.items.len(), 1);
        without
            .state
            .apply(crate::state::Action::ShowAllOptions(false));
        assert_eq!(with_words.state, without.state);
    }
}
