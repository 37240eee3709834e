//! What the whole interface shares: the state, the storage session, the messages shown at
//! the top of the page, and the start-up settings.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::embed::settings::ClinicSettings;
use crate::state::AppState;
use crate::storage::envelope::Saved;
use crate::storage::lock;
use crate::storage::session::{External, Lock, Mode, SaveError, Session};
use crate::storage::store::StoreError;
use crate::ui::crypto::{self, CryptoError, DataKey};

/// The state, changed only by dispatching actions.
pub type AppContext = UseReducerHandle<AppState>;

/// This tab's storage: the one handle every component gets, with named operations. Nothing
/// else reaches the session. Equal when it is the same session.
#[derive(Clone)]
pub struct StorageContext(Rc<Storage>);

/// The session, and what the passphrase lock adds around it: the browser's data key while the
/// answers are open, and the one loop that seals saves in order.
struct Storage {
    session: RefCell<Session>,
    key: RefCell<Option<DataKey>>,
    sealing: Cell<bool>,
    /// Asked to close while a save was being sealed: the sealing loop closes when it is done,
    /// and no save is taken meanwhile (the page forgets its answers as it closes).
    closing: Cell<bool>,
    /// Told of each change of the lock, and of each save the sealing loop could not write.
    on_change: RefCell<Option<Callback<Option<Notice>>>>,
}

impl PartialEq for StorageContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Why locking, or changing the lock, did not work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockFailure {
    /// Web Crypto failed or is missing, or opening found damaged data.
    Crypto(CryptoError),
    /// Writing failed (a full device, another tab's save, a newer version's data).
    Save,
}

impl StorageContext {
    pub fn new(session: Session) -> StorageContext {
        StorageContext(Rc::new(Storage {
            session: RefCell::new(session),
            key: RefCell::new(None),
            sealing: Cell::new(false),
            closing: Cell::new(false),
            on_change: RefCell::new(None),
        }))
    }

    /// Where the root hears of changes it must show: the lock opening or closing (`None`), or
    /// a sealed save that failed (its notice).
    pub fn connect(&self, on_change: Callback<Option<Notice>>) {
        *self.0.on_change.borrow_mut() = Some(on_change);
    }

    fn changed(&self, notice: Option<Notice>) {
        let on_change = self.0.on_change.borrow().clone();
        if let Some(on_change) = on_change {
            on_change.emit(notice);
        }
    }

    /// Whether the answers are locked, and whether this page opened them.
    pub fn lock(&self) -> Lock {
        self.0.session.borrow().lock()
    }

    /// Seals and writes the saves waiting while the answers are open, one at a time and in
    /// order, each made ready only when its turn comes.
    fn seal_waiting(&self) {
        if self.lock() != Lock::Open || self.0.sealing.replace(true) {
            return;
        }
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            loop {
                let next = this.0.session.borrow_mut().next_to_seal();
                let key = this.0.key.borrow().clone();
                let (pending, key) = match (next, key) {
                    (Ok(Some(pending)), Some(key)) => (pending, key),
                    (Err(error), _) => {
                        this.changed(Notice::after_save(Err(error)));
                        break;
                    }
                    _ => break,
                };
                let result = match crypto::seal(&key, pending.plain(), pending.revision()).await {
                    Ok(sealed) => this
                        .0
                        .session
                        .borrow_mut()
                        .commit(pending, Some(&sealed.encode())),
                    Err(_) => {
                        this.0.session.borrow_mut().abandon(pending);
                        Err(SaveError::Failed)
                    }
                };
                if let Some(notice) = Notice::after_save(result) {
                    this.changed(Some(notice));
                }
            }
            this.0.sealing.set(false);
            if this.0.closing.take() {
                this.close_now();
            }
        });
    }

    /// Locks the answers with a passphrase: a new lock, also when they are locked already (a
    /// new passphrase).
    pub async fn lock_with(&self, passphrase: &str, state: &AppState) -> Result<(), LockFailure> {
        let pending = self
            .0
            .session
            .borrow_mut()
            .prepare_lock(state, &crate::ui::browser::now_iso())
            .map_err(|_| LockFailure::Save)?;
        let (key, sealed) =
            match crypto::lock(passphrase, pending.plain(), pending.revision()).await {
                Ok(done) => done,
                Err(error) => {
                    self.0.session.borrow_mut().abandon(pending);
                    return Err(LockFailure::Crypto(error));
                }
            };
        self.0
            .session
            .borrow_mut()
            .commit(pending, Some(&sealed.encode()))
            .map_err(|_| LockFailure::Save)?;
        *self.0.key.borrow_mut() = Some(key);
        self.changed(None);
        Ok(())
    }

    /// Opens locked answers with the passphrase: their state, to show.
    pub async fn unlock(&self, passphrase: &str) -> Result<AppState, CryptoError> {
        let stored = self.stored_raw().unwrap_or_default();
        let sealed = lock::decode(&stored).map_err(|_| CryptoError::Damaged)?;
        let (key, plain) = crypto::open(passphrase, &sealed).await?;
        let state = self
            .0
            .session
            .borrow_mut()
            .opened(&plain, sealed.revision)
            .map_err(|_| CryptoError::Damaged)?;
        *self.0.key.borrow_mut() = Some(key);
        self.changed(None);
        Ok(state)
    }

    /// Takes the lock away: the answers are saved readable again.
    pub fn remove_lock(&self, state: &AppState) -> Result<(), LockFailure> {
        let mut session = self.0.session.borrow_mut();
        let pending = session
            .prepare_unlocked(state, &crate::ui::browser::now_iso())
            .map_err(|_| LockFailure::Save)?;
        session
            .commit(pending, None)
            .map_err(|_| LockFailure::Save)?;
        drop(session);
        *self.0.key.borrow_mut() = None;
        self.changed(None);
        Ok(())
    }

    /// Closes open locked answers on this page (the caller forgets the state on screen). A save
    /// still being sealed is written first.
    pub fn close(&self) {
        if self.lock() != Lock::Open {
            return;
        }
        if self.0.sealing.get() {
            self.0.closing.set(true);
        } else {
            self.close_now();
        }
    }

    fn close_now(&self) {
        self.0.session.borrow_mut().close();
        *self.0.key.borrow_mut() = None;
        self.changed(None);
    }

    /// Another tab's locked save, opened with this page's key; `None` if this page cannot
    /// (the other tab set a new passphrase: this page then closes).
    pub async fn unseal(&self, text: &str) -> Option<External> {
        let key = self.0.key.borrow().clone()?;
        let sealed = lock::decode(text).ok()?;
        match crypto::unseal(&key, &sealed).await {
            Ok(plain) => Some(self.0.session.borrow_mut().external_opened(&plain)),
            // Another tab set a new passphrase: this page's key no longer opens the answers.
            Err(_) => {
                *self.0.key.borrow_mut() = None;
                Some(self.0.session.borrow_mut().locked_elsewhere())
            }
        }
    }

    /// How this tab treats storage.
    pub fn mode(&self) -> Mode {
        self.0.session.borrow().mode()
    }

    /// Saves the state (the one effect in `app.rs` calls this after every change).
    pub fn save(&self, state: &AppState, now: &str) -> Result<(), SaveError> {
        if self.0.closing.get() {
            return Ok(());
        }
        let result = self.0.session.borrow_mut().save(state, now);
        self.seal_waiting();
        result
    }

    /// What another tab's save means for this one.
    pub fn external_change(&self, new_value: Option<&str>) -> External {
        self.0.session.borrow_mut().external_change(new_value)
    }

    /// After a conflict: keep this tab's answers, writing over the other tab's.
    pub fn keep_mine(&self, state: &AppState, now: &str) -> Result<(), SaveError> {
        let result = self.0.session.borrow_mut().keep_mine(state, now);
        self.seal_waiting();
        result
    }

    /// After a conflict: take the other tab's answers (the caller replaces the state).
    pub fn use_theirs(&self, theirs: &Saved) {
        self.0.session.borrow_mut().adopt(theirs);
    }

    /// Removes every key of the guide, and only those.
    pub fn delete_everything(&self) -> Result<(), StoreError> {
        let result = self.0.session.borrow_mut().delete_all();
        if self.0.key.borrow_mut().take().is_some() || result.is_ok() {
            self.changed(None);
        }
        result
    }

    /// The stored text, whatever its version (to download data from a newer version).
    pub fn stored_raw(&self) -> Option<String> {
        self.0.session.borrow().stored_raw()
    }

    /// The keys of copies of unreadable data, oldest first (no storage read).
    pub fn backup_keys(&self) -> Vec<String> {
        self.0.session.borrow().backup_keys().to_vec()
    }

    /// Deletes every copy of unreadable data, and nothing else.
    pub fn delete_backups(&self) -> Result<(), StoreError> {
        self.0.session.borrow_mut().delete_backups()
    }

    /// The text of one copy, read when the person downloads it.
    pub fn backup(&self, key: &str) -> Option<String> {
        self.0.session.borrow().backup(key)
    }

    /// Whether the person chose to be discreet on this device.
    pub fn discreet(&self) -> bool {
        self.0.session.borrow().discreet()
    }

    pub fn set_discreet(&self, on: bool) -> Result<(), StoreError> {
        self.0.session.borrow_mut().set_discreet(on)
    }

    /// Remembers the language the person switched to, while saving.
    pub fn remember_lang(&self, lang: &str) -> Result<(), StoreError> {
        self.0.session.borrow_mut().remember_lang(lang)
    }

    /// The language remembered on this device, if one is.
    pub fn remembered_lang(&self) -> Option<String> {
        self.0
            .session
            .borrow()
            .remembered_lang()
            .map(str::to_string)
    }

    /// When the stored answers were saved (an ISO time), if any are.
    pub fn last_saved(&self) -> Option<String> {
        self.0.session.borrow().last_saved().map(str::to_string)
    }

    /// Whether storage holds answers this guide saved.
    pub fn has_saved(&self) -> bool {
        self.0.session.borrow().has_saved()
    }

    /// Keeps nothing on this device from now on, deleting what is stored first if `delete`.
    pub fn stop_keeping(&self, delete: bool) -> Result<(), StoreError> {
        self.0.session.borrow_mut().stop_keeping(delete)
    }

    /// Saves on this device again, starting with `state`.
    pub fn resume_saving(&self, state: &AppState, now: &str) -> Result<(), SaveError> {
        let result = self.0.session.borrow_mut().resume_saving(state, now);
        self.seal_waiting();
        result
    }
}

/// A message at the top of every screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Unreadable data was backed up; the guide started fresh.
    Recovered,
    /// Unreadable data could not be backed up, so it was left alone (memory mode).
    UnreadableKept,
    /// A newer version's data is stored: nothing is saved.
    Newer,
    /// No storage: answers live only in this tab.
    Memory,
    /// The device is full: the last change was not saved.
    Quota,
    /// Another tab saved newer answers: the last change was not saved.
    Conflict(Box<Saved>),
    /// Answers were updated from another tab.
    Synced,
    /// Saving failed for another reason.
    SaveFailed,
    /// The person chose to keep nothing on this device: answers live only on this page.
    NotKept,
    /// The words of the language the person switched to could not be fetched: nothing changed.
    LangFailed,
    /// Saving again, after keeping nothing, found other answers stored from before.
    Earlier(Box<Saved>),
    /// Asked, as the person started a question list, to keep the guide's data until they
    /// delete it: whether the browser agreed.
    Kept(bool),
    /// The answers were locked in another tab while this page was not keeping them (or could
    /// not save): the page's answers stay here, not kept.
    LockedElsewhere,
}

impl Notice {
    /// Errors interrupt a screen reader (`role="alert"`); the rest wait (`role="status"`).
    pub fn is_alert(&self) -> bool {
        matches!(
            self,
            Notice::Quota
                | Notice::Conflict(_)
                | Notice::Earlier(_)
                | Notice::SaveFailed
                | Notice::LockedElsewhere
                | Notice::LangFailed
        )
    }

    /// What a save's result needs to tell the person, if anything.
    pub fn after_save(result: Result<(), SaveError>) -> Option<Notice> {
        match result {
            // Another tab's locked save is on its way: its arrival lets the person choose.
            Ok(()) | Err(SaveError::ReadOnly | SaveError::Behind) => None,
            // Another tab locked the answers: the lock screen says so.
            Err(SaveError::Locked) => Some(Notice::LockedElsewhere),
            Err(SaveError::QuotaExceeded) => Some(Notice::Quota),
            Err(SaveError::Conflict { theirs }) => Some(Notice::Conflict(theirs)),
            Err(SaveError::Failed) => Some(Notice::SaveFailed),
        }
    }

    /// Whether two notices are the same kind, so a repeat replaces instead of piling up.
    /// The two choices between stored answers and the page's are one kind: only the latest
    /// shows, and choosing clears both.
    fn same_kind(&self, other: &Notice) -> bool {
        let choice = |n: &Notice| matches!(n, Notice::Conflict(_) | Notice::Earlier(_));
        (choice(self) && choice(other))
            || std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

/// The messages on screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notices(pub Vec<Notice>);

/// Changes to the messages on screen.
pub enum NoticeAction {
    Show(Notice),
    /// Remove the notice of this kind: dismissed by the person, or done with (for example once
    /// a conflict is resolved). There is at most one of each kind, so the kind names it, and a
    /// notice that came or went meanwhile cannot make the wrong one go.
    Clear(Notice),
}

impl Reducible for Notices {
    type Action = NoticeAction;

    fn reduce(self: Rc<Self>, action: NoticeAction) -> Rc<Self> {
        let mut list = self.0.clone();
        match action {
            NoticeAction::Show(notice) => {
                list.retain(|n| !n.same_kind(&notice));
                list.push(notice);
            }
            NoticeAction::Clear(kind) => list.retain(|n| !n.same_kind(&kind)),
        }
        Rc::new(Notices(list))
    }
}

/// The messages on screen, shared by every component.
pub type NoticesContext = UseReducerHandle<Notices>;

/// The clinic's settings, read once at start.
pub type SettingsContext = Rc<ClinicSettings>;

/// Everything the root shares with the screens, in one context (one provider costs less
/// wasm than four).
#[derive(Clone, PartialEq)]
pub struct Ui {
    pub app: AppContext,
    pub storage: StorageContext,
    pub notices: NoticesContext,
    pub settings: SettingsContext,
    /// The lock as last shown (`StorageContext::lock` when the root last heard of a change):
    /// in the context so that every screen redraws when it opens or closes.
    pub lock: Lock,
}

/// The state and its dispatcher, the storage session, the messages and the settings.
#[hook]
pub fn use_ui() -> Ui {
    use_context::<Ui>().expect("App provides the context")
}
