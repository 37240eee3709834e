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

    /// The screen's heading, also used in the tab title.
    pub fn title(self, t: &Texts) -> &'static str {
        self.intro(t).0
    }

    /// The screen's heading and the sentence that says what it is for.
    pub fn intro(self, t: &Texts) -> (&'static str, &'static str) {
        let p = &t.pages;
        match self {
            Route::Welcome => (p.welcome.title, p.welcome.purpose),
            Route::AboutYou => (p.about_you.title, p.about_you.purpose),
            Route::WhatMatters => (p.what_matters.title, p.what_matters.purpose),
            Route::Compare => (p.compare.title, p.compare.purpose),
            Route::ThingsToRaise => (p.things_to_raise.title, p.things_to_raise.purpose),
            Route::Check => (p.check.title, p.check.purpose),
            Route::MyVisit => (p.my_visit.title, p.my_visit.purpose),
            Route::Library => (p.library.title, p.library.purpose),
            Route::MyData => (p.my_data.title, p.my_data.purpose),
            Route::About => (p.about.title, p.about.purpose),
            Route::ForClinics => (p.for_clinics.title, p.for_clinics.purpose),
            Route::NotFound => (p.not_found.title, p.not_found.purpose),
        }
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
