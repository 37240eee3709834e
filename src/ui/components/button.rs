//! The guide's plain buttons: an action on this page, named by one content text.

use yew::prelude::*;

use crate::content::Text;
use crate::ui::components::para::para;

/// `<button type="button" id=...>`, built in one place (each `html!` button inlines its own
/// element building, about a hundred bytes of wasm a time).
#[inline(never)]
pub fn button(id: &'static str, text: Text, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" {id} {onclick}>{ text }</button> }
}

/// A button that deletes something for good, styled to say so.
#[inline(never)]
pub fn danger_button(id: &'static str, text: Text, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" {id} class="button--danger" {onclick}>{ text }</button> }
}

/// A delete that asks first, without a dialog: opening the disclosure (`summary`), which says
/// what is lost (`warning`), then pressing its button is the confirmation.
#[inline(never)]
pub fn delete_disclosure(
    class: &'static str,
    summary: Text,
    warning: Text,
    id: &'static str,
    label: Text,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! {
        <details {class}>
            <summary>{ summary }</summary>
            { para(warning) }
            { danger_button(id, label, onclick) }
        </details>
    }
}
