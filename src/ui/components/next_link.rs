//! The link to the next step at the bottom of a screen.

use yew::prelude::*;

use crate::ui::route::Route;

/// A button-styled link to the next screen.
pub fn next_link(route: Route, text: &'static str) -> Html {
    html! {
        <p class="next-step"><a class="button" href={route.href()}>{ text }</a></p>
    }
}
