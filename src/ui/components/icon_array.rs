//! A picture of 100 people as a 10 by 10 grid, the first `count` colored (grouped together,
//! which is easier to read than scattered icons). Drawn as SVG in the page: no images to load.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub count: u32,
    /// What a screen reader says instead of the picture.
    pub label: String,
    /// Shown above the picture.
    pub caption: String,
}

#[function_component]
pub fn IconArray(props: &Props) -> Html {
    let count = props.count.min(100);
    html! {
        <figure class="icon-array">
            <figcaption>{ props.caption.clone() }</figcaption>
            <svg viewBox="0 0 100 100" role="img" aria-label={props.label.clone()}
                class="icon-array__svg" focusable="false">
                for i in 0..100u32 {
                    <circle
                        cx={(5 + (i % 10) * 10).to_string()}
                        cy={(5 + (i / 10) * 10).to_string()}
                        r="3.6"
                        class={if i < count { "icon icon--on" } else { "icon icon--off" }} />
                }
            </svg>
        </figure>
    }
}
