//! The passphrase lock's cryptography, done by the browser's own Web Crypto: no cipher is
//! compiled into the wasm, and the slow part (600,000 rounds of PBKDF2) runs off the page's
//! thread. The stored form and its checks are in `storage::lock`.
//!
//! A lock makes a random data key, encrypts the answers with it, and wraps it with a key made
//! from the passphrase. Opening unwraps the data key; it then stays in memory (never
//! extractable by the page's script without the passphrase's key) and encrypts each save with
//! a fresh nonce. A new passphrase wraps the same data key again.

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::storage::lock::{KeyWrap, Locked, ITERATIONS, NONCE_BYTES, SALT_BYTES};

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
}

/// The data key of open locked answers, and how it is wrapped: all a save needs.
#[derive(Clone, Debug)]
pub struct DataKey {
    key: CryptoKey,
    wrap: KeyWrap,
}

impl PartialEq for DataKey {
    /// The same key, wrapped the same way (the browser never shows a key's bytes).
    fn eq(&self, other: &DataKey) -> bool {
        JsValue::from(&self.key) == JsValue::from(&other.key) && self.wrap == other.wrap
    }
}

/// Whether this page can lock at all.
pub fn available() -> bool {
    subtle().is_some()
}

/// Locks `plain` (the envelope's text) with a new data key wrapped by `passphrase`.
pub async fn lock(
    passphrase: &str,
    plain: &str,
    revision: u64,
) -> Result<(DataKey, Locked), CryptoError> {
    let subtle = subtle().ok_or(CryptoError::Unavailable)?;
    let usages = usages(&["encrypt", "decrypt"]);
    // Extractable only so that it can be wrapped: now, and again under a new passphrase.
    let key: CryptoKey = call(subtle.generate_key_with_object(&aes(), true, &usages))
        .await
        .ok_or(CryptoError::Unavailable)?
        .unchecked_into();
    let wrap = wrap(&subtle, &key, passphrase).await?;
    let data_key = DataKey { key, wrap };
    let locked = seal(&data_key, plain, revision).await?;
    Ok((data_key, locked))
}

/// Encrypts `plain` with an open data key and a fresh nonce: one save.
pub async fn seal(data_key: &DataKey, plain: &str, revision: u64) -> Result<Locked, CryptoError> {
    let subtle = subtle().ok_or(CryptoError::Unavailable)?;
    let nonce = random(NONCE_BYTES).ok_or(CryptoError::Unavailable)?;
    let sealed = call(subtle.encrypt_with_object_and_u8_array(
        &gcm(&nonce),
        &data_key.key,
        plain.as_bytes(),
    ))
    .await
    .ok_or(CryptoError::Unavailable)?;
    Ok(Locked {
        key: data_key.wrap.clone(),
        nonce,
        sealed: Uint8Array::new(&sealed).to_vec(),
        revision,
    })
}

/// Opens locked answers: their data key, and the envelope's text.
pub async fn open(passphrase: &str, locked: &Locked) -> Result<(DataKey, String), CryptoError> {
    let subtle = subtle().ok_or(CryptoError::Unavailable)?;
    let from_passphrase =
        passphrase_key(&subtle, passphrase, &locked.key.salt, locked.key.iterations).await?;
    let key: CryptoKey = call(subtle.unwrap_key_with_u8_array_and_object_and_object(
        "raw",
        &locked.key.wrapped,
        &from_passphrase,
        &gcm(&locked.key.nonce),
        &aes(),
        true,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await
    .ok_or(CryptoError::WrongPassphrase)?
    .unchecked_into();
    let plain =
        call(subtle.decrypt_with_object_and_u8_array(&gcm(&locked.nonce), &key, &locked.sealed))
            .await
            .ok_or(CryptoError::Damaged)?;
    let plain =
        String::from_utf8(Uint8Array::new(&plain).to_vec()).map_err(|_| CryptoError::Damaged)?;
    let data_key = DataKey {
        key,
        wrap: locked.key.clone(),
    };
    Ok((data_key, plain))
}

/// The same data key under a new passphrase (with a new salt): the answers need not be
/// encrypted again, only the next save writes the new wrapping.
pub async fn change_passphrase(
    data_key: &DataKey,
    passphrase: &str,
) -> Result<DataKey, CryptoError> {
    let subtle = subtle().ok_or(CryptoError::Unavailable)?;
    let wrap = wrap(&subtle, &data_key.key, passphrase).await?;
    Ok(DataKey {
        key: data_key.key.clone(),
        wrap,
    })
}

/// Wraps `key` with a key made from `passphrase` and a new salt.
async fn wrap(
    subtle: &SubtleCrypto,
    key: &CryptoKey,
    passphrase: &str,
) -> Result<KeyWrap, CryptoError> {
    let salt = random(SALT_BYTES).ok_or(CryptoError::Unavailable)?;
    let nonce = random(NONCE_BYTES).ok_or(CryptoError::Unavailable)?;
    let from_passphrase = passphrase_key(subtle, passphrase, &salt, ITERATIONS).await?;
    let wrapped = call(subtle.wrap_key_with_object("raw", key, &from_passphrase, &gcm(&nonce)))
        .await
        .ok_or(CryptoError::Unavailable)?;
    Ok(KeyWrap {
        iterations: ITERATIONS,
        salt,
        nonce,
        wrapped: Uint8Array::new(&wrapped).to_vec(),
    })
}

/// The key that wraps the data key, made from the passphrase by PBKDF2-SHA256. The passphrase
/// is first put in Unicode's composed form, so that "é" typed on one keyboard and on another
/// makes the same key.
async fn passphrase_key(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, CryptoError> {
    let composed = String::from(js_sys::JsString::from(passphrase).normalize("NFC"));
    let secret = Uint8Array::from(composed.as_bytes());
    let base: CryptoKey =
        call(subtle.import_key_with_str("raw", &secret, "PBKDF2", false, &usages(&["deriveKey"])))
            .await
            .ok_or(CryptoError::Unavailable)?
            .unchecked_into();
    let params = object(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", iterations.into()),
    ]);
    Ok(call(subtle.derive_key_with_object_and_object(
        &params,
        &base,
        &aes(),
        false,
        &usages(&["wrapKey", "unwrapKey"]),
    ))
    .await
    .ok_or(CryptoError::Unavailable)?
    .unchecked_into())
}

/// The browser's Web Crypto, if the page has it.
fn subtle() -> Option<SubtleCrypto> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let subtle = Reflect::get(&crypto, &"subtle".into()).ok()?;
    subtle.dyn_into().ok()
}

/// `count` random bytes from the browser's generator.
fn random(count: usize) -> Option<Vec<u8>> {
    let mut bytes = vec![0; count];
    web_sys::window()?
        .crypto()
        .ok()?
        .get_random_values_with_u8_array(&mut bytes)
        .ok()?;
    Some(bytes)
}

/// The result of a Web Crypto call, or `None` if it threw or its promise failed.
async fn call(promise: Result<Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

fn object(members: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in members {
        let _ = Reflect::set(&object, &(*name).into(), value);
    }
    object
}

/// An AES-256-GCM key's algorithm.
fn aes() -> Object {
    object(&[("name", "AES-GCM".into()), ("length", 256.into())])
}

/// AES-GCM with this nonce.
fn gcm(nonce: &[u8]) -> Object {
    object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(nonce).into()),
    ])
}

fn usages(names: &[&str]) -> JsValue {
    names
        .iter()
        .map(|name| JsValue::from(*name))
        .collect::<Array>()
        .into()
}
