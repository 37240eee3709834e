//! Welcome: what this is, who it is for, and where to start.

use yew::prelude::*;

use crate::content::texts;
use crate::ui::components::page_intro::PageIntro;
use crate::ui::context::use_app;
use crate::ui::route::Route;

#[function_component]
pub fn Welcome() -> Html {
    let t = &texts().pages.welcome;
    let started = !use_app().is_empty();
    let start_text = if started { t.resume } else { t.start };
    html! {
        <>
            <PageIntro route={Route::Welcome} />
            <ul class="welcome__points">
                for point in t.points.iter() {
                    <li>{ *point }</li>
                }
            </ul>
            <p><a class="button" href={Route::AboutYou.href()}>{ start_text }</a></p>
        </>
    }
}
