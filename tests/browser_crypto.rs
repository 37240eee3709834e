//! The passphrase lock's cryptography on a real browser's Web Crypto (run in headless Chromium
//! by `cargo test --target wasm32-unknown-unknown --test browser_crypto`): the right
//! passphrase opens, a wrong one does not, a new passphrase opens what the old one locked and
//! the old one no longer does, and changed data is caught.
#![cfg(target_arch = "wasm32")]

use recovery_options::storage::envelope::CURRENT_VERSION;
use recovery_options::storage::lock::{self, Locked};
use recovery_options::ui::crypto::{self, CryptoError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ANSWERS: &str = r#"{"app":"recovery-options","version":4,"saved_at":"2026-12-01T10:00:00.000Z","revision":3,"state":{"visit":{"questions":{"items":[{"id":"c:1","text":"Can my sister come with me?","kept":true}],"next":1}}}}"#;

/// Stored and read back, as a save and the next page load would.
fn stored(locked: &Locked) -> Locked {
    lock::decode(&locked.encode(CURRENT_VERSION)).expect("locked answers read back")
}

#[wasm_bindgen_test]
async fn the_right_passphrase_opens_and_later_saves_open_too() {
    assert!(crypto::available());
    let (key, locked) = crypto::lock("purple river 42", ANSWERS, 3).await.unwrap();
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
    let text = locked.encode(CURRENT_VERSION);
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

#[wasm_bindgen_test]
async fn a_new_passphrase_opens_the_answers_and_the_old_one_no_longer_does() {
    let (key, locked) = crypto::lock("old words", ANSWERS, 3).await.unwrap();
    let key = crypto::change_passphrase(&key, "new words").await.unwrap();
    let saved = crypto::seal(&key, ANSWERS, 4).await.unwrap();
    assert_ne!(
        saved.key.salt, locked.key.salt,
        "a new passphrase gets a new salt"
    );
    let (_, plain) = crypto::open("new words", &stored(&saved)).await.unwrap();
    assert_eq!(plain, ANSWERS);
    assert_eq!(
        crypto::open("old words", &stored(&saved)).await.err(),
        Some(CryptoError::WrongPassphrase)
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

    // A changed wrapped key or salt cannot be told from a wrong passphrase.
    let mut wrapped = locked.clone();
    flip(&mut wrapped.key.wrapped, 3);
    let mut salt = locked.clone();
    flip(&mut salt.key.salt, 0);
    for changed in [wrapped, salt] {
        assert_eq!(
            crypto::open("purple river 42", &stored(&changed))
                .await
                .err(),
            Some(CryptoError::WrongPassphrase)
        );
    }
}
