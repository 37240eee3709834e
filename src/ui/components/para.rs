//! A paragraph of one text from the content files.

use yew::prelude::*;

use crate::content::Text;

/// `<p>{ text }</p>`, built in one place: each `html!` paragraph inlines its own element
/// building, and about fifty of them cost the wasm half a kilobyte.
#[inline(never)]
pub fn para(text: Text) -> Html {
    html! { <p>{ text.get() }</p> }
}
