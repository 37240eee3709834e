//! About you: short optional questions about the person's situation. Each question appears
//! only when it applies, and each can be changed or cleared at any time.

use yew::prelude::*;

use crate::content::{questions, texts, Question, Section};
use crate::state::{Action, AnswerChange};
use crate::ui::components::choice::Choice;
use crate::ui::components::next_link::NextLink;
use crate::ui::components::page_intro::PageIntro;
use crate::ui::context::use_app;
use crate::ui::route::Route;

#[function_component]
pub fn AboutYou() -> Html {
    let t = texts();
    let app = use_app();
    let all = questions(t, &app.answers);
    let section = |which: Section, heading: &'static str| {
        let items: Vec<Question> = all.iter().filter(|q| q.section == which).cloned().collect();
        html! {
            <section class="question-section" aria-labelledby={format!("section-{heading}")}>
                <h2 id={format!("section-{heading}")}>{ heading }</h2>
                for q in items {
                    <QuestionField question={q} />
                }
            </section>
        }
    };
    html! {
        <>
            <PageIntro route={Route::AboutYou} />
            <p>{ t.questions.intro_private }</p>
            { section(Section::Use, t.questions.section_use) }
            { section(Section::Health, t.questions.section_health) }
            { section(Section::Practical, t.questions.section_practical) }
            <NextLink route={Route::WhatMatters} text={t.next.about_you} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct QuestionFieldProps {
    question: Question,
}

/// One question, and for thoughts of self-harm, help shown at once.
#[function_component]
fn QuestionField(props: &QuestionFieldProps) -> Html {
    let t = texts();
    let app = use_app();
    let q = &props.question;
    let name = q.name;
    let onchange = Callback::from(move |value: Option<&'static str>| {
        if let Some(change) = AnswerChange::from_ids(name, value) {
            app.dispatch(Action::Answer(change));
        }
    });
    let crisis = name == "self_harm" && q.selected == Some("yes");
    let help = &t.questions.self_harm;
    html! {
        <>
            <Choice name={q.name} legend={q.legend} options={q.options.clone()}
                selected={q.selected} {onchange} />
            if crisis {
                <div class="crisis-help" role="alert">
                    <p>{ help.help_now }</p>
                    <p><a class="button button--urgent" href={help.help_tel}>{ help.help_call }</a></p>
                </div>
            }
        </>
    }
}
