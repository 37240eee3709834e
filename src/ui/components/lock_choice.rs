//! The passphrase lock on My data: lock the saved answers, then lock them now, set a new
//! passphrase, or remove the lock. The cryptography is the browser's (`ui::crypto`), the
//! writing the storage session's.

use yew::prelude::*;

use crate::content::{texts, Text};
use crate::state::Action;
use crate::storage::session::{Lock, Mode};
use crate::ui::browser;
use crate::ui::components::button::button;
use crate::ui::components::para::para;
use crate::ui::context::use_ui;
use crate::ui::crypto;

/// The fewest characters a passphrase may have.
const MIN_CHARS: usize = 8;

/// What the section says after the last step: a mistake in the fields, or how it went.
#[derive(Clone, Copy, PartialEq)]
enum Said {
    Nothing,
    Mistake(Text),
    Status(Text),
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Whether copies of unreadable data are kept: the lock does not cover them.
    pub backups: bool,
}

#[function_component]
pub fn LockChoice(props: &Props) -> Html {
    let t = &texts().lock;
    let ui = use_ui();
    let said = use_state(|| Said::Nothing);
    let open = ui.lock == Lock::Open;

    let body = if !crypto::available() {
        para(t.no_crypto)
    } else if ui.storage.mode() != Mode::Saving {
        para(t.not_available)
    } else {
        let onsubmit = {
            let (ui, said) = (ui.clone(), said.clone());
            Callback::from(move |event: SubmitEvent| {
                event.prevent_default();
                if *said == Said::Status(t.locking) {
                    return;
                }
                let passphrase = browser::field_value("lock-new");
                if passphrase.chars().count() < MIN_CHARS {
                    said.set(Said::Mistake(t.too_short));
                    return browser::focus("lock-new");
                }
                if passphrase != browser::field_value("lock-again") {
                    said.set(Said::Mistake(t.mismatch));
                    return browser::focus("lock-again");
                }
                said.set(Said::Status(t.locking));
                let (ui, said) = (ui.clone(), said.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let done = ui.storage.lock_with(&passphrase, &ui.app).await.is_ok();
                    if done {
                        browser::set_field("lock-new", "");
                        browser::set_field("lock-again", "");
                    }
                    said.set(Said::Status(match (done, open) {
                        (true, true) => t.changed,
                        (true, false) => t.locked_now,
                        (false, _) => t.failed,
                    }));
                });
            })
        };
        let lock_now = {
            let ui = ui.clone();
            Callback::from(move |_| {
                ui.storage.close();
                ui.app.dispatch(Action::Replace(Default::default()));
            })
        };
        let remove = {
            let (ui, said) = (ui.clone(), said.clone());
            Callback::from(move |_| {
                let done = ui.storage.remove_lock(&ui.app).is_ok();
                said.set(Said::Status(if done { t.removed } else { t.failed }));
            })
        };
        let mistake = match *said {
            Said::Mistake(text) => Some(text),
            _ => None,
        };
        html! {
            <>
                if open {
                    { para(t.is_locked) }
                    <div class="actions">
                        { button("lock-now", t.lock_now, lock_now) }
                        { button("lock-remove", t.remove, remove) }
                    </div>
                    <h3>{ t.change }</h3>
                }
                <form class="lock-form" {onsubmit}>
                    { para(t.warning) }
                    <label for="lock-new">{ t.new }</label>
                    <p class="hint" id="lock-new-hint">{ t.new_hint }</p>
                    { passphrase_input("lock-new", "new-password",
                        Some(if mistake.is_some() { "lock-new-hint lock-error" } else { "lock-new-hint" }),
                        mistake.is_some()) }
                    <label for="lock-again">{ t.again }</label>
                    { passphrase_input("lock-again", "new-password",
                        mistake.map(|_| "lock-error"), mistake.is_some()) }
                    if let Some(mistake) = mistake {
                        <p class="field-error" id="lock-error" role="alert">{ mistake }</p>
                    }
                    <button type="submit" id="lock-set">{ if open { t.change_button } else { t.lock } }</button>
                </form>
            </>
        }
    };
    html! {
        <section aria-labelledby="lock-heading" id="lock-choice">
            <h2 id="lock-heading">{ t.heading }</h2>
            { para(t.intro) }
            if props.backups {
                { para(t.backups) }
            }
            { body }
            <p role="status" id="lock-status">
                if let Said::Status(text) = *said { { text } }
            </p>
        </section>
    }
}

/// A passphrase field (here and on the lock screen): never capitalised or spell-checked by the
/// browser; `described_by` names its hint and error, and `invalid` tells screen readers.
pub fn passphrase_input(
    id: &'static str,
    autocomplete: &'static str,
    described_by: Option<&'static str>,
    invalid: bool,
) -> Html {
    html! {
        <input type="password" {id} {autocomplete} autocapitalize="off" spellcheck="false"
            aria-describedby={described_by} aria-invalid={invalid.then_some("true")} />
    }
}
