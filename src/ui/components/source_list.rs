//! The sources of a fact, with their full references one tap away.

use yew::prelude::*;

use crate::content::{source, texts, Id};

/// The sources of a fact, by id. (A plain function, not a component: it has no state, and
/// each component type costs wasm.)
pub fn source_list(ids: &[Id]) -> Html {
    let t = texts();
    if ids.is_empty() {
        return html! { <p class="sources sources--none">{ t.compare.no_sources }</p> };
    }
    html! {
        <details class="sources">
            <summary>{ t.compare.sources }{ " " }{ ids.iter().map(|id| id.get()).collect::<Vec<_>>().join(", ") }</summary>
            <ul>
                for id in ids.iter().copied() {
                    <li>
                        <strong>{ id }</strong>{ " " }
                        { source(t, &id).map(|s| s.reference.get()).unwrap_or_default() }
                    </li>
                }
            </ul>
        </details>
    }
}
