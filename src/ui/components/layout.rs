//! The frame around every screen: skip link, header, messages, the screen, footer.

use yew::prelude::*;

use crate::content::texts;
use crate::route::Route;
use crate::storage::session::Lock;
use crate::ui::browser;
use crate::ui::components::clinic::clinic_header;
use crate::ui::components::lang_switch::lang_switch;
use crate::ui::components::notice_list::notice_list;
use crate::ui::components::quick_exit::quick_exit;
use crate::ui::components::site_footer::site_footer;
use crate::ui::components::site_nav::site_nav;
use crate::ui::context::{use_ui, Ui};
use crate::ui::pages::lock_screen::LockScreen;
use crate::ui::route::{switch, use_route};

#[function_component]
pub fn Layout() -> Html {
    let t = texts();
    let route = use_route();
    let ui = use_ui();
    let lang_link = lang_switch(&ui, &route);
    let Ui {
        app,
        storage,
        notices,
        settings,
        lock,
        ..
    } = ui;
    let first_render = use_mut_ref(|| true);
    // Locked answers this page has not opened: the lock screen instead of any screen.
    let closed = lock == Lock::Closed;
    let menu_open = use_state(|| false);

    // On every change of screen: name it in the tab title, and move focus to its heading so
    // keyboard and screen-reader users start at the top of the new screen.
    let discreet = storage.discreet();
    use_effect_with(route.clone(), move |route| {
        // Under the cover after a Quick exit, the tab keeps its neutral title.
        if !browser::covered() {
            browser::set_title(&page_title(route, discreet));
            let first = std::mem::replace(&mut *first_render.borrow_mut(), false);
            if !first {
                browser::focus("page-title");
            }
        }
    });

    html! {
        <>
            <a class="skip-link" href="#main" onclick={jump_to("main")}>{ t.app.skip_link }</a>
            // One row on a phone: the name, Quick exit, the Menu button (the menu opens below
            // it); on a wide screen the navigation takes a row of its own.
            <header class="site-header">
                <div class="site-header__bar">
                    <a class="site-header__name" href={Route::Welcome.href()}>{ t.app.name }</a>
                    { quick_exit(&settings.quick_exit_url) }
                    if !closed {
                        { site_nav(&route, &menu_open, lang_link.clone()) }
                    }
                </div>
                { clinic_header(&settings) }
            </header>
            { notice_list(&notices, &app, &storage) }
            <main id="main" class="site-main" tabindex="-1">
                if closed {
                    <LockScreen />
                } else {
                    { switch(&route, &app, &settings, discreet) }
                }
            </main>
            { site_footer(lang_link) }
        </>
    }
}

/// The tab title: the screen and the guide's name, or one plain word for a person who chose to
/// be discreet on this device.
pub fn page_title(route: &Route, discreet: bool) -> String {
    let t = texts();
    if discreet {
        t.app.discreet_title.to_string()
    } else {
        format!("{} - {}", route.title(t), t.app.name)
    }
}

/// A link to a place on the same screen, by element id. `#main` or `#lineup` would be read by
/// the hash router as a route, so the link moves the focus (and the view) itself; the target
/// needs `tabindex="-1"` if it is not focusable.
pub fn jump_to(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        browser::focus(id);
    })
}
