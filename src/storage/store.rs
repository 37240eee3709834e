//! The small key-value interface every storage backend offers, and an in-memory backend.

/// Why a storage call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The device has no room left for this site.
    QuotaExceeded,
    /// Storage is blocked or threw an error.
    Unavailable(String),
}

/// A string key-value store: the browser's local storage, or memory.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store (including other apps' keys on the same origin).
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// Keeps everything in memory: used when the browser blocks storage, and in tests.
/// An optional quota (in bytes of keys and values) makes it fail like a full device.
/// A plain list, not a map: it holds a handful of keys, and a map's code costs wasm.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    entries: Vec<(String, String)>,
    quota: Option<usize>,
}

impl MemoryStore {
    /// An empty store that fails with [`StoreError::QuotaExceeded`] past `bytes`.
    pub fn with_quota(bytes: usize) -> Self {
        MemoryStore {
            entries: Vec::new(),
            quota: Some(bytes),
        }
    }

    fn used_without(&self, key: &str) -> usize {
        self.entries
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .entries
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone()))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota {
            if self.used_without(key) + key.len() + value.len() > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        match self.entries.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => *v = value.to_string(),
            None => self.entries.push((key.to_string(), value.to_string())),
        }
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.entries.retain(|(k, _)| k != key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.entries.iter().map(|(k, _)| k.clone()).collect())
    }
}
