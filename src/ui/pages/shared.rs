//! A shared visit list (`#/share/<data>`): a read-only preview, and the questions added to
//! this device's list only after the person confirms. A damaged, newer or oversized link gets
//! a clear message and changes nothing. Drawn by the My visit component (its list is where
//! the questions go), as a function over that screen's state.

use yew::prelude::*;

use crate::content::{fill, option, texts};
use crate::domain::share::{decode, ShareError};
use crate::state::summary::shared_text;
use crate::state::Action;
use crate::ui::components::page_intro::page_intro;
use crate::ui::pages::my_visit::{button, field_error, Screen};
use crate::ui::route::Route;

/// Where adding stands.
#[derive(Clone, Copy, Default, PartialEq)]
pub enum Step {
    #[default]
    Preview,
    Confirm,
    Added(usize),
}

/// The preview of a shared list, and adding it after a confirmation. The focus follows each
/// step: to the safe choice when asked to confirm, then to the way on.
pub fn shared_page(screen: &Screen, data: &str) -> Html {
    let t = texts();
    let k = &t.shared;
    let app = &screen.app;
    let step = screen.local.share_step;
    let route = Route::Share {
        data: data.to_string(),
    };
    let shared = match decode(data) {
        Ok(shared) => shared,
        Err(error) => {
            let message = match error {
                ShareError::Newer => k.newer,
                ShareError::TooBig => k.too_big,
                ShareError::Damaged => k.damaged,
            };
            return html! {
                <>
                    { page_intro(&route) }
                    { field_error("share-error".into(), message) }
                    <p><a href={Route::MyVisit.href()}>{ k.go_visit }</a></p>
                </>
            };
        }
    };
    // Questions this guide can show; a suggestion it does not know (say, from a newer
    // guide) is left out.
    let questions: Vec<_> = shared
        .questions
        .iter()
        .filter_map(|q| shared_text(t, q).map(|text| (text, q)))
        .collect();
    let options: Vec<_> = shared
        .options
        .iter()
        .filter_map(|id| option(t, id))
        .collect();
    let flags: Vec<_> = shared
        .flags
        .iter()
        .filter_map(|id| t.flags.iter().find(|f| f.id == id.as_str()))
        .collect();
    // Questions already on this device's list (same words) are not added twice.
    let new = questions
        .iter()
        .filter(|(text, _)| !app.visit.questions.items.iter().any(|i| &i.text == text))
        .count();
    let count = new.to_string();
    let go = |to: Step, focus: &'static str| {
        let (screen, questions) = (screen.clone(), shared.questions.clone());
        Callback::from(move |_| {
            if matches!(to, Step::Added(_)) {
                screen.app.dispatch(Action::AddShared(questions.clone()));
            }
            screen.update(Some(focus.to_string()), |l| l.share_step = to);
        })
    };
    html! {
        <>
            { page_intro(&route) }
            <p>{ k.intro }</p>
            <section class="shared-preview" aria-labelledby="shared-questions">
                <h2 id="shared-questions">{ k.questions }</h2>
                if questions.is_empty() {
                    <p>{ t.summary.nothing }</p>
                } else {
                    <ol>
                        for (text, q) in questions.iter() {
                            <li>
                                { text.clone() }
                                if q.asked {
                                    <span class="tag">{ t.visit.asked }</span>
                                }
                                if !q.note.is_empty() {
                                    <p class="visit-summary__answer">
                                        <span class="visit-summary__answer-label">{ t.summary.answer_space }</span>
                                        { " " }{ q.note.clone() }
                                    </p>
                                }
                            </li>
                        }
                    </ol>
                }
                if !options.is_empty() {
                    <h2>{ t.summary.part_options }</h2>
                    <ul>
                        for o in options.iter() { <li>{ o.name }</li> }
                    </ul>
                }
                if !flags.is_empty() {
                    <h2>{ t.summary.part_flags }</h2>
                    <ul>
                        for f in flags.iter() { <li>{ f.title }</li> }
                    </ul>
                }
            </section>
            {
                match step {
                    Step::Preview => html! {
                        if !questions.is_empty() {
                            { button("shared-add".into(), k.add, None, false, go(Step::Confirm, "shared-no")) }
                        }
                    },
                    Step::Confirm => html! {
                        <div class="confirm" role="alertdialog" aria-labelledby="shared-confirm-text">
                            <p id="shared-confirm-text">{ fill(k.confirm, "count", &count) }</p>
                            { button("shared-yes".into(), k.yes, None, false, go(Step::Added(new), "go-visit")) }
                            { button("shared-no".into(), k.no, None, false, go(Step::Preview, "shared-add")) }
                        </div>
                    },
                    Step::Added(n) => html! {
                        <p role="status" id="shared-added">{ fill(k.added, "count", n.to_string()) }</p>
                    },
                }
            }
            <p><a href={Route::MyVisit.href()} id="go-visit">{ k.go_visit }</a></p>
        </>
    }
}
