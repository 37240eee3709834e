//! Paragraphs and titled parts of a screen, built in one place each.

use yew::prelude::*;

use crate::content::Text;

/// `<p>{ text }</p>`, built in one place: each `html!` paragraph inlines its own element
/// building, and about fifty of them cost the wasm half a kilobyte.
#[inline(never)]
pub fn para(text: Text) -> Html {
    html! { <p>{ text.get() }</p> }
}

/// A part of a screen under its own heading: `<section>` named by its `<h2 id=...>`, built in
/// one place like [`para`] (each `html!` section and heading inlines its own element building).
#[inline(never)]
pub fn titled(id: &'static str, heading: Text, body: Html) -> Html {
    html! {
        <section aria-labelledby={id}>
            <h2 {id}>{ heading }</h2>
            { body }
        </section>
    }
}
