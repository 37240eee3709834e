//! The links at the bottom of a screen: on to the next step and back, and to read more.

use yew::prelude::*;

use crate::content::{article, fill, is_for, texts};
use crate::domain::answers::Substance;
use crate::route::Route;
use crate::ui::components::para::para;

/// The way on from a step of the guide: a button-styled link to the next step (none after the
/// last), and a link back to the step before (Welcome before the first). Nothing on other
/// screens.
pub fn step_nav(current: &Route) -> Html {
    let t = texts();
    let Some(at) = current.step() else {
        return html! {};
    };
    let steps = Route::steps();
    let back = at
        .checked_sub(1)
        .map_or(Route::Welcome, |b| steps[b].clone());
    let next = current
        .next_words(t)
        .zip(steps.get(at + 1))
        .map(|(text, route)| (route.href(), text));
    html! {
        <nav class="next-step" aria-label={t.steps.label}>
            if let Some((href, text)) = next {
                <p><a class="button" {href}>{ text }</a></p>
            }
            <p><a class="next-step__back" href={back.href()}>{ fill(t.steps.back, "step", back.label(t)) }</a></p>
        </nav>
    }
}

/// Links to Library articles that help on this screen, leaving out those for the other
/// substance.
pub fn read_more(ids: &[&str], substance: Option<Substance>) -> Html {
    let t = texts();
    html! {
        <nav class="read-more" aria-label={t.compare.read_more}>
            { para(t.compare.read_more) }
            <ul>
                for a in ids.iter().filter_map(|id| article(t, id)).filter(|a| is_for(&a.substance, substance)) {
                    <li><a href={Route::Article { id: a.id.to_string() }.href()}>{ a.title }</a></li>
                }
            </ul>
        </nav>
    }
}
