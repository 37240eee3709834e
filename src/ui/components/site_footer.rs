//! The footer on every screen: the switch to another language, not medical advice, and where
//! to get urgent help.

use yew::prelude::*;

use crate::content::texts;

/// The footer, with `lang_switch` (see `lang_switch.rs`).
pub fn site_footer(lang_switch: Html) -> Html {
    let f = &texts().footer;
    html! {
        <footer class="site-footer">
            <p class="site-footer__lang">{ lang_switch }</p>
            <p class="site-footer__advice">{ f.not_advice }</p>
            <h2 class="site-footer__heading">{ f.urgent_heading }</h2>
            <ul class="site-footer__help">
                <li><a href={f.overdose_tel}>{ f.overdose }</a></li>
                <li><a href={f.crisis_tel}>{ f.crisis }</a></li>
                <li><a href={f.helpline_tel}>{ f.helpline }</a></li>
            </ul>
        </footer>
    }
}
