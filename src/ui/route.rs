//! The router in the browser: the screen the page's hash names, kept up to date, and the page
//! drawn for it. Links are plain `href="#/..."` (see [`crate::route`]), and the app listens for
//! `hashchange` (a router crate cost more wasm than the whole of this file).

use yew::prelude::*;

use crate::embed::settings::ClinicSettings;
use crate::route::Route;
use crate::ui::context::AppContext;
use crate::ui::pages;

/// The screen named by the page's hash now, kept up to date as the hash changes.
#[hook]
pub fn use_route() -> Route {
    let current = || {
        // Rendered at build time (the first screen in index.html) there is no address.
        if cfg!(not(target_arch = "wasm32")) {
            return Route::Welcome;
        }
        let hash = web_sys::window().and_then(|w| w.location().hash().ok());
        Route::from_hash(&hash.unwrap_or_default())
    };
    let route = use_state(current);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window().expect("the app runs in a window");
            let listener = gloo_events::EventListener::new(&window, "hashchange", move |_| {
                route.set(current());
            });
            move || drop(listener)
        });
    }
    (*route).clone()
}

/// The page for each route.
pub fn switch(route: &Route, app: &AppContext, clinic: &ClinicSettings, discreet: bool) -> Html {
    match route {
        Route::Welcome => pages::welcome::welcome(app, discreet),
        Route::AboutYou => pages::about_you::about_you(app),
        Route::WhatMatters => pages::what_matters::what_matters(app),
        Route::Compare => pages::compare::compare(app, clinic),
        Route::ThingsToRaise => pages::things_to_raise::things_to_raise(app, clinic),
        Route::Check => pages::check::check(app),
        Route::Library => pages::library::library(),
        Route::Article { id } => pages::library::article_page(id),
        Route::OptionPage { id } => pages::compare::one_option(app, clinic, id),
        Route::About => pages::about::about(),
        Route::MyData => html! { <pages::my_data::MyData /> },
        Route::MyVisit => html! { <pages::my_visit::MyVisit key="visit" /> },
        Route::Share { data } => {
            html! { <pages::my_visit::MyVisit key={format!("share/{data}")} share={Some(data.clone())} /> }
        }
        Route::NotFound => pages::not_found::not_found(),
        Route::ForClinics => pages::for_clinics::for_clinics(),
    }
}
