//! The guide's language: English unless the address asks for another it has (`?lang=es`), only
//! that language's words downloaded, `<html lang>` set, dates in its words, and the person's
//! answers and safety points the same in either language.

use serde_json::json;

use crate::harness::{app_origin, Browser};

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
    assert_eq!(
        b.js("return document.documentElement.lang").await,
        json!("en")
    );
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
    assert_eq!(
        b.js("return document.documentElement.lang").await,
        json!("es")
    );
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
    assert_eq!(
        b.js("return document.documentElement.lang").await,
        json!("en")
    );
    assert_eq!(texts_requested(&b).await, ["en"]);
    b.assert_clean("an unknown language").await;
    b.close().await;
}
