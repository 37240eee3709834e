//! The choice to keep nothing on this device (on Welcome and on My data), for a person who
//! shares a phone or a computer. While it lasts the answers live on this page only and the
//! storage session writes nothing; the banner at the top and this section offer to save again.

use yew::prelude::*;

use crate::content::texts;
use crate::storage::envelope::Saved;
use crate::storage::session::{Mode, SaveError};
use crate::ui::browser;
use crate::ui::components::button::button;
use crate::ui::components::para::para;
use crate::ui::context::{
    use_ui, AppContext, Notice, NoticeAction, NoticesContext, StorageContext, Ui,
};

/// Where the choice stands on screen.
#[derive(Clone, Copy, PartialEq)]
enum Step {
    /// The button to stop saving, or to save again.
    Choose,
    /// Saved answers are on this device: delete them too?
    Asking,
}

/// Stops keeping anything, deleting the saved copy first if `delete`, and says so at the top
/// of every screen. The answers on the page stay for as long as the page is open.
fn stop(storage: &StorageContext, notices: &NoticesContext, delete: bool) {
    match storage.stop_keeping(delete) {
        Ok(()) => {
            // Messages about saving no longer apply (a choice between stored answers and the
            // page's is asked again when saving starts again).
            for kind in [
                Notice::Quota,
                Notice::Synced,
                Notice::SaveFailed,
                Notice::Recovered,
                Notice::Conflict(Box::new(Saved::nothing())),
                Notice::Kept(true),
            ] {
                notices.dispatch(NoticeAction::Clear(kind));
            }
            notices.dispatch(NoticeAction::Show(Notice::NotKept));
        }
        Err(_) => notices.dispatch(NoticeAction::Show(Notice::SaveFailed)),
    }
}

/// Saves on this device again, starting with the answers on the page. Other answers stored
/// from before are never replaced unasked: the person chooses between them. Returns whether
/// they must choose.
pub fn resume(app: &AppContext, storage: &StorageContext, notices: &NoticesContext) -> bool {
    let result = storage.resume_saving(app, &browser::now_iso());
    notices.dispatch(NoticeAction::Clear(Notice::NotKept));
    let notice = match result {
        Err(SaveError::Conflict { theirs }) => Some(Notice::Earlier(theirs)),
        Err(SaveError::ReadOnly) => Some(Notice::Newer),
        other => Notice::after_save(other),
    };
    let choose = matches!(notice, Some(Notice::Earlier(_)));
    if let Some(notice) = notice {
        notices.dispatch(NoticeAction::Show(notice));
    }
    choose
}

/// The section: what keeping nothing means, and the button to choose it or to save again.
/// Nothing where the browser gives no storage (nothing is kept there already).
#[function_component]
pub fn KeepChoice() -> Html {
    let t = texts();
    let (k, n) = (&t.keep, &t.notices);
    let Ui {
        app,
        storage,
        notices,
        ..
    } = use_ui();
    let step = use_state(|| Step::Choose);
    // The button pressed goes away: the focus moves on purpose, to "Cancel" when asked (the
    // safe choice), and to the section's button after.
    let first = use_mut_ref(|| true);
    use_effect_with(*step, move |step| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            browser::focus(match step {
                Step::Asking => "keep-cancel",
                Step::Choose => "keep-choice",
            });
        }
    });
    let mode = storage.mode();
    if mode == Mode::Memory {
        return html! {};
    }
    let not_kept = mode == Mode::NotKept;

    let choose = {
        let (storage, notices, step) = (storage.clone(), notices.clone(), step.clone());
        let app = app.clone();
        Callback::from(move |_| {
            if not_kept {
                // The button stays (its words change), and keeps the focus.
                resume(&app, &storage, &notices);
            } else if storage.has_saved() {
                step.set(Step::Asking);
            } else {
                stop(&storage, &notices, false);
            }
        })
    };
    let answer = |delete: Option<bool>| {
        let (storage, notices, step) = (storage.clone(), notices.clone(), step.clone());
        Callback::from(move |_| {
            if let Some(delete) = delete {
                stop(&storage, &notices, delete);
            }
            step.set(Step::Choose);
        })
    };

    html! {
        <section class="keep-choice" aria-labelledby="keep-heading">
            <h2 id="keep-heading">{ k.heading }</h2>
            if not_kept {
                { para(k.chosen) }
            } else {
                { para(k.intro) }
            }
            if *step == Step::Asking {
                <div class="confirm" role="alertdialog" aria-labelledby="keep-ask">
                    <p id="keep-ask">{ k.ask }</p>
                    <div class="actions">
                        { button("keep-delete", k.delete, answer(Some(true))) }
                        { button("keep-saved", k.keep, answer(Some(false))) }
                        { button("keep-cancel", k.cancel, answer(None)) }
                    </div>
                </div>
            } else {
                { button("keep-choice", if not_kept { n.not_kept_resume } else { k.stop }, choose) }
            }
        </section>
    }
}
