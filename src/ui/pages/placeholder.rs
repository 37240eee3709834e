//! Screens that later work fills: each shows its heading, its purpose, and says honestly
//! that it is not ready yet.

use yew::prelude::*;

use crate::content::texts;
use crate::route::Route;
use crate::ui::components::page_intro::page_intro;

/// A screen that is not built yet.
pub fn placeholder(route: &Route) -> Html {
    let t = texts();
    html! {
        <>
            { page_intro(route) }
            <p class="coming-soon">{ t.coming_soon.text }</p>
        </>
    }
}
