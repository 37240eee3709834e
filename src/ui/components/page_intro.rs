//! A screen's heading and the sentence that says what the screen is for.

use yew::prelude::*;

use crate::content::{fill, texts};
use crate::route::Route;

/// The heading (focused on each change of screen, see layout.rs) and the purpose sentence; on a
/// step of the guide, which step it is.
pub fn page_intro(route: &Route) -> Html {
    let t = texts();
    let (title, purpose) = route.intro(t);
    let step = route.step().map(|at| {
        let count = fill(t.steps.count, "n", (at + 1).to_string());
        fill(count, "total", Route::steps().len().to_string())
    });
    html! {
        <>
            if let Some(step) = step {
                <p class="step-count">{ step }</p>
            }
            <h1 id="page-title" tabindex="-1">{ title }</h1>
            <p class="purpose">{ purpose }</p>
        </>
    }
}
