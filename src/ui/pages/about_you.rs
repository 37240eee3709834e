//! About you: short optional questions about the person's situation.

use yew::prelude::*;

use crate::content::{goal_label, substance_label, texts};
use crate::domain::answers::{Goal, Substance};
use crate::state::Action;
use crate::ui::components::choice::Choice;
use crate::ui::components::page_intro::PageIntro;
use crate::ui::context::use_app;
use crate::ui::route::Route;

#[function_component]
pub fn AboutYou() -> Html {
    let t = texts();
    let app = use_app();
    let answers = &app.answers;

    let substance_options = Substance::ALL
        .iter()
        .map(|s| (s.id(), substance_label(t, *s)))
        .collect::<Vec<_>>();
    let on_substance = {
        let app = app.clone();
        Callback::from(move |id: Option<&'static str>| {
            app.dispatch(Action::SetSubstance(id.and_then(Substance::from_id)))
        })
    };
    let goal_options = Goal::ALL
        .iter()
        .map(|g| (g.id(), goal_label(t, *g)))
        .collect::<Vec<_>>();
    let on_goal = {
        let app = app.clone();
        Callback::from(move |id: Option<&'static str>| {
            app.dispatch(Action::SetGoal(id.and_then(Goal::from_id)))
        })
    };

    html! {
        <>
            <PageIntro route={Route::AboutYou} />
            <Choice name="substance" legend={t.questions.substance.legend}
                options={substance_options} selected={answers.substance.map(Substance::id)}
                onchange={on_substance} />
            <Choice name="goal" legend={t.questions.goal.legend}
                options={goal_options} selected={answers.goal.map(Goal::id)}
                onchange={on_goal} />
            <p class="coming-soon">{ t.coming_soon.text }</p>
        </>
    }
}
