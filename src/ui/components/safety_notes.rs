//! The safety points that concern one option, where a person decides: on its Compare card and
//! beside their leaning on Check. Each says its key fact and the answers that raised it.

use yew::prelude::*;

use crate::content::{texts, SafetyNote};

/// The notes, or nothing when there are none.
pub fn safety_notes(notes: Vec<SafetyNote>) -> Html {
    let r = &texts().raise;
    if notes.is_empty() {
        return html! {};
    }
    html! {
        <div class="safety-notes" role="note">
            <p class="safety-notes__heading"><strong>{ r.for_you }</strong></p>
            <ul>
                for note in notes {
                    <li data-flag={note.flag.id()}>
                        <strong>{ note.title }</strong>{ ". " }{ note.key_fact }
                        { " " }<span class="safety-notes__said">{ note.said }</span>
                    </li>
                }
            </ul>
        </div>
    }
}
