//! The main navigation. On a narrow screen it folds behind a Menu button.

use yew::prelude::*;

use crate::content::texts;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub current: Route,
}

#[function_component]
pub fn SiteNav(props: &Props) -> Html {
    let t = texts();
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    // Choosing a screen closes the menu again on a phone.
    let close = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    let list_class = classes!("site-nav__list", open.then_some("site-nav__list--open"));
    html! {
        <nav class="site-nav" aria-label={t.nav.label}>
            <button type="button" class="site-nav__toggle" aria-expanded={open.to_string()}
                aria-controls="site-nav-list" onclick={toggle}>
                { t.nav.menu }
            </button>
            <ul id="site-nav-list" class={list_class}>
                for route in Route::MENU {
                    <li>
                        <a href={route.href()} onclick={close.clone()}
                            aria-current={(route == props.current).then_some("page")}>
                            { route.label(t) }
                        </a>
                    </li>
                }
            </ul>
        </nav>
    }
}
