//! The passphrase lock's cryptography, done by the browser's own Web Crypto: no cipher is
//! compiled into the wasm, and the slow part (600,000 rounds of PBKDF2) does not hold up the
//! page (Chromium and Firefox run it on another thread). The stored form and its checks are in
//! `storage::lock`.
//!
//! A lock makes a random data key, encrypts the answers with it, and wraps it with a key made
//! from the passphrase. The page then holds the data key in a form its script cannot read
//! out, and encrypts each save with it and a fresh nonce. A new passphrase is a new lock: a new
//! data key, so that an old copy of the data and the old passphrase never open later saves.

use js_sys::{Array, Promise, Uint8Array};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::storage::lock::{
    bound_data, KeyWrap, Locked, ITERATIONS, MAX_PLAIN, NONCE_BYTES, SALT_BYTES, WRAP_LABEL,
};

#[wasm_bindgen(module = "/src/ui/crypto.js")]
extern "C" {
    #[wasm_bindgen(js_name = available)]
    fn js_available() -> bool;
    #[wasm_bindgen(js_name = newKey)]
    fn js_new_key(
        passphrase: &str,
        iterations: u32,
        salt: u32,
        nonce: u32,
        label: &[u8],
    ) -> Promise;
    #[wasm_bindgen(js_name = openKey)]
    fn js_open_key(
        passphrase: &str,
        iterations: u32,
        salt: &[u8],
        nonce: &[u8],
        wrapped: &[u8],
        label: &[u8],
    ) -> Promise;
    #[wasm_bindgen(js_name = seal)]
    fn js_seal(key: &JsValue, plain: &str, bound: &[u8], nonce: u32) -> Promise;
    #[wasm_bindgen(js_name = unseal)]
    fn js_unseal(key: &JsValue, nonce: &[u8], sealed: &[u8], bound: &[u8]) -> Promise;
    #[wasm_bindgen(js_name = readable)]
    fn js_readable(key: &JsValue) -> bool;
}

/// Why locking or opening did not work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// This browser gives the page no Web Crypto (an address that is not https or localhost).
    Unavailable,
    /// The passphrase does not open the lock. (A changed wrapped key reads the same way: the
    /// browser cannot tell the two apart, and neither can anyone without the passphrase.)
    WrongPassphrase,
    /// The passphrase opens the key, but the answers were changed or cut short.
    Damaged,
    /// More answers than a save may hold ([`MAX_PLAIN`]).
    TooBig,
}

/// The data key of open locked answers (the browser's key object, which the page cannot read
/// out), and how it is wrapped: all a save needs.
#[derive(Clone, Debug, PartialEq)]
pub struct DataKey {
    key: JsValue,
    wrap: KeyWrap,
}

impl DataKey {
    /// Whether the page's script could read the key's bytes out (never: tested).
    pub fn readable(&self) -> bool {
        js_readable(&self.key)
    }
}

/// Whether this page can lock at all.
pub fn available() -> bool {
    js_available()
}

/// The value a call's promise gives, or `failure` if it rejects (or the call threw).
async fn call(promise: Promise, failure: CryptoError) -> Result<JsValue, CryptoError> {
    JsFuture::from(promise).await.map_err(|_| failure)
}

/// The bytes at `index` of a JavaScript array.
fn bytes(list: &JsValue, index: u32) -> Vec<u8> {
    Uint8Array::new(&Array::from(list).get(index)).to_vec()
}

/// Locks `plain` (the envelope's text) with a new data key wrapped by `passphrase`: the first
/// lock, and each new passphrase.
pub async fn lock(
    passphrase: &str,
    plain: &str,
    revision: u64,
) -> Result<(DataKey, Locked), CryptoError> {
    if !available() {
        return Err(CryptoError::Unavailable);
    }
    let made = call(
        js_new_key(
            passphrase,
            ITERATIONS,
            SALT_BYTES as u32,
            NONCE_BYTES as u32,
            WRAP_LABEL,
        ),
        CryptoError::Unavailable,
    )
    .await?;
    let data_key = DataKey {
        key: Array::from(&made).get(0),
        wrap: KeyWrap {
            iterations: ITERATIONS,
            salt: bytes(&made, 1),
            nonce: bytes(&made, 2),
            wrapped: bytes(&made, 3),
        },
    };
    let locked = seal(&data_key, plain, revision).await?;
    Ok((data_key, locked))
}

/// Encrypts `plain` with an open data key and a fresh nonce: one save.
pub async fn seal(data_key: &DataKey, plain: &str, revision: u64) -> Result<Locked, CryptoError> {
    if plain.len() > MAX_PLAIN {
        return Err(CryptoError::TooBig);
    }
    let bound = bound_data(revision, &data_key.wrap);
    let sealed = call(
        js_seal(&data_key.key, plain, &bound, NONCE_BYTES as u32),
        CryptoError::Unavailable,
    )
    .await?;
    Ok(Locked {
        key: data_key.wrap.clone(),
        nonce: bytes(&sealed, 0),
        sealed: bytes(&sealed, 1),
        revision,
    })
}

/// Opens locked answers: their data key, and the envelope's text.
pub async fn open(passphrase: &str, locked: &Locked) -> Result<(DataKey, String), CryptoError> {
    if !available() {
        return Err(CryptoError::Unavailable);
    }
    let wrap = &locked.key;
    let key = call(
        js_open_key(
            passphrase,
            wrap.iterations,
            &wrap.salt,
            &wrap.nonce,
            &wrap.wrapped,
            WRAP_LABEL,
        ),
        CryptoError::WrongPassphrase,
    )
    .await?;
    let data_key = DataKey {
        key,
        wrap: wrap.clone(),
    };
    let plain = decrypt(&data_key.key, locked).await?;
    Ok((data_key, plain))
}

/// Opens another tab's save with this page's data key: `WrongPassphrase` if that tab locked
/// again with a new passphrase (a new key).
pub async fn unseal(data_key: &DataKey, locked: &Locked) -> Result<String, CryptoError> {
    if locked.key != data_key.wrap {
        return Err(CryptoError::WrongPassphrase);
    }
    decrypt(&data_key.key, locked).await
}

/// The envelope's text of `locked`, with its data key.
async fn decrypt(key: &JsValue, locked: &Locked) -> Result<String, CryptoError> {
    let bound = bound_data(locked.revision, &locked.key);
    call(
        js_unseal(key, &locked.nonce, &locked.sealed, &bound),
        CryptoError::Damaged,
    )
    .await?
    .as_string()
    .ok_or(CryptoError::Damaged)
}
