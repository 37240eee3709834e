//! The main navigation. On a narrow screen it folds behind a Menu button. A function over
//! the open state kept by the layout (a component of its own would cost wasm).

use yew::prelude::*;

use crate::content::texts;
use crate::route::Route;

/// The navigation, with `current` marked and `lang_switch` last (see `lang_switch.rs`);
/// `open` says whether the phone menu is open.
pub fn site_nav(current: &Route, open: &UseStateHandle<bool>, lang_switch: Html) -> Html {
    let t = texts();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    // Choosing a screen closes the menu again on a phone.
    let close = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    let list_class = classes!("site-nav__list", (**open).then_some("site-nav__list--open"));
    html! {
        <nav class="site-nav" aria-label={t.nav.label}>
            <button type="button" class="site-nav__toggle" aria-expanded={open.to_string()}
                aria-controls="site-nav-list" onclick={toggle}>
                { t.nav.menu }
            </button>
            <ul id="site-nav-list" class={list_class}>
                for route in Route::menu() {
                    <li>
                        <a href={route.href()} onclick={close.clone()}
                            aria-current={(route == current).then_some("page")}>
                            { route.label(t) }
                        </a>
                    </li>
                }
                <li class="site-nav__lang">{ lang_switch }</li>
            </ul>
        </nav>
    }
}
