//! Every screen's address: the screens of the guide, parsed from and written to a location
//! hash, with their titles and menu labels. Pure, so it is tested natively (`tests/route.rs`);
//! `ui::route` follows the hash in the browser and draws each screen. Hash routes (`#/compare`)
//! work from any static folder, survive a reload, and keep shared data out of what a browser
//! sends to a server.

use crate::content::{Text, Texts};

/// The screens of the guide, in the order of the main navigation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Welcome,
    AboutYou,
    WhatMatters,
    Compare,
    ThingsToRaise,
    Check,
    MyVisit,
    Library,
    Article {
        id: String,
    },
    /// One option on a screen of its own, by its content id (`#/options/<id>`).
    OptionPage {
        id: String,
    },
    MyData,
    About,
    ForClinics,
    /// A shared visit list: the data rides in the address after `#/share/`.
    Share {
        data: String,
    },
    NotFound,
}

impl Route {
    /// The screens in the main navigation, in order.
    /// The patient menu. For clinics is a staff page: reached from About, not from here.
    pub const MENU: [Route; 10] = [
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
    ];

    /// The steps of the guide, in order: each shows "Step n of 6" and leads back and on.
    pub const STEPS: [Route; 6] = [
        Route::AboutYou,
        Route::WhatMatters,
        Route::Compare,
        Route::ThingsToRaise,
        Route::Check,
        Route::MyVisit,
    ];

    /// Where this screen is among the steps (from 0), if it is one.
    pub fn step(&self) -> Option<usize> {
        Route::STEPS.iter().position(|s| s == self)
    }

    /// The screen for a location hash such as `#/compare` (an empty hash is the Welcome
    /// screen; anything unknown is Not found).
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        let path = path
            .strip_suffix('/')
            .filter(|p| !p.is_empty())
            .unwrap_or(path);
        match path {
            "" | "/" => Route::Welcome,
            "/about-you" => Route::AboutYou,
            "/what-matters" => Route::WhatMatters,
            "/compare" => Route::Compare,
            "/things-to-raise" => Route::ThingsToRaise,
            "/check" => Route::Check,
            "/my-visit" => Route::MyVisit,
            "/library" => Route::Library,
            "/my-data" => Route::MyData,
            "/about" => Route::About,
            "/for-clinics" => Route::ForClinics,
            other => {
                if let Some(data) = other.strip_prefix("/share/") {
                    return Route::Share {
                        data: data.to_string(),
                    };
                }
                let id = |prefix| {
                    other
                        .strip_prefix(prefix)
                        .filter(|id: &&str| !id.is_empty() && !id.contains('/'))
                        .map(str::to_string)
                };
                if let Some(id) = id("/library/") {
                    Route::Article { id }
                } else if let Some(id) = id("/options/") {
                    Route::OptionPage { id }
                } else {
                    Route::NotFound
                }
            }
        }
    }

    /// The path after `#`.
    pub fn path(&self) -> String {
        match self {
            Route::Welcome => "/".into(),
            Route::AboutYou => "/about-you".into(),
            Route::WhatMatters => "/what-matters".into(),
            Route::Compare => "/compare".into(),
            Route::ThingsToRaise => "/things-to-raise".into(),
            Route::Check => "/check".into(),
            Route::MyVisit => "/my-visit".into(),
            Route::Library => "/library".into(),
            Route::Article { id } => format!("/library/{id}"),
            Route::OptionPage { id } => format!("/options/{id}"),
            Route::MyData => "/my-data".into(),
            Route::About => "/about".into(),
            Route::ForClinics => "/for-clinics".into(),
            Route::Share { data } => format!("/share/{data}"),
            Route::NotFound => "/404".into(),
        }
    }

    /// A plain link target (`#/compare`): it works before the app has loaded.
    pub fn href(&self) -> String {
        format!("#{}", self.path())
    }

    /// The screen's heading, also used in the tab title.
    pub fn title(&self, t: &Texts) -> Text {
        match self {
            Route::Article { id } => crate::content::article(t, id)
                .map(|a| a.title)
                .unwrap_or(t.library.not_found),
            Route::OptionPage { id } => crate::content::option(t, id)
                .map(|o| o.list_name)
                .unwrap_or(t.pages.not_found.title),
            _ => self.intro(t).0,
        }
    }

    /// The screen's heading and the sentence that says what it is for.
    pub fn intro(&self, t: &Texts) -> (Text, Text) {
        let p = &t.pages;
        match self {
            Route::Welcome => (p.welcome.title, p.welcome.purpose),
            Route::AboutYou => (p.about_you.title, p.about_you.purpose),
            Route::WhatMatters => (p.what_matters.title, p.what_matters.purpose),
            Route::Compare => (p.compare.title, p.compare.purpose),
            Route::OptionPage { .. } => (p.compare.title, t.compare.one_purpose),
            Route::ThingsToRaise => (p.things_to_raise.title, p.things_to_raise.purpose),
            Route::Check => (p.check.title, p.check.purpose),
            Route::MyVisit => (p.my_visit.title, p.my_visit.purpose),
            Route::Library | Route::Article { .. } => (p.library.title, p.library.purpose),
            Route::MyData => (p.my_data.title, p.my_data.purpose),
            Route::About => (p.about.title, p.about.purpose),
            Route::ForClinics => (p.for_clinics.title, p.for_clinics.purpose),
            Route::Share { .. } => (p.share.title, p.share.purpose),
            Route::NotFound => (p.not_found.title, p.not_found.purpose),
        }
    }

    /// The navigation label.
    pub fn label(&self, t: &Texts) -> Text {
        let n = &t.nav;
        match self {
            Route::Welcome => n.welcome,
            Route::AboutYou => n.about_you,
            Route::WhatMatters => n.what_matters,
            Route::Compare | Route::OptionPage { .. } => n.compare,
            Route::ThingsToRaise => n.things_to_raise,
            Route::Check => n.check,
            Route::MyVisit => n.my_visit,
            Route::Library | Route::Article { .. } => n.library,
            Route::MyData => n.my_data,
            Route::About => n.about,
            Route::ForClinics => n.for_clinics,
            Route::Share { .. } => t.pages.share.title,
            Route::NotFound => t.pages.not_found.title,
        }
    }
}
