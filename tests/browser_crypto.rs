//! The passphrase lock's cryptography on a real browser's Web Crypto (run in headless Chromium
//! by `cargo test --target wasm32-unknown-unknown --test browser_crypto`): the right
//! passphrase opens, a wrong one does not, a new passphrase is a new key that an old copy and
//! the old passphrase never open, the page cannot read the key out, changed or swapped data
//! is caught, and closing while a save is sealed loses nothing.
#![cfg(target_arch = "wasm32")]

use recovery_options::storage::lock::{self, Locked, MAX_PLAIN};
use recovery_options::ui::crypto::{self, CryptoError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ANSWERS: &str = r#"{"app":"recovery-options","version":4,"saved_at":"2026-12-01T10:00:00.000Z","revision":3,"state":{"visit":{"questions":{"items":[{"id":"c:1","text":"Can my sister come with me?","kept":true}],"next":1}}}}"#;

/// Stored and read back, as a save and the next page load would.
fn stored(locked: &Locked) -> Locked {
    lock::decode(&locked.encode()).expect("locked answers read back")
}

#[wasm_bindgen_test]
async fn the_right_passphrase_opens_and_later_saves_open_too() {
    assert!(crypto::available());
    let (key, locked) = crypto::lock("purple river 42", ANSWERS, 3).await.unwrap();
    assert!(
        !key.readable(),
        "the page's script cannot read the data key out"
    );
    let (_, plain) = crypto::open("purple river 42", &stored(&locked))
        .await
        .unwrap();
    assert_eq!(plain, ANSWERS);

    let later = ANSWERS.replace("Can my sister", "Can my brother");
    let saved = crypto::seal(&key, &later, 4).await.unwrap();
    assert_eq!(saved.revision, 4);
    assert_eq!(saved.key, locked.key, "a save keeps the wrapped key");
    assert_ne!(saved.nonce, locked.nonce, "each save has its own nonce");
    let (_, plain) = crypto::open("purple river 42", &stored(&saved))
        .await
        .unwrap();
    assert_eq!(plain, later);
}

#[wasm_bindgen_test]
async fn nothing_readable_is_stored() {
    let (_, locked) = crypto::lock("purple river 42", ANSWERS, 3).await.unwrap();
    let text = locked.encode();
    for readable in ["sister", "visit", "questions", "2026-12-01", "purple"] {
        assert!(!text.contains(readable), "{readable} in {text}");
    }
}

#[wasm_bindgen_test]
async fn a_wrong_passphrase_opens_nothing() {
    let (_, locked) = crypto::lock("purple river 42", ANSWERS, 3).await.unwrap();
    for wrong in ["", "purple river 4", "Purple river 42", "purple river 42 "] {
        assert_eq!(
            crypto::open(wrong, &stored(&locked)).await.err(),
            Some(CryptoError::WrongPassphrase),
            "{wrong:?}"
        );
    }
}

/// A new passphrase locks again with a new data key: an old copy of the data (a backup, an
/// export) and the old passphrase open that copy only, never what is saved after the change.
#[wasm_bindgen_test]
async fn a_new_passphrase_is_a_new_key_the_old_one_never_opens() {
    let (_, old) = crypto::lock("old words", ANSWERS, 3).await.unwrap();
    let (key, new) = crypto::lock("new words", ANSWERS, 4).await.unwrap();
    let later = crypto::seal(&key, ANSWERS, 5).await.unwrap();
    assert_ne!(new.key.salt, old.key.salt);
    assert_eq!(
        crypto::open("new words", &stored(&later)).await.unwrap().1,
        ANSWERS
    );
    assert_eq!(
        crypto::open("old words", &stored(&later)).await.err(),
        Some(CryptoError::WrongPassphrase)
    );
    // Even with the old key part put back in front of the new data.
    let mut mixed = later.clone();
    mixed.key = old.key.clone();
    assert!(crypto::open("old words", &stored(&mixed)).await.is_err());
}

#[wasm_bindgen_test]
async fn more_answers_than_a_save_holds_are_refused() {
    let (key, _) = crypto::lock("purple river 42", ANSWERS, 1).await.unwrap();
    let huge = "x".repeat(MAX_PLAIN + 1);
    assert_eq!(
        crypto::seal(&key, &huge, 2).await.err(),
        Some(CryptoError::TooBig)
    );
}

/// The same passphrase typed as one accented letter or as a letter and an accent opens the same
/// lock (keyboards and phones differ in which they send).
#[wasm_bindgen_test]
async fn a_passphrase_opens_however_its_accents_were_typed() {
    let (_, locked) = crypto::lock("caf\u{e9} con leche", ANSWERS, 1)
        .await
        .unwrap();
    let (_, plain) = crypto::open("cafe\u{301} con leche", &stored(&locked))
        .await
        .unwrap();
    assert_eq!(plain, ANSWERS);
}

#[wasm_bindgen_test]
async fn changed_data_is_caught() {
    let (_, locked) = crypto::lock("purple river 42", ANSWERS, 3).await.unwrap();
    let flip = |bytes: &mut Vec<u8>, at: usize| bytes[at] ^= 1;

    let mut sealed = locked.clone();
    flip(&mut sealed.sealed, 0);
    let mut tag = locked.clone();
    let last = tag.sealed.len() - 1;
    flip(&mut tag.sealed, last);
    let mut nonce = locked.clone();
    flip(&mut nonce.nonce, 5);
    let mut short = locked.clone();
    short.sealed.truncate(short.sealed.len() - 1);
    for changed in [sealed, tag, nonce, short] {
        assert_eq!(
            crypto::open("purple river 42", &stored(&changed))
                .await
                .err(),
            Some(CryptoError::Damaged)
        );
    }

    // The save count and the wrapped key are bound to the answers: another count, or one
    // save's answers under another save's count, is caught.
    let (key, _) = crypto::lock("purple river 42", ANSWERS, 3).await.unwrap();
    let four = crypto::seal(&key, ANSWERS, 4).await.unwrap();
    let five = crypto::seal(&key, ANSWERS, 5).await.unwrap();
    let mut recounted = four.clone();
    recounted.revision = 5;
    let mut swapped = five.clone();
    swapped.sealed = four.sealed.clone();
    swapped.nonce = four.nonce.clone();
    for changed in [recounted, swapped] {
        assert_eq!(
            crypto::open("purple river 42", &stored(&changed))
                .await
                .err(),
            Some(CryptoError::Damaged)
        );
    }

    // A changed wrapped key, salt, nonce of the key or work factor cannot be told from a wrong
    // passphrase.
    let mut wrapped = locked.clone();
    flip(&mut wrapped.key.wrapped, 3);
    let mut salt = locked.clone();
    flip(&mut salt.key.salt, 0);
    let mut key_nonce = locked.clone();
    flip(&mut key_nonce.key.nonce, 0);
    let mut work = locked.clone();
    work.key.iterations += 1;
    for changed in [wrapped, salt, key_nonce, work] {
        assert_eq!(
            crypto::open("purple river 42", &stored(&changed))
                .await
                .err(),
            Some(CryptoError::WrongPassphrase)
        );
    }
}

/// Another tab's save opens with this page's key; after that tab set a new passphrase (a new
/// key), it does not, and the page must ask for the passphrase again.
#[wasm_bindgen_test]
async fn another_tabs_save_opens_with_the_same_key_only() {
    let (key, locked) = crypto::lock("purple river 42", ANSWERS, 3).await.unwrap();
    let (theirs, _) = crypto::open("purple river 42", &stored(&locked))
        .await
        .unwrap();
    let later = ANSWERS.replace("sister", "brother");
    let saved = crypto::seal(&theirs, &later, 4).await.unwrap();
    assert_eq!(crypto::unseal(&key, &stored(&saved)).await, Ok(later));

    let (renewed, _) = crypto::lock("new words here", ANSWERS, 5).await.unwrap();
    let saved = crypto::seal(&renewed, ANSWERS, 6).await.unwrap();
    assert_eq!(
        crypto::unseal(&key, &stored(&saved)).await,
        Err(CryptoError::WrongPassphrase)
    );
    let mut changed = crypto::seal(&key, ANSWERS, 7).await.unwrap();
    changed.sealed[0] ^= 1;
    assert_eq!(
        crypto::unseal(&key, &stored(&changed)).await,
        Err(CryptoError::Damaged)
    );
}

/// Waits `ms` milliseconds, letting the page's other work (the sealing loop) run.
async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// "Lock now" while a save is being sealed: that save is written first, and the emptied page
/// that follows (the app forgets the answers on screen) is never sealed over the locked ones.
#[wasm_bindgen_test]
async fn closing_while_a_save_is_sealed_writes_it_and_nothing_after() {
    use recovery_options::domain::answers::Substance;
    use recovery_options::state::AppState;
    use recovery_options::storage::session::{Lock, Session};
    use recovery_options::storage::web::LocalStore;
    use recovery_options::ui::context::StorageContext;

    const NOW: &str = "2026-12-01T10:00:00.000Z";
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let (session, _, _) = Session::open(Some(Box::new(LocalStore::open().unwrap())), NOW);
    let storage = StorageContext::new(session);
    let mut answers = AppState::default();
    answers.answers.substance = Some(Substance::Opioids);
    storage
        .lock_with("purple river 42", &answers)
        .await
        .unwrap();
    let mut changed = answers.clone();
    changed.answers.substance = Some(Substance::Alcohol);
    storage.save(&changed, NOW).unwrap();
    storage.close();
    let _ = storage.save(&AppState::default(), NOW);
    for _ in 0..100 {
        if storage.lock() == Lock::Closed {
            break;
        }
        pause(20).await;
    }
    assert_eq!(storage.lock(), Lock::Closed);
    let opened = storage.unlock("purple river 42").await.unwrap();
    assert_eq!(
        opened, changed,
        "the change before closing, not an empty page"
    );
}
