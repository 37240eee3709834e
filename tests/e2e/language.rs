//! The guide's language: English unless the address asks for another it has (`?lang=es`), only
//! that language's words downloaded, `<html lang>` set, dates in its words, and the person's
//! answers and safety points the same in either language.

use std::collections::BTreeMap;

use serde_json::{json, Value};
use thirtyfour::prelude::*;

use crate::harness::{app_origin, Browser, Options, SCREENS};
use crate::prose;
use crate::shell::{block_the_wasm, load_failed_without};

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
/// guide on it, axe clean, and on a 320 px phone, also with text at 200%, nothing scrolls sideways or
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
        b.axe(&format!("Spanish {route}, disclosures open")).await;
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

/// The English words of the suggested question for a person who used opioids this week, and
/// the Spanish ones.
fn recent_use_question() -> (String, String) {
    use recovery_options::content::{in_lang, texts};
    let words = || {
        let flag = texts().flags.iter().find(|f| f.id == "opioids-recent");
        flag.unwrap().question.to_string()
    };
    (words(), in_lang("es", words))
}

async fn switch_link(b: &Browser, place: &str) -> Value {
    b.js(&format!(
        "const a = document.querySelector('{place} .lang-switch'); \
         return a && [a.textContent.trim(), a.getAttribute('href'), a.hreflang, a.lang]"
    ))
    .await
}

/// The switch, on every screen, by keyboard: a real link named in its own language; every
/// answer and the question list stay (suggested questions in the new words, the person's own as
/// typed); the address, `<html lang>` and the tab title follow; only the new language's words
/// are fetched; the choice is remembered on the device, and a later visit opens in it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_switch_keeps_every_answer_and_the_list_and_is_remembered() {
    let (english_question, spanish_question) = recent_use_question();
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    b.click("label[for='substance-opioids']").await;
    b.click("label[for='last_opioid_use-this-week']").await;
    b.open("/#/my-visit").await;
    b.wait_text(&english_question).await;
    b.js("document.getElementById('new-question').value = 'Can I keep my job?'; return true")
        .await;
    b.click(".add-question button[type='submit']").await;
    b.wait_text("Can I keep my job?").await;
    assert_eq!(texts_requested(&b).await, ["en"]);
    for route in SCREENS {
        b.open(&format!("/{route}")).await;
        for place in [".site-footer", ".site-nav"] {
            assert_eq!(
                switch_link(&b, place).await,
                json!(["Español", format!("?lang=es{route}"), "es", "es"]),
                "{place} on {route}"
            );
        }
    }

    b.open("/#/my-visit").await;
    b.wait_text("Can I keep my job?").await;
    let link = b.wait_for(".site-footer .lang-switch").await;
    link.focus().await.unwrap();
    link.send_keys(Key::Enter).await.unwrap();
    b.wait_text(&spanish_question).await;
    assert_eq!(page_lang(&b).await, "es");
    assert_eq!(texts_requested(&b).await, ["es"], "since the last look");
    let shown = b.body_text().await;
    assert!(shown.contains("Can I keep my job?"), "as typed: {shown}");
    assert!(!shown.contains(&english_question), "{shown}");
    let url = b.driver.current_url().await.unwrap().to_string();
    assert!(url.ends_with("/?lang=es#/my-visit"), "{url}");
    // The new screen's heading has the focus, and the tab its title: both set just after the
    // redraw in the new words.
    b.wait_focus("page-title").await;
    b.wait_js("return document.title.startsWith('Mi cita')", json!(true))
        .await;
    b.wait_js(
        "return localStorage.getItem('recovery-options:lang')",
        json!("es"),
    )
    .await;
    b.axe("my visit after the switch").await;

    // The next visit, without ?lang=, opens in the language chosen, with the answers.
    b.open("/#/about-you").await;
    assert_eq!(page_lang(&b).await, "es");
    assert_eq!(
        b.js("return document.getElementById('last_opioid_use-this-week').checked")
            .await,
        json!(true)
    );
    // And back to English from the menu.
    assert_eq!(
        switch_link(&b, ".site-nav").await,
        json!(["English", "?lang=en#/about-you", "en", "en"])
    );
    texts_requested(&b).await;
    b.click(".site-nav .lang-switch").await;
    b.wait_text("About you").await;
    assert_eq!(page_lang(&b).await, "en");
    assert_eq!(texts_requested(&b).await, ["en"]);
    assert_eq!(
        b.storage().await.get("recovery-options:lang"),
        Some(&json!("en"))
    );
    b.assert_clean("switching language").await;
    b.close().await;
}

/// In "Use without saving" the switch keeps the answers on the page (nothing is reloaded) and
/// writes nothing, not even the choice of language.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn switching_while_nothing_is_kept_keeps_the_answers_and_writes_nothing() {
    let b = Browser::start().await;
    b.open("/#/").await;
    b.click("#keep-choice").await;
    b.wait_text("Not saving: your answers will be gone").await;
    b.js("location.hash = '#/about-you'; return true").await;
    b.click("label[for='substance-opioids']").await;
    b.click("label[for='self_harm-no']").await;
    b.click(".site-footer .lang-switch").await;
    b.wait_text("No se está guardando").await;
    assert_eq!(page_lang(&b).await, "es");
    for answer in ["substance-opioids", "self_harm-no"] {
        assert_eq!(
            b.js(&format!(
                "return document.getElementById('{answer}').checked"
            ))
            .await,
            json!(true),
            "{answer}"
        );
    }
    let stored = b
        .js("return Object.keys(localStorage).concat(Object.keys(sessionStorage))")
        .await;
    assert_eq!(stored, json!([]));
    b.assert_clean("switching while nothing is kept").await;
    b.close().await;
}

/// A first visit follows the browser's preferred languages (the first the guide has); the
/// address's `?lang=` comes before them; only the language shown is fetched; the first screen,
/// before the wasm, is in that language too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_first_visit_follows_the_browsers_languages() {
    for (preferred, expected) in [
        ("['es-MX', 'en-US']", "es"),
        ("['fr-FR', 'es-419', 'en']", "es"),
        ("['en-GB', 'es']", "en"),
        ("['fr-FR', 'de']", "en"),
    ] {
        let script =
            format!("Object.defineProperty(navigator, 'languages', {{ get: () => {preferred} }});");
        let b = Browser::start_with(Options {
            before_load: Some(Box::leak(script.into_boxed_str())),
            ..Options::default()
        })
        .await;
        b.open("/#/").await;
        assert_eq!(page_lang(&b).await, expected, "{preferred}");
        assert_eq!(texts_requested(&b).await, [expected], "{preferred}");
        if expected == "es" {
            b.open("/?lang=en#/").await;
            assert_eq!(page_lang(&b).await, "en", "the address comes first");
        }
        b.close().await;
    }
}

/// The first screen rendered into the page exists in each language: with the wasm blocked, a
/// Spanish visit shows the Spanish Welcome (and its switch to English), never the English one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_first_screen_before_the_wasm_is_in_the_pages_language() {
    let b = Browser::start().await;
    block_the_wasm(&b).await;
    b.driver
        .goto(format!("{}/?lang=es", app_origin()))
        .await
        .unwrap();
    b.wait_for("[data-before-app] #page-title").await;
    let shown = b.body_text().await;
    for must in [
        "¿Cuáles son mis opciones de tratamiento?",
        "English",
        "marque 2",
    ] {
        assert!(shown.contains(must), "{must} before the app: {shown}");
    }
    assert!(!shown.contains("What are my treatment options?"), "{shown}");
    assert_eq!(
        b.js("return document.querySelectorAll('[data-before-app]').length")
            .await,
        json!(1),
        "the other language's copy is gone, with its ids"
    );
    b.axe("the Spanish first screen before the app").await;
    b.close().await;
}
