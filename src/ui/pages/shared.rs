//! A shared visit list (`#/share/<data>`): a read-only preview, and the questions added to
//! this device's list only after the person confirms. A damaged, newer or oversized link gets
//! a clear message and changes nothing.

use yew::prelude::*;

use crate::content::{fill, option, texts};
use crate::domain::share::{decode, ShareError};
use crate::state::summary::shared_text;
use crate::state::Action;
use crate::ui::browser;
use crate::ui::components::page_intro::page_intro;
use crate::ui::context::use_app;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub data: String,
}

/// Where adding stands.
#[derive(Clone, Copy, PartialEq)]
enum Step {
    Preview,
    Confirm,
    Added(usize),
}

#[function_component]
pub fn SharedList(props: &Props) -> Html {
    let t = texts();
    let k = &t.shared;
    let app = use_app();
    let step = use_state(|| Step::Preview);
    {
        // The focus follows each step: to the safe choice when asked to confirm, then on.
        use_effect_with(*step, |step| match step {
            Step::Confirm => browser::focus("shared-no"),
            Step::Added(_) => browser::focus("go-visit"),
            Step::Preview => {}
        });
    }
    let shared = match decode(&props.data) {
        Ok(shared) => shared,
        Err(error) => {
            let message = match error {
                ShareError::Newer => k.newer,
                ShareError::TooBig => k.too_big,
                ShareError::Damaged => k.damaged,
            };
            return html! {
                <>
                    { page_intro(&Route::Share { data: props.data.clone() }) }
                    <p class="field-error" role="alert" id="share-error">{ message }</p>
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
    let add = {
        let step = step.clone();
        Callback::from(move |_| step.set(Step::Confirm))
    };
    let confirm = {
        let (app, step, shared) = (app.clone(), step.clone(), shared.clone());
        Callback::from(move |_| {
            app.dispatch(Action::AddShared(shared.questions.clone()));
            step.set(Step::Added(new));
        })
    };
    let back = {
        let step = step.clone();
        Callback::from(move |_| step.set(Step::Preview))
    };
    html! {
        <>
            { page_intro(&Route::Share { data: props.data.clone() }) }
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
                match *step {
                    Step::Preview => html! {
                        if !questions.is_empty() {
                            <button type="button" id="shared-add" class="button" onclick={add}>{ k.add }</button>
                        }
                    },
                    Step::Confirm => html! {
                        <div class="confirm" role="alert">
                            <p>{ fill(k.confirm, "count", &count) }</p>
                            <button type="button" id="shared-yes" class="button" onclick={confirm}>{ k.yes }</button>
                            <button type="button" id="shared-no" onclick={back}>{ k.no }</button>
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
