//! The screen for an address the guide does not know.

use yew::prelude::*;

use crate::content::texts;
use crate::ui::components::page_intro::PageIntro;
use crate::ui::route::Route;

#[function_component]
pub fn NotFound() -> Html {
    let t = &texts().pages.not_found;
    html! {
        <>
            <PageIntro route={Route::NotFound} />
            <p><a href={Route::Welcome.href()}>{ t.home }</a></p>
        </>
    }
}
