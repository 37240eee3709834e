//! Every screen's address: the screens of the guide, parsed from and written to a location
//! hash, with their titles and menu labels. Pure, so it is tested natively (`tests/route.rs`);
//! `ui::route` follows the hash in the browser and draws each screen. Hash routes (`#/compare`)
//! work from any static folder, survive a reload, and keep shared data out of what a browser
//! sends to a server.

use crate::content::{Text, Texts};

/// A screen with an address of its own: the one place such a screen is declared. Parsing,
/// links, the menu, the steps, titles and labels come from this table; `ui::route::switch`
/// draws its page.
struct Screen {
    route: Route,
    /// The path after `#`.
    path: &'static str,
    /// Its heading (also the tab title) and the sentence that says what it is for.
    words: fn(&Texts) -> (Text, Text),
    /// Its label in the menu and in "Back: ..." links.
    label: fn(&Texts) -> Text,
    /// In the patient menu (staff pages are reached from About instead).
    menu: bool,
    /// One of the steps of the guide ("Step n of 6", with a way back and on).
    step: bool,
    /// On a step, the words of its link on to the next step.
    next: Option<fn(&Texts) -> Text>,
}

/// Declares each screen with an address of its own once, in the order of the menu and the
/// steps: its variant of [`Route`] and its row of [`SCREENS`]. The routes whose address carries
/// data come after.
macro_rules! screens {
    ($($variant:ident { $($field:ident: $value:expr),+ $(,)? })+) => {
        /// The screens of the guide.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub enum Route {
            $($variant,)+
            /// A Library article, by its content id (`#/library/<id>`).
            Article { id: String },
            /// One option on a screen of its own, by its content id (`#/options/<id>`).
            OptionPage { id: String },
            /// A shared visit list: the data rides in the address after `#/share/`.
            Share { data: String },
            NotFound,
        }

        /// The screens with an address of their own.
        static SCREENS: [Screen; [$(stringify!($variant)),+].len()] =
            [$(Screen { route: Route::$variant, $($field: $value),+ }),+];
    };
}

screens! {
    Welcome {
        path: "/",
        words: |t| (t.pages.welcome.title, t.pages.welcome.purpose),
        label: |t| t.nav.welcome,
        menu: true,
        step: false,
        next: None,
    }
    AboutYou {
        path: "/about-you",
        words: |t| (t.pages.about_you.title, t.pages.about_you.purpose),
        label: |t| t.nav.about_you,
        menu: true,
        step: true,
        next: Some(|t| t.next.about_you),
    }
    WhatMatters {
        path: "/what-matters",
        words: |t| (t.pages.what_matters.title, t.pages.what_matters.purpose),
        label: |t| t.nav.what_matters,
        menu: true,
        step: true,
        next: Some(|t| t.next.what_matters),
    }
    Compare {
        path: "/compare",
        words: |t| (t.pages.compare.title, t.pages.compare.purpose),
        label: |t| t.nav.compare,
        menu: true,
        step: true,
        next: Some(|t| t.next.compare),
    }
    ThingsToRaise {
        path: "/things-to-raise",
        words: |t| {
            (
                t.pages.things_to_raise.title,
                t.pages.things_to_raise.purpose,
            )
        },
        label: |t| t.nav.things_to_raise,
        menu: true,
        step: true,
        next: Some(|t| t.next.things_to_raise),
    }
    Check {
        path: "/check",
        words: |t| (t.pages.check.title, t.pages.check.purpose),
        label: |t| t.nav.check,
        menu: true,
        step: true,
        next: Some(|t| t.next.check),
    }
    MyVisit {
        path: "/my-visit",
        words: |t| (t.pages.my_visit.title, t.pages.my_visit.purpose),
        label: |t| t.nav.my_visit,
        menu: true,
        step: true,
        next: None,
    }
    Library {
        path: "/library",
        words: |t| (t.pages.library.title, t.pages.library.purpose),
        label: |t| t.nav.library,
        menu: true,
        step: false,
        next: None,
    }
    MyData {
        path: "/my-data",
        words: |t| (t.pages.my_data.title, t.pages.my_data.purpose),
        label: |t| t.nav.my_data,
        menu: true,
        step: false,
        next: None,
    }
    About {
        path: "/about",
        words: |t| (t.pages.about.title, t.pages.about.purpose),
        label: |t| t.nav.about,
        menu: true,
        step: false,
        next: None,
    }
    ForClinics {
        path: "/for-clinics",
        words: |t| (t.pages.for_clinics.title, t.pages.for_clinics.purpose),
        label: |t| t.nav.for_clinics,
        menu: false,
        step: false,
        next: None,
    }
}

impl Route {
    /// The patient menu, in order.
    pub fn menu() -> impl Iterator<Item = &'static Route> {
        SCREENS.iter().filter(|s| s.menu).map(|s| &s.route)
    }

    /// The steps of the guide, in order: each shows "Step n of 6" and leads back and on.
    pub fn steps() -> Vec<&'static Route> {
        SCREENS
            .iter()
            .filter(|s| s.step)
            .map(|s| &s.route)
            .collect()
    }

    /// On a step, the words of its link on to the next step.
    pub fn next_words(&self, t: &Texts) -> Option<Text> {
        self.screen().and_then(|s| s.next).map(|next| next(t))
    }

    /// This screen's row in [`SCREENS`], if it has an address of its own.
    fn screen(&self) -> Option<&'static Screen> {
        SCREENS.iter().find(|s| s.route == *self)
    }

    /// Where this screen is among the steps (from 0), if it is one.
    pub fn step(&self) -> Option<usize> {
        SCREENS
            .iter()
            .filter(|s| s.step)
            .position(|s| s.route == *self)
    }

    /// The screen for a location hash such as `#/compare` (an empty hash is the Welcome
    /// screen; anything unknown is Not found).
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        let path = path
            .strip_suffix('/')
            .filter(|p| !p.is_empty())
            .unwrap_or(path);
        if let Some(screen) = SCREENS.iter().find(|s| s.path == path) {
            return screen.route.clone();
        }
        match path {
            "" => Route::Welcome,
            other => {
                if let Some(data) = other.strip_prefix("/share/") {
                    return Route::Share {
                        data: data.to_string(),
                    };
                }
                let id = |prefix| {
                    other
                        .strip_prefix(prefix)
                        .filter(|id: &&str| !id.is_empty() && !id.bytes().any(|b| b == b'/'))
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
            Route::Article { id } => format!("/library/{id}"),
            Route::OptionPage { id } => format!("/options/{id}"),
            Route::Share { data } => format!("/share/{data}"),
            Route::NotFound => "/404".into(),
            fixed => fixed.screen().map_or("/404", |s| s.path).into(),
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
            Route::OptionPage { .. } => (p.compare.title, t.compare.one_purpose),
            Route::Article { .. } => (p.library.title, p.library.purpose),
            Route::Share { .. } => (p.share.title, p.share.purpose),
            fixed => fixed
                .screen()
                .map_or((p.not_found.title, p.not_found.purpose), |s| (s.words)(t)),
        }
    }

    /// The navigation label.
    pub fn label(&self, t: &Texts) -> Text {
        match self {
            Route::OptionPage { .. } => t.nav.compare,
            Route::Article { .. } => t.nav.library,
            Route::Share { .. } => t.pages.share.title,
            fixed => fixed
                .screen()
                .map_or(t.pages.not_found.title, |s| (s.label)(t)),
        }
    }
}
