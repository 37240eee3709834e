//! A screen's heading and the sentence that says what the screen is for.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub title: &'static str,
    pub purpose: &'static str,
}

#[function_component]
pub fn PageIntro(props: &Props) -> Html {
    html! {
        <>
            // Focus moves here on each change of screen (see layout.rs).
            <h1 id="page-title" tabindex="-1">{ props.title }</h1>
            <p class="purpose">{ props.purpose }</p>
        </>
    }
}
