//! One tab's link to its saved data: loading at start, saving after each change, noticing
//! other tabs, and never overwriting anything it could not read. Pure over [`Store`].

use super::envelope::{self, DecodeError, Saved};
use super::keys;
use super::lock::{self, LockError};
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

/// Whether the stored answers are locked with a passphrase, and whether this page opened them.
/// The cryptography is the browser's and asynchronous, so the session never does it: it says
/// what must be sealed or opened, and the app hands back the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lock {
    /// Nothing locked: saves are readable text.
    None,
    /// Storage holds locked answers this page has not opened (or closed again): nothing is
    /// written until they are opened ([`Session::opened`]) or deleted.
    Closed,
    /// This page opened the lock: every save must be sealed before it is written.
    Open,
}

/// A save made ready: the envelope's text, to be written as it is or
/// sealed first ([`Pending::must_seal`]), then handed to [`Session::commit`].
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    plain: String,
    revision: u64,
    must_seal: bool,
    state: AppState,
    saved_at: String,
    /// What storage held when the save was made ready: if another tab writes meanwhile (while
    /// the browser seals, say), the commit does not write over it.
    seen: Option<String>,
    /// The page's epoch when it was made ready.
    epoch: u64,
}

impl Pending {
    /// The envelope's text, readable.
    pub fn plain(&self) -> &str {
        &self.plain
    }

    /// The save count it carries (sealing binds it).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether it must be sealed before it is written: the answers are locked.
    pub fn must_seal(&self) -> bool {
        self.must_seal
    }
}

/// What storage holds, as far as the session can tell without a passphrase.
enum Stored {
    Nothing,
    Readable(Box<Saved>),
    Locked { revision: u64 },
    Newer,
    Unreadable(String),
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
    /// Another tab saved locked answers this page has not read yet (the browser is opening
    /// them): nothing was written, and their arrival lets the person choose.
    Behind,
    /// The stored answers are locked and this page has not opened them: nothing was written.
    Locked,
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
    /// Another tab locked the answers: this page closes too (the caller forgets the answers on
    /// the screen and asks for the passphrase).
    Locked,
    /// Another tab locked the answers (or set a new passphrase) while this page held answers
    /// not yet saved: they stay on the page, and nothing is kept from now on (the caller says
    /// so).
    LockedElsewhere,
    /// Another tab saved locked answers this page holds open: the caller opens them with its
    /// key and hands the text to [`Session::external_opened`].
    Unseal(String),
    /// Nothing to do (our own write, or data we cannot read and will not touch).
    Ignore,
}

/// One tab's storage: the backend, the mode, and what it knows is stored.
pub struct Session {
    store: Box<dyn Store>,
    mode: Mode,
    lock: Lock,
    /// The revision of the stored envelope this tab last read or wrote (0: nothing stored).
    revision: u64,
    /// The state that storage holds, as far as this tab knows. Saving skips equal states.
    persisted: AppState,
    /// When that state was saved (an ISO time; empty when nothing is stored).
    saved_at: String,
    /// Whether the page holds answers the last save could not write (a conflict, a full
    /// device): another tab's save must then ask, not replace them.
    unsaved: bool,
    /// The latest state to save while the answers are locked, until the caller seals it.
    waiting: Option<(AppState, String)>,
    /// Whether a save made ready is out (being sealed) and not yet committed or abandoned:
    /// only one is, so that no two carry the same save count.
    in_flight: bool,
    /// Counts the times the lock closed or storage was emptied on this page: a save made ready
    /// before then is never written after.
    epoch: u64,
    /// Whether the person changed being discreet while nothing was kept (saving again then
    /// writes it; otherwise another tab's choice stays).
    discreet_changed: bool,
    /// Unreadable text already copied to a backup, and its key, so it is not copied twice.
    backed_up: Option<(String, String)>,
    /// Whether the person chose to be discreet on this device: read once when storage opens
    /// (the screens ask on every redraw), then kept up to date by [`Self::set_discreet`].
    discreet: bool,
    /// The language chosen with the switch on this device: read once when storage opens (My
    /// data lists it on every redraw), then kept up to date by [`Self::remember_lang`].
    lang: Option<String>,
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
            lock: Lock::None,
            revision: 0,
            persisted: AppState::default(),
            saved_at: String::new(),
            unsaved: false,
            waiting: None,
            in_flight: false,
            epoch: 0,
            discreet_changed: false,
            backed_up: None,
            discreet: false,
            lang: None,
            backup_keys: IdSet::new(),
        };
        session.discreet = session.store.get(keys::DISCREET).ok().flatten().as_deref() == Some("1");
        session.lang = session.store.get(keys::LANG).ok().flatten();
        session.find_backups();
        match session.read(raw.as_deref()) {
            Stored::Nothing => (session, AppState::default(), Vec::new()),
            Stored::Readable(saved) => {
                session.revision = saved.revision;
                session.persisted = saved.state.clone();
                session.saved_at = saved.saved_at;
                (session, saved.state, Vec::new())
            }
            Stored::Locked { revision } => {
                session.lock = Lock::Closed;
                session.revision = revision;
                (session, AppState::default(), Vec::new())
            }
            Stored::Newer => {
                session.mode = Mode::ReadOnly;
                (session, AppState::default(), vec![StartNotice::Newer])
            }
            Stored::Unreadable(raw) => match session.back_up(&raw, now) {
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
            lock: Lock::None,
            revision: 0,
            persisted: AppState::default(),
            saved_at: String::new(),
            unsaved: false,
            waiting: None,
            in_flight: false,
            epoch: 0,
            discreet_changed: false,
            backed_up: None,
            discreet: false,
            lang: None,
            backup_keys: IdSet::new(),
        };
        (session, AppState::default(), vec![StartNotice::Memory])
    }

    /// How this tab treats storage.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Whether the stored answers are locked, and whether this page opened them.
    pub fn lock(&self) -> Lock {
        self.lock
    }

    /// Saves `state` unless storage already holds it. Never overwrites newer data from another
    /// tab, data from a newer version, or data it could not read without backing it up first.
    /// Locked answers cannot be sealed here (the browser does it, asynchronously): the state
    /// waits for the caller, which takes it with [`Self::next_to_seal`], seals it and commits
    /// it.
    pub fn save(&mut self, state: &AppState, now: &str) -> Result<(), SaveError> {
        if self.lock == Lock::Open {
            if *state != self.persisted && self.mode != Mode::NotKept {
                self.waiting = Some((state.clone(), now.to_string()));
            }
            return Ok(());
        }
        match self.prepare(state, now)? {
            Some(pending) => self.commit(pending, None),
            None => Ok(()),
        }
    }

    /// The save waiting to be sealed, made ready now: so that it carries the save count and
    /// storage as they are after the last commit. `None` when no save waits.
    pub fn next_to_seal(&mut self) -> Result<Option<Pending>, SaveError> {
        match self.waiting.take() {
            Some((state, now)) => self.prepare(&state, &now),
            None => Ok(None),
        }
    }

    /// Makes a save of `state` ready, unless storage already holds it or nothing is written
    /// (nothing kept, or locked answers this page has not opened).
    fn prepare(&mut self, state: &AppState, now: &str) -> Result<Option<Pending>, SaveError> {
        if *state == self.persisted || self.mode == Mode::NotKept || self.lock == Lock::Closed {
            return Ok(None);
        }
        let must_seal = self.lock == Lock::Open;
        self.ready(state, now, must_seal).map(Some)
    }

    /// Makes a save of `state` ready that locks the answers (to be sealed with a new
    /// passphrase), even when storage holds the same answers readable.
    pub fn prepare_lock(&mut self, state: &AppState, now: &str) -> Result<Pending, SaveError> {
        self.rewrite(state, now, true)
    }

    /// Makes a save of `state` ready that removes the lock: readable again.
    pub fn prepare_unlocked(&mut self, state: &AppState, now: &str) -> Result<Pending, SaveError> {
        self.rewrite(state, now, false)
    }

    /// A save of `state` that writes it whole, sealed or not, whatever storage holds.
    fn rewrite(
        &mut self,
        state: &AppState,
        now: &str,
        must_seal: bool,
    ) -> Result<Pending, SaveError> {
        if self.lock == Lock::Closed {
            return Err(SaveError::Locked);
        }
        let pending = self.ready(state, now, must_seal)?;
        // It carries the latest answers.
        self.waiting = None;
        Ok(pending)
    }

    fn ready(
        &mut self,
        state: &AppState,
        now: &str,
        must_seal: bool,
    ) -> Result<Pending, SaveError> {
        if self.in_flight {
            return Err(SaveError::Behind);
        }
        let seen = self
            .check_before_writing(now)
            .inspect_err(|_| self.unsaved = true)?;
        let revision = self.revision + 1;
        self.in_flight = true;
        Ok(Pending {
            plain: envelope::encode(state, now, revision),
            revision,
            must_seal,
            state: state.clone(),
            saved_at: now.to_string(),
            seen,
            epoch: self.epoch,
        })
    }

    /// Whether this tab may write over what storage holds now, which it returns. Unreadable
    /// data is first copied to a backup.
    fn check_before_writing(&mut self, now: &str) -> Result<Option<String>, SaveError> {
        if self.mode == Mode::ReadOnly {
            return Err(SaveError::ReadOnly);
        }
        let raw = self.store.get(keys::STATE).map_err(|_| SaveError::Failed)?;
        match self.read(raw.as_deref()) {
            // Another tab deleted everything since we last looked.
            Stored::Nothing if self.revision != 0 => Err(SaveError::Conflict {
                theirs: Box::new(Saved::nothing()),
            }),
            Stored::Readable(saved) if saved.revision != self.revision => {
                Err(SaveError::Conflict { theirs: saved })
            }
            // Another tab locked the answers.
            Stored::Locked { .. } if self.lock != Lock::Open => Err(SaveError::Locked),
            Stored::Locked { revision } if revision != self.revision => Err(SaveError::Behind),
            Stored::Newer => {
                self.mode = Mode::ReadOnly;
                Err(SaveError::ReadOnly)
            }
            Stored::Unreadable(raw) => match self.back_up(&raw, now) {
                Ok(_) => Ok(Some(raw)),
                Err(StoreError::QuotaExceeded) => Err(SaveError::QuotaExceeded),
                Err(StoreError::Unavailable(_)) => Err(SaveError::Failed),
            },
            Stored::Nothing | Stored::Readable(_) | Stored::Locked { .. } => Ok(raw),
        }
    }

    /// Writes a save made ready by [`Self::next_to_seal`], [`Self::prepare_lock`] or
    /// [`Self::prepare_unlocked`]: `sealed` is its sealed text when it must be sealed. Nothing is written if storage changed since it was made ready (another tab
    /// saved meanwhile), or if it must be sealed and is not.
    pub fn commit(&mut self, pending: Pending, sealed: Option<&str>) -> Result<(), SaveError> {
        self.in_flight = false;
        // Closed, deleted or locked elsewhere since: the answers it carries are gone from here.
        if pending.epoch != self.epoch {
            return Err(SaveError::Behind);
        }
        let result = self.write(&pending, sealed);
        self.unsaved = result.is_err();
        if result.is_ok() {
            self.revision = pending.revision;
            self.persisted = pending.state;
            self.saved_at = pending.saved_at;
            self.lock = if pending.must_seal {
                Lock::Open
            } else {
                Lock::None
            };
        }
        result
    }

    /// Gives up a save made ready that could not be sealed: the answers stay on the page, not
    /// saved, and the next save is made ready afresh.
    pub fn abandon(&mut self, _pending: Pending) {
        self.in_flight = false;
        self.unsaved = true;
    }

    /// Whether the page holds answers storage does not: a save that failed, waits or is out.
    fn has_unsaved(&self) -> bool {
        self.unsaved || self.in_flight || self.waiting.is_some()
    }

    fn write(&mut self, pending: &Pending, sealed: Option<&str>) -> Result<(), SaveError> {
        let text = match (pending.must_seal, sealed) {
            (true, Some(sealed)) => sealed,
            (false, None) => pending.plain.as_str(),
            _ => return Err(SaveError::Failed),
        };
        if matches!(self.mode, Mode::NotKept | Mode::ReadOnly) {
            return Err(SaveError::Failed);
        }
        let now = self.store.get(keys::STATE).map_err(|_| SaveError::Failed)?;
        if now != pending.seen {
            return Err(SaveError::Behind);
        }
        match self.store.set(keys::STATE, text) {
            Ok(()) => Ok(()),
            Err(StoreError::QuotaExceeded) => Err(SaveError::QuotaExceeded),
            Err(StoreError::Unavailable(_)) => Err(SaveError::Failed),
        }
    }

    /// Locked answers this page could not read before: opened by the caller with the
    /// passphrase, `plain` is their envelope's text and `revision` the save count outside it.
    /// Returns the answers to show.
    pub fn opened(&mut self, plain: &str, revision: u64) -> Result<AppState, DecodeError> {
        let saved = envelope::decode(plain)?;
        // Another tab deleted them or removed the lock while the browser opened them.
        if self.lock != Lock::Closed {
            return Err(DecodeError::BadShape("the lock changed meanwhile".into()));
        }
        // The save count outside is bound to the sealed text; inside it must be the same.
        if saved.revision != revision {
            return Err(DecodeError::BadShape(
                "the locked answers do not match their save count".into(),
            ));
        }
        self.adopt(&saved);
        self.lock = Lock::Open;
        Ok(saved.state)
    }

    /// Closes the lock on this page (Quick exit, a time without use): the answers are
    /// forgotten here and nothing is written until they are opened again. Call it once the
    /// last save is written ([`Self::next_to_seal`] gives `None`).
    pub fn close(&mut self) {
        if self.lock == Lock::Open {
            self.epoch += 1;
            self.waiting = None;
            self.lock = Lock::Closed;
            self.persisted = AppState::default();
            self.saved_at.clear();
            self.unsaved = false;
        }
    }

    /// Another tab set a new passphrase, so this page's key no longer opens the answers: like
    /// another tab locking them.
    pub fn locked_elsewhere(&mut self) -> External {
        self.lock_from_elsewhere()
    }

    /// This page's answers go behind a lock another tab made: the page closes, or, if it holds
    /// answers not yet saved, keeps them and keeps nothing from now on.
    fn lock_from_elsewhere(&mut self) -> External {
        self.epoch += 1;
        if self.has_unsaved() {
            self.waiting = None;
            self.lock = Lock::None;
            self.mode = Mode::NotKept;
            return External::LockedElsewhere;
        }
        self.lock = Lock::Closed;
        self.persisted = AppState::default();
        self.saved_at.clear();
        External::Locked
    }

    /// What storage holds, as far as a page can tell without a passphrase. Locked text is
    /// looked at first: damaged locked text is unreadable (backed up), not a newer version's.
    fn read(&self, raw: Option<&str>) -> Stored {
        let Some(raw) = raw else {
            return Stored::Nothing;
        };
        match lock::decode(raw) {
            Ok(locked) => {
                return Stored::Locked {
                    revision: locked.revision,
                }
            }
            Err(LockError::Newer) => return Stored::Newer,
            Err(LockError::Damaged) => return Stored::Unreadable(raw.to_string()),
            Err(LockError::NotLocked) => {}
        }
        match envelope::decode(raw) {
            Ok(saved) => Stored::Readable(Box::new(saved)),
            Err(DecodeError::Newer { .. }) => Stored::Newer,
            Err(_) => Stored::Unreadable(raw.to_string()),
        }
    }

    /// After a conflict, the person chose to keep this tab's answers: save over the other's.
    pub fn keep_mine(&mut self, state: &AppState, now: &str) -> Result<(), SaveError> {
        let stored = self.store.get(keys::STATE).map_err(|_| SaveError::Failed)?;
        match self.read(stored.as_deref()) {
            Stored::Readable(saved) => self.adopt(&saved),
            // Their answers (opened with this page's key) stay unknown here: only their count
            // is needed to write over them, sealed.
            Stored::Locked { revision } if self.lock == Lock::Open => {
                self.revision = revision;
                self.waiting = Some((state.clone(), now.to_string()));
                return Ok(());
            }
            Stored::Locked { .. } => return Err(SaveError::Locked),
            Stored::Nothing => self.forget(),
            _ => {}
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
        match self.read(new_value) {
            Stored::Nothing => {
                // Deleted everything, the lock too.
                self.forget();
                if self.lock != Lock::None {
                    self.epoch += 1;
                    self.lock = Lock::None;
                }
                if self.unsaved {
                    External::Choose(Box::new(Saved::nothing()))
                } else {
                    External::Adopt(Box::default())
                }
            }
            Stored::Locked { revision } => match self.lock {
                Lock::Open => External::Unseal(new_value.unwrap_or_default().to_string()),
                Lock::Closed => {
                    self.revision = revision;
                    External::Ignore
                }
                // Another tab locked the answers: this page closes too.
                Lock::None => {
                    self.revision = revision;
                    self.lock_from_elsewhere()
                }
            },
            Stored::Readable(saved) => {
                // Readable again: another tab removed the lock.
                if self.lock != Lock::None {
                    self.epoch += 1;
                    self.lock = Lock::None;
                }
                self.readable_change(*saved)
            }
            Stored::Newer => {
                self.mode = Mode::ReadOnly;
                External::Newer
            }
            Stored::Unreadable(_) => External::Ignore,
        }
    }

    /// Another tab's locked save, opened by the caller with this page's key: `plain` is its
    /// envelope's text.
    pub fn external_opened(&mut self, plain: &str) -> External {
        // Closed or changed elsewhere while it was being opened.
        if self.lock != Lock::Open {
            return External::Ignore;
        }
        match envelope::decode(plain) {
            Ok(saved) => self.readable_change(saved),
            Err(DecodeError::Newer { .. }) => {
                self.mode = Mode::ReadOnly;
                External::Newer
            }
            Err(_) => External::Ignore,
        }
    }

    fn readable_change(&mut self, saved: Saved) -> External {
        if saved.revision == self.revision && saved.state == self.persisted {
            External::Ignore
        } else if self.has_unsaved() {
            // Answers on the page not yet saved are never replaced unasked.
            External::Choose(Box::new(saved))
        } else {
            self.adopt(&saved);
            External::Adopt(Box::new(saved.state))
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
        self.epoch += 1;
        self.lock = Lock::None;
        self.waiting = None;
        self.backed_up = None;
        self.discreet = false;
        self.lang = None;
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
        self.find_backups();
        let stored = self.stored_raw();
        match self.read(stored.as_deref()) {
            Stored::Newer => {
                self.mode = Mode::ReadOnly;
                return Err(SaveError::ReadOnly);
            }
            // This page's own open lock, unchanged since it stopped keeping: sealed as before.
            Stored::Locked { revision } if self.lock == Lock::Open && revision == self.revision => {
            }
            // Locked answers another tab wrote: nothing is written, and the page's answers
            // stay on the page, not kept, until the person opens the lock.
            Stored::Locked { .. } => return Err(SaveError::Locked),
            Stored::Readable(saved) => {
                self.readable_again();
                if saved.state == *state {
                    self.adopt(&saved);
                } else {
                    // Other answers: the person chooses, even when the page has none.
                    self.mode = Mode::Saving;
                    self.unsaved = true;
                    return Err(SaveError::Conflict { theirs: saved });
                }
            }
            Stored::Nothing | Stored::Unreadable(_) => self.readable_again(),
        }
        self.mode = Mode::Saving;
        // A choice to be discreet made while nothing was kept is kept from now on.
        if std::mem::take(&mut self.discreet_changed) {
            self.set_discreet(self.discreet)
                .map_err(|_| SaveError::Failed)?;
        }
        self.save(state, now)
    }

    /// Storage holds no lock (any more): forget what this page knew of it.
    fn readable_again(&mut self) {
        self.forget();
        if self.lock != Lock::None {
            self.epoch += 1;
            self.lock = Lock::None;
        }
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

    /// Remembers the language the person switched to, for their next visit on this device
    /// (see [`keys::LANG`]). Only while saving: nothing is written while nothing is kept.
    pub fn remember_lang(&mut self, lang: &str) -> Result<(), StoreError> {
        if self.mode == Mode::Saving {
            self.store.set(keys::LANG, lang)?;
            self.lang = Some(lang.to_string());
        }
        Ok(())
    }

    /// The language remembered on this device, if one is. Reads no storage.
    pub fn remembered_lang(&self) -> Option<&str> {
        self.lang.as_deref()
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

    /// Deletes every backup of unreadable data (the lock does not cover them, so a person who
    /// locks may want them gone). The answers and the other keys stay as they are.
    pub fn delete_backups(&mut self) -> Result<(), StoreError> {
        for key in self.backup_keys.as_slice() {
            self.store.remove(key)?;
        }
        self.backup_keys = IdSet::new();
        self.backed_up = None;
        Ok(())
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
