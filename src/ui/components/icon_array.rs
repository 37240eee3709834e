//! A picture of 100 people as a 10 by 10 grid, the first `count` colored (grouped together,
//! which is easier to read than scattered icons). Drawn as SVG in the page: no images to load.

use yew::prelude::*;

/// `label` is what a screen reader says instead of the picture; `caption` shows above it.
pub fn icon_array(count: u32, caption: String, label: String) -> Html {
    let count = count.min(100);
    html! {
        <figure class="icon-array">
            <figcaption>{ caption }</figcaption>
            <svg viewBox="0 0 100 100" role="img" aria-label={label}
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
