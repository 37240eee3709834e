//! The sources of a fact, with their full references one tap away.

use yew::prelude::*;

use crate::content::{source, texts};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ids: &'static [&'static str],
}

#[function_component]
pub fn SourceList(props: &Props) -> Html {
    let t = texts();
    if props.ids.is_empty() {
        return html! { <p class="sources sources--none">{ t.compare.no_sources }</p> };
    }
    html! {
        <details class="sources">
            <summary>{ t.compare.sources }{ " " }{ props.ids.join(", ") }</summary>
            <ul>
                for id in props.ids.iter().copied() {
                    <li>
                        <strong>{ id }</strong>{ " " }
                        { source(t, id).map(|s| s.reference).unwrap_or_default() }
                    </li>
                }
            </ul>
        </details>
    }
}
