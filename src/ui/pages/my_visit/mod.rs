//! My visit: the question list (add, edit, remove, reorder by keyboard, asked, notes), the
//! printable summary and what goes on it, and private ways to take it along: text, a share
//! link with its QR code, and calendar files. One file per part:
//! - `list`: the questions, one at a time, with their edit mode and Undo, and adding one;
//! - `summary`: the parts a person chooses and the printable summary;
//! - `take_along`: copy, text file, share link and QR code, calendar files;
//! - `shared`: a share link opened on this device (`#/share/<data>`).
//!
//! The rules behind them (the list, calendar files, share links, the summary) are pure and
//! tested natively: `domain::visit`, `domain::calendar`, `domain::share`, `state::summary`.

mod list;
mod shared;
mod summary;
mod take_along;

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::content::{texts, Text};
use crate::domain::share::{ShareError, Shared};
use crate::domain::visit::Question;
use crate::domain::visit::TextError;
use crate::route::Route;
use crate::ui::browser;
use crate::ui::components::next_link::step_nav;
use crate::ui::components::page_intro::page_intro;
use crate::ui::components::para::para;
use crate::ui::context::{use_ui, AppContext, NoticesContext};

use list::{add_form, editing, undo, Handles, QuestionItem};
use shared::{open, shared_page, Step};
use summary::{parts, summary};
use take_along::{take_along, Took};

fn button(
    id: String,
    label: Text,
    name: Option<String>,
    disabled: bool,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! {
        <button type="button" {id} aria-label={name} {disabled} {onclick}>{ label }</button>
    }
}

/// A message about a field, read out at once (`role="alert"`).
fn field_error(id: String, message: Text) -> Html {
    html! { <p class="field-error" {id} role="alert">{ message }</p> }
}

/// An element id made from a question id (`s:flag:crisis` becomes `s-flag-crisis`).
fn dom_id(prefix: &str, question: &str) -> String {
    format!("{prefix}-{}", question.replace(':', "-"))
}

/// What the screen keeps while it is open (not saved): one state for all of it, since each
/// hook and component costs wasm.
#[derive(Clone, Default, PartialEq)]
struct Local {
    /// Announced to screen readers after a change.
    status: String,
    /// The question being edited (by id), and the last error if any.
    editing: Option<(String, Option<TextError>)>,
    add_error: Option<TextError>,
    /// Print the summary in large type, with more room to write.
    large_print: bool,
    /// Print an English copy after the summary (on a page in another language).
    english_copy: bool,
    /// The question last removed and its place, while "Undo" is offered.
    removed: Option<(Question, usize)>,
    took: Took,
    share_step: Step,
    /// The share link opened here (its data) and what it holds, once read.
    opened: Option<(String, Result<Shared, ShareError>)>,
}

/// A change to the screen's state. Applied to the newest state, so that a part of the screen
/// that was not redrawn (a question whose own data did not change) and so holds older handles
/// can never undo a newer change.
struct Change(Box<dyn FnOnce(&mut Local)>);

impl Reducible for Local {
    type Action = Change;

    fn reduce(self: Rc<Self>, Change(change): Change) -> Rc<Self> {
        let mut next = (*self).clone();
        change(&mut next);
        // The same words again would not be read out: vary them invisibly.
        if !next.status.is_empty() && next.status.trim_end() == self.status.trim_end() {
            if self.status.ends_with('\u{a0}') {
                next.status = next.status.trim_end().to_string();
            } else {
                next.status.push('\u{a0}');
            }
        }
        Rc::new(next)
    }
}

/// The screen's handles, passed to the functions that draw its parts.
#[derive(Clone)]
struct Screen {
    app: AppContext,
    notices: NoticesContext,
    local: UseReducerHandle<Local>,
    /// After the next render: the field to focus, and words to put in it first. (Fields the
    /// person types in are not bound to a value: Yew would write the value back on every
    /// render, over what they are typing.)
    focus: Rc<RefCell<Option<Focus>>>,
    /// Counts the changes to the list, so that a share link made for an older list (the
    /// browser compresses it, which takes a moment) is never shown for a newer one.
    list_changes: Rc<RefCell<u32>>,
}

/// A field to focus (by id), and words to put in it first.
type Focus = (String, Option<String>);

impl Screen {
    /// Changes the local state, then moves the focus to `focus` once the screen is drawn.
    fn update(&self, focus: Option<String>, change: impl FnOnce(&mut Local) + 'static) {
        self.local.dispatch(Change(Box::new(change)));
        *self.focus.borrow_mut() = focus.map(|id| (id, None));
    }

    /// Like [`Self::update`], and puts `text` into the focused field.
    fn update_filling(
        &self,
        focus: String,
        text: String,
        change: impl FnOnce(&mut Local) + 'static,
    ) {
        self.update(None, change);
        *self.focus.borrow_mut() = Some((focus, Some(text)));
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The data of a share link being looked at (`#/share/<data>`), if any.
    #[prop_or_default]
    pub share: Option<String>,
}

#[function_component]
pub fn MyVisit(props: &Props) -> Html {
    let t = texts();
    let v = &t.visit;
    let ui = use_ui();
    let clinic = ui.settings;
    let screen = Screen {
        app: ui.app,
        notices: ui.notices,
        local: use_reducer(Local::default),
        focus: use_mut_ref(|| None),
        list_changes: use_mut_ref(|| 0),
    };
    {
        let focus = screen.focus.clone();
        use_effect(move || {
            if let Some((id, text)) = focus.borrow_mut().take() {
                if let Some(text) = text {
                    browser::set_field(&id, &text);
                }
                browser::focus(&id);
            }
        });
    }
    // A changed list makes an old share link stale: it is made again on request.
    {
        let (local, changes) = (screen.local.clone(), screen.list_changes.clone());
        use_effect_with(screen.app.visit.clone(), move |_| {
            *changes.borrow_mut() += 1;
            if local.took.has_link() {
                local.dispatch(Change(Box::new(|l| l.took.forget_link())));
            }
        });
    }
    // A share link is read once, when it is opened.
    {
        let local = screen.local.clone();
        use_effect_with(props.share.clone(), move |data| {
            if let Some(data) = data.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    let result = open(&data).await;
                    local.dispatch(Change(Box::new(move |l| {
                        l.opened = Some((data, result));
                        l.share_step = Step::Preview;
                    })));
                });
            }
        });
    }
    if let Some(data) = &props.share {
        return shared_page(&screen, data);
    }
    // Today in words, once per render, for the summary and its text.
    let today = browser::today_in_words();
    let items = &screen.app.visit.questions.items;
    let total = items.len();
    html! {
        <div class="my-visit">
            { page_intro(&Route::MyVisit) }
            <div class="visit-tools">
                { para(v.private) }
                <section aria-labelledby="questions-heading">
                    <h2 id="questions-heading" tabindex="-1">{ v.list_heading }</h2>
                    { para(v.list_intro) }
                    <p role="status" class="visually-hidden" id="visit-status">{ screen.local.status.clone() }</p>
                    { undo(&screen) }
                    if items.is_empty() {
                        { para(v.empty) }
                    } else {
                        <ol class="question-list">
                            for (place, q) in items.iter().enumerate() {
                                <QuestionItem key={q.id.clone()} question={q.clone()} {place} {total}
                                    editing={editing(&screen.local, &q.id)}
                                    other_editing={screen.local.editing.as_ref().is_some_and(|(id, _)| *id != q.id)}
                                    screen={Handles(screen.clone())} />
                            }
                        </ol>
                    }
                    { add_form(&screen) }
                </section>
                { parts(&screen) }
            </div>
            { summary(&screen.app, &clinic, &today, screen.local.large_print, screen.local.english_copy) }
            <div class="visit-tools">
                { take_along(&screen, &today) }
                { step_nav(&Route::MyVisit) }
            </div>
        </div>
    }
}
