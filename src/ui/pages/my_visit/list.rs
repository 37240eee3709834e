//! The question list: each question with its controls (asked, a note, one Edit button whose
//! edit mode holds the words, moving and removing), Undo after a removal, and adding one.

use yew::prelude::*;

use crate::content::{fill, texts};
use crate::domain::visit::{clean, Question, TextError, MAX_NOTE, MAX_QUESTION};
use crate::state::Action;
use crate::ui::browser;

use super::{button, dom_id, field_error, Local, Screen};

/// "Undo" for the question last removed, while it is offered.
pub(super) fn undo(screen: &Screen) -> Html {
    let v = &texts().visit;
    let Some((question, at)) = screen.local.removed.clone() else {
        return html! {};
    };
    let put_back = {
        let screen = screen.clone();
        Callback::from(move |_| {
            let focus = dom_id("edit-button", &question.id);
            screen
                .app
                .dispatch(Action::RestoreQuestion(question.clone(), at));
            screen.update(Some(focus), |l| {
                l.removed = None;
                l.status = texts().visit.restored.to_string();
            });
        })
    };
    html! {
        <p class="visit-undo">
            { v.removed }{ " " }
            { button("undo-remove".into(), v.undo, None, false, put_back) }
        </p>
    }
}

/// The screen's handles for a part that is redrawn only when its own data changes: equal
/// whatever they hold, since they act on the newest state (see `Change`).
#[derive(Clone)]
pub(super) struct Handles(pub(super) Screen);

impl PartialEq for Handles {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct ItemProps {
    pub(super) question: Question,
    pub(super) place: usize,
    pub(super) total: usize,
    /// This question's edit mode and its last error, while it is being edited.
    pub(super) editing: Option<Option<TextError>>,
    /// Another question is being edited.
    pub(super) other_editing: bool,
    pub(super) screen: Handles,
}

/// One question, a component so that a change to another question (marking it asked, say)
/// does not redraw this one: a list may hold a hundred.
#[function_component]
pub(super) fn QuestionItem(props: &ItemProps) -> Html {
    item(props)
}

/// Whether the question with this id is being edited, and its last error.
pub(super) fn editing(local: &Local, id: &str) -> Option<Option<TextError>> {
    match &local.editing {
        Some((which, error)) if which == id => Some(*error),
        _ => None,
    }
}

/// One question with its controls: asked, a note, and one Edit button, whose edit mode holds
/// the words, moving and removing. The buttons name the question they act on. Keyed, so a
/// moved question keeps its own elements.
pub(super) fn item(props: &ItemProps) -> Html {
    let (screen, q, place, total) = (&props.screen.0, &props.question, props.place, props.total);
    let t = texts();
    let v = &t.visit;
    let id = q.id.clone();
    let text_id = dom_id("text", &id);
    let edit_id = dom_id("edit", &id);
    let error_id = dom_id("error", &id);
    let named = |action: &str| format!("{action}: {}", q.text);

    let shift = |by: isize| {
        let (screen, id) = (screen.clone(), id.clone());
        Callback::from(move |_| {
            let to = place as isize + by;
            screen.app.dispatch(Action::MoveQuestion(id.clone(), by));
            // Keep the focus on the same button, or on its partner once at an end.
            let button = match (by < 0, to == 0, to == total as isize - 1) {
                (true, true, _) => "down",
                (false, _, true) => "up",
                (true, ..) => "up",
                (false, ..) => "down",
            };
            let moved = fill(
                fill(texts().visit.moved, "place", (to + 1).to_string()),
                "total",
                total.to_string(),
            );
            screen.update(Some(dom_id(button, &id)), |l| l.status = moved);
        })
    };
    // Removing offers "Undo" (focused, so a keyboard user can take it at once).
    let remove = {
        let (screen, question) = (screen.clone(), q.clone());
        Callback::from(move |_| {
            screen
                .app
                .dispatch(Action::RemoveQuestion(question.id.clone()));
            let removed = (question.clone(), place);
            screen.update(Some("undo-remove".into()), move |l| {
                l.status = texts().visit.removed.to_string();
                l.editing = None;
                l.removed = Some(removed);
            });
        })
    };
    let asked = {
        let (app, id) = (screen.app.clone(), id.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            app.dispatch(Action::SetAsked(id.clone(), input.checked()));
        })
    };
    let note = {
        let (app, id) = (screen.app.clone(), id.clone());
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            app.dispatch(Action::SetNote(id.clone(), area.value()));
        })
    };
    // Start editing (None), save (Some(true)) or cancel (Some(false)).
    let edit = |step: Option<bool>| {
        let (screen, id, edit_id) = (screen.clone(), id.clone(), edit_id.clone());
        let text = q.text.clone();
        Callback::from(move |_| {
            if step == Some(true) {
                if let Err(e) = clean(&browser::field_value(&edit_id), MAX_QUESTION)
                    .map(|text| screen.app.dispatch(Action::EditQuestion(id.clone(), text)))
                {
                    let id = id.clone();
                    screen.update(Some(edit_id.clone()), move |l| {
                        l.editing = Some((id, Some(e)))
                    });
                    return;
                }
            }
            match step {
                None => {
                    let id = id.clone();
                    screen.update_filling(edit_id.clone(), text.clone(), move |l| {
                        l.editing = Some((id, None))
                    })
                }
                Some(_) => screen.update(Some(dom_id("edit-button", &id)), |l| l.editing = None),
            }
        })
    };

    let editing = props.editing;
    // While another question is being edited, its unsaved words must not be lost to a second
    // Edit: this one waits.
    let other_editing = props.other_editing;
    // What the checkbox and note describe themselves by: the question, or its edit field.
    let described = if editing.is_some() {
        edit_id.clone()
    } else {
        text_id.clone()
    };
    let body = if let Some(error) = editing {
        let message = error.map(|e| match e {
            TextError::Empty => v.error_empty,
            TextError::TooLong => v.error_too_long,
        });
        html! {
            <div class="question__edit">
                <label for={edit_id.clone()}>{ v.edit_label }</label>
                <textarea id={edit_id.clone()} rows="2" maxlength={MAX_QUESTION.to_string()}
                    aria-invalid={message.is_some().then_some("true")}
                    aria-describedby={message.is_some().then(|| error_id.clone())} />
                if let Some(message) = message {
                    { field_error(error_id.clone(), message) }
                }
                <div class="question__actions">
                    { button(dom_id("save", &id), v.save, None, false, edit(Some(true))) }
                    { button(dom_id("cancel", &id), v.cancel, None, false, edit(Some(false))) }
                </div>
                <div class="question__actions">
                    { button(dom_id("up", &id), v.move_up, Some(named(&v.move_up)), place == 0, shift(-1)) }
                    { button(dom_id("down", &id), v.move_down, Some(named(&v.move_down)), place + 1 == total, shift(1)) }
                    { button(dom_id("remove", &id), v.remove, Some(named(&v.remove)), false, remove) }
                </div>
            </div>
        }
    } else {
        html! {
            <p class="question__text" id={text_id.clone()}>
                { q.text.clone() }
                if q.id.starts_with("s:") {
                    <span class="tag">{ v.suggested }</span>
                }
            </p>
        }
    };
    let asked_id = dom_id("asked", &id);
    let note_id = dom_id("note", &id);
    html! {
        <li class="question-item" data-question={id.clone()} key={id.clone()}>
            { body }
            <div class="question__asked">
                <input type="checkbox" id={asked_id.clone()} checked={q.asked} onchange={asked}
                    aria-describedby={described.clone()} />
                <label for={asked_id}>{ v.asked }</label>
            </div>
            <label for={note_id.clone()} class="question__note-label">{ v.note_label }</label>
            <textarea id={note_id} rows="2" maxlength={MAX_NOTE.to_string()} value={q.note.clone()}
                oninput={note} aria-describedby={described} />
            // One button per question; moving and removing are in its edit mode.
            if editing.is_none() {
                <div class="question__actions">
                    { button(dom_id("edit-button", &id), v.edit, Some(named(&v.edit)), other_editing, edit(None)) }
                </div>
            }
        </li>
    }
}

/// A question of the person's own. Empty or too long gets a clear message; nothing is added.
pub(super) fn add_form(screen: &Screen) -> Html {
    let t = texts();
    let v = &t.visit;
    let add = {
        let screen = screen.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let focus = Some("new-question".to_string());
            match clean(&browser::field_value("new-question"), MAX_QUESTION) {
                Ok(text) => {
                    screen.app.dispatch(Action::AddQuestion(text));
                    browser::set_field("new-question", "");
                    screen.update(focus, |l| {
                        l.add_error = None;
                        l.status = texts().visit.added.to_string();
                    });
                }
                Err(e) => screen.update(focus, move |l| l.add_error = Some(e)),
            }
        })
    };
    let full = screen.app.visit.questions.items.len() >= crate::state::MAX_LIST;
    let message = if full {
        Some(v.error_full)
    } else {
        screen.local.add_error.map(|e| match e {
            TextError::Empty => v.error_empty,
            TextError::TooLong => v.error_too_long,
        })
    };
    html! {
        <form class="add-question" onsubmit={add} novalidate=true>
            <h3>{ v.add_heading }</h3>
            <label for="new-question">{ v.add_label }</label>
            <textarea id="new-question" rows="2" maxlength={MAX_QUESTION.to_string()}
                aria-invalid={message.is_some().then_some("true")}
                aria-describedby={message.is_some().then_some("new-question-error")} />
            if let Some(message) = message {
                { field_error("new-question-error".into(), message) }
            }
            <button type="submit" id="add-question" disabled={full}>{ v.add_button }</button>
        </form>
    }
}
