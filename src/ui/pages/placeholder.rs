//! Screens that later work fills: each shows its heading, its purpose, and says honestly
//! that it is not ready yet.

use yew::prelude::*;

use crate::content::texts;
use crate::ui::components::page_intro::PageIntro;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub route: Route,
}

#[function_component]
pub fn Placeholder(props: &Props) -> Html {
    let t = texts();
    html! {
        <>
            <PageIntro route={props.route} />
            <p class="coming-soon">{ t.coming_soon.text }</p>
        </>
    }
}
