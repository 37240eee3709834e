//! The screen for an address the guide does not know.

use yew::prelude::*;

use crate::content::texts;
use crate::route::Route;
use crate::ui::components::page_intro::page_intro;

/// The NotFound screen.
pub fn not_found() -> Html {
    let t = &texts().pages.not_found;
    html! {
        <>
            { page_intro(&Route::NotFound) }
            <p><a href={Route::Welcome.href()}>{ t.home }</a></p>
        </>
    }
}
