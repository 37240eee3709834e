//! What the whole interface shares: the state, the storage session, the messages shown at
//! the top of the page, and the start-up settings.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::embed::settings::Settings;
use crate::state::AppState;
use crate::storage::envelope::Saved;
use crate::storage::session::{External, Mode, SaveError, Session};
use crate::storage::store::StoreError;

/// The state, changed only by dispatching actions.
pub type AppContext = UseReducerHandle<AppState>;

/// This tab's storage: the one handle every component gets, with named operations. Nothing
/// else reaches the session. Equal when it is the same session.
#[derive(Clone)]
pub struct StorageContext(Rc<RefCell<Session>>);

impl PartialEq for StorageContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl StorageContext {
    pub fn new(session: Session) -> StorageContext {
        StorageContext(Rc::new(RefCell::new(session)))
    }

    /// How this tab treats storage.
    pub fn mode(&self) -> Mode {
        self.0.borrow().mode()
    }

    /// Saves the state (the one effect in `app.rs` calls this after every change).
    pub fn save(&self, state: &AppState, now: &str) -> Result<(), SaveError> {
        self.0.borrow_mut().save(state, now)
    }

    /// What another tab's save means for this one.
    pub fn external_change(&self, new_value: Option<&str>) -> External {
        self.0.borrow_mut().external_change(new_value)
    }

    /// After a conflict: keep this tab's answers, writing over the other tab's.
    pub fn keep_mine(&self, state: &AppState, now: &str) -> Result<(), SaveError> {
        self.0.borrow_mut().keep_mine(state, now)
    }

    /// After a conflict: take the other tab's answers (the caller replaces the state).
    pub fn use_theirs(&self, theirs: &Saved) {
        self.0.borrow_mut().adopt(theirs);
    }

    /// Removes every key of the guide, and only those.
    pub fn delete_everything(&self) -> Result<(), StoreError> {
        self.0.borrow_mut().delete_all()
    }

    /// The stored text, whatever its version (to download data from a newer version).
    pub fn stored_raw(&self) -> Option<String> {
        self.0.borrow().stored_raw()
    }

    /// The keys of copies of unreadable data, oldest first (no storage read).
    pub fn backup_keys(&self) -> Vec<String> {
        self.0.borrow().backup_keys().to_vec()
    }

    /// The text of one copy, read when the person downloads it.
    pub fn backup(&self, key: &str) -> Option<String> {
        self.0.borrow().backup(key)
    }

    /// Whether the person chose to be discreet on this device.
    pub fn discreet(&self) -> bool {
        self.0.borrow().discreet()
    }

    pub fn set_discreet(&self, on: bool) -> Result<(), StoreError> {
        self.0.borrow_mut().set_discreet(on)
    }

    /// When the stored answers were saved (an ISO time), if any are.
    pub fn last_saved(&self) -> Option<String> {
        self.0.borrow().last_saved().map(str::to_string)
    }

    /// Whether storage holds answers this guide saved.
    pub fn has_saved(&self) -> bool {
        self.0.borrow().has_saved()
    }

    /// Keeps nothing on this device from now on, deleting what is stored first if `delete`.
    pub fn stop_keeping(&self, delete: bool) -> Result<(), StoreError> {
        self.0.borrow_mut().stop_keeping(delete)
    }

    /// Saves on this device again, starting with `state`.
    pub fn resume_saving(&self, state: &AppState, now: &str) -> Result<(), SaveError> {
        self.0.borrow_mut().resume_saving(state, now)
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
    /// Saving again, after keeping nothing, found other answers stored from before.
    Earlier(Box<Saved>),
    /// Asked, as the person started a question list, to keep the guide's data until they
    /// delete it: whether the browser agreed.
    Kept(bool),
    /// The answers were locked in another tab while this page held answers not yet saved (or
    /// while it was not keeping them): the page's answers stay here, not kept.
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
        )
    }

    /// What a save's result needs to tell the person, if anything.
    pub fn after_save(result: Result<(), SaveError>) -> Option<Notice> {
        match result {
            // Another tab's locked save is on its way: its arrival lets the person choose.
            Ok(()) | Err(SaveError::ReadOnly | SaveError::Behind) => None,
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

/// Settings read once at start.
pub type SettingsContext = Rc<Settings>;

/// Everything the root shares with the screens, in one context (one provider costs less
/// wasm than four).
#[derive(Clone, PartialEq)]
pub struct Ui {
    pub app: AppContext,
    pub storage: StorageContext,
    pub notices: NoticesContext,
    pub settings: SettingsContext,
}

/// The state and its dispatcher, the storage session, the messages and the settings.
#[hook]
pub fn use_ui() -> Ui {
    use_context::<Ui>().expect("App provides the context")
}
