//! The clinic that hosts the guide, from its settings (`embed::settings`): its name and phone
//! in the header, and on Things to raise and the visit summary who to ask, with the clinic's
//! links. Nothing at all when the guide has no clinic settings.

use yew::prelude::*;

use crate::content::{fill, texts};
use crate::embed::settings::ClinicSettings;

/// The clinic's name and phone, under the header's bar.
pub fn clinic_header(clinic: &ClinicSettings) -> Html {
    if clinic.clinic.is_none() && clinic.phone.is_none() {
        return html! {};
    }
    html! {
        <p class="site-header__clinic">
            if let Some(name) = &clinic.clinic {
                <span>{ name }</span>
            }
            if let Some(phone) = &clinic.phone {
                <a href={phone.href.clone()}>{ &phone.shown }</a>
            }
        </p>
    }
}

/// "Ask your care team at ...", with the clinic's phone, website and booking links.
pub fn ask_clinic(clinic: &ClinicSettings) -> Html {
    let ClinicSettings {
        clinic: name,
        phone,
        website,
        booking,
        ..
    } = clinic;
    if name.is_none() && phone.is_none() && website.is_none() && booking.is_none() {
        return html! {};
    }
    let c = &texts().clinic;
    let link = |href: &String, words| {
        html! { <a href={href.clone()} target="_blank" rel="noopener noreferrer">{ words }</a> }
    };
    html! {
        <p class="ask-clinic">
            <strong>
                { name.as_ref().map_or(c.ask_unnamed.to_string(), |name| fill(c.ask, "clinic", name)) }
            </strong>
            if let Some(phone) = phone {
                { " " }{ c.phone }{ " " }<a href={phone.href.clone()}>{ &phone.shown }</a>
            }
            if let Some(href) = website {
                { " " }{ link(href, c.website) }
            }
            if let Some(href) = booking {
                { " " }{ link(href, c.book) }
            }
        </p>
    }
}
