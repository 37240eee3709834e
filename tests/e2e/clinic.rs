//! A clinic's settings in the guide's address (src/embed/settings.rs), as its patients see
//! them: the clinic's name and phone in the header, who to ask on Things to raise and on the
//! printed summary, the options it does not offer marked (not hidden) on Compare, its accent
//! colour and its default language. Settings that are not allowed are simply not used.

use serde_json::{json, Value};

use crate::harness::{app_origin, Browser};
use crate::qr_read;
use crate::visit::printed_pages;

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

/// What the flyer's QR code says, read back by an independent decoder.
async fn flyer_code(b: &Browser) -> String {
    let code = b
        .js("const svg = document.querySelector('#flyer-qr svg');
             return [Number(svg.dataset.modules), svg.querySelector('path').getAttribute('d')]")
        .await;
    qr_read::read(
        code[0].as_u64().unwrap() as usize,
        code[1].as_str().unwrap(),
    )
}

/// The code to paste, as the page for clinics shows it.
async fn snippet_shown(b: &Browser) -> String {
    let snippet = b
        .js("return document.getElementById('snippet').value")
        .await;
    snippet.as_str().unwrap().to_string()
}

/// Types `value` into the field `id` of the page for clinics, as a person would.
async fn fill(b: &Browser, id: &str, value: &str) {
    let field = b.wait_for(&format!("#{id}")).await;
    field.clear().await.unwrap();
    field.send_keys(value).await.unwrap();
}

/// Opens the page for clinics, fills in a clinic's settings (one link not allowed), and waits
/// for the preview; returns the guide's address with those settings.
async fn set_up_a_clinic(b: &Browser) -> String {
    b.driver
        .goto(format!("{}/clinics.html", app_origin()))
        .await
        .unwrap();
    b.wait_text("The guide uses every setting you gave.").await;
    fill(b, "clinic", "Riverside Clinic").await;
    fill(b, "phone", "555-123-4567").await;
    fill(b, "site", "https://riverside.example/").await;
    fill(b, "book", "http://riverside.example/book").await;
    b.js(
        "const c = document.getElementById('accent'); c.value = '#005a32';
          c.dispatchEvent(new Event('input', { bubbles: true })); return true",
    )
    .await;
    b.click("label[for='offer-methadone']").await;
    b.click("label[for='offer-naltrexone-shot']").await;
    fill(b, "exit", "/weather.html").await;
    b.wait_text("book: not an https:// link").await;
    let query =
        "?clinic=Riverside+Clinic&phone=555-123-4567&site=https%3A%2F%2Friverside.example%2F\
&book=http%3A%2F%2Friverside.example%2Fbook&accent=%23005a32&offers=naltrexone-shot%2Cmethadone\
&exit=%2Fweather.html";
    let address = format!("{}/{query}", app_origin());
    // The page redraws a moment after the last change: wait for the one with every setting
    // (an earlier one, after a slow keystroke, may already list the book link).
    b.wait_js(
        "return document.getElementById('preview').getAttribute('src')",
        json!(address),
    )
    .await;
    address
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_for_clinics_previews_the_guide_writes_the_code_and_prints_a_flyer() {
    let b = Browser::start().await;
    let address = set_up_a_clinic(&b).await;
    // The code to paste: the frame with the settings, and the script that fits it.
    let snippet = snippet_shown(&b).await;
    assert!(
        snippet.starts_with(&format!("<iframe data-recovery-options src=\"{address}\"")),
        "{snippet}"
    );
    assert!(
        snippet.contains(&format!(
            "<script src=\"{}/embed.js\" async></script>",
            app_origin()
        )),
        "{snippet}"
    );
    let header = b
        .js("return document.getElementById('frame-ancestors').textContent")
        .await;
    assert_eq!(
        header,
        json!("Content-Security-Policy: frame-ancestors 'self' https://riverside.example")
    );
    // The preview is the guide with those settings, as the clinic's patients will see it.
    let preview = b
        .js("return document.getElementById('preview').getAttribute('src')")
        .await;
    assert_eq!(preview, json!(address));
    b.driver.enter_frame(0).await.unwrap();
    b.wait_for(".site-header__clinic").await;
    let header = b
        .js("return document.querySelector('.site-header__clinic').textContent")
        .await;
    assert_eq!(header, json!("Riverside Clinic555-123-4567"));
    b.driver.enter_default_frame().await.unwrap();
    b.axe("the page for clinics").await;

    // The flyer's QR code opens the guide with the settings, or the address the clinic gives.
    let code = flyer_code(&b).await;
    assert_eq!(code, address);
    // Where the clinic hosts its copy: the code and the flyer use it; the preview stays here.
    let query = &address[app_origin().len() + 1..];
    fill(&b, "guide-address", "guide.riverside.example").await;
    b.wait_text("This address is not used: it must start with https://")
        .await;
    fill(&b, "guide-address", "https://guide.riverside.example").await;
    let hosted = format!("https://guide.riverside.example/{query}");
    b.wait_text(&hosted).await;
    let snippet = snippet_shown(&b).await;
    assert!(
        snippet.starts_with(&format!("<iframe data-recovery-options src=\"{hosted}\"")),
        "{snippet}"
    );
    assert!(
        snippet
            .ends_with("<script src=\"https://guide.riverside.example/embed.js\" async></script>"),
        "{snippet}"
    );
    let code = flyer_code(&b).await;
    assert_eq!(code, hosted);
    let preview = b
        .js("return document.getElementById('preview').getAttribute('src')")
        .await;
    assert_eq!(preview, json!(address));
    fill(&b, "flyer-link", "https://riverside.example/recovery").await;
    b.wait_text("https://riverside.example/recovery").await;
    let code = flyer_code(&b).await;
    assert_eq!(code, "https://riverside.example/recovery");
    // On paper, only the flyer: one page, with the clinic's name and phone.
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let shown = b
        .js(
            "const seen = id => document.getElementById(id).getClientRects().length > 0;
             return [seen('settings'), seen('preview'), seen('snippet'), seen('flyer'),
                     document.getElementById('flyer').textContent.includes('Riverside Clinic'),
                     document.getElementById('flyer').textContent.includes('555-123-4567')]",
        )
        .await;
    assert_eq!(shown, json!([false, false, false, true, true, true]));
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }))
        .await;
    assert_eq!(printed_pages(&b, "flyer").await, vec![1, 1]);
    b.assert_clean("the page for clinics").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_for_clinics_works_on_a_phone_and_keeps_hostile_text_as_text() {
    let b = Browser::phone(320).await;
    set_up_a_clinic(&b).await;
    fill(&b, "clinic", "<img src=x onerror=alert(1)>").await;
    b.wait_text("clinic: not in a form the guide accepts").await;
    // The message shows for part of the text typed too: wait for the redraw with all of it.
    b.wait_js(
        "return document.getElementById('flyer-clinic').textContent",
        json!("<img src=x onerror=alert(1)>"),
    )
    .await;
    let flyer = b
        .js("return document.querySelectorAll('#flyer img').length")
        .await;
    assert_eq!(flyer, json!(0));
    // The preview's new guide, with that name in its address, up and running.
    b.driver.enter_frame(0).await.unwrap();
    b.wait_js(
        "return location.search.includes('clinic=%3Cimg')",
        json!(true),
    )
    .await;
    b.wait_for_app().await;
    let header = b
        .js("return document.querySelectorAll('.site-header__clinic span').length")
        .await;
    assert_eq!(header, json!(0), "the name is not used in the guide");
    b.driver.enter_default_frame().await.unwrap();
    b.assert_no_sideways_scrolling("the page for clinics on a phone")
        .await;
    b.axe("the page for clinics on a phone").await;
    b.assert_clean("the page for clinics on a phone").await;
    b.close().await;
}
