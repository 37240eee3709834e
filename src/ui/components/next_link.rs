//! The link to the next step at the bottom of a screen.

use yew::prelude::*;

use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub route: Route,
    pub text: &'static str,
}

#[function_component]
pub fn NextLink(props: &Props) -> Html {
    html! {
        <p class="next-step"><a class="button" href={props.route.href()}>{ props.text }</a></p>
    }
}
