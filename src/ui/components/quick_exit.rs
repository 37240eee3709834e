//! The Quick exit button: leaves at once for a neutral page and replaces this page in the
//! history. The Shift-three-times shortcut is `index.html`'s: it presses this button.

use yew::prelude::*;

use crate::content::texts;
use crate::ui::browser;

/// The button, leaving for `url`.
pub fn quick_exit(url: &str) -> Html {
    let t = texts();
    let url = url.to_string();
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
