//! Welcome: what this is, who it is for, and where to start.

use yew::prelude::*;

use crate::content::texts;
use crate::route::Route;
use crate::ui::components::keep_choice::KeepChoice;
use crate::ui::components::page_intro::page_intro;
use crate::ui::context::AppContext;

/// The Welcome screen.
/// For a person who chose to be discreet, it says nothing of an earlier visit.
pub fn welcome(app: &AppContext, discreet: bool) -> Html {
    let t = &texts().pages.welcome;
    let started = !app.is_empty() && !discreet;
    let start_text = if started { t.resume } else { t.start };
    html! {
        <>
            { page_intro(&Route::Welcome) }
            <ul class="welcome__points">
                for point in t.points.iter() {
                    <li>{ *point }</li>
                }
            </ul>
            <p><a class="button" href={Route::AboutYou.href()}>{ start_text }</a></p>
            <KeepChoice />
            <h2>{ t.one_heading }</h2>
            <ul class="welcome__options">
                for o in texts().options.iter() {
                    <li><a href={Route::OptionPage { id: o.id.to_string() }.href()}>{ o.list_name }</a></li>
                }
            </ul>
        </>
    }
}
