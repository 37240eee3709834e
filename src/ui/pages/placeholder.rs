//! Screens that later work fills: each shows its heading, its purpose, and says honestly
//! that it is not ready yet.

use yew::prelude::*;

use crate::content::texts;
use crate::ui::components::page_intro::PageIntro;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub route: Route,
}

#[function_component]
pub fn Placeholder(props: &Props) -> Html {
    let t = texts();
    let p = &t.pages;
    let (title, purpose) = match props.route {
        Route::WhatMatters => (p.what_matters.title, p.what_matters.purpose),
        Route::Compare => (p.compare.title, p.compare.purpose),
        Route::ThingsToRaise => (p.things_to_raise.title, p.things_to_raise.purpose),
        Route::Check => (p.check.title, p.check.purpose),
        Route::MyVisit => (p.my_visit.title, p.my_visit.purpose),
        Route::Library => (p.library.title, p.library.purpose),
        Route::About => (p.about.title, p.about.purpose),
        Route::ForClinics => (p.for_clinics.title, p.for_clinics.purpose),
        Route::Welcome | Route::AboutYou | Route::MyData | Route::NotFound => {
            (p.not_found.title, p.not_found.purpose)
        }
    };
    html! {
        <>
            <PageIntro {title} {purpose} />
            <p class="coming-soon">{ t.coming_soon.text }</p>
        </>
    }
}
