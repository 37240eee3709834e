//! The safety points that concern one option, where a person decides: on its Compare card and
//! beside their leaning on Check. Each says its key fact and the answers that raised it.

use yew::prelude::*;

use crate::content::{texts, SafetyNote};

/// What goes between a title and the sentence after it: a title that is a question keeps its
/// question mark.
fn after_title(title: &str) -> &'static str {
    if title.ends_with(['?', '.', '!']) {
        " "
    } else {
        ". "
    }
}

/// The notes, or nothing when there are none.
pub fn safety_notes(notes: Vec<SafetyNote>) -> Html {
    let r = &texts().raise;
    if notes.is_empty() {
        return html! {};
    }
    html! {
        <div class="safety-notes" role="note">
            <p class="safety-notes__heading"><strong>{ r.for_you }{ ":" }</strong></p>
            <ul>
                for note in notes {
                    <li data-flag={note.flag.id()}>
                        <strong>{ note.title }</strong>{ after_title(note.title.get()) }{ note.key_fact }
                        { " " }<span class="safety-notes__said">{ note.said }</span>
                    </li>
                }
            </ul>
        </div>
    }
}
