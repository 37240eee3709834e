//! A clinic's settings in the guide's address (src/embed/settings.rs), as its patients see
//! them: the clinic's name and phone in the header, who to ask on Things to raise and on the
//! printed summary, the options it does not offer marked (not hidden) on Compare, its accent
//! colour and its default language. Settings that are not allowed are simply not used.

use serde_json::{json, Value};

use crate::harness::Browser;

const SETTINGS: &str = "?clinic=Riverside%20Clinic&phone=(555)%20123-4567\
&site=https://riverside.example/&book=https://riverside.example/book&accent=%23005a32\
&offers=naltrexone-shot,methadone,no-medicine&exit=/weather.html";

/// What the clinic's lines say and link to, on the screen shown now.
async fn clinic_lines(b: &Browser) -> Value {
    b.js("return [...document.querySelectorAll('.site-header__clinic, .ask-clinic')].map(p =>
            [p.className, p.textContent, [...p.querySelectorAll('a')].map(a => a.getAttribute('href'))])")
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clinics_name_phone_links_colour_and_offers_show_where_a_person_needs_them() {
    let b = Browser::phone(320).await;
    b.open(&format!("/{SETTINGS}#/compare")).await;
    let tel = "tel:5551234567";
    assert_eq!(
        clinic_lines(&b).await,
        json!([[
            "site-header__clinic",
            "Riverside Clinic(555) 123-4567",
            [tel]
        ]])
    );
    let accent = b
        .js("return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()")
        .await;
    assert_eq!(accent, json!("#005a32"));
    // Every option is still compared; those the clinic does not offer say so.
    let cards = b
        .js(
            "return [...document.querySelectorAll('.option-card')].map(c =>
                [c.dataset.option, c.querySelector('.option-card__referral')?.textContent ?? ''])",
        )
        .await;
    let cards = cards.as_array().unwrap();
    assert_eq!(cards.len(), 10, "{cards:?}");
    for card in cards {
        let offered =
            ["naltrexone-shot", "methadone", "no-medicine"].contains(&card[0].as_str().unwrap());
        let mark = if offered {
            ""
        } else {
            "Not offered here: ask about a referral."
        };
        assert_eq!(card[1], json!(mark), "{card}");
    }
    b.assert_no_sideways_scrolling("Compare with a clinic's settings")
        .await;
    b.axe("Compare with a clinic's settings").await;

    b.js("location.hash = '#/things-to-raise'; return true")
        .await;
    b.wait_for(".ask-clinic").await;
    let site = "https://riverside.example/";
    let book = "https://riverside.example/book";
    assert_eq!(
        clinic_lines(&b).await,
        json!([
            ["site-header__clinic", "Riverside Clinic(555) 123-4567", [tel]],
            ["ask-clinic", "Ask your care team at Riverside Clinic. Phone: (555) 123-4567 Clinic website Book a visit", [tel, site, book]]
        ])
    );
    b.axe("Things to raise with a clinic's settings").await;

    // On the visit summary, on screen and on paper.
    b.js("location.hash = '#/my-visit'; return true").await;
    b.wait_for(".visit-summary .ask-clinic").await;
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let printed = b
        .js(
            "const p = document.querySelector('.visit-summary .ask-clinic');
             return getComputedStyle(p).display !== 'none' && p.getClientRects().length > 0",
        )
        .await;
    assert_eq!(printed, json!(true), "the clinic's line prints");
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }))
        .await;
    b.axe("My visit with a clinic's settings").await;

    // Quick exit goes to the clinic's page.
    let exit = b
        .js("return document.querySelector('.quick-exit a').getAttribute('href')")
        .await;
    assert_eq!(exit, json!("/weather.html"));
    b.assert_clean("the guide with a clinic's settings").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_that_are_not_allowed_are_not_used_and_never_shown_as_an_error() {
    let b = Browser::start().await;
    let hostile = "?clinic=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&phone=javascript:alert(1)\
&site=javascript:alert(1)&book=http://riverside.example/&accent=%23ffff00&offers=everything\
&exit=https://evil.example/";
    b.open(&format!("/{hostile}#/things-to-raise")).await;
    assert_eq!(clinic_lines(&b).await, json!([]));
    let accent = b
        .js("return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()")
        .await;
    assert_eq!(accent, json!("#1d4f91"), "the guide's own colour");
    b.js("location.hash = '#/compare'; return true").await;
    b.wait_for(".option-card").await;
    let marked = b
        .js("return document.querySelectorAll('.option-card__referral').length")
        .await;
    assert_eq!(marked, json!(0));
    let exit = b
        .js("return document.querySelector('.quick-exit a').getAttribute('href')")
        .await;
    assert_ne!(exit, json!("https://evil.example/"));
    let text = b.body_text().await;
    for word in ["img", "alert", "evil", "javascript", "setting"] {
        assert!(!text.contains(word), "{word} shown");
    }
    // A name longer than a phone's header holds is not used either.
    b.open(&format!("/?clinic={}#/things-to-raise", "A".repeat(61)))
        .await;
    assert_eq!(clinic_lines(&b).await, json!([]));
    b.assert_clean("the guide with settings not allowed").await;
    b.close().await;
}

/// The page's language and its heading.
async fn shown_in(b: &Browser) -> Value {
    b.js(
        "return [document.documentElement.lang, document.getElementById('page-title').textContent]",
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clinics_default_language_comes_after_the_persons_own_choice() {
    let b = Browser::start().await;
    b.open("/?default-lang=es#/compare").await;
    assert_eq!(shown_in(&b).await, json!(["es", "Compare sus opciones"]));
    // A language the guide does not have is not used.
    b.open("/?default-lang=xx#/compare").await;
    assert_eq!(shown_in(&b).await[0], json!("en"));
    // A link's own language comes first.
    b.open("/?lang=en&default-lang=es#/compare").await;
    assert_eq!(shown_in(&b).await[0], json!("en"));
    // So does the language the person chose with the switch on this device.
    b.open("/?default-lang=es#/compare").await;
    b.click(".site-footer .lang-switch").await;
    b.wait_text("Compare your options").await;
    b.open("/?default-lang=es#/compare").await;
    assert_eq!(shown_in(&b).await, json!(["en", "Compare your options"]));
    b.close().await;
}
