//! The guide's language: English unless the address asks for another it has (`?lang=es`), only
//! that language's words downloaded, `<html lang>` set, dates in its words, and the person's
//! answers and safety points the same in either language.

use std::collections::BTreeMap;

use serde_json::json;

use crate::harness::{app_origin, Browser, SCREENS};
use crate::prose;
use crate::shell::load_failed_without;

/// The texts files the page asked for since the last look (Chromium's network log is read
/// once), by language tag.
async fn texts_requested(b: &Browser) -> Vec<String> {
    let mut langs: Vec<String> = b
        .requested_urls()
        .await
        .iter()
        .filter(|u| u.starts_with(app_origin()))
        .filter_map(|u| u.rsplit('/').next())
        .filter_map(|name| name.strip_prefix("texts-"))
        .map(|rest| rest.split('-').next().unwrap_or_default().to_string())
        .collect();
    langs.sort();
    langs.dedup();
    langs
}

/// The page's language, as it tells the browser and screen readers (`<html lang>`).
async fn page_lang(b: &Browser) -> String {
    let lang = b.js("return document.documentElement.lang").await;
    lang.as_str().unwrap_or_default().to_string()
}

async fn flags_shown(b: &Browser) -> Vec<String> {
    let v = b
        .js("return [...document.querySelectorAll('[data-flag]')].map(e => e.dataset.flag)")
        .await;
    serde_json::from_value(v).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spanish_opens_from_the_address_with_the_same_answers_and_safety_points() {
    let b = Browser::start().await;
    // English by default, and only English words fetched.
    b.open("/#/about-you").await;
    assert_eq!(page_lang(&b).await, "en");
    assert_eq!(texts_requested(&b).await, ["en"]);
    b.click("label[for='substance-opioids']").await;
    b.click("label[for='last_opioid_use-this-week']").await;
    b.open("/#/things-to-raise").await;
    let english_flags = flags_shown(&b).await;
    assert!(
        english_flags.contains(&"opioids-recent".to_string()),
        "{english_flags:?}"
    );

    // The same page in Spanish: its words only, the same answers and safety points.
    b.open("/?lang=es#/things-to-raise").await;
    assert_eq!(page_lang(&b).await, "es");
    assert_eq!(texts_requested(&b).await, ["es"], "since the last look");
    b.driver.refresh().await.unwrap();
    b.wait_for_app().await;
    assert_eq!(flags_shown(&b).await, english_flags);
    let shown = b.body_text().await;
    for spanish in [
        "Temas para hablar",
        "llame al 988 y marque 2",
        "Sobredosis o emergencia",
    ] {
        assert!(shown.contains(spanish), "{spanish} not in: {shown}");
    }
    b.axe("things to raise in Spanish").await;
    b.open("/?lang=es#/about-you").await;
    assert_eq!(
        b.js("return document.getElementById('substance-opioids').checked")
            .await,
        json!(true)
    );
    b.axe("about you in Spanish").await;
    // About says plainly how far the Spanish has been checked; English About does not.
    b.open("/?lang=es#/about").await;
    assert!(b
        .body_text()
        .await
        .contains("Un traductor médico certificado todavía no ha revisado el español."));
    b.open("/#/about").await;
    assert!(!b.body_text().await.contains("certified medical translator"));
    b.assert_clean("Spanish").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_chosen_language_is_downloaded_and_an_unknown_one_is_english() {
    let b = Browser::start().await;
    b.open("/?lang=es#/").await;
    assert_eq!(texts_requested(&b).await, ["es"]);
    b.close().await;
    let b = Browser::start().await;
    b.open("/?lang=xx#/").await;
    assert_eq!(page_lang(&b).await, "en");
    assert_eq!(texts_requested(&b).await, ["en"]);
    b.assert_clean("an unknown language").await;
    b.close().await;
}

/// The English texts that must not show on a Spanish screen: every text a person reads, of four
/// words or more, whose Spanish differs (names, such as a source's title, are the same in both).
/// Texts with a placeholder are left out: they never show as written.
fn english_only() -> Vec<String> {
    let spanish: BTreeMap<String, String> = prose::keyed_es().into_iter().collect();
    prose::keyed()
        .into_iter()
        .filter(|(path, text)| {
            prose::is_prose(path)
                && text.split_whitespace().count() >= 4
                && !text.contains('{')
                && spanish.get(path) != Some(text)
        })
        .map(|(_, text)| text)
        .collect()
}

/// Every screen in Spanish, for a person who uses both substances: no English text of the
/// guide on it, and on a 320 px phone, also with text at 200%, nothing scrolls sideways or
/// spills out of its box with the longer Spanish words.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spanish_screens_show_no_english_and_fit_a_small_phone() {
    let english = english_only();
    assert!(
        english.len() > 500,
        "{} English texts to look for",
        english.len()
    );
    let b = Browser::phone(320).await;
    // The check sees English where there is English.
    b.open("/#/").await;
    let shown = b.body_text().await;
    assert!(english.iter().any(|t| shown.contains(t.as_str())));
    b.open("/?lang=es#/about-you").await;
    b.click("label[for='substance-both']").await;
    b.click("label[for='last_opioid_use-this-week']").await;
    // Every screen of the menu, an article and an option's own page.
    let more = [
        "#/library/how-naltrexone-works",
        "#/options/naltrexone-shot",
    ];
    for route in SCREENS.iter().chain(&more) {
        b.open(&format!("/?lang=es{route}")).await;
        // Every disclosure open, so what it holds is checked too.
        b.js("document.querySelectorAll('details').forEach(d => d.open = true); return true")
            .await;
        let shown = b.body_text().await;
        let found: Vec<&String> = english
            .iter()
            .filter(|t| shown.contains(t.as_str()))
            .collect();
        assert!(
            found.is_empty(),
            "English on the Spanish {route}: {found:?}"
        );
        b.assert_fits_with_double_text(&format!("Spanish {route}, 320 px"))
            .await;
    }
    b.assert_clean("Spanish screens").await;
    b.close().await;
}

/// The page's own words follow the language too: when the Spanish words cannot load, the
/// message and the help numbers are in Spanish, and the English message is not shown.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_the_spanish_words_cannot_load_the_page_says_so_in_spanish() {
    let b = Browser::start().await;
    b.open("/?lang=es#/").await;
    let text = load_failed_without(&b, "*texts-es-*").await;
    assert!(text.contains("No se pudo cargar la guía"), "{text}");
    assert!(text.contains("marque 2") && text.contains("911"), "{text}");
    assert!(!text.contains("could not load"), "{text}");
    assert_eq!(page_lang(&b).await, "es");
    // Nothing of the English first screen shows while the Spanish is awaited.
    assert!(!b.body_text().await.contains("Start"));
    b.close().await;
}
