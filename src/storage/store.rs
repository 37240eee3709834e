//! The small key-value interface every storage backend offers, and an in-memory backend.

use std::collections::BTreeMap;

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
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    entries: BTreeMap<String, String>,
    quota: Option<usize>,
}

impl MemoryStore {
    /// An empty store that fails with [`StoreError::QuotaExceeded`] past `bytes`.
    pub fn with_quota(bytes: usize) -> Self {
        MemoryStore {
            entries: BTreeMap::new(),
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
        Ok(self.entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota {
            if self.used_without(key) + key.len() + value.len() > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.entries.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.entries.keys().cloned().collect())
    }
}
