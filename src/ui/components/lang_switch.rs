//! The link to the guide in each other language, named in that language ("Español"), in the
//! menu and the footer of every screen. A real link (`?lang=es`), so it works before the wasm
//! has loaded and opens in a new tab; once the guide runs, it switches in place: the answers
//! and the question list stay, also when nothing is kept on this device.

use yew::prelude::*;

use crate::content::{self, LANGUAGES};
use crate::route::Route;
use crate::state::Action;
use crate::ui::browser;
use crate::ui::context::{Notice, NoticeAction, Ui};

/// A link to each language but the current one.
pub fn lang_switch(ui: &Ui, route: &Route) -> Html {
    LANGUAGES
        .iter()
        .copied()
        .filter(|file| file.lang != content::lang())
        .map(|file| {
            let onclick = {
                let ui = ui.clone();
                Callback::from(move |event: MouseEvent| {
                    // A new tab or window (a modifier key) opens the link as it is.
                    if event.ctrl_key() || event.meta_key() || event.shift_key() {
                        return;
                    }
                    event.prevent_default();
                    wasm_bindgen_futures::spawn_local(switch_to(ui.clone(), file));
                })
            };
            html! {
                <a class="lang-switch" href={format!("?lang={}{}", file.lang, route.href())}
                    hreflang={file.lang} lang={file.lang} {onclick}>
                    { file.own_name }
                </a>
            }
        })
        .collect()
}

/// Fetches the language's words if this page has not yet, then shows every screen in it.
/// Suggested questions the person kept in the guide's words follow the new language.
async fn switch_to(ui: Ui, file: &'static content::StringsFile) {
    if !browser::load_lang(file.lang).await {
        ui.notices.dispatch(NoticeAction::Show(Notice::LangFailed));
        return;
    }
    let before = content::lang();
    content::use_lang(file.lang);
    ui.app.dispatch(Action::Reword(before));
    // Clearing a notice redraws the root (its notices are not compared), which draws every
    // screen anew in the new language.
    ui.notices.dispatch(NoticeAction::Clear(Notice::LangFailed));
    browser::set_lang(file.lang);
    browser::set_address_lang(file.lang);
    // Nothing the person needs is lost if this fails: the address still says the language.
    let _ = ui.storage.remember_lang(file.lang);
    // The screen is drawn anew: start at its heading, as after a change of screen.
    browser::after_ms(0, || browser::focus("page-title"));
}
