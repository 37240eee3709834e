//! Check: true-or-false facts with explanations, the SURE test, where the person is leaning,
//! and who else they want involved.

use yew::prelude::*;

use crate::content::{
    fill, options_for, quiz_for, safety_notes as content_safety_notes, texts, Text,
};
use crate::domain::check::{may_need_support, sure_score, Leaning, PEOPLE};
use crate::domain::ids::article;
use crate::route::Route;
use crate::state::Action;
use crate::ui::components::choice::{choice, Props as ChoiceProps};
use crate::ui::components::next_link::{read_more, step_nav};
use crate::ui::components::page_intro::page_intro;
use crate::ui::components::para::{para, titled};
use crate::ui::components::safety_notes::safety_notes;
use crate::ui::components::source_list::source_list;
use crate::ui::context::AppContext;

/// The Check screen.
pub fn check(app: &AppContext) -> Html {
    html! {
        <>
            { page_intro(&Route::Check) }
            { quiz(app) }
            { read_more(&[article::STARTING_SAFELY, article::STAYING_ON_TRACK, article::TALKING_TO_YOUR_DOCTOR], app.answers.substance) }
            { sure(app) }
            { lean(app) }
            { involve(app) }
            { step_nav(&Route::Check) }
        </>
    }
}

fn quiz(app: &AppContext) -> Html {
    let t = texts();
    let k = &t.check;
    let options = vec![("true", k.true_label), ("false", k.false_label)];
    html! {
        { titled("quiz-heading", k.quiz_heading, html! {
            <>
                { para(k.quiz_intro) }
                for item in quiz_for(t, app.answers.substance) {
                    <div class="quiz-item" data-quiz={item.id}>
                        { choice(ChoiceProps { name: (format!("quiz-{}", item.id)).into(), legend: item.statement, hint: None, options: options.clone(), selected: app.check.quiz.get(item.id.get()).map(|a| if *a { "true" } else { "false" }), onchange: { let (app, id) = (app.clone(), item.id);
                                Callback::from(move |v: Option<&'static str>| {
                                    if let Some(v) = v {
                                        app.dispatch(Action::Quiz(id.to_string(), v == "true"));
                                    }
                                }) } }) }
                        <div aria-live="polite">
                            if let Some(answer) = app.check.quiz.get(item.id.get()) {
                                <div class="quiz-item__feedback">
                                    <p><strong>{ if *answer == item.answer { k.correct } else { k.incorrect } }</strong>
                                        { " " }{ item.explain }</p>
                                    { source_list(item.sources) }
                                </div>
                            }
                        </div>
                    </div>
                }
            </>
        }) }
    }
}

fn sure(app: &AppContext) -> Html {
    let t = texts();
    let k = &t.check;
    let options = vec![("yes", k.sure_yes), ("no", k.sure_no)];
    let score = sure_score(&app.check.sure);
    html! {
        { titled("sure-heading", k.sure_heading, html! {
            <>
                { para(k.sure_intro) }
                for item in t.sure.iter() {
                    { choice(ChoiceProps { name: (format!("sure-{}", item.id)).into(), legend: item.question, hint: None, options: options.clone(), selected: app.check.sure.get(item.id.get()).map(|a| if *a { "yes" } else { "no" }), onchange: { let (app, id) = (app.clone(), item.id);
                            Callback::from(move |v: Option<&'static str>| {
                                app.dispatch(Action::Sure(id.to_string(), v.map(|v| v == "yes")))
                            }) } }) }
                }
                <div aria-live="polite" class="sure-result" id="sure-result">
                    if let Some(score) = score {
                        <p><strong>{ fill(k.sure_score, "score", score.to_string()) }</strong></p>
                        if may_need_support(score) {
                            { para(k.sure_low) }
                            <ul>
                                for item in t.sure.iter().filter(|i| app.check.sure.get(i.id.get()) == Some(&false)) {
                                    <li>{ item.help }</li>
                                }
                            </ul>
                        } else {
                            { para(k.sure_high) }
                        }
                    }
                </div>
            </>
        }) }
    }
}

fn lean(app: &AppContext) -> Html {
    let t = texts();
    let k = &t.check;
    let app = app.clone();
    let mut options: Vec<(&'static str, Text)> = options_for(t, &app.answers, false)
        .into_iter()
        .map(|o| (o.id.get(), o.list_name))
        .collect();
    options.push(("not-sure", k.lean_not_sure));
    options.push(("later", k.lean_later));
    // The safety points about the option the person leans toward, right beside the choice.
    let notes = match &app.check.leaning {
        Some(Leaning::Option(id)) => content_safety_notes(t, &app.answers, id),
        _ => Vec::new(),
    };
    let selected = app.check.leaning.as_ref().and_then(|l| match l {
        Leaning::Option(id) => options.iter().find(|(o, _)| o == id).map(|(o, _)| *o),
        Leaning::NotSure => Some("not-sure"),
        Leaning::DecideLater => Some("later"),
    });
    let onchange = Callback::from(move |v: Option<&'static str>| {
        let leaning = v.map(|v| match v {
            "not-sure" => Leaning::NotSure,
            "later" => Leaning::DecideLater,
            id => Leaning::Option(id.to_string()),
        });
        app.dispatch(Action::Lean(leaning));
    });
    html! {
        { titled("lean-heading", k.lean_heading, html! {
            <>
                { para(k.lean_intro) }
                { choice(ChoiceProps { name: "leaning".into(), legend: k.lean_heading, hint: None, options, selected, onchange }) }
                { safety_notes(notes) }
            </>
        }) }
    }
}

fn involve(app: &AppContext) -> Html {
    let k = &texts().check;
    let label = |id: &str| match id {
        "partner" => k.involve_partner,
        "family" => k.involve_family,
        "friend" => k.involve_friend,
        "clinician" => k.involve_clinician,
        "counselor" => k.involve_counselor,
        "peer" => k.involve_peer,
        _ => k.involve_no_one,
    };
    html! {
        <fieldset class="choice" id="q-involved">
            <legend>{ k.involve_heading }</legend>
            for person in PEOPLE {
                <div class="choice__option">
                    <input type="checkbox" id={format!("involve-{person}")} value={person}
                        checked={app.check.involved.contains(person)}
                        onchange={
                            let app = app.clone();
                            Callback::from(move |_| app.dispatch(Action::ToggleInvolved(person.to_string())))
                        } />
                    <label for={format!("involve-{person}")}>{ label(person) }</label>
                </div>
            }
        </fieldset>
    }
}
