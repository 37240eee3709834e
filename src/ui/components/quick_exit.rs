//! The Quick exit button: leaves at once for a neutral page and replaces this page in the
//! history. The Shift-three-times shortcut is set up in `app.rs`.

use yew::prelude::*;

use crate::content::texts;
use crate::ui::browser;
use crate::ui::context::use_settings;

#[function_component]
pub fn QuickExit() -> Html {
    let t = texts();
    let url = use_settings().quick_exit_url.clone();
    let onclick = Callback::from(move |_| browser::leave(&url));
    html! {
        <div class="quick-exit">
            <button type="button" class="quick-exit__button" id="quick-exit" {onclick}
                aria-describedby="quick-exit-hint">
                { t.quick_exit.button }
            </button>
            <p id="quick-exit-hint" class="quick-exit__hint">{ t.quick_exit.hint }</p>
        </div>
    }
}
