//! The link to the next step at the bottom of a screen.

use yew::prelude::*;

use crate::content::{article, is_for, texts, Text};
use crate::domain::answers::Substance;
use crate::ui::route::Route;

/// A button-styled link to the next screen.
pub fn next_link(route: Route, text: Text) -> Html {
    html! {
        <p class="next-step"><a class="button" href={route.href()}>{ text }</a></p>
    }
}

/// Links to Library articles that help on this screen, leaving out those for the other
/// substance.
pub fn read_more(ids: &[&str], substance: Option<Substance>) -> Html {
    let t = texts();
    html! {
        <nav class="read-more" aria-label={t.compare.read_more}>
            <p>{ t.compare.read_more }</p>
            <ul>
                for a in ids.iter().filter_map(|id| article(t, id)).filter(|a| is_for(&a.substance, substance)) {
                    <li><a href={Route::Article { id: a.id.to_string() }.href()}>{ a.title }</a></li>
                }
            </ul>
        </nav>
    }
}
