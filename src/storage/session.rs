//! One tab's link to its saved data: loading at start, saving after each change, noticing
//! other tabs, and never overwriting anything it could not read. Pure over [`Store`].

use super::envelope::{self, DecodeError, Saved};
use super::keys;
use super::store::{MemoryStore, Store, StoreError};
use crate::domain::set::IdSet;
use crate::state::AppState;

/// How this tab treats storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Normal: every change is saved.
    Saving,
    /// Storage holds data from a newer version of the guide: nothing is written.
    ReadOnly,
    /// The browser gives no storage: everything lives in memory until the tab closes.
    Memory,
    /// The person chose to keep nothing on this device: the answers live in memory for this
    /// page only, and nothing is written (not even the choice itself) until they choose to
    /// save again ([`Session::resume_saving`]).
    NotKept,
}

/// Something the person must be told when the guide starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartNotice {
    /// Unreadable data was copied to this backup key; the guide started fresh.
    Recovered { backup_key: String },
    /// Data from a newer version: left untouched, nothing will be saved.
    Newer,
    /// No usable storage: memory mode.
    Memory,
    /// Unreadable data that could not be backed up: left in place, and the guide works in
    /// memory so it never writes over it.
    UnreadableKept,
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// The device is full; the last good copy is still stored.
    QuotaExceeded,
    /// Another tab saved newer data since this tab last read or wrote.
    Conflict { theirs: Box<Saved> },
    /// Storage failed in some other way; the last good copy is untouched.
    Failed,
    /// Data from a newer version of the guide is stored: this tab writes nothing.
    ReadOnly,
}

/// What another tab's change means for this one.
#[derive(Clone, Debug, PartialEq)]
pub enum External {
    /// Show this state: it is what is stored now.
    Adopt(Box<AppState>),
    /// A newer version of the guide wrote it: stop saving.
    Newer,
    /// The page holds answers that could not be saved: the person chooses between them and
    /// these (stored now).
    Choose(Box<Saved>),
    /// Nothing to do (our own write, or data we cannot read and will not touch).
    Ignore,
}

/// One tab's storage: the backend, the mode, and what it knows is stored.
pub struct Session {
    store: Box<dyn Store>,
    mode: Mode,
    /// The revision of the stored envelope this tab last read or wrote (0: nothing stored).
    revision: u64,
    /// The state that storage holds, as far as this tab knows. Saving skips equal states.
    persisted: AppState,
    /// When that state was saved (an ISO time; empty when nothing is stored).
    saved_at: String,
    /// Whether the page holds answers the last save could not write (a conflict, a full
    /// device): another tab's save must then ask, not replace them.
    unsaved: bool,
    /// Whether the person changed being discreet while nothing was kept (saving again then
    /// writes it; otherwise another tab's choice stays).
    discreet_changed: bool,
    /// Unreadable text already copied to a backup, and its key, so it is not copied twice.
    backed_up: Option<(String, String)>,
    /// Whether the person chose to be discreet on this device: read once when storage opens
    /// (the screens ask on every redraw), then kept up to date by [`Self::set_discreet`].
    discreet: bool,
    /// The keys of backups of unreadable data, oldest first: found when storage opens, kept up
    /// to date by this tab's own backups and deletes, and looked for again when another tab
    /// changes the state. (My data lists them on each redraw; only a download reads one.)
    backup_keys: IdSet,
}

impl Session {
    /// Opens storage (or memory, if `store` is `None` or fails), reading what is saved.
    /// `now` is an ISO time used to name a backup.
    pub fn open(store: Option<Box<dyn Store>>, now: &str) -> (Session, AppState, Vec<StartNotice>) {
        let Some(store) = store else {
            return Self::in_memory();
        };
        let raw = match store.get(keys::STATE) {
            Ok(raw) => raw,
            Err(_) => return Self::in_memory(),
        };
        let mut session = Session {
            store,
            mode: Mode::Saving,
            revision: 0,
            persisted: AppState::default(),
            saved_at: String::new(),
            unsaved: false,
            discreet_changed: false,
            backed_up: None,
            discreet: false,
            backup_keys: IdSet::new(),
        };
        session.discreet = session.store.get(keys::DISCREET).ok().flatten().as_deref() == Some("1");
        session.find_backups();
        let Some(raw) = raw else {
            return (session, AppState::default(), Vec::new());
        };
        match envelope::decode(&raw) {
            Ok(saved) => {
                session.revision = saved.revision;
                session.persisted = saved.state.clone();
                session.saved_at = saved.saved_at;
                (session, saved.state, Vec::new())
            }
            Err(DecodeError::Newer { .. }) => {
                session.mode = Mode::ReadOnly;
                (session, AppState::default(), vec![StartNotice::Newer])
            }
            Err(_) => match session.back_up(&raw, now) {
                Ok(backup_key) => (
                    session,
                    AppState::default(),
                    vec![StartNotice::Recovered { backup_key }],
                ),
                // Without a backup the original must stay where it is: work in memory.
                Err(_) => {
                    let (memory, state, mut notices) = Self::in_memory();
                    notices.push(StartNotice::UnreadableKept);
                    (memory, state, notices)
                }
            },
        }
    }

    fn in_memory() -> (Session, AppState, Vec<StartNotice>) {
        let session = Session {
            store: Box::new(MemoryStore::default()),
            mode: Mode::Memory,
            revision: 0,
            persisted: AppState::default(),
            saved_at: String::new(),
            unsaved: false,
            discreet_changed: false,
            backed_up: None,
            discreet: false,
            backup_keys: IdSet::new(),
        };
        (session, AppState::default(), vec![StartNotice::Memory])
    }

    /// How this tab treats storage.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Saves `state` unless storage already holds it. Never overwrites newer data from another
    /// tab, data from a newer version, or data it could not read without backing it up first.
    pub fn save(&mut self, state: &AppState, now: &str) -> Result<(), SaveError> {
        let result = self.write(state, now);
        self.unsaved = result.is_err();
        result
    }

    fn write(&mut self, state: &AppState, now: &str) -> Result<(), SaveError> {
        if *state == self.persisted || self.mode == Mode::NotKept {
            return Ok(());
        }
        if self.mode == Mode::ReadOnly {
            return Err(SaveError::ReadOnly);
        }
        let stored = self.store.get(keys::STATE).map_err(|_| SaveError::Failed)?;
        match stored.as_deref().map(envelope::decode) {
            None if self.revision != 0 => {
                // Another tab deleted everything since we last looked.
                return Err(SaveError::Conflict {
                    theirs: Box::new(Saved::nothing()),
                });
            }
            None => {}
            Some(Ok(saved)) if saved.revision != self.revision => {
                return Err(SaveError::Conflict {
                    theirs: Box::new(saved),
                });
            }
            Some(Ok(_)) => {}
            Some(Err(DecodeError::Newer { .. })) => {
                self.mode = Mode::ReadOnly;
                return Err(SaveError::ReadOnly);
            }
            Some(Err(_)) => {
                let raw = stored.unwrap_or_default();
                self.back_up(&raw, now).map_err(|e| match e {
                    StoreError::QuotaExceeded => SaveError::QuotaExceeded,
                    StoreError::Unavailable(_) => SaveError::Failed,
                })?;
            }
        }
        let next = self.revision + 1;
        match self
            .store
            .set(keys::STATE, &envelope::encode(state, now, next))
        {
            Ok(()) => {
                self.revision = next;
                self.persisted = state.clone();
                self.saved_at = now.to_string();
                Ok(())
            }
            Err(StoreError::QuotaExceeded) => Err(SaveError::QuotaExceeded),
            Err(StoreError::Unavailable(_)) => Err(SaveError::Failed),
        }
    }

    /// After a conflict, the person chose to keep this tab's answers: save over the other's.
    pub fn keep_mine(&mut self, state: &AppState, now: &str) -> Result<(), SaveError> {
        let stored = self.store.get(keys::STATE).map_err(|_| SaveError::Failed)?;
        if let Some(Ok(saved)) = stored.as_deref().map(envelope::decode) {
            self.adopt(&saved);
        } else if stored.is_none() {
            self.forget();
        }
        self.save(state, now)
    }

    /// Takes data another tab saved as what storage holds (the caller then shows it).
    pub fn adopt(&mut self, saved: &Saved) {
        self.revision = saved.revision;
        self.persisted = saved.state.clone();
        self.saved_at = saved.saved_at.clone();
    }

    /// Knows of nothing stored.
    fn forget(&mut self) {
        self.revision = 0;
        self.persisted = AppState::default();
        self.saved_at.clear();
    }

    /// When the answers storage holds were saved (an ISO time), as far as this tab knows.
    pub fn last_saved(&self) -> Option<&str> {
        Some(self.saved_at.as_str()).filter(|at| !at.is_empty())
    }

    /// Reacts to another tab writing our key (`None`: it was removed).
    pub fn external_change(&mut self, new_value: Option<&str>) -> External {
        if matches!(self.mode, Mode::Memory | Mode::NotKept) {
            return External::Ignore;
        }
        // The other tab may have backed up data it could not read.
        self.find_backups();
        let Some(raw) = new_value else {
            self.forget();
            return if self.unsaved {
                External::Choose(Box::new(Saved::nothing()))
            } else {
                External::Adopt(Box::default())
            };
        };
        match envelope::decode(raw) {
            Ok(saved) if saved.revision == self.revision && saved.state == self.persisted => {
                External::Ignore
            }
            // Answers on the page that could not be saved are never replaced unasked.
            Ok(saved) if self.unsaved => External::Choose(Box::new(saved)),
            Ok(saved) => {
                self.adopt(&saved);
                External::Adopt(Box::new(saved.state))
            }
            Err(DecodeError::Newer { .. }) => {
                self.mode = Mode::ReadOnly;
                External::Newer
            }
            Err(_) => External::Ignore,
        }
    }

    /// Removes every key this guide owns, and only those.
    pub fn delete_all(&mut self) -> Result<(), StoreError> {
        for key in self.store.keys()? {
            if key.starts_with(keys::PREFIX) {
                self.store.remove(&key)?;
            }
        }
        self.forget();
        self.backed_up = None;
        self.discreet = false;
        self.backup_keys = IdSet::new();
        if self.mode == Mode::ReadOnly {
            self.mode = Mode::Saving;
        }
        Ok(())
    }

    /// Whether storage holds answers this guide saved (of any version), which stopping keeping
    /// must ask about.
    pub fn has_saved(&self) -> bool {
        self.mode != Mode::Memory && self.stored_raw().is_some()
    }

    /// Stops keeping anything on this device, first deleting what is stored if `delete`. What
    /// is not deleted stays exactly as it is. Nothing is written from then on. (Storage the
    /// browser does not give, memory mode, keeps nothing already.)
    pub fn stop_keeping(&mut self, delete: bool) -> Result<(), StoreError> {
        if self.mode == Mode::Memory {
            return Ok(());
        }
        if delete {
            // Deleting the saved copy is not a choice to stop being discreet on this page.
            let discreet = self.discreet;
            self.delete_all()?;
            self.discreet = discreet;
            self.discreet_changed = discreet;
        }
        self.mode = Mode::NotKept;
        Ok(())
    }

    /// Saves on this device again, starting with `state`. If storage holds other answers (kept
    /// when the person stopped, or saved by another tab meanwhile) nothing is written: the
    /// conflict lets the person choose, as between two tabs. Equal answers are simply adopted.
    pub fn resume_saving(&mut self, state: &AppState, now: &str) -> Result<(), SaveError> {
        if self.mode != Mode::NotKept {
            return Ok(());
        }
        self.mode = Mode::Saving;
        self.forget();
        self.find_backups();
        match self.stored_raw().as_deref().map(envelope::decode) {
            Some(Err(DecodeError::Newer { .. })) => {
                self.mode = Mode::ReadOnly;
                return Err(SaveError::ReadOnly);
            }
            Some(Ok(saved)) if saved.state == *state => self.adopt(&saved),
            // Other answers: the person chooses, even when the page has none.
            Some(Ok(saved)) => {
                self.unsaved = true;
                return Err(SaveError::Conflict {
                    theirs: Box::new(saved),
                });
            }
            _ => {}
        }
        // A choice to be discreet made while nothing was kept is kept from now on.
        if std::mem::take(&mut self.discreet_changed) {
            self.set_discreet(self.discreet)
                .map_err(|_| SaveError::Failed)?;
        }
        self.save(state, now)
    }

    /// Whether the person chose to be discreet on this device (see [`keys::DISCREET`]).
    pub fn discreet(&self) -> bool {
        self.discreet
    }

    /// Turns being discreet on or off. In memory mode, or while nothing is kept, it lasts
    /// until the page closes.
    pub fn set_discreet(&mut self, on: bool) -> Result<(), StoreError> {
        if self.mode == Mode::NotKept {
            self.discreet = on;
            self.discreet_changed = true;
            return Ok(());
        }
        if on {
            self.store.set(keys::DISCREET, "1")?;
        } else {
            self.store.remove(keys::DISCREET)?;
        }
        self.discreet = on;
        Ok(())
    }

    /// The raw text under our state key, whatever its version (for download).
    pub fn stored_raw(&self) -> Option<String> {
        self.store.get(keys::STATE).ok().flatten()
    }

    /// The keys of the backups of unreadable data, oldest first. Reads no storage.
    pub fn backup_keys(&self) -> &[String] {
        self.backup_keys.as_slice()
    }

    /// The text of one backup (to download it).
    pub fn backup(&self, key: &str) -> Option<String> {
        self.store.get(key).ok().flatten()
    }

    /// Every backup of unreadable data, oldest first: (key, raw text).
    pub fn backups(&self) -> Vec<(String, String)> {
        self.backup_keys
            .iter()
            .filter_map(|key| Some((key.clone(), self.backup(key)?)))
            .collect()
    }

    fn find_backups(&mut self) {
        self.backup_keys = self
            .store
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|key| key.starts_with(keys::BACKUP_PREFIX))
            .collect();
    }

    fn back_up(&mut self, raw: &str, now: &str) -> Result<String, StoreError> {
        if let Some((copied, key)) = &self.backed_up {
            if copied == raw {
                return Ok(key.clone());
            }
        }
        let key = keys::backup_key(now);
        let mut unique = key.clone();
        let mut n = 1;
        while self.store.get(&unique)?.is_some() {
            n += 1;
            unique = format!("{key}-{n}");
        }
        self.store.set(&unique, raw)?;
        self.backup_keys.insert(unique.clone());
        self.backed_up = Some((raw.to_string(), unique.clone()));
        Ok(unique)
    }
}
