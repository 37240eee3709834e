//! The browser's local storage as a [`Store`]. Every call that can throw is caught: blocked
//! storage, a full quota or a sandboxed iframe become errors, never panics.

use wasm_bindgen::{JsCast, JsValue};

use super::store::{Store, StoreError};

/// The browser's local storage for this origin.
pub struct LocalStore(web_sys::Storage);

impl LocalStore {
    /// Local storage if the browser lets us read and write it, else `None`.
    pub fn open() -> Option<LocalStore> {
        let storage = web_sys::window()?.local_storage().ok()??;
        // Some browsers hand out a storage object that throws on every write. A full device
        // is different: what is stored can still be read, and each save says it is full.
        const PROBE: &str = "recovery-options:probe";
        match storage.set_item(PROBE, "1").map_err(to_error) {
            Ok(()) => storage.remove_item(PROBE).ok()?,
            Err(StoreError::QuotaExceeded) => {}
            Err(StoreError::Unavailable(_)) => return None,
        }
        Some(LocalStore(storage))
    }
}

fn to_error(error: JsValue) -> StoreError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => StoreError::QuotaExceeded,
        Some(e) => StoreError::Unavailable(e.name()),
        None => StoreError::Unavailable(String::from("not a DOMException")),
    }
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get_item(key).map_err(to_error)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set_item(key, value).map_err(to_error)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.remove_item(key).map_err(to_error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let count = self.0.length().map_err(to_error)?;
        (0..count)
            .filter_map(|i| self.0.key(i).map_err(to_error).transpose())
            .collect()
    }
}
