//! What matters to me: rate each factor on the same scale (values clarification).

use yew::prelude::*;

use crate::content::{fill, texts};
use crate::state::{Action, Importance};
use crate::ui::components::choice::Choice;
use crate::ui::components::next_link::NextLink;
use crate::ui::components::page_intro::PageIntro;
use crate::ui::context::use_app;
use crate::ui::route::Route;

#[function_component]
pub fn WhatMatters() -> Html {
    let t = texts();
    let app = use_app();
    let v = &t.values;
    let scale: Vec<(&'static str, &'static str)> = vec![
        (Importance::NotImportant.id(), v.not_important),
        (Importance::Somewhat.id(), v.somewhat),
        (Importance::Very.id(), v.very),
    ];
    let rated = fill(
        v.rated,
        "count",
        &app.values.len().to_string(),
    );
    let rated = fill(&rated, "total", &t.factors.len().to_string());
    html! {
        <>
            <PageIntro route={Route::WhatMatters} />
            <p role="status">{ rated }</p>
            for factor in t.factors.iter() {
                <div class="factor" data-factor={factor.id}>
                    <Choice name={format!("value-{}", factor.id)} legend={factor.title}
                        hint={Some(factor.explain)}
                        options={scale.clone()}
                        selected={app.values.get(factor.id).map(|i| i.id())}
                        onchange={
                            let (app, id) = (app.clone(), factor.id);
                            Callback::from(move |value: Option<&'static str>| {
                                app.dispatch(Action::Rate(id.to_string(), value.and_then(Importance::from_id)))
                            })
                        } />
                </div>
            }
            <NextLink route={Route::Compare} text={t.next.what_matters} />
        </>
    }
}
