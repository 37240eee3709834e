//! The lock screen: what the guide shows instead of any screen while the saved answers are
//! locked and this page has not opened them. Quick exit and the help numbers stay around it.

use yew::prelude::*;

use crate::content::texts;
use crate::state::Action;
use crate::ui::browser;
use crate::ui::components::button::delete_disclosure;
use crate::ui::components::lock_choice::passphrase_input;
use crate::ui::components::para::para;
use crate::ui::context::use_ui;
use crate::ui::crypto::CryptoError;

/// Where the screen stands.
#[derive(Clone, Copy, PartialEq)]
enum Step {
    Asking,
    Opening,
    Failed(CryptoError),
}

#[function_component]
pub fn LockScreen() -> Html {
    let t = &texts().lock;
    let ui = use_ui();
    let step = use_state(|| Step::Asking);

    let onsubmit = {
        let (ui, step) = (ui.clone(), step.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if *step == Step::Opening {
                return;
            }
            step.set(Step::Opening);
            let passphrase = browser::field_value("unlock-passphrase");
            let (ui, step) = (ui.clone(), step.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match ui.storage.unlock(&passphrase).await {
                    Ok(state) => {
                        ui.app.dispatch(Action::Replace(state));
                        browser::after_ms(0, || browser::focus("page-title"));
                    }
                    Err(error) => {
                        step.set(Step::Failed(error));
                        browser::focus("unlock-passphrase");
                    }
                }
            });
        })
    };
    // Inside "I forgot": opening it and pressing is the confirmation.
    let delete = Callback::from(move |_| {
        if ui.storage.delete_everything().is_ok() {
            ui.app.dispatch(Action::Replace(Default::default()));
            browser::after_ms(0, || browser::focus("page-title"));
        }
    });

    let error = match *step {
        Step::Failed(CryptoError::WrongPassphrase) => Some(t.wrong),
        Step::Failed(CryptoError::Unavailable) => Some(t.unavailable),
        Step::Failed(_) => Some(t.damaged),
        _ => None,
    };
    html! {
        <div class="lock-screen">
            <h1 id="page-title" tabindex="-1">{ t.screen_title }</h1>
            { para(t.screen_intro) }
            <form class="lock-form" {onsubmit}>
                <label for="unlock-passphrase">{ t.passphrase }</label>
                { passphrase_input("unlock-passphrase", "current-password",
                    error.map(|_| "unlock-error"), error.is_some()) }
                if let Some(error) = error {
                    <p class="field-error" id="unlock-error" role="alert">{ error }</p>
                }
                <button type="submit" id="unlock">{ t.open }</button>
                <p role="status">
                    if *step == Step::Opening { { t.opening } }
                </p>
            </form>
            { delete_disclosure("lock-forgot", t.forgot, t.forgot_text, "lock-forgot-delete", t.forgot_delete, delete) }
        </div>
    }
}
