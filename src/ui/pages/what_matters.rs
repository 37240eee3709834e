//! What matters to me: rate each factor on the same scale (values clarification).

use yew::prelude::*;

use crate::content::{factors_for, fill, texts, Text};
use crate::route::Route;
use crate::state::{Action, Importance};
use crate::ui::components::choice::{choice, Props as ChoiceProps};
use crate::ui::components::next_link::step_nav;
use crate::ui::components::page_intro::page_intro;
use crate::ui::context::AppContext;

/// The WhatMatters screen.
pub fn what_matters(app: &AppContext) -> Html {
    let t = texts();
    let v = &t.values;
    let scale: Vec<(&'static str, Text)> = vec![
        (Importance::NotImportant.id(), v.not_important),
        (Importance::Somewhat.id(), v.somewhat),
        (Importance::Very.id(), v.very),
    ];
    // Only the factors for the person's substance (no overdose protection for alcohol alone).
    let factors = factors_for(t, app.answers.substance);
    let count = factors
        .iter()
        .filter(|f| app.values.contains_key(f.id.get()))
        .count();
    let rated = fill(v.rated, "count", count.to_string());
    let rated = fill(&rated, "total", factors.len().to_string());
    html! {
        <>
            { page_intro(&Route::WhatMatters) }
            <p role="status">{ rated }</p>
            for factor in factors {
                <div class="factor" data-factor={factor.id}>
                    { choice(ChoiceProps { name: (format!("value-{}", factor.id)).into(), legend: factor.title, hint: Some(factor.explain), options: scale.clone(), selected: app.values.get(factor.id.get()).map(|i| i.id()), onchange: { let (app, id) = (app.clone(), factor.id);
                            Callback::from(move |value: Option<&'static str>| {
                                app.dispatch(Action::Rate(id.to_string(), value.and_then(Importance::from_id)))
                            }) } }) }
                </div>
            }
            { step_nav(&Route::WhatMatters) }
        </>
    }
}
