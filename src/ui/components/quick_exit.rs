//! The Quick exit button: leaves at once for a neutral page and replaces this page in the
//! history. The Shift-three-times shortcut is `index.html`'s: it presses this button.
//!
//! A link to the neutral page, styled as a button: in the first screen rendered into
//! `index.html` at build time it works before the app has loaded (`index.html`'s script makes
//! it replace the page too), and once the app runs, its handler leaves.

use yew::prelude::*;

use crate::content::texts;
use crate::ui::browser;

/// The button, leaving for `url`.
pub fn quick_exit(url: &str) -> Html {
    let t = texts();
    let url = url.to_string();
    let href = url.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        browser::leave(&url);
    });
    html! {
        <div class="quick-exit">
            <a class="button quick-exit__button" id="quick-exit" {href} {onclick}
                aria-describedby="quick-exit-hint">
                { t.quick_exit.button }
            </a>
            <p id="quick-exit-hint" class="quick-exit__hint">{ t.quick_exit.hint }</p>
        </div>
    }
}
