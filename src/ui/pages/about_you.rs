//! About you: short optional questions about the person's situation. Each question appears
//! only when it applies, and each can be changed or cleared at any time.

use yew::prelude::*;

use crate::content::{questions, texts, Question, Section, Text};
use crate::route::Route;
use crate::state::{Action, AnswerChange, AppState};
use crate::ui::components::choice::{choice, Props as ChoiceProps};
use crate::ui::components::next_link::step_nav;
use crate::ui::components::page_intro::page_intro;
use crate::ui::components::para::para;
use crate::ui::context::AppContext;

/// The AboutYou screen.
pub fn about_you(app: &AppContext) -> Html {
    let t = texts();
    let all = questions(t, &app.answers);
    // Element ids come from the section, never from its translated heading (which has spaces).
    let section = |which: Section, heading: Text| {
        let items: Vec<Question> = all.iter().filter(|q| q.section == which).cloned().collect();
        let id = match which {
            Section::Use => "section-use",
            Section::Health => "section-health",
            Section::Practical => "section-practical",
        };
        html! {
            <section class="question-section" aria-labelledby={id}>
                <h2 id={id}>{ heading }</h2>
                for q in items {
                    <QuestionField key={q.name} question={q.clone()} dispatch={app.dispatcher()} />
                }
            </section>
        }
    };
    html! {
        <>
            { page_intro(&Route::AboutYou) }
            { para(t.questions.intro_private) }
            { section(Section::Use, t.questions.section_use) }
            { section(Section::Health, t.questions.section_health) }
            { section(Section::Practical, t.questions.section_practical) }
            { step_nav(&Route::AboutYou) }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct FieldProps {
    question: Question,
    /// The same from one render to the next, so a question whose words and answer did not
    /// change is not redrawn when another one is answered.
    dispatch: UseReducerDispatcher<AppState>,
}

/// One question, and for thoughts of self-harm, help shown at once. A component, redrawn only
/// when its own words or answer change.
#[function_component]
fn QuestionField(props: &FieldProps) -> Html {
    let t = texts();
    let q = props.question.clone();
    let dispatch = props.dispatch.clone();
    let name = q.name;
    let onchange = Callback::from(move |value: Option<&'static str>| {
        if let Some(change) = AnswerChange::from_ids(name, value) {
            dispatch.dispatch(Action::Answer(change));
        }
    });
    // "Not sure" counts like "yes" here too: help shows at once for either.
    let crisis = name == "self_harm" && matches!(q.selected, Some("yes" | "not-sure"));
    let help = &t.questions.crisis;
    // Keyed by question: when questions appear or go, each keeps its own elements, so the
    // focus stays on the answer the person just chose.
    html! {
        <div class="question" key={q.name}>
            { choice(ChoiceProps { name: (q.name).into(), legend: q.legend, hint: None, options: q.options, selected: q.selected, onchange }) }
            if crisis {
                <div class="crisis-help" role="alert">
                    { para(help.help_now) }
                    <p><a class="button button--urgent" href={help.help_tel}>{ help.help_call }</a></p>
                </div>
            }
        </div>
    }
}
