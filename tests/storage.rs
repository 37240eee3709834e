//! Saved data is never lost: first visit, migration, newer versions, unreadable data, no
//! storage, a full device, and two tabs. All on the pure session over an in-memory store.

use std::fs;

use recovery_options::domain::answers::{Goal, Substance};
use recovery_options::state::{Action, AnswerChange, AppState};
use recovery_options::storage::envelope::{self, DecodeError, CURRENT_VERSION};
use recovery_options::storage::keys;
use recovery_options::storage::session::{External, Mode, SaveError, Session, StartNotice};
use recovery_options::storage::store::{MemoryStore, Store, StoreError};

const NOW: &str = "2026-11-29T12:00:00.000Z";

/// A store that shares its contents, so a test can look inside while a session owns it,
/// and two sessions (two tabs) can use the same storage.
#[derive(Clone, Default)]
struct Shared(std::rc::Rc<std::cell::RefCell<MemoryStore>>);

impl Shared {
    fn with(store: MemoryStore) -> Shared {
        Shared(std::rc::Rc::new(std::cell::RefCell::new(store)))
    }
    fn boxed(&self) -> Option<Box<dyn Store>> {
        Some(Box::new(self.clone()))
    }
    fn raw(&self, key: &str) -> Option<String> {
        self.0.borrow().get(key).unwrap()
    }
    fn put(&self, key: &str, value: &str) {
        self.0.borrow_mut().set(key, value).unwrap();
    }
    /// Every key and its text.
    fn entries(&self) -> std::collections::BTreeMap<String, String> {
        let store = self.0.borrow();
        let keys = store.keys().unwrap();
        keys.into_iter()
            .map(|k| {
                let v = store.get(&k).unwrap().unwrap();
                (k, v)
            })
            .collect()
    }
}

impl Store for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.0.borrow().keys()
    }
}

/// A store whose every call fails, like blocked storage.
struct Broken;

impl Store for Broken {
    fn get(&self, _: &str) -> Result<Option<String>, StoreError> {
        Err(StoreError::Unavailable("SecurityError".into()))
    }
    fn set(&mut self, _: &str, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Unavailable("SecurityError".into()))
    }
    fn remove(&mut self, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Unavailable("SecurityError".into()))
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Err(StoreError::Unavailable("SecurityError".into()))
    }
}

fn changed(state: &AppState) -> AppState {
    let mut next = state.clone();
    next.apply(Action::Answer(AnswerChange::Substance(Some(
        Substance::Alcohol,
    ))));
    next
}

#[test]
fn first_visit_starts_empty_and_writes_nothing_until_a_change() {
    let store = Shared::default();
    let (mut session, state, notices) = Session::open(store.boxed(), NOW);
    assert!(state.is_empty());
    assert!(notices.is_empty());
    assert_eq!(session.mode(), Mode::Saving);
    session.save(&state, NOW).unwrap();
    assert!(
        store.0.borrow().keys().unwrap().is_empty(),
        "nothing written before a change"
    );

    let next = changed(&state);
    session.save(&next, NOW).unwrap();
    let saved = envelope::decode(&store.raw(keys::STATE).unwrap()).unwrap();
    assert_eq!(saved.state, next);
    assert_eq!(saved.revision, 1);
    assert_eq!(saved.saved_at, NOW);
}

#[test]
fn a_saved_state_comes_back_after_a_reload() {
    let store = Shared::default();
    let (mut session, state, _) = Session::open(store.boxed(), NOW);
    let next = changed(&state);
    session.save(&next, NOW).unwrap();
    let (_, reloaded, notices) = Session::open(store.boxed(), NOW);
    assert_eq!(reloaded, next);
    assert!(notices.is_empty());
}

#[test]
fn every_fixture_of_a_released_version_migrates_to_the_current_state() {
    let mut seen = Vec::new();
    for version in 1..=CURRENT_VERSION {
        let path = format!("tests/fixtures/state-v{version}.json");
        let raw = fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{path} is missing: keep a fixture of every version"));
        let saved = envelope::decode(&raw).unwrap_or_else(|e| panic!("{path}: {e:?}"));
        assert_eq!(saved.version_found, version);
        // Every fixture holds the same person: the migration must carry their answers over.
        assert_eq!(
            saved.state.answers.substance,
            Some(Substance::Opioids),
            "{path}"
        );
        assert_eq!(
            saved.state.answers.goal,
            Some(Goal::PreferNotToSay),
            "{path}"
        );
        seen.push(version);

        let store = Shared::default();
        store.put(keys::STATE, &raw);
        let (mut session, state, notices) = Session::open(store.boxed(), NOW);
        assert_eq!(state, saved.state);
        assert!(notices.is_empty());
        // The first save writes the current version and keeps the answers.
        session.save(&changed(&state), NOW).unwrap();
        let rewritten = envelope::decode(&store.raw(keys::STATE).unwrap()).unwrap();
        assert_eq!(rewritten.version_found, CURRENT_VERSION);
        assert_eq!(rewritten.state.answers.goal, Some(Goal::PreferNotToSay));
    }
    assert_eq!(seen.len(), CURRENT_VERSION as usize);
}

#[test]
fn data_from_a_newer_version_is_never_overwritten() {
    let newer = r#"{"app":"recovery-options","version":99,"saved_at":"2030-01-01","revision":7,"state":{"shape":"unknown"}}"#;
    let store = Shared::default();
    store.put(keys::STATE, newer);
    let (mut session, state, notices) = Session::open(store.boxed(), NOW);
    assert_eq!(notices, vec![StartNotice::Newer]);
    assert_eq!(session.mode(), Mode::ReadOnly);
    assert_eq!(
        session.save(&changed(&state), NOW),
        Err(SaveError::ReadOnly)
    );
    assert_eq!(store.raw(keys::STATE).as_deref(), Some(newer));
    assert_eq!(session.stored_raw().as_deref(), Some(newer));
}

#[test]
fn unreadable_data_is_backed_up_then_the_guide_starts_fresh() {
    let cases = [
        "{not json",
        r#"{"app":"recovery-options","version":1,"state":{"answers":{"substance":"beer"}}}"#,
        r#"{"app":"recovery-options","version":1,"state":{"answers":{"substance":"alcohol"}"#,
        r#"{"app":"recovery-options","state":{}}"#,
        r#"["a list"]"#,
        "",
    ];
    for raw in cases {
        let store = Shared::default();
        store.put(keys::STATE, raw);
        let (mut session, state, notices) = Session::open(store.boxed(), NOW);
        assert!(state.is_empty(), "{raw}");
        let backup_key = keys::backup_key(NOW);
        assert_eq!(
            notices,
            vec![StartNotice::Recovered {
                backup_key: backup_key.clone()
            }]
        );
        assert_eq!(
            store.raw(&backup_key).as_deref(),
            Some(raw),
            "the raw text is kept"
        );
        assert_eq!(
            session.backups(),
            vec![(backup_key.clone(), raw.to_string())]
        );
        // The original stays until the person changes something; then the backup remains.
        assert_eq!(store.raw(keys::STATE).as_deref(), Some(raw));
        session.save(&changed(&state), NOW).unwrap();
        assert_eq!(store.raw(&backup_key).as_deref(), Some(raw));
        assert_eq!(
            session.backups().len(),
            1,
            "the same text is not backed up twice"
        );
    }
}

#[test]
fn a_second_unreadable_copy_does_not_replace_an_older_backup() {
    let store = Shared::default();
    store.put(&keys::backup_key(NOW), "older");
    store.put(keys::STATE, "{broken");
    let (session, _, notices) = Session::open(store.boxed(), NOW);
    assert_eq!(session.backups().len(), 2);
    assert_eq!(store.raw(&keys::backup_key(NOW)).as_deref(), Some("older"));
    assert!(
        matches!(&notices[0], StartNotice::Recovered { backup_key } if backup_key.ends_with("-2"))
    );
}

/// My data lists the backups on every redraw: the list is kept by the session, and storage is
/// read only to download one. A backup another tab makes shows when that tab's change arrives.
#[test]
fn the_list_of_backups_reads_no_storage() {
    let store = Shared::default();
    store.put(keys::STATE, "{broken");
    let (mut session, _, _) = Session::open(store.boxed(), NOW);
    let first = keys::backup_key(NOW);
    // Storage gone wrong after opening: the list does not need it.
    let saved = std::mem::take(&mut *store.0.borrow_mut());
    assert_eq!(session.backup_keys(), std::slice::from_ref(&first));
    assert_eq!(session.backup(&first), None, "a download reads storage");
    *store.0.borrow_mut() = saved;
    assert_eq!(session.backup(&first).as_deref(), Some("{broken"));
    // Another tab backs up data it could not read, then writes.
    store.put("recovery-options:backup:2030-01-01T00:00:00Z", "{other");
    store.put(keys::STATE, "{broken again");
    session.external_change(Some("{broken again"));
    assert_eq!(session.backup_keys().len(), 2);
    session.delete_all().unwrap();
    assert!(session.backup_keys().is_empty());
}

/// The lock does not cover backups, so My data can delete them: every one, and nothing else.
#[test]
fn deleting_the_backups_deletes_only_them() {
    let store = Shared::default();
    store.put("recovery-options:backup:2030-01-01T00:00:00Z", "{older");
    store.put(keys::STATE, "{broken");
    store.put(keys::DISCREET, "1");
    store.put("another-app", "theirs");
    let (mut session, state, _) = Session::open(store.boxed(), NOW);
    session.save(&changed(&state), NOW).unwrap();
    assert_eq!(session.backup_keys().len(), 2);
    let before = store.entries();
    session.delete_backups().unwrap();
    assert!(session.backup_keys().is_empty());
    let after = store.entries();
    let gone: Vec<&String> = before.keys().filter(|k| !after.contains_key(*k)).collect();
    assert_eq!(gone.len(), 2, "{gone:?}");
    assert!(gone.iter().all(|k| k.starts_with(keys::BACKUP_PREFIX)));
    assert!(after.iter().all(|(k, v)| before.get(k) == Some(v)));
    // Unreadable data found again is backed up again.
    store.put(keys::STATE, "{broken");
    let (session, _, _) = Session::open(store.boxed(), NOW);
    assert_eq!(session.backup_keys().len(), 1);
}

#[test]
fn unreadable_data_that_cannot_be_backed_up_is_left_alone() {
    let raw = "{broken but precious";
    let store = Shared::with(MemoryStore::with_quota(keys::STATE.len() + raw.len()));
    store.put(keys::STATE, raw);
    let (mut session, state, notices) = Session::open(store.boxed(), NOW);
    assert_eq!(session.mode(), Mode::Memory);
    assert_eq!(
        notices,
        vec![StartNotice::Memory, StartNotice::UnreadableKept]
    );
    session.save(&changed(&state), NOW).unwrap();
    assert_eq!(store.raw(keys::STATE).as_deref(), Some(raw));
}

#[test]
fn blocked_storage_means_memory_mode() {
    for store in [None, Some(Box::new(Broken) as Box<dyn Store>)] {
        let (mut session, state, notices) = Session::open(store, NOW);
        assert_eq!(session.mode(), Mode::Memory);
        assert_eq!(notices, vec![StartNotice::Memory]);
        // Changes work for this tab, in memory.
        assert_eq!(session.save(&changed(&state), NOW), Ok(()));
    }
}

#[test]
fn a_full_device_keeps_the_last_good_copy() {
    let store = Shared::with(MemoryStore::with_quota(2000));
    let (mut session, state, _) = Session::open(store.boxed(), NOW);
    let first = changed(&state);
    session.save(&first, NOW).unwrap();
    let good = store.raw(keys::STATE).unwrap();

    // Fill the rest of the quota with another site's data.
    let used: usize = store
        .0
        .borrow()
        .keys()
        .unwrap()
        .iter()
        .map(|k| k.len() + store.raw(k).unwrap().len())
        .sum();
    store.put("other-site", &"x".repeat(2000 - used - "other-site".len()));

    let mut second = first.clone();
    second.apply(Action::Answer(AnswerChange::Goal(Some(Goal::CutDown))));
    second.apply(Action::AddQuestion(
        "Can my sister come with me? ".repeat(9),
    ));
    assert_eq!(session.save(&second, NOW), Err(SaveError::QuotaExceeded));
    assert_eq!(
        store.raw(keys::STATE),
        Some(good),
        "the last good copy is untouched"
    );

    // Once there is room again, the next save goes through.
    store.0.borrow_mut().remove("other-site").unwrap();
    session.save(&second, NOW).unwrap();
    assert_eq!(
        envelope::decode(&store.raw(keys::STATE).unwrap())
            .unwrap()
            .state,
        second
    );
}

#[test]
fn a_change_in_one_tab_reaches_the_other() {
    let store = Shared::default();
    let (mut tab_a, state_a, _) = Session::open(store.boxed(), NOW);
    let (mut tab_b, _, _) = Session::open(store.boxed(), NOW);
    let next = changed(&state_a);
    tab_a.save(&next, NOW).unwrap();

    // The browser's storage event carries the new value to tab B.
    let event = store.raw(keys::STATE);
    assert_eq!(
        tab_b.external_change(event.as_deref()),
        External::Adopt(Box::new(next.clone()))
    );
    // B showing the adopted state writes nothing back (no echo between tabs).
    let before = store.raw(keys::STATE);
    tab_b.save(&next, NOW).unwrap();
    assert_eq!(store.raw(keys::STATE), before);
    // A hears its own value back as nothing new.
    assert_eq!(tab_a.external_change(event.as_deref()), External::Ignore);

    // B's next change saves on top of A's.
    let mut b_next = next.clone();
    b_next.apply(Action::Answer(AnswerChange::Goal(Some(Goal::Stop))));
    tab_b.save(&b_next, NOW).unwrap();
    assert_eq!(
        envelope::decode(&store.raw(keys::STATE).unwrap())
            .unwrap()
            .revision,
        2
    );
}

#[test]
fn neither_tab_silently_overwrites_the_others_newer_data() {
    let store = Shared::default();
    let (mut tab_a, state, _) = Session::open(store.boxed(), NOW);
    let (mut tab_b, _, _) = Session::open(store.boxed(), NOW);

    let a_state = changed(&state);
    tab_a.save(&a_state, NOW).unwrap();
    let a_raw = store.raw(keys::STATE);

    // B has not heard of A's save yet, and changes something else.
    let mut b_state = state.clone();
    b_state.apply(Action::Answer(AnswerChange::Goal(Some(Goal::Stop))));
    let result = tab_b.save(&b_state, NOW);
    let Err(SaveError::Conflict { theirs }) = result else {
        panic!("expected a conflict, got {result:?}");
    };
    assert_eq!(theirs.state, a_state);
    assert_eq!(store.raw(keys::STATE), a_raw, "A's data is untouched");

    // The person chooses to keep B's answers: only then are A's replaced.
    tab_b.keep_mine(&b_state, NOW).unwrap();
    assert_eq!(
        envelope::decode(&store.raw(keys::STATE).unwrap())
            .unwrap()
            .state,
        b_state
    );
}

#[test]
fn choosing_the_other_tabs_answers_adopts_them_without_writing() {
    let store = Shared::default();
    let (mut tab_a, state, _) = Session::open(store.boxed(), NOW);
    let (mut tab_b, _, _) = Session::open(store.boxed(), NOW);
    let a_state = changed(&state);
    tab_a.save(&a_state, NOW).unwrap();
    let mut b_state = state.clone();
    b_state.apply(Action::Answer(AnswerChange::Goal(Some(Goal::Stop))));
    let Err(SaveError::Conflict { theirs }) = tab_b.save(&b_state, NOW) else {
        panic!()
    };
    let before = store.raw(keys::STATE);
    tab_b.adopt(&theirs);
    tab_b.save(&theirs.state, NOW).unwrap();
    assert_eq!(store.raw(keys::STATE), before);
}

#[test]
fn deleting_everything_removes_every_key_of_the_guide_and_no_other() {
    let store = Shared::default();
    store.put("someone-else:key", "theirs");
    store.put(keys::STATE, "{broken");
    let (mut session, state, _) = Session::open(store.boxed(), NOW);
    session.save(&changed(&state), NOW).unwrap();
    assert!(store.0.borrow().keys().unwrap().len() >= 3);
    session.delete_all().unwrap();
    assert_eq!(
        store.0.borrow().keys().unwrap(),
        vec!["someone-else:key".to_string()]
    );
    assert!(session.backups().is_empty());
}

/// Being discreet is a preference of the device: it lasts across visits, stays out of the saved
/// state, works in memory when storage is blocked, and goes with "delete everything".
#[test]
fn being_discreet_lasts_stays_out_of_the_state_and_goes_with_everything_else() {
    let store = Shared::default();
    let (mut session, state, _) = Session::open(store.boxed(), NOW);
    assert!(!session.discreet());
    session.set_discreet(true).unwrap();
    assert_eq!(store.raw(keys::DISCREET).as_deref(), Some("1"));
    assert_eq!(store.raw(keys::STATE), None, "not part of the state");
    session.save(&changed(&state), NOW).unwrap();
    let (mut again, _, _) = Session::open(store.boxed(), NOW);
    assert!(again.discreet(), "it lasts to the next visit");
    again.set_discreet(false).unwrap();
    assert_eq!(store.raw(keys::DISCREET), None);
    again.set_discreet(true).unwrap();
    again.delete_all().unwrap();
    assert!(!again.discreet());

    let (mut memory, _, _) = Session::open(Some(Box::new(Broken)), NOW);
    memory.set_discreet(true).unwrap();
    assert!(memory.discreet(), "in memory for this tab");
}

#[test]
fn deleting_in_another_tab_empties_this_one() {
    let store = Shared::default();
    let (mut tab_a, state, _) = Session::open(store.boxed(), NOW);
    tab_a.save(&changed(&state), NOW).unwrap();
    let (mut tab_b, b_state, _) = Session::open(store.boxed(), NOW);
    assert!(!b_state.is_empty());
    tab_a.delete_all().unwrap();
    assert_eq!(tab_b.external_change(None), External::Adopt(Box::default()));
    // A change after that starts a new record instead of raising a conflict.
    tab_b.save(&changed(&AppState::default()), NOW).unwrap();
}

#[test]
fn a_newer_version_writing_in_another_tab_stops_this_one_saving() {
    let store = Shared::default();
    let (mut tab, state, _) = Session::open(store.boxed(), NOW);
    let newer = r#"{"app":"recovery-options","version":2000,"revision":9,"state":{}}"#;
    store.put(keys::STATE, newer);
    assert_eq!(tab.external_change(Some(newer)), External::Newer);
    assert_eq!(tab.save(&changed(&state), NOW), Err(SaveError::ReadOnly));
    assert_eq!(store.raw(keys::STATE).as_deref(), Some(newer));
}

#[test]
fn decode_rejects_what_is_not_ours_with_a_reason() {
    assert_eq!(envelope::decode("nope"), Err(DecodeError::NotJson));
    assert_eq!(envelope::decode("{}"), Err(DecodeError::NotOurs));
    assert_eq!(
        envelope::decode(r#"{"app":"other","version":1,"state":{}}"#),
        Err(DecodeError::NotOurs)
    );
    assert_eq!(
        envelope::decode(r#"{"app":"recovery-options","version":5,"state":{}}"#),
        Err(DecodeError::Newer { version: 5 })
    );
    assert!(matches!(
        envelope::decode(r#"{"app":"recovery-options","version":0,"state":{}}"#),
        Err(DecodeError::BadShape(_))
    ));
    assert!(matches!(
        envelope::decode(r#"{"app":"recovery-options","version":"1","state":{}}"#),
        Err(DecodeError::BadShape(_))
    ));
    let huge = format!(
        r#"{{"app":"recovery-options","version":1,"pad":"{}","state":{{}}}}"#,
        "x".repeat(envelope::MAX_BYTES)
    );
    assert!(matches!(
        envelope::decode(&huge),
        Err(DecodeError::TooBig { .. })
    ));
}

#[test]
fn an_export_reads_back_as_the_same_state() {
    let mut state = AppState::default();
    state.apply(Action::Answer(AnswerChange::Substance(Some(
        Substance::Both,
    ))));
    state.apply(Action::Answer(AnswerChange::Goal(Some(Goal::NotSure))));
    let file = envelope::encode_pretty(&state, NOW);
    let saved = envelope::decode(&file).unwrap();
    assert_eq!(saved.state, state);
    assert_eq!(saved.saved_at, NOW);
}

#[test]
fn decoding_keeps_only_what_the_guide_knows() {
    let raw = r#"{"app":"recovery-options","version":2,"state":{
        "values":{"no-needles":"very","made-up":"very"},
        "check":{"quiz":{"wait":true,"nope":false},"sure":{"sure":true,"x":false},
                 "leaning":{"kind":"option","option":"snake-oil"},"involved":["partner","stranger"]},
        "compare":{"picked":["methadone","methadone","nothing","acamprosate","disulfiram","topiramate"]}}}"#;
    let state = envelope::decode(raw).unwrap().state;
    assert_eq!(state.values.keys().collect::<Vec<_>>(), ["no-needles"]);
    assert_eq!(state.check.quiz.keys().collect::<Vec<_>>(), ["wait"]);
    assert_eq!(state.check.sure.keys().collect::<Vec<_>>(), ["sure"]);
    assert_eq!(state.check.leaning, None);
    assert_eq!(state.check.involved.iter().collect::<Vec<_>>(), ["partner"]);
    assert_eq!(
        state.compare.picked,
        ["methadone", "acamprosate", "disulfiram"]
    );
}

#[cfg(not(target_arch = "wasm32"))]
mod any_input {
    //! Stored data and import files can be anything: reading them never panics, and whatever
    //! reads back saves and reads again the same (property tests, 10,000 cases each).
    use super::*;
    use proptest::prelude::*;
    use recovery_options::storage::json;

    /// Text that looks like an envelope, with values of every JSON kind in odd places.
    fn envelope_like() -> impl Strategy<Value = String> {
        let value = prop_oneof![
            Just("null".to_string()),
            Just("true".to_string()),
            Just("-1.5e300".to_string()),
            Just("18446744073709551616".to_string()),
            Just("\"\\ud83d\\ude00 \\u0000\"".to_string()),
            Just("[1,{\"a\":[]}]".to_string()),
            Just("{\"kind\":\"option\",\"option\":\"methadone\",\"x\":2.5}".to_string()),
            "\"[a-z-]{0,12}\"",
        ];
        let key = prop_oneof![
            Just("app"),
            Just("version"),
            Just("state"),
            Just("answers"),
            Just("substance"),
            Just("check"),
            Just("leaning"),
            Just("visit"),
            Just("questions"),
            Just("items"),
            Just("revision"),
            Just("x"),
        ];
        proptest::collection::vec((key, value), 0..8).prop_map(|pairs| {
            let inner: Vec<String> = pairs.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
            format!(
                "{{\"app\":\"recovery-options\",\"version\":3,\"state\":{{{}}},{}}}",
                inner.join(","),
                inner.join(",")
            )
        })
    }

    /// Text made of JSON's pieces, valid or not, and valid JSON with every kind of value.
    fn json_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("{".to_string()),
            Just("}".to_string()),
            Just("[".to_string()),
            Just("]".to_string()),
            Just(",".to_string()),
            Just(":".to_string()),
            Just(" ".to_string()),
            Just("\n".to_string()),
            Just("null".to_string()),
            Just("true".to_string()),
            Just("fals".to_string()),
            Just("\"".to_string()),
            Just("\\".to_string()),
            Just("\\u00e9".to_string()),
            Just("\\ud83d\\ude00".to_string()),
            Just("\\ud83d".to_string()),
            Just("\\n".to_string()),
            Just("\u{1}".to_string()),
            Just("é😀".to_string()),
            "-?[0-9]{0,3}(\\.[0-9]{0,2})?([eE][+-]?[0-9]{0,2})?",
            "\"[a-z\\\\\"]{0,6}\"",
        ];
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<f64>().prop_map(serde_json::Value::from),
            ".{0,8}".prop_map(serde_json::Value::from),
        ];
        let value = leaf.prop_recursive(4, 32, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
                proptest::collection::btree_map(".{0,4}", inner, 0..4)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        });
        prop_oneof![
            proptest::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat()),
            value.prop_map(|v| v.to_string()),
        ]
    }

    proptest! {
        // 256 cases (proptest's default) under plain `cargo test`; `.ci/dev test` sets
        // PROPTEST_CASES=10000.
        #![proptest_config(ProptestConfig::default())]

        #[test]
        fn any_text_reads_without_panic(text in ".{0,400}") {
            let _ = envelope::decode(&text);
        }

        /// The guide's own JSON reader accepts exactly what serde_json accepts.
        #[test]
        fn json_text_is_read_as_serde_json_reads_it(text in json_like()) {
            let ours = json::parse(&text);
            let theirs = serde_json::from_str::<serde_json::Value>(&text);
            prop_assert_eq!(ours.is_some(), theirs.is_ok(), "{:?}", text);
            if let (Some(ours), Ok(theirs)) = (ours, theirs) {
                let again: serde_json::Value = serde_json::from_str(&ours.to_text()).unwrap();
                prop_assert_eq!(&again, &theirs);
                let again: serde_json::Value = serde_json::from_str(&ours.to_pretty_text()).unwrap();
                prop_assert_eq!(again, theirs);
            }
        }

        #[test]
        fn any_envelope_like_text_reads_without_panic_and_round_trips(text in envelope_like()) {
            if let Ok(saved) = envelope::decode(&text) {
                let again = envelope::decode(&envelope::encode(&saved.state, "2026-11-29T00:00:00Z", 1)).unwrap();
                prop_assert_eq!(again.state, saved.state);
            }
        }
    }
}

/// Everything written to the store, key by key, to compare before and after.
fn contents(store: &Shared) -> Vec<(String, Option<String>)> {
    let mut keys = store.0.borrow().keys().unwrap();
    keys.sort();
    keys.into_iter()
        .map(|key| {
            let value = store.raw(&key);
            (key, value)
        })
        .collect()
}

/// A store holding data from a newer version of the guide, and that data.
fn holding_newer_data() -> (Shared, String) {
    let store = Shared::default();
    let newer = format!(
        r#"{{"app":"recovery-options","version":{},"saved_at":"","revision":3,"state":{{}}}}"#,
        CURRENT_VERSION + 1
    );
    store.put(keys::STATE, &newer);
    (store, newer)
}

/// "Don't keep anything": from a first visit, a whole session of changes, being discreet and
/// another tab's save write nothing; saving again writes the answers on the page.
#[test]
fn keeping_nothing_writes_nothing_until_the_person_saves_again() {
    let store = Shared::default();
    let (mut session, state, _) = Session::open(store.boxed(), NOW);
    assert!(!session.has_saved());
    session.stop_keeping(false).unwrap();
    assert_eq!(session.mode(), Mode::NotKept);
    let mut next = changed(&state);
    session.save(&next, NOW).unwrap();
    next.apply(Action::Answer(AnswerChange::Goal(Some(Goal::Stop))));
    session.save(&next, NOW).unwrap();
    session.set_discreet(true).unwrap();
    assert!(session.discreet(), "for this page");
    assert_eq!(contents(&store), vec![], "nothing written");

    // Another tab's answers are not taken into a page that keeps nothing.
    let (mut other, other_state, _) = Session::open(store.boxed(), NOW);
    other.save(&changed(&other_state), NOW).unwrap();
    let raw = store.raw(keys::STATE);
    assert_eq!(session.external_change(raw.as_deref()), External::Ignore);
    other.delete_all().unwrap();

    // Saving again: the answers on the page and the discreet choice are written.
    session.resume_saving(&next, NOW).unwrap();
    assert_eq!(session.mode(), Mode::Saving);
    let saved = envelope::decode(&store.raw(keys::STATE).unwrap()).unwrap();
    assert_eq!(saved.state, next);
    assert_eq!(store.raw(keys::DISCREET).as_deref(), Some("1"));
}

/// Stopping with saved answers: deleting them removes every key of the guide; keeping them
/// leaves them exactly as they were, and saving again never writes over them unasked.
#[test]
fn stopping_keeps_or_deletes_saved_answers_and_saving_again_asks_before_replacing() {
    // Deleting.
    let store = Shared::default();
    store.put("someone-else:key", "theirs");
    let (mut session, state, _) = Session::open(store.boxed(), NOW);
    session.save(&changed(&state), NOW).unwrap();
    assert!(session.has_saved());
    session.stop_keeping(true).unwrap();
    assert_eq!(
        store.0.borrow().keys().unwrap(),
        vec!["someone-else:key".to_string()]
    );
    assert!(!session.has_saved());

    // Keeping: they stay exactly as they were while the page changes.
    let store = Shared::default();
    let (mut session, state, _) = Session::open(store.boxed(), NOW);
    let saved_answers = changed(&state);
    session.save(&saved_answers, NOW).unwrap();
    let before = contents(&store);
    session.stop_keeping(false).unwrap();
    let mut on_page = saved_answers.clone();
    on_page.apply(Action::Answer(AnswerChange::Goal(Some(Goal::Stop))));
    session.save(&on_page, NOW).unwrap();
    assert_eq!(contents(&store), before, "kept exactly as they were");

    // Saving again while other answers are stored: nothing is replaced until the person
    // chooses, as between two tabs.
    let result = session.resume_saving(&on_page, NOW);
    let Err(SaveError::Conflict { theirs }) = result else {
        panic!("expected a choice, got {result:?}");
    };
    assert_eq!(theirs.state, saved_answers);
    assert_eq!(contents(&store), before, "nothing replaced unasked");
    session.keep_mine(&on_page, NOW).unwrap();
    let saved = envelope::decode(&store.raw(keys::STATE).unwrap()).unwrap();
    assert_eq!(saved.state, on_page);

    // Saving again with the same answers as stored: nothing to ask.
    session.stop_keeping(false).unwrap();
    session.resume_saving(&on_page, NOW).unwrap();
    assert_eq!(session.mode(), Mode::Saving);

    // Deleting everything while keeping nothing does not start saving.
    session.stop_keeping(false).unwrap();
    session.delete_all().unwrap();
    assert_eq!(session.mode(), Mode::NotKept);
    session.save(&on_page, NOW).unwrap();
    assert_eq!(contents(&store), vec![]);
}

/// Data from a newer version stays untouched whether or not the person keeps anything.
#[test]
fn keeping_nothing_and_saving_again_never_touch_a_newer_versions_data() {
    let (store, newer) = holding_newer_data();
    let (mut session, state, _) = Session::open(store.boxed(), NOW);
    assert_eq!(session.mode(), Mode::ReadOnly);
    assert!(session.has_saved());
    session.stop_keeping(false).unwrap();
    let next = changed(&state);
    session.save(&next, NOW).unwrap();
    assert_eq!(session.resume_saving(&next, NOW), Err(SaveError::ReadOnly));
    assert_eq!(session.mode(), Mode::ReadOnly);
    assert_eq!(store.raw(keys::STATE), Some(newer));
}

/// Where the browser gives no storage, nothing is kept already: stopping changes nothing.
#[test]
fn keeping_nothing_without_storage_stays_in_memory() {
    let (mut session, _, _) = Session::open(Some(Box::new(Broken)), NOW);
    assert!(!session.has_saved());
    session.stop_keeping(true).unwrap();
    assert_eq!(session.mode(), Mode::Memory);
}

/// My data says when the answers were last saved: from storage when the guide opens, after
/// each save, after another tab's save, and nothing once everything is deleted.
#[test]
fn the_session_knows_when_the_answers_were_last_saved() {
    const LATER: &str = "2026-11-30T08:00:00.000Z";
    let store = Shared::default();
    let (mut session, state, _) = Session::open(store.boxed(), NOW);
    assert_eq!(session.last_saved(), None, "nothing saved yet");
    session.save(&changed(&state), NOW).unwrap();
    assert_eq!(session.last_saved(), Some(NOW));
    let (mut other, other_state, _) = Session::open(store.boxed(), LATER);
    assert_eq!(other.last_saved(), Some(NOW), "read when the guide opens");
    let mut next = other_state.clone();
    next.apply(Action::Answer(AnswerChange::Goal(Some(Goal::Stop))));
    other.save(&next, LATER).unwrap();
    session.external_change(store.raw(keys::STATE).as_deref());
    assert_eq!(session.last_saved(), Some(LATER), "another tab's save");
    session.delete_all().unwrap();
    assert_eq!(session.last_saved(), None);
}

/// Deleting the saved copy to keep nothing is not a choice to stop being discreet: the page
/// stays discreet, and saving again writes it back. A discreet choice another tab made is not
/// written over by a page that never changed it.
#[test]
fn keeping_nothing_keeps_the_discreet_choice_and_leaves_another_tabs_alone() {
    let store = Shared::default();
    let (mut session, state, _) = Session::open(store.boxed(), NOW);
    session.set_discreet(true).unwrap();
    let answers = changed(&state);
    session.save(&answers, NOW).unwrap();
    session.stop_keeping(true).unwrap();
    assert!(session.discreet(), "still discreet on this page");
    assert_eq!(contents(&store), vec![]);
    session.resume_saving(&answers, NOW).unwrap();
    assert_eq!(store.raw(keys::DISCREET).as_deref(), Some("1"));

    // Another tab turns it off while this page keeps nothing without touching it.
    session.stop_keeping(false).unwrap();
    let (mut other, _, _) = Session::open(store.boxed(), NOW);
    other.set_discreet(false).unwrap();
    session.resume_saving(&answers, NOW).unwrap();
    assert_eq!(store.raw(keys::DISCREET), None);
}

/// Saving again from an empty page still asks when answers are stored, and still refuses to
/// touch a newer version's data.
#[test]
fn saving_again_from_an_empty_page_still_asks_and_still_respects_newer_data() {
    let store = Shared::default();
    let (mut session, state, _) = Session::open(store.boxed(), NOW);
    let answers = changed(&state);
    session.save(&answers, NOW).unwrap();
    session.stop_keeping(false).unwrap();
    let result = session.resume_saving(&AppState::default(), NOW);
    let Err(SaveError::Conflict { theirs }) = result else {
        panic!("expected a choice, got {result:?}");
    };
    assert_eq!(theirs.state, answers);

    let (store, newer) = holding_newer_data();
    let (mut session, _, _) = Session::open(store.boxed(), NOW);
    session.stop_keeping(false).unwrap();
    session.set_discreet(true).unwrap();
    assert_eq!(
        session.resume_saving(&AppState::default(), NOW),
        Err(SaveError::ReadOnly)
    );
    assert_eq!(session.mode(), Mode::ReadOnly);
    assert_eq!(
        contents(&store),
        vec![(keys::STATE.to_string(), Some(newer))]
    );
}

/// Answers on the page that could not be saved (here: waiting for the person to choose after
/// saving again) are never replaced by another tab's save or delete: the person chooses.
#[test]
fn another_tabs_change_never_replaces_answers_that_could_not_be_saved() {
    let store = Shared::default();
    let (mut session, state, _) = Session::open(store.boxed(), NOW);
    let kept = changed(&state);
    session.save(&kept, NOW).unwrap();
    session.stop_keeping(false).unwrap();
    let mut on_page = kept.clone();
    on_page.apply(Action::Answer(AnswerChange::Goal(Some(Goal::Stop))));
    assert!(session.resume_saving(&on_page, NOW).is_err());

    let (mut other, other_state, _) = Session::open(store.boxed(), NOW);
    let mut theirs = other_state.clone();
    theirs.apply(Action::Answer(AnswerChange::Goal(Some(Goal::CutDown))));
    other.save(&theirs, NOW).unwrap();
    let change = session.external_change(store.raw(keys::STATE).as_deref());
    let External::Choose(saved) = change else {
        panic!("expected a choice, got {change:?}");
    };
    assert_eq!(saved.state, theirs);
    other.delete_all().unwrap();
    assert!(matches!(session.external_change(None), External::Choose(_)));
    // Once the page's answers are saved, another tab's change is simply taken in.
    session.keep_mine(&on_page, NOW).unwrap();
    let (mut third, third_state, _) = Session::open(store.boxed(), NOW);
    assert_eq!(third_state, on_page);
    third.save(&theirs, NOW).unwrap();
    assert!(matches!(
        session.external_change(store.raw(keys::STATE).as_deref()),
        External::Adopt(_)
    ));
}

// Locked answers. The browser seals and opens them (tests/browser_crypto.rs); here a "sealed"
// text is any locked envelope, and opening it is handing the session the readable text that
// was sealed, as the app does.

use recovery_options::storage::lock::{self, KeyWrap, Locked};
use recovery_options::storage::session::{Lock, Pending};

/// A locked envelope standing for `plain` sealed at `revision` (its bytes are not real
/// cryptography: the session never reads them).
fn sealed(plain: &str, revision: u64) -> String {
    Locked {
        key: KeyWrap {
            iterations: lock::ITERATIONS,
            salt: vec![1; lock::SALT_BYTES],
            nonce: vec![2; lock::NONCE_BYTES],
            wrapped: vec![3; lock::KEY_BYTES + lock::TAG_BYTES],
        },
        nonce: vec![revision as u8; lock::NONCE_BYTES],
        sealed: plain.bytes().rev().chain([0; lock::TAG_BYTES]).collect(),
        revision,
    }
    .encode()
}

/// Seals and writes what waits, as the app does after each change.
fn seal_waiting(session: &mut Session) -> Result<(), SaveError> {
    while let Some(pending) = session.next_to_seal()? {
        assert!(pending.must_seal());
        let text = sealed(pending.plain(), pending.revision());
        session.commit(pending, Some(&text))?;
    }
    Ok(())
}

/// A store holding `state` locked at revision 7, and the readable text that was sealed.
fn holding_locked(state: &AppState) -> (Shared, String) {
    let plain = envelope::encode(state, NOW, 7);
    let store = Shared::default();
    store.put(keys::STATE, &sealed(&plain, 7));
    (store, plain)
}

/// A session that opened the answers of [`holding_locked`].
fn opened(state: &AppState) -> (Shared, Session) {
    let (store, plain) = holding_locked(state);
    let (mut session, _, _) = Session::open(store.boxed(), NOW);
    assert_eq!(session.opened(&plain, 7).as_ref(), Ok(state));
    (store, session)
}

#[test]
fn locked_answers_open_closed_and_nothing_is_written_until_they_are_opened() {
    let answers = changed(&AppState::default());
    let (store, plain) = holding_locked(&answers);
    let before = store.raw(keys::STATE);
    let (mut session, state, notices) = Session::open(store.boxed(), NOW);
    assert_eq!(session.lock(), Lock::Closed);
    assert_eq!(state, AppState::default());
    assert!(notices.is_empty());
    session.save(&changed(&changed(&state)), NOW).unwrap();
    assert_eq!(session.next_to_seal(), Ok(None));
    assert_eq!(store.raw(keys::STATE), before);
    assert_eq!(
        session.last_saved(),
        None,
        "nothing readable about the save"
    );

    // Text whose save count differs from the one outside was not sealed with it.
    let other = envelope::encode(&answers, NOW, 6);
    assert!(session.opened(&other, 7).is_err());
    assert_eq!(session.lock(), Lock::Closed);
    assert_eq!(session.opened(&plain, 7), Ok(answers));
    assert_eq!(session.lock(), Lock::Open);
    assert_eq!(session.last_saved(), Some(NOW));
}

#[test]
fn open_answers_are_saved_sealed_and_never_readable() {
    let (store, mut session) = opened(&changed(&AppState::default()));
    let mut next = changed(&AppState::default());
    next.apply(Action::Answer(AnswerChange::Goal(Some(Goal::CutDown))));
    let mut latest = next.clone();
    latest.apply(Action::Answer(AnswerChange::Goal(Some(Goal::Stop))));
    session.save(&next, NOW).unwrap();
    session.save(&latest, NOW).unwrap();
    assert_eq!(
        store.raw(keys::STATE),
        Some(sealed(
            &envelope::encode(&changed(&AppState::default()), NOW, 7),
            7
        ))
    );

    // Only the latest waiting state is sealed, and a readable write is refused.
    let pending: Pending = session.next_to_seal().unwrap().unwrap();
    assert_eq!(pending.revision(), 8);
    assert_eq!(pending.plain(), envelope::encode(&latest, NOW, 8));
    let before = store.raw(keys::STATE);
    assert_eq!(
        session.commit(pending.clone(), None),
        Err(SaveError::Failed)
    );
    assert_eq!(store.raw(keys::STATE), before);
    let text = sealed(pending.plain(), 8);
    session.commit(pending, Some(&text)).unwrap();
    assert_eq!(store.raw(keys::STATE), Some(text));
    assert_eq!(session.next_to_seal(), Ok(None));
    assert_eq!(session.lock(), Lock::Open);
}

#[test]
fn locking_and_removing_the_lock_write_the_same_answers_sealed_then_readable() {
    let store = Shared::default();
    let (mut session, _, _) = Session::open(store.boxed(), NOW);
    let answers = changed(&AppState::default());
    session.save(&answers, NOW).unwrap();

    let pending = session.prepare_lock(&answers, NOW).unwrap();
    assert!(pending.must_seal());
    let text = sealed(pending.plain(), pending.revision());
    session.commit(pending, Some(&text)).unwrap();
    assert_eq!(session.lock(), Lock::Open);
    assert_eq!(store.raw(keys::STATE), Some(text));

    let pending = session.prepare_unlocked(&answers, NOW).unwrap();
    assert!(!pending.must_seal());
    session.commit(pending, None).unwrap();
    assert_eq!(session.lock(), Lock::None);
    let saved = envelope::decode(&store.raw(keys::STATE).unwrap()).unwrap();
    assert_eq!((saved.state, saved.revision), (answers, 3));
}

#[test]
fn a_save_sealed_while_another_tab_saved_writes_nothing_and_the_person_chooses() {
    let answers = changed(&AppState::default());
    let (store, mut session) = opened(&answers);
    let mut mine = answers.clone();
    mine.apply(Action::Answer(AnswerChange::Goal(Some(Goal::CutDown))));
    session.save(&mine, NOW).unwrap();
    let pending = session.next_to_seal().unwrap().unwrap();

    // The other tab writes while this one's save is being sealed.
    let mut theirs = answers.clone();
    theirs.apply(Action::Answer(AnswerChange::Goal(Some(Goal::Stop))));
    let their_plain = envelope::encode(&theirs, NOW, 8);
    let their_text = sealed(&their_plain, 8);
    store.put(keys::STATE, &their_text);

    let text = sealed(pending.plain(), pending.revision());
    assert_eq!(session.commit(pending, Some(&text)), Err(SaveError::Behind));
    assert_eq!(store.raw(keys::STATE), Some(their_text.clone()));
    arrives_as_a_choice(&mut session, &their_text, &their_plain, &theirs);
    // Keeping mine writes over theirs, sealed.
    session.keep_mine(&mine, NOW).unwrap();
    seal_waiting(&mut session).unwrap();
    let stored = lock::decode(&store.raw(keys::STATE).unwrap()).unwrap();
    assert_eq!(stored.revision, 9);
}

#[test]
fn another_tabs_saves_lock_and_unlock_reach_this_one() {
    let answers = changed(&AppState::default());
    // A tab with readable answers sees another tab lock them: it closes too.
    let store = Shared::default();
    let (mut session, _, _) = Session::open(store.boxed(), NOW);
    session.save(&answers, NOW).unwrap();
    let locked = sealed(&envelope::encode(&answers, NOW, 2), 2);
    store.put(keys::STATE, &locked);
    assert_eq!(session.external_change(Some(&locked)), External::Locked);
    assert_eq!(session.lock(), Lock::Closed);
    session.save(&changed(&answers), NOW).unwrap();
    assert_eq!(store.raw(keys::STATE), Some(locked.clone()));

    // A newer locked save while closed changes nothing here.
    let newer = sealed(&envelope::encode(&answers, NOW, 3), 3);
    store.put(keys::STATE, &newer);
    assert_eq!(session.external_change(Some(&newer)), External::Ignore);

    // The other tab removes the lock: readable again, and adopted.
    let readable = envelope::encode(&answers, NOW, 4);
    store.put(keys::STATE, &readable);
    assert_eq!(
        session.external_change(Some(&readable)),
        External::Adopt(Box::new(answers.clone()))
    );
    assert_eq!(session.lock(), Lock::None);

    // Deleting everything elsewhere removes the lock too.
    let (store, mut session) = opened(&answers);
    store.0.borrow_mut().remove(keys::STATE).unwrap();
    assert_eq!(
        session.external_change(None),
        External::Adopt(Box::default())
    );
    assert_eq!(session.lock(), Lock::None);
}

#[test]
fn closing_forgets_the_answers_and_writes_nothing_until_opened_again() {
    let answers = changed(&AppState::default());
    let (store, mut session) = opened(&answers);
    let before = store.raw(keys::STATE);
    session.close();
    assert_eq!(session.lock(), Lock::Closed);
    assert_eq!(session.last_saved(), None);
    session.save(&with_goal(&answers, Goal::Stop), NOW).unwrap();
    assert_eq!(session.next_to_seal(), Ok(None));
    assert_eq!(store.raw(keys::STATE), before);
}

#[test]
fn forgetting_the_passphrase_deletes_and_starts_over_readable() {
    let answers = changed(&AppState::default());
    let (store, _) = holding_locked(&answers);
    let (mut session, _, _) = Session::open(store.boxed(), NOW);
    session.delete_all().unwrap();
    assert_eq!(session.lock(), Lock::None);
    assert!(contents(&store).is_empty());
    session.save(&answers, NOW).unwrap();
    assert!(envelope::decode(&store.raw(keys::STATE).unwrap()).is_ok());
}

#[test]
fn damaged_locked_answers_are_backed_up_and_a_newer_lock_is_left_alone() {
    let answers = changed(&AppState::default());
    let (store, _) = holding_locked(&answers);
    let damaged = store
        .raw(keys::STATE)
        .unwrap()
        .replace("\"locked\":1", "\"locked\":0");
    store.put(keys::STATE, &damaged);
    let (_, state, notices) = Session::open(store.boxed(), NOW);
    assert_eq!(state, AppState::default());
    match notices.as_slice() {
        [StartNotice::Recovered { backup_key }] => {
            assert_eq!(store.raw(backup_key), Some(damaged))
        }
        other => panic!("expected a backup, got {other:?}"),
    }

    let (store, _) = holding_locked(&answers);
    let newer = store
        .raw(keys::STATE)
        .unwrap()
        .replace("\"locked\":1", "\"locked\":2");
    store.put(keys::STATE, &newer);
    let (mut session, _, notices) = Session::open(store.boxed(), NOW);
    assert_eq!(notices, vec![StartNotice::Newer]);
    assert_eq!(session.mode(), Mode::ReadOnly);
    assert_eq!(session.save(&answers, NOW), Err(SaveError::ReadOnly));
    assert_eq!(store.raw(keys::STATE), Some(newer));
}

#[test]
fn a_full_device_keeps_the_last_good_locked_copy() {
    let answers = changed(&AppState::default());
    let plain = envelope::encode(&answers, NOW, 7);
    let text = sealed(&plain, 7);
    let store = Shared::with(MemoryStore::with_quota(keys::STATE.len() + text.len() + 10));
    store.put(keys::STATE, &text);
    let (mut session, _, _) = Session::open(store.boxed(), NOW);
    session.opened(&plain, 7).unwrap();
    let mut bigger = answers.clone();
    bigger
        .visit
        .questions
        .add("A question long enough to need more room than the quota leaves")
        .unwrap();
    session.save(&bigger, NOW).unwrap();
    assert_eq!(seal_waiting(&mut session), Err(SaveError::QuotaExceeded));
    assert_eq!(store.raw(keys::STATE), Some(text));
}

#[test]
fn saving_again_never_writes_over_answers_another_tab_locked() {
    let answers = changed(&AppState::default());
    let store = Shared::default();
    let (mut session, _, _) = Session::open(store.boxed(), NOW);
    session.stop_keeping(false).unwrap();
    let locked = sealed(&envelope::encode(&answers, NOW, 2), 2);
    store.put(keys::STATE, &locked);
    assert_eq!(
        session.resume_saving(&changed(&answers), NOW),
        Err(SaveError::Locked)
    );
    assert_eq!(session.mode(), Mode::NotKept);
    assert_eq!(store.raw(keys::STATE), Some(locked));
}

#[test]
fn stopping_and_saving_again_with_open_locked_answers_seals_as_before() {
    let answers = changed(&AppState::default());
    let (store, mut session) = opened(&answers);
    session.stop_keeping(false).unwrap();
    let mut more = answers.clone();
    more.apply(Action::Answer(AnswerChange::Goal(Some(Goal::Stop))));
    session.save(&more, NOW).unwrap();
    assert_eq!(session.next_to_seal(), Ok(None), "nothing kept meanwhile");

    session.resume_saving(&more, NOW).unwrap();
    assert_eq!(session.mode(), Mode::Saving);
    seal_waiting(&mut session).unwrap();
    let stored = lock::decode(&store.raw(keys::STATE).unwrap()).unwrap();
    assert_eq!(stored.revision, 8);
}

/// Another tab's locked save of `theirs` reaching a page with answers not saved: opened with
/// the page's key, then the person chooses.
fn arrives_as_a_choice(session: &mut Session, text: &str, plain: &str, theirs: &AppState) {
    assert_eq!(
        session.external_change(Some(text)),
        External::Unseal(text.to_string())
    );
    match session.external_opened(plain) {
        External::Choose(saved) => assert_eq!(&saved.state, theirs),
        other => panic!("expected a choice, got {other:?}"),
    }
}

fn with_goal(state: &AppState, goal: Goal) -> AppState {
    let mut next = state.clone();
    next.apply(Action::Answer(AnswerChange::Goal(Some(goal))));
    next
}

/// Another tab's save that arrives while this page's save is being sealed is a choice, not a
/// replacement: the page's answers are not saved yet.
#[test]
fn another_tabs_save_arriving_while_this_one_seals_asks_first() {
    let answers = changed(&AppState::default());
    let (store, mut session) = opened(&answers);
    let mine = with_goal(&answers, Goal::CutDown);
    session.save(&mine, NOW).unwrap();
    let pending = session.next_to_seal().unwrap().unwrap();

    let theirs = with_goal(&answers, Goal::Stop);
    let their_plain = envelope::encode(&theirs, NOW, 8);
    let their_text = sealed(&their_plain, 8);
    store.put(keys::STATE, &their_text);
    arrives_as_a_choice(&mut session, &their_text, &their_plain, &theirs);
    let text = sealed(pending.plain(), pending.revision());
    assert_eq!(session.commit(pending, Some(&text)), Err(SaveError::Behind));
    assert_eq!(store.raw(keys::STATE), Some(their_text));
}

#[test]
fn another_tab_locking_keeps_answers_this_page_had_not_saved() {
    let answers = changed(&AppState::default());
    // Room for the answers locked below, not for long questions.
    let locked = sealed(&envelope::encode(&answers, NOW, 2), 2);
    let store = Shared::with(MemoryStore::with_quota(keys::STATE.len() + locked.len()));
    let (mut session, _, _) = Session::open(store.boxed(), NOW);
    session.save(&answers, NOW).unwrap();
    let mut bigger = answers.clone();
    for _ in 0..4 {
        bigger
            .visit
            .questions
            .add(&"A long question that does not fit. ".repeat(8))
            .unwrap();
    }
    assert_eq!(session.save(&bigger, NOW), Err(SaveError::QuotaExceeded));

    store.0.borrow_mut().remove(keys::STATE).unwrap();
    store.put(keys::STATE, &locked);
    assert_eq!(
        session.external_change(Some(&locked)),
        External::LockedElsewhere
    );
    assert_eq!(session.mode(), Mode::NotKept);
    session.save(&with_goal(&bigger, Goal::Stop), NOW).unwrap();
    assert_eq!(store.raw(keys::STATE), Some(locked.clone()));

    // The same when another tab sets a new passphrase this page's key cannot open.
    let (store, mut session) = opened(&answers);
    session.save(&with_goal(&answers, Goal::Stop), NOW).unwrap();
    assert_eq!(session.locked_elsewhere(), External::LockedElsewhere);
    assert_eq!(session.next_to_seal(), Ok(None));
    let before = store.raw(keys::STATE);
    session
        .save(&with_goal(&answers, Goal::CutDown), NOW)
        .unwrap();
    assert_eq!(store.raw(keys::STATE), before);

    // With nothing unsaved, the page simply closes.
    let (_, mut session) = opened(&answers);
    assert_eq!(session.locked_elsewhere(), External::Locked);
    assert_eq!(session.lock(), Lock::Closed);
}

#[test]
fn nothing_made_ready_before_closing_or_deleting_is_written_after() {
    let answers = changed(&AppState::default());
    for end in ["close", "delete"] {
        let (store, mut session) = opened(&answers);
        session.save(&with_goal(&answers, Goal::Stop), NOW).unwrap();
        let pending = session.next_to_seal().unwrap().unwrap();
        let before = store.raw(keys::STATE);
        match end {
            "close" => session.close(),
            _ => session.delete_all().unwrap(),
        }
        let text = sealed(pending.plain(), pending.revision());
        assert_eq!(
            session.commit(pending, Some(&text)),
            Err(SaveError::Behind),
            "{end}"
        );
        assert_eq!(
            store.raw(keys::STATE),
            if end == "close" { before } else { None },
            "{end}"
        );
        assert_ne!(session.lock(), Lock::Open, "{end}");
    }

    // Another tab's save opened after this page closed is not shown.
    let (_, mut session) = opened(&answers);
    session.close();
    let plain = envelope::encode(&with_goal(&answers, Goal::Stop), NOW, 8);
    assert_eq!(session.external_opened(&plain), External::Ignore);
}

#[test]
fn one_save_is_out_at_a_time_and_one_that_fails_to_seal_is_given_up() {
    let answers = changed(&AppState::default());
    let (store, mut session) = opened(&answers);
    session.save(&with_goal(&answers, Goal::Stop), NOW).unwrap();
    let pending = session.next_to_seal().unwrap().unwrap();
    assert_eq!(
        session.prepare_lock(&answers, NOW).err(),
        Some(SaveError::Behind)
    );
    let text = sealed(pending.plain(), pending.revision());
    session.commit(pending, Some(&text)).unwrap();
    let renewed = session.prepare_lock(&answers, NOW).unwrap();
    assert_eq!(renewed.revision(), 9);

    // The browser could not seal it: given up, the next save is made ready afresh, and
    // another tab's save meanwhile asks first.
    session.abandon(renewed);
    assert_eq!(
        lock::decode(&store.raw(keys::STATE).unwrap())
            .unwrap()
            .revision,
        8
    );
    let theirs = with_goal(&answers, Goal::CutDown);
    let their_plain = envelope::encode(&theirs, NOW, 9);
    store.put(keys::STATE, &sealed(&their_plain, 9));
    assert!(matches!(
        session.external_opened(&their_plain),
        External::Choose(_)
    ));
}

#[test]
fn keeping_mine_over_locked_answers_seals_them_or_waits_for_the_lock() {
    let answers = changed(&AppState::default());
    let (store, mut session) = opened(&answers);
    let theirs = sealed(&envelope::encode(&answers, NOW, 8), 8);
    store.put(keys::STATE, &theirs);
    // Even an empty page is written over theirs, sealed, when the person keeps it.
    session.keep_mine(&AppState::default(), NOW).unwrap();
    seal_waiting(&mut session).unwrap();
    assert_eq!(
        lock::decode(&store.raw(keys::STATE).unwrap())
            .unwrap()
            .revision,
        9
    );

    let (mut closed, _, _) = Session::open(store.boxed(), NOW);
    assert_eq!(closed.keep_mine(&answers, NOW), Err(SaveError::Locked));
}

#[test]
fn opening_takes_the_save_count_of_what_was_opened() {
    let answers = changed(&AppState::default());
    let (store, _) = holding_locked(&answers);
    let (mut session, _, _) = Session::open(store.boxed(), NOW);
    // Another tab saved before this page heard of it; the browser opened the newer save.
    let newer = with_goal(&answers, Goal::Stop);
    let plain = envelope::encode(&newer, NOW, 8);
    store.put(keys::STATE, &sealed(&plain, 8));
    assert_eq!(session.opened(&plain, 8), Ok(newer.clone()));
    session
        .save(&with_goal(&newer, Goal::CutDown), NOW)
        .unwrap();
    seal_waiting(&mut session).unwrap();
    assert_eq!(
        lock::decode(&store.raw(keys::STATE).unwrap())
            .unwrap()
            .revision,
        9
    );

    // Deleted elsewhere while the browser opened them: not shown.
    let (store, _) = holding_locked(&answers);
    let (mut session, _, _) = Session::open(store.boxed(), NOW);
    store.0.borrow_mut().remove(keys::STATE).unwrap();
    session.external_change(None);
    let plain = envelope::encode(&answers, NOW, 7);
    assert!(session.opened(&plain, 7).is_err());
}

#[test]
fn saving_again_after_another_tab_locked_can_be_tried_again_later() {
    let answers = changed(&AppState::default());
    let store = Shared::default();
    let (mut session, _, _) = Session::open(store.boxed(), NOW);
    session.save(&answers, NOW).unwrap();
    session.stop_keeping(false).unwrap();
    let locked = sealed(&envelope::encode(&answers, NOW, 2), 2);
    store.put(keys::STATE, &locked);
    for _ in 0..2 {
        assert_eq!(session.resume_saving(&answers, NOW), Err(SaveError::Locked));
        assert_eq!(session.mode(), Mode::NotKept);
        assert_eq!(store.raw(keys::STATE), Some(locked.clone()));
    }
    // The other tab removed the lock: saving again asks as usual.
    let readable = envelope::encode(&with_goal(&answers, Goal::Stop), NOW, 3);
    store.put(keys::STATE, &readable);
    assert!(matches!(
        session.resume_saving(&answers, NOW),
        Err(SaveError::Conflict { .. })
    ));
    assert_eq!(session.lock(), Lock::None);
}

/// The language chosen with the switch is a preference of the device, like being discreet: it
/// lasts to the next visit (index.html reads it), stays out of the state, is not written while
/// nothing is kept, and goes with "delete everything".
#[test]
fn the_chosen_language_lasts_is_not_written_while_nothing_is_kept_and_goes_with_everything() {
    let store = Shared::default();
    let (mut session, _, _) = Session::open(store.boxed(), NOW);
    session.remember_lang("es").unwrap();
    assert_eq!(store.raw(keys::LANG).as_deref(), Some("es"));
    assert_eq!(store.raw(keys::STATE), None, "not part of the state");
    let (mut again, _, _) = Session::open(store.boxed(), NOW);
    assert_eq!(again.remembered_lang(), Some("es"));
    again.delete_all().unwrap();
    assert_eq!(store.raw(keys::LANG), None);
    assert_eq!(again.remembered_lang(), None);

    again.stop_keeping(false).unwrap();
    again.remember_lang("en").unwrap();
    assert_eq!(store.raw(keys::LANG), None, "nothing kept, nothing written");
}
