//! The local-storage backend on a real browser's storage (run in headless Chromium by
//! `cargo test --target wasm32-unknown-unknown --test browser_storage`).
#![cfg(target_arch = "wasm32")]

use recovery_options::domain::answers::Substance;
use recovery_options::state::{Action, AnswerChange, AppState};
use recovery_options::storage::envelope;
use recovery_options::storage::keys;
use recovery_options::storage::session::{SaveError, Session, StartNotice};
use recovery_options::storage::store::{Store, StoreError};
use recovery_options::storage::web::LocalStore;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-11-29T12:00:00.000Z";

/// The guide's words, as the app fetches them before it starts (build.rs writes the file).
fn load_texts() {
    let _ = recovery_options::content::load(
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/target/texts/texts-en.txt"
        ))
        .into(),
        &recovery_options::content::EN_STRINGS,
    );
}

fn clean() -> LocalStore {
    load_texts();
    let store = LocalStore::open().expect("local storage is available in the test browser");
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    store
}

fn alcohol() -> AppState {
    let mut state = AppState::default();
    state.apply(Action::Answer(AnswerChange::Substance(Some(
        Substance::Alcohol,
    ))));
    state
}

#[wasm_bindgen_test]
fn local_store_reads_writes_lists_and_removes() {
    let mut store = clean();
    assert_eq!(store.get("recovery-options:x").unwrap(), None);
    store.set("recovery-options:x", "1").unwrap();
    store.set("other", "2").unwrap();
    assert_eq!(
        store.get("recovery-options:x").unwrap().as_deref(),
        Some("1")
    );
    let mut keys = store.keys().unwrap();
    keys.sort();
    assert_eq!(
        keys,
        vec!["other".to_string(), "recovery-options:x".to_string()]
    );
    store.remove("recovery-options:x").unwrap();
    assert_eq!(store.get("recovery-options:x").unwrap(), None);
    clean();
}

#[wasm_bindgen_test]
fn a_session_on_local_storage_saves_and_reloads() {
    clean();
    let (mut session, state, notices) =
        Session::open(Some(Box::new(LocalStore::open().unwrap())), NOW);
    assert!(state.is_empty() && notices.is_empty());
    session.save(&alcohol(), NOW).unwrap();
    let (_, reloaded, _) = Session::open(Some(Box::new(LocalStore::open().unwrap())), NOW);
    assert_eq!(reloaded, alcohol());
    clean();
}

#[wasm_bindgen_test]
fn unreadable_local_data_is_backed_up_in_local_storage() {
    let mut store = clean();
    store
        .set(keys::STATE, "{\"app\":\"recovery-options\",")
        .unwrap();
    let (_, state, notices) = Session::open(Some(Box::new(LocalStore::open().unwrap())), NOW);
    assert!(state.is_empty());
    assert_eq!(
        notices,
        vec![StartNotice::Recovered {
            backup_key: keys::backup_key(NOW)
        }]
    );
    assert_eq!(
        store.get(&keys::backup_key(NOW)).unwrap().as_deref(),
        Some("{\"app\":\"recovery-options\",")
    );
    clean();
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_as_such_and_keeps_the_last_good_copy() {
    clean();
    let (mut session, _, _) = Session::open(Some(Box::new(LocalStore::open().unwrap())), NOW);
    session.save(&alcohol(), NOW).unwrap();
    let good = LocalStore::open().unwrap().get(keys::STATE).unwrap();

    // Fill the rest of this origin's storage with the real browser's quota.
    let mut filler = LocalStore::open().unwrap();
    let mut size = 1 << 22;
    let mut index = 0;
    let mut saw_quota = false;
    while size >= 1 {
        match filler.set(&format!("f{index}"), &"x".repeat(size)) {
            Ok(()) => index += 1,
            Err(StoreError::QuotaExceeded) => {
                saw_quota = true;
                size /= 2;
            }
            Err(other) => panic!("expected a quota error, got {other:?}"),
        }
    }
    assert!(saw_quota, "the browser's quota was reached");

    let mut bigger = alcohol();
    bigger.apply(Action::Answer(AnswerChange::Goal(Some(
        recovery_options::domain::answers::Goal::PreferNotToSay,
    ))));
    assert_eq!(session.save(&bigger, NOW), Err(SaveError::QuotaExceeded));
    assert_eq!(LocalStore::open().unwrap().get(keys::STATE).unwrap(), good);
    assert_eq!(
        envelope::decode(good.as_deref().unwrap()).unwrap().state,
        alcohol()
    );
    // Opening a full storage still reads what is saved, instead of falling back to memory.
    let (session, reloaded, notices) = Session::open(
        LocalStore::open().map(|s| Box::new(s) as Box<dyn Store>),
        NOW,
    );
    assert_eq!(reloaded, alcohol());
    assert!(notices.is_empty());
    assert_eq!(
        session.mode(),
        recovery_options::storage::session::Mode::Saving
    );
    clean();
}
