//! My visit: the question list (add, edit, remove, reorder by keyboard, asked, notes), the
//! printable summary and what goes on it, and private ways to take it along: text, a share
//! link with its QR code, and calendar files.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::content::{considered, fill, option, options_for, texts, Text};
use crate::domain::calendar::{calendar, Event as CalendarEvent, LocalTime, Shot, SHOTS};
use crate::domain::qr::qr;
use crate::domain::share::{encode, ShareError};
use crate::domain::visit::{clean, Question, TextError, MAX_NOTE, MAX_QUESTION};
use crate::state::summary::{part_labels, Section};
use crate::state::Action;
use crate::ui::browser;
use crate::ui::components::next_link::step_nav;
use crate::ui::components::page_intro::page_intro;
use crate::ui::context::{use_ui, AppContext};
use crate::ui::pages::shared::{shared_page, Step};
use crate::ui::route::Route;

/// A plain button: its id, its words, the name a screen reader gives it when the words alone
/// would be ambiguous (such as "Move up: <the question>"), and whether it is disabled.
/// (One function for every button here: each `html!` element costs wasm.)
pub(super) fn button(
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
pub(super) fn field_error(id: String, message: Text) -> Html {
    html! { <p class="field-error" {id} role="alert">{ message }</p> }
}

/// An element id made from a question id (`s:flag:crisis` becomes `s-flag-crisis`).
fn dom_id(prefix: &str, question: &str) -> String {
    format!("{prefix}-{}", question.replace(':', "-"))
}

/// What the screen keeps while it is open (not saved): one state for all of it, since each
/// hook and component costs wasm.
#[derive(Clone, Default, PartialEq)]
pub(super) struct Local {
    /// Announced to screen readers after a change.
    status: String,
    /// The question being edited (by id), and the last error if any.
    editing: Option<(String, Option<TextError>)>,
    add_error: Option<TextError>,
    /// Print the summary in large type, with more room to write.
    large_print: bool,
    /// The question last removed and its place, while "Undo" is offered.
    removed: Option<(Question, usize)>,
    took: Took,
    pub(super) share_step: Step,
}

/// The screen's handles, passed to the functions that draw its parts.
#[derive(Clone)]
pub struct Screen {
    pub app: AppContext,
    pub(super) local: UseStateHandle<Local>,
    /// After the next render: the field to focus, and words to put in it first. (Fields the
    /// person types in are not bound to a value: Yew would write the value back on every
    /// render, over what they are typing.)
    focus: Rc<RefCell<Option<Focus>>>,
}

/// A field to focus (by id), and words to put in it first.
type Focus = (String, Option<String>);

impl Screen {
    /// Changes the local state, then moves the focus to `focus` once the screen is drawn.
    pub(super) fn update(&self, focus: Option<String>, change: impl FnOnce(&mut Local)) {
        let mut next = (*self.local).clone();
        change(&mut next);
        // The same words again would not be read out: vary them invisibly.
        if !next.status.is_empty() && next.status.trim_end() == self.local.status.trim_end() {
            if self.local.status.ends_with('\u{a0}') {
                next.status = next.status.trim_end().to_string();
            } else {
                next.status.push('\u{a0}');
            }
        }
        self.local.set(next);
        *self.focus.borrow_mut() = focus.map(|id| (id, None));
    }

    /// Like [`Self::update`], and puts `text` into the focused field.
    fn update_filling(&self, focus: String, text: String, change: impl FnOnce(&mut Local)) {
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
    let screen = Screen {
        app: use_ui().app,
        local: use_state(Local::default),
        focus: use_mut_ref(|| None),
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
        let local = screen.local.clone();
        use_effect_with(screen.app.visit.clone(), move |_| {
            if local.took.link.is_some() {
                let mut next = (*local).clone();
                next.took.link = None;
                next.took.link_copied = false;
                local.set(next);
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
                <p>{ v.private }</p>
                <section aria-labelledby="questions-heading">
                    <h2 id="questions-heading" tabindex="-1">{ v.list_heading }</h2>
                    <p>{ v.list_intro }</p>
                    <p role="status" class="visually-hidden" id="visit-status">{ screen.local.status.clone() }</p>
                    { undo(&screen) }
                    if items.is_empty() {
                        <p>{ v.empty }</p>
                    } else {
                        <ol class="question-list">
                            for (place, q) in items.iter().enumerate() {
                                { item(&screen, q, place, total) }
                            }
                        </ol>
                    }
                    { add_form(&screen) }
                </section>
                { parts(&screen) }
            </div>
            { summary(&screen.app, &today, screen.local.large_print) }
            <div class="visit-tools">
                { take_along(&screen, &today) }
                { step_nav(&Route::MyVisit) }
            </div>
        </div>
    }
}

/// "Undo" for the question last removed, while it is offered.
fn undo(screen: &Screen) -> Html {
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

/// One question with its controls: asked, a note, and one Edit button, whose edit mode holds
/// the words, moving and removing. The buttons name the question they act on. Keyed, so a
/// moved question keeps its own elements.
fn item(screen: &Screen, q: &Question, place: usize, total: usize) -> Html {
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
            screen.update(Some("undo-remove".into()), |l| {
                l.status = texts().visit.removed.to_string();
                l.editing = None;
                l.removed = Some((question.clone(), place));
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
                    screen.update(Some(edit_id.clone()), |l| l.editing = Some((id, Some(e))));
                    return;
                }
            }
            match step {
                None => screen.update_filling(edit_id.clone(), text.clone(), |l| {
                    l.editing = Some((id.clone(), None))
                }),
                Some(_) => screen.update(Some(dom_id("edit-button", &id)), |l| l.editing = None),
            }
        })
    };

    let editing = match &screen.local.editing {
        Some((which, error)) if *which == id => Some(*error),
        _ => None,
    };
    // While another question is being edited, its unsaved words must not be lost to a second
    // Edit: this one waits.
    let other_editing = editing.is_none() && screen.local.editing.is_some();
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
fn add_form(screen: &Screen) -> Html {
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
                Err(e) => screen.update(focus, |l| l.add_error = Some(e)),
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

/// What goes on the summary, the text and the share link.
fn parts(screen: &Screen) -> Html {
    let s = &texts().summary;
    let app = &screen.app;
    let large = {
        let screen = screen.clone();
        Callback::from(move |_| screen.update(None, |l| l.large_print = !l.large_print))
    };
    html! {
        <section aria-labelledby="parts-heading">
            <h2 id="parts-heading">{ s.heading }</h2>
            <p>{ s.intro }</p>
            <fieldset class="parts">
                <legend>{ s.choose }</legend>
                for (part, label) in part_labels(texts()) {
                    <div class="parts__item">
                        <input type="checkbox" id={format!("part-{part}")} checked={app.visit.includes(part)}
                            onchange={
                                let app = app.clone();
                                Callback::from(move |e: Event| {
                                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                                    app.dispatch(Action::IncludePart(part.to_string(), input.checked()));
                                })
                            } />
                        <label for={format!("part-{part}")}>{ label }</label>
                    </div>
                }
            </fieldset>
            <div class="choice__option">
                <input type="checkbox" id="large-print" checked={screen.local.large_print} onchange={large} />
                <label for="large-print">{ s.large_print }</label>
            </div>
            <p>{ s.print_hint }</p>
            { button("print".into(), s.print, None, false, Callback::from(|_| browser::print())) }
        </section>
    }
}

/// The printable summary. On screen it is the preview of what prints.
fn summary(app: &AppContext, today: &str, large: bool) -> Html {
    let t = texts();
    let s = &t.summary;
    html! {
        <section class={classes!("visit-summary", large.then_some("visit-summary--large"))} aria-labelledby="summary-title">
            <h2 id="summary-title">{ s.title }</h2>
            <p class="visit-summary__made">{ fill(s.made, "date", today) }</p>
            { sections(app.summary(t)) }
        </section>
    }
}

/// Parts of a summary, each with its heading: questions numbered with room for the answer,
/// the rest as lists. Also draws the preview of a shared list.
pub(super) fn sections(parts: Vec<Section>) -> Html {
    let t = texts();
    let s = &t.summary;
    parts
        .into_iter()
        .map(|section| {
            let questions = section.part == "questions";
            let empty = section.items.is_empty();
            let items: Html = section
                .items
                .into_iter()
                .map(|item| {
                    html! {
                        <li>
                            { item.text }
                            if item.asked {
                                <span class="tag">{ t.visit.asked }</span>
                            }
                            for detail in item.details {
                                <span class="visit-summary__detail">{ detail }</span>
                            }
                            if questions {
                                <p class="visit-summary__answer">
                                    <span class="visit-summary__answer-label">{ s.answer_space }</span>
                                    { " " }{ item.note }
                                </p>
                            }
                        </li>
                    }
                })
                .collect();
            html! {
                <section class={classes!("visit-summary__part", format!("part-{}", section.part))}>
                    <h3>{ section.heading }</h3>
                    if empty {
                        <p>{ s.nothing }</p>
                    } else if questions {
                        <ol class="visit-summary__questions">{ items }</ol>
                    } else {
                        <ul>{ items }</ul>
                    }
                </section>
            }
        })
        .collect()
}

/// What the take-along buttons last did. One state for all of them (each hook and field
/// callback costs wasm); the date fields are read when a button is pressed.
#[derive(Clone, Default, PartialEq)]
struct Took {
    copied: Option<bool>,
    link: Option<Result<String, ShareError>>,
    link_copied: bool,
    bad_visit_date: bool,
    bad_shot_date: bool,
}

/// What a take-along button asks for.
#[derive(Clone, Copy, PartialEq)]
enum Take {
    Copy,
    Download,
    MakeLink,
    CopyLink,
    VisitCalendar,
    ShotCalendar,
}

/// Copy, download, share link with QR code, and calendar files.
fn take_along(screen: &Screen, today: &str) -> Html {
    let t = texts();
    let k = &t.take;
    let took = &screen.local.took;
    let text = screen.app.summary_text(t, today);
    let button = |id: &'static str, label: Text, take: Take| {
        let (screen, text) = (screen.clone(), text.clone());
        let onclick = Callback::from(move |_| run(take, &screen, &text));
        button(id.into(), label, None, false, onclick)
    };
    let shots = [k.shot_naltrexone, k.shot_monthly, k.shot_weekly];
    let app = &screen.app;
    let first_shot =
        Shot::default_for(&considered(app.check.leaning.as_ref(), &app.compare.picked));
    // The shots for the person's substance (only the naltrexone shot for alcohol), and always
    // the one they are considering.
    let offered = options_for(t, &app.answers, false);
    let offered_shots = SHOTS.iter().zip(shots).filter(|(shot, _)| {
        shot.id == first_shot.id || offered.iter().any(|o| o.id == shot.option)
    });
    let date_fields = |date: &'static str, date_label: Text, time: &'static str, bad: bool| {
        let error = format!("{date}-error");
        html! {
            <>
                <div class="take__dates">
                    <label for={date}>{ date_label }</label>
                    <input type="date" id={date} aria-invalid={bad.then_some("true")}
                        aria-describedby={bad.then(|| error.clone())} />
                    <label for={time}>{ k.visit_time }</label>
                    <input type="time" id={time} aria-invalid={bad.then_some("true")}
                        aria-describedby={bad.then(|| error.clone())} />
                </div>
                if bad {
                    { field_error(error, k.bad_date) }
                }
            </>
        }
    };
    html! {
        <section aria-labelledby="take-heading">
            <h2 id="take-heading">{ k.heading }</h2>
            <div class="take__row">
                { button("copy-text", k.copy, Take::Copy) }
                { button("download-text", k.download, Take::Download) }
            </div>
            <p role="status" id="copy-status">
                { match took.copied { Some(true) => k.copied.get(), Some(false) => k.copy_failed.get(), None => "" } }
            </p>
            <details class="take__text" open={took.copied == Some(false)}>
                <summary>{ k.copy_label }</summary>
                <textarea id="summary-text" readonly=true rows="8" value={text.clone()} aria-label={k.copy_label} />
            </details>

            <h3>{ k.share_heading }</h3>
            <p>{ k.share_intro }</p>
            { button("make-link", k.share_make, Take::MakeLink) }
            <div role="status" id="share-status">
                if let Some(Err(_)) = took.link {
                    <p class="field-error">{ k.share_too_big }</p>
                }
            </div>
            if let Some(Ok(url)) = &took.link {
                <div class="share">
                    <label for="share-link">{ k.share_label }</label>
                    <input id="share-link" type="text" readonly=true value={url.clone()} />
                    { button("copy-link", k.share_copy, Take::CopyLink) }
                    <p role="status">{ if took.link_copied { k.share_copied.get() } else { "" } }</p>
                    { qr_picture(url) }
                </div>
            }

            <h3>{ k.calendar_heading }</h3>
            <p>{ k.calendar_intro }</p>
            { date_fields("visit-date", k.visit_date, "visit-time", took.bad_visit_date) }
            { button("visit-ics", k.visit_download, Take::VisitCalendar) }

            <h3>{ k.shot_heading }</h3>
            <p>{ k.shot_intro }</p>
            <label for="shot-kind">{ k.shot_kind }</label>
            // Not restored by the browser: the default follows what the person is considering.
            <select id="shot-kind" autocomplete="off">
                for (Shot { id, .. }, label) in offered_shots {
                    <option value={*id} selected={*id == first_shot.id}>{ label }</option>
                }
            </select>
            { date_fields("shot-date", k.shot_date, "shot-time", took.bad_shot_date) }
            { button("shot-ics", k.shot_download, Take::ShotCalendar) }
        </section>
    }
}

/// Does what a take-along button asks.
fn run(take: Take, screen: &Screen, text: &str) {
    let t = texts();
    match take {
        Take::Copy | Take::CopyLink => {
            let copy_link = take == Take::CopyLink;
            let text = match (&screen.local.took.link, copy_link) {
                (Some(Ok(url)), true) => url.clone(),
                (_, true) => return,
                _ => text.to_string(),
            };
            let screen = screen.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(&text).await;
                screen.update(None, |l| {
                    if copy_link {
                        l.took.link_copied = ok;
                    } else {
                        l.took.copied = Some(ok);
                    }
                });
            });
        }
        Take::Download => browser::download(
            &format!("my-visit-{}.txt", browser::today()),
            "text/plain;charset=utf-8",
            text,
        ),
        Take::MakeLink => {
            let link = encode(&screen.app.shared(t))
                .map(|data| format!("{}{}", browser::address(), Route::Share { data }.href()));
            // Made: the focus goes to the link. Too long: the status says so.
            let focus = link.is_ok().then(|| "share-link".to_string());
            screen.update(focus, |l| {
                l.took.link = Some(link);
                l.took.link_copied = false;
            });
        }
        Take::VisitCalendar | Take::ShotCalendar => {
            let visit = take == Take::VisitCalendar;
            let (date_id, time_id) = if visit {
                ("visit-date", "visit-time")
            } else {
                ("shot-date", "shot-time")
            };
            let (date, time) = (browser::field_value(date_id), browser::field_value(time_id));
            let start = LocalTime::parse(&date, &time);
            let bad = start.is_none();
            // The focus goes to the field to fix: the date unless only the time is wrong.
            let fix = if LocalTime::parse(&date, "00:00").is_some() {
                time_id
            } else {
                date_id
            };
            screen.update(bad.then(|| fix.to_string()), |l| {
                if visit {
                    l.took.bad_visit_date = bad;
                } else {
                    l.took.bad_shot_date = bad;
                }
            });
            let Some(start) = start else {
                return;
            };
            let k = &t.take;
            // Unique for each file made: a calendar that had a deleted copy still takes it.
            let stamp = browser::stamp_utc();
            let event = if visit {
                CalendarEvent {
                    uid: format!("visit-{date}T{time}-{stamp}@recovery-options"),
                    start,
                    minutes: 60,
                    summary: k.visit_event.to_string(),
                    description: k.visit_event_detail.to_string(),
                    remind_before: 24 * 60,
                    repeat: None,
                }
            } else {
                let shot = Shot::find(&browser::field_value("shot-kind"));
                let name = option(t, shot.option)
                    .map(|o| o.name.get())
                    .unwrap_or_default();
                CalendarEvent {
                    uid: format!("shot-{}-{date}T{time}-{stamp}@recovery-options", shot.id),
                    start,
                    minutes: 30,
                    summary: fill(k.shot_event, "name", name),
                    description: k.shot_event_detail.to_string(),
                    remind_before: 24 * 60,
                    repeat: Some(shot.repeat()),
                }
            };
            let name = if visit {
                "my-visit.ics"
            } else {
                "shot-reminders.ics"
            };
            browser::download(
                name,
                "text/calendar;charset=utf-8",
                &calendar(&[event], &stamp),
            );
        }
    }
}

/// The QR code of a share link as SVG, with the quiet zone around it; or why there is none.
fn qr_picture(url: &str) -> Html {
    let k = &texts().take;
    match qr(url) {
        Some(code) => {
            let side = code.size + 8;
            html! {
                <svg class="qr" role="img" aria-label={k.qr_label} viewBox={format!("-4 -4 {side} {side}")}
                    shape-rendering="crispEdges" data-modules={code.size.to_string()}>
                    <rect x="-4" y="-4" width={side.to_string()} height={side.to_string()} fill="#fff" />
                    <path d={code.path} fill="#000" />
                </svg>
            }
        }
        None => html! { <p>{ k.qr_too_big }</p> },
    }
}
