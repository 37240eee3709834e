//! The passphrase lock's cryptography, done by the browser's own Web Crypto: no cipher is
//! compiled into the wasm, and the slow part (600,000 rounds of PBKDF2) does not hold up the
//! page (Chromium and Firefox run it on another thread). The stored form and its checks are in
//! `storage::lock`.
//!
//! A lock makes a random data key, encrypts the answers with it, and wraps it with a key made
//! from the passphrase. The page then holds the data key in a form its script cannot read
//! out, and encrypts each save with it and a fresh nonce. A new passphrase is a new lock: a new
//! data key, so that an old copy of the data and the old passphrase never open later saves.

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::storage::lock::{
    bound_data, KeyWrap, Locked, ITERATIONS, MAX_PLAIN, NONCE_BYTES, SALT_BYTES, WRAP_LABEL,
};

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

/// The data key of open locked answers, and how it is wrapped: all a save needs.
#[derive(Clone, Debug)]
pub struct DataKey {
    key: CryptoKey,
    wrap: KeyWrap,
}

impl DataKey {
    /// Whether the page's script could read the key's bytes out (never: tested).
    pub fn readable(&self) -> bool {
        self.key.extractable()
    }
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

/// Locks `plain` (the envelope's text) with a new data key wrapped by `passphrase`: the first
/// lock, and each new passphrase.
pub async fn lock(
    passphrase: &str,
    plain: &str,
    revision: u64,
) -> Result<(DataKey, Locked), CryptoError> {
    let subtle = subtle().ok_or(CryptoError::Unavailable)?;
    // Made readable only to be wrapped once; the page keeps the copy unwrapped below.
    let made: CryptoKey =
        call(subtle.generate_key_with_object(&aes(), true, &usages(&["encrypt", "decrypt"])))
            .await
            .ok_or(CryptoError::Unavailable)?
            .unchecked_into();
    let salt = random(SALT_BYTES).ok_or(CryptoError::Unavailable)?;
    let nonce = random(NONCE_BYTES).ok_or(CryptoError::Unavailable)?;
    let from_passphrase = passphrase_key(&subtle, passphrase, &salt, ITERATIONS).await?;
    let wrapped =
        call(subtle.wrap_key_with_object("raw", &made, &from_passphrase, &gcm(&nonce, WRAP_LABEL)))
            .await
            .ok_or(CryptoError::Unavailable)?;
    let wrap = KeyWrap {
        iterations: ITERATIONS,
        salt,
        nonce,
        wrapped: Uint8Array::new(&wrapped).to_vec(),
    };
    let key = unwrap(&subtle, &wrap, &from_passphrase)
        .await
        .ok_or(CryptoError::Unavailable)?;
    let data_key = DataKey { key, wrap };
    let locked = seal(&data_key, plain, revision).await?;
    Ok((data_key, locked))
}

/// Encrypts `plain` with an open data key and a fresh nonce: one save.
pub async fn seal(data_key: &DataKey, plain: &str, revision: u64) -> Result<Locked, CryptoError> {
    if plain.len() > MAX_PLAIN {
        return Err(CryptoError::TooBig);
    }
    let subtle = subtle().ok_or(CryptoError::Unavailable)?;
    let nonce = random(NONCE_BYTES).ok_or(CryptoError::Unavailable)?;
    let bound = bound_data(revision, &data_key.wrap);
    let sealed = call(subtle.encrypt_with_object_and_u8_array(
        &gcm(&nonce, &bound),
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
    let key = unwrap(&subtle, &locked.key, &from_passphrase)
        .await
        .ok_or(CryptoError::WrongPassphrase)?;
    let plain = decrypt(&subtle, &key, locked).await?;
    let data_key = DataKey {
        key,
        wrap: locked.key.clone(),
    };
    Ok((data_key, plain))
}

/// Opens another tab's save with this page's data key: `WrongPassphrase` if that tab locked
/// again with a new passphrase (a new key).
pub async fn unseal(data_key: &DataKey, locked: &Locked) -> Result<String, CryptoError> {
    if locked.key != data_key.wrap {
        return Err(CryptoError::WrongPassphrase);
    }
    let subtle = subtle().ok_or(CryptoError::Unavailable)?;
    decrypt(&subtle, &data_key.key, locked).await
}

/// The envelope's text of `locked`, with its data key.
async fn decrypt(
    subtle: &SubtleCrypto,
    key: &CryptoKey,
    locked: &Locked,
) -> Result<String, CryptoError> {
    let bound = bound_data(locked.revision, &locked.key);
    let plain = call(subtle.decrypt_with_object_and_u8_array(
        &gcm(&locked.nonce, &bound),
        key,
        &locked.sealed,
    ))
    .await
    .ok_or(CryptoError::Damaged)?;
    String::from_utf8(Uint8Array::new(&plain).to_vec()).map_err(|_| CryptoError::Damaged)
}

/// The data key of `wrap`, in a form the page's script cannot read out; `None` if the key
/// from the passphrase does not open it.
async fn unwrap(
    subtle: &SubtleCrypto,
    wrap: &KeyWrap,
    from_passphrase: &CryptoKey,
) -> Option<CryptoKey> {
    Some(
        call(subtle.unwrap_key_with_u8_array_and_object_and_object(
            "raw",
            &wrap.wrapped,
            from_passphrase,
            &gcm(&wrap.nonce, WRAP_LABEL),
            &aes(),
            false,
            &usages(&["encrypt", "decrypt"]),
        ))
        .await?
        .unchecked_into(),
    )
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

/// AES-GCM with this nonce, binding `bound` to the encrypted text.
fn gcm(nonce: &[u8], bound: &[u8]) -> Object {
    object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(nonce).into()),
        ("additionalData", Uint8Array::from(bound).into()),
    ])
}

fn usages(names: &[&str]) -> JsValue {
    names
        .iter()
        .map(|name| JsValue::from(*name))
        .collect::<Array>()
        .into()
}
