//! A screen's heading and the sentence that says what the screen is for.

use yew::prelude::*;

use crate::content::texts;
use crate::ui::route::Route;

/// The heading (focused on each change of screen, see layout.rs) and the purpose sentence.
pub fn page_intro(route: &Route) -> Html {
    let (title, purpose) = route.intro(texts());
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ title }</h1>
            <p class="purpose">{ purpose }</p>
        </>
    }
}
