//! Every screen's address. Hash routes (`#/compare`) work from any static folder, survive a
//! reload, and keep shared data out of what a browser sends to a server.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::Texts;
use crate::ui::pages;

/// The screens of the guide, in the order of the main navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Welcome,
    #[at("/about-you")]
    AboutYou,
    #[at("/what-matters")]
    WhatMatters,
    #[at("/compare")]
    Compare,
    #[at("/things-to-raise")]
    ThingsToRaise,
    #[at("/check")]
    Check,
    #[at("/my-visit")]
    MyVisit,
    #[at("/library")]
    Library,
    #[at("/my-data")]
    MyData,
    #[at("/about")]
    About,
    #[at("/for-clinics")]
    ForClinics,
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The screens in the main navigation, in order.
    pub const MENU: [Route; 11] = [
        Route::Welcome,
        Route::AboutYou,
        Route::WhatMatters,
        Route::Compare,
        Route::ThingsToRaise,
        Route::Check,
        Route::MyVisit,
        Route::Library,
        Route::MyData,
        Route::About,
        Route::ForClinics,
    ];

    /// A plain link target (`#/compare`): it works before the app has loaded.
    pub fn href(self) -> String {
        format!("#{}", self.to_path())
    }

    /// The navigation label.
    pub fn label(self, t: &Texts) -> &'static str {
        let n = &t.nav;
        match self {
            Route::Welcome => n.welcome,
            Route::AboutYou => n.about_you,
            Route::WhatMatters => n.what_matters,
            Route::Compare => n.compare,
            Route::ThingsToRaise => n.things_to_raise,
            Route::Check => n.check,
            Route::MyVisit => n.my_visit,
            Route::Library => n.library,
            Route::MyData => n.my_data,
            Route::About => n.about,
            Route::ForClinics => n.for_clinics,
            Route::NotFound => t.pages.not_found.title,
        }
    }
}

/// The page for each route.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Welcome => html! { <pages::welcome::Welcome /> },
        Route::AboutYou => html! { <pages::about_you::AboutYou /> },
        Route::MyData => html! { <pages::my_data::MyData /> },
        Route::NotFound => html! { <pages::not_found::NotFound /> },
        placeholder => html! { <pages::placeholder::Placeholder route={placeholder} /> },
    }
}
