//! For clinics: where a clinic's staff set the guide up for their website (the page for
//! clinics, `static/clinics.html`, which patients never download) and the summary for
//! clinicians.

use yew::prelude::*;

use crate::content::texts;
use crate::route::Route;
use crate::ui::components::page_intro::page_intro;

/// The ForClinics screen.
pub fn for_clinics() -> Html {
    let f = &texts().pages.for_clinics;
    html! {
        <>
            { page_intro(&Route::ForClinics) }
            <p>{ f.intro }</p>
            <ul>
                <li><a href="clinics.html">{ f.builder }</a></li>
                <li><a href="clinicians.html">{ f.clinicians }</a></li>
            </ul>
        </>
    }
}
