//! A screen's heading and the sentence that says what the screen is for.

use yew::prelude::*;

use crate::content::texts;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub route: Route,
}

#[function_component]
pub fn PageIntro(props: &Props) -> Html {
    let (title, purpose) = props.route.intro(texts());
    html! {
        <>
            // Focus moves here on each change of screen (see layout.rs).
            <h1 id="page-title" tabindex="-1">{ title }</h1>
            <p class="purpose">{ purpose }</p>
        </>
    }
}
