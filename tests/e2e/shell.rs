//! The shell: every route, the footer, navigation on a phone, print, Quick exit, privacy.

use std::time::Duration;

use serde_json::json;
use thirtyfour::prelude::*;

use crate::harness::{app_origin, Browser, Options, SCREENS};

/// Every screen's address, a staff page, and one the guide does not know.
fn routes() -> impl Iterator<Item = &'static str> {
    SCREENS
        .into_iter()
        .chain(["#/for-clinics", "#/no-such-screen"])
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_renders_with_heading_purpose_footer_and_no_problems() {
    let b = Browser::start().await;
    for route in routes() {
        b.open(&format!("/{route}")).await;
        let heading = b.wait_for("h1#page-title").await.text().await.unwrap();
        assert!(!heading.trim().is_empty(), "{route} has a heading");
        let purpose = b.wait_for("p.purpose").await.text().await.unwrap();
        assert!(purpose.len() > 20, "{route} says what it is for");
        let body = b.body_text().await;
        for must in [
            "911",
            "988",
            "1-800-662-4357",
            "not medical advice",
            "Quick exit",
        ] {
            assert!(body.contains(must), "{route} lacks {must:?}");
        }
        let title = b.js("return document.title").await;
        assert_eq!(
            title.as_str().unwrap(),
            format!("{} - Recovery Options", heading.trim()),
            "{route}: tab title"
        );
        b.axe(route).await;
        b.assert_clean(route).await;
    }
    b.open("/#/no-such-screen").await;
    b.wait_text("We can't find that page").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn links_move_between_screens_and_focus_the_new_heading() {
    let b = Browser::start().await;
    b.open("/#/").await;
    b.click("nav a[href='#/library']").await;
    b.wait_text("Short reads").await;
    let focused = b.js("return document.activeElement.id").await;
    assert_eq!(focused, json!("page-title"));
    let current = b
        .js("return document.querySelector('nav a[aria-current=page]').getAttribute('href')")
        .await;
    assert_eq!(current, json!("#/library"));
    b.driver.back().await.unwrap();
    b.wait_text("Answering the questions takes about 10 minutes")
        .await;
    b.assert_clean("navigation").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_320_pixel_phone_gets_a_menu_and_no_sideways_scrolling() {
    let b = Browser::start_with(Options {
        width: 320,
        height: 700,
        ..Options::default()
    })
    .await;
    for route in [
        "#/",
        "#/about-you",
        "#/what-matters",
        "#/compare",
        "#/things-to-raise",
        "#/check",
        "#/library",
        "#/about",
        "#/my-data",
    ] {
        b.open(&format!("/{route}")).await;
        b.assert_no_sideways_scrolling(route).await;
    }
    let list_shown =
        "return getComputedStyle(document.getElementById('site-nav-list')).display !== 'none'";
    assert_eq!(
        b.js(list_shown).await,
        json!(false),
        "the menu starts folded"
    );
    b.click(".site-nav__toggle").await;
    assert_eq!(b.js(list_shown).await, json!(true));
    assert_eq!(
        b.js("return document.querySelector('.site-nav__toggle').getAttribute('aria-expanded')")
            .await,
        json!("true")
    );
    b.axe("phone, menu open").await;
    b.click("nav a[href='#/about']").await;
    b.wait_text("Where the facts come from").await;
    assert_eq!(
        b.js(list_shown).await,
        json!(false),
        "choosing a screen folds the menu"
    );
    b.assert_clean("phone").await;
    b.close().await;
}

/// On a phone, the header is one row that stays on screen at every scroll position, even at the
/// bottom of the longest screen, so Quick exit is always one tap away; the open menu drops down
/// below it and its last item can be reached.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_exit_stays_in_reach_on_a_phone() {
    let b = Browser::phone(412).await;
    let in_view = "const r = document.getElementById('quick-exit').getBoundingClientRect();
                   return r.top >= 0 && r.bottom <= innerHeight && r.height > 0";
    for route in ["#/compare", "#/about", "#/my-visit"] {
        b.open(&format!("/{route}")).await;
        for at in ["0.5", "1"] {
            b.js(&format!(
                "scrollTo(0, document.documentElement.scrollHeight * {at}); return true"
            ))
            .await;
            tokio::time::sleep(Duration::from_millis(100)).await;
            assert_eq!(
                b.js(in_view).await,
                json!(true),
                "{route}, scrolled to {at}"
            );
        }
    }
    let header = b
        .js("return document.querySelector('.site-header').getBoundingClientRect().height")
        .await;
    assert!(
        header.as_f64().unwrap() < 90.0,
        "one row: header height {header}"
    );
    // The open menu drops down below the row, and its last item can be reached.
    b.open("/#/").await;
    b.click(".site-nav__toggle").await;
    let last_in_reach = "const l = [...document.querySelectorAll('#site-nav-list a')].pop();
                         l.scrollIntoView({ block: 'nearest' });
                         const r = l.getBoundingClientRect();
                         return r.top >= 0 && r.bottom <= innerHeight";
    assert_eq!(b.js(last_in_reach).await, json!(true));
    b.axe("phone, menu open over the page").await;
    b.assert_clean("phone header").await;
    b.close().await;
}

/// On a phone, every choice is a full-width row at least 44 px tall, and every control's text
/// is at least 16 px (smaller text makes a phone zoom in on focus).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn choices_and_controls_are_big_enough_to_tap() {
    let b = Browser::phone(412).await;
    b.open("/#/about-you").await;
    b.click("label[for='substance-both']").await;
    b.open("/#/my-visit").await;
    b.click("#new-question").await;
    b.driver
        .action_chain()
        .send_keys("Can my sister come?")
        .perform()
        .await
        .unwrap();
    b.click("#add-question").await;
    b.wait_text("Can my sister come?").await;
    for route in [
        "#/about-you",
        "#/compare",
        "#/check",
        "#/my-visit",
        "#/my-data",
    ] {
        b.open(&format!("/{route}")).await;
        let problems = b
            .js("const out = [];
                 for (const box of document.querySelectorAll('input[type=radio], input[type=checkbox]')) {
                   const row = box.parentElement.getBoundingClientRect();
                   const label = document.querySelector(`label[for=\"${box.id}\"]`);
                   if (!label) { out.push('no label: ' + box.id); continue; }
                   const l = label.getBoundingClientRect();
                   if (row.height < 44) out.push('row under 44 px: ' + box.id + ' ' + row.height);
                   if (l.right < row.right - 2 || l.height < row.height - 2) out.push('label does not fill its row: ' + box.id);
                 }
                 for (const c of document.querySelectorAll('input, select, textarea')) {
                   if (c.type === 'radio' || c.type === 'checkbox' || c.offsetParent === null) continue;
                   const size = parseFloat(getComputedStyle(c).fontSize);
                   if (size < 16) out.push('text under 16 px: ' + (c.id || c.type) + ' ' + size);
                 }
                 return out;")
            .await;
        assert_eq!(problems, json!([]), "{route}");
    }
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_reflows_at_200_percent_zoom() {
    // 200% zoom of a 1280 px window is a 640 px wide layout at twice the size.
    let b = Browser::start_with(Options {
        width: 640,
        height: 800,
        ..Options::default()
    })
    .await;
    b.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 640, "height": 800, "deviceScaleFactor": 2, "mobile": false }),
    )
    .await;
    fits_with_double_text(
        &b,
        &[
            "#/about-you",
            "#/compare",
            "#/check",
            "#/about",
            "#/my-data",
        ],
        "at 200%",
    )
    .await;
    b.close().await;
}

/// Doubles the text size, then on each route: no sideways scrolling, nothing spilling out of
/// its box.
async fn fits_with_double_text(b: &Browser, routes: &[&str], state: &str) {
    b.open("/#/").await;
    b.js("document.documentElement.style.fontSize = '200%'; return true")
        .await;
    for route in routes {
        b.open(&format!("/{route}")).await;
        b.assert_no_sideways_scrolling(&format!("{route} {state}"))
            .await;
        b.assert_nothing_spills(&format!("{route} {state}")).await;
    }
}

/// Large text on a phone (a 412 px screen with text at 200%): nothing scrolls sideways and no
/// picture or question spills out of its box.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_text_on_a_phone_stays_inside_its_boxes() {
    let b = Browser::phone(412).await;
    fits_with_double_text(
        &b,
        &[
            "#/compare",
            "#/about-you",
            "#/what-matters",
            "#/check",
            "#/my-visit",
        ],
        "with large text on a phone",
    )
    .await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn print_hides_navigation_and_buttons() {
    let b = Browser::start().await;
    b.open("/#/my-data").await;
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let hidden = b
        .js("return ['.site-nav', '.quick-exit', '#export'].map(s => getComputedStyle(document.querySelector(s)).display)")
        .await;
    assert_eq!(hidden, json!(["none", "none", "none"]));
    let footer = b
        .js("return getComputedStyle(document.querySelector('.site-footer')).display")
        .await;
    assert_ne!(footer, json!("none"), "urgent help stays on paper");
    // A printed Compare has every detail and every reason of the lineup, and no choices to pick.
    b.open("/#/about-you").await;
    b.click("label[for='substance-alcohol']").await;
    b.open("/#/compare").await;
    b.wait_for(".lineup__why").await;
    let paper = b
        .js("return [document.querySelector('.lineup__why .fit__why').getBoundingClientRect().height > 0,
                     document.querySelector('.option-card__rows').getBoundingClientRect().height > 0,
                     getComputedStyle(document.querySelector('#pick-options')).display]")
        .await;
    assert_eq!(paper, json!([true, true, "none"]));
    b.close().await;
}

/// Opens a page of the test site, then the guide at `route` with Quick exit pointed at the test
/// site's exit page: Back from the exit then shows what the history holds.
pub async fn from_a_start_page(b: &Browser, route: &str) {
    b.driver
        .goto(format!("{}/__test/start.html", app_origin()))
        .await
        .unwrap();
    b.open(&format!("/?exit=/__test/exit.html{route}")).await;
}

/// Whether the page is still at an address containing `part` (nothing left).
async fn still_at(b: &Browser, part: &str) -> bool {
    b.driver
        .current_url()
        .await
        .unwrap()
        .as_str()
        .contains(part)
}

pub async fn wait_for_url(b: &Browser, ending: &str) {
    for _ in 0..100 {
        if b.driver
            .current_url()
            .await
            .unwrap()
            .as_str()
            .ends_with(ending)
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "never reached {ending}: at {}",
        b.driver.current_url().await.unwrap()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_exit_by_click_replaces_the_page_in_history() {
    let b = Browser::start().await;
    from_a_start_page(&b, "#/about-you").await;
    b.click("#quick-exit").await;
    wait_for_url(&b, "/__test/exit.html").await;
    b.driver.back().await.unwrap();
    wait_for_url(&b, "/__test/start.html").await;
    b.close().await;
}

/// The app never loads in this browser from now on, as on a network that drops the wasm.
pub(crate) async fn block_the_wasm(b: &Browser) {
    b.cdp("Network.enable", json!({})).await;
    b.cdp("Network.clearBrowserCache", json!({})).await;
    b.cdp("Network.setBlockedURLs", json!({ "urls": ["*.wasm"] }))
        .await;
}

/// Before the app has loaded (here it never does: the wasm is blocked), Quick exit is already on
/// the page and leaves for the host's exit page in place of the guide's page in the history.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_exit_works_before_the_app_has_loaded() {
    let b = Browser::start().await;
    b.driver
        .goto(format!("{}/__test/start.html", app_origin()))
        .await
        .unwrap();
    block_the_wasm(&b).await;
    b.driver
        .goto(format!(
            "{}/?exit=/__test/exit.html#/about-you",
            app_origin()
        ))
        .await
        .unwrap();
    b.wait_for("#quick-exit").await;
    // The header rendered into the page at build time, no app; a deep link shows no Welcome.
    let early = b
        .js("return [!!document.querySelector('[data-before-app] #quick-exit'), document.getElementById('page-title').checkVisibility()]")
        .await;
    assert_eq!(
        early,
        json!([true, false]),
        "the page's own Quick exit, no app"
    );
    b.click("#quick-exit").await;
    wait_for_url(&b, "/__test/exit.html").await;
    // The guide's page was replaced: Back goes to the page before it.
    b.driver.back().await.unwrap();
    wait_for_url(&b, "/__test/start.html").await;
    b.close().await;
}

/// The first screen is HTML before any wasm: with the wasm blocked, the Welcome screen, its
/// Start link, Quick exit and the help numbers are there, from the app's own components; a deep
/// link shows only the header and the loading line, never the wrong screen; the app replaces it
/// all when it mounts.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_welcome_screen_shows_before_the_wasm_and_never_on_a_deep_link() {
    let b = Browser::start().await;
    block_the_wasm(&b).await;
    b.driver.goto(format!("{}/", app_origin())).await.unwrap();
    b.wait_for("[data-before-app] #page-title").await;
    let shown = b.body_text().await;
    for must in [
        "What are my treatment options?",
        "Start",
        "Quick exit",
        "call 911",
        "988",
        "1-800-662-4357",
        "Naltrexone shot (Vivitrol)",
    ] {
        assert!(shown.contains(must), "{must} before the app: {shown}");
    }
    assert!(!shown.contains("Loading the guide"), "{shown}");
    // "Use without saving" keeps its place but cannot be pressed before the app can do it.
    assert_eq!(
        b.js("return getComputedStyle(document.querySelector('[data-before-app] #keep-choice')).visibility")
            .await,
        json!("hidden")
    );
    b.axe("the first screen before the app").await;
    // A deep link: the header and the loading line, not Welcome.
    b.driver
        .goto(format!("{}/#/compare", app_origin()))
        .await
        .unwrap();
    b.driver.refresh().await.unwrap();
    b.wait_for("[data-before-app] #quick-exit").await;
    let shown = b.body_text().await;
    assert!(
        shown.contains("Loading the guide") && shown.contains("Quick exit"),
        "{shown}"
    );
    assert!(!shown.contains("What are my treatment options?"), "{shown}");
    b.close().await;

    // With JavaScript off: the Welcome text and the help numbers, and the note that the guide
    // needs JavaScript.
    let b = Browser::start().await;
    b.cdp(
        "Emulation.setScriptExecutionDisabled",
        json!({ "value": true }),
    )
    .await;
    b.driver.goto(format!("{}/", app_origin())).await.unwrap();
    let shown = b.body_text().await;
    for must in ["What are my treatment options?", "988", "needs JavaScript"] {
        assert!(shown.contains(must), "{must} with JavaScript off: {shown}");
    }
    b.close().await;

    // With the wasm, the app replaces the first screen: one heading, one header.
    let b = Browser::start().await;
    b.open("/").await;
    let once = b
        .js("return [document.querySelectorAll('#app h1').length, document.querySelectorAll('.site-header').length, document.querySelectorAll('[data-before-app]').length]")
        .await;
    assert_eq!(once, json!([1, 1, 0]));
    b.assert_clean("welcome after the first screen").await;
    b.close().await;
}

/// Back after a Quick exit can reach the guide's earlier screens; they must stay covered, with
/// a neutral title, until the person chooses to open the guide again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn back_after_quick_exit_shows_a_cover_not_the_answers() {
    let b = Browser::start().await;
    from_a_start_page(&b, "#/about-you").await;
    b.click("label[for='self_harm-yes']").await;
    b.wait_for(".crisis-help").await;
    // A second screen of the guide, a second entry in the history.
    b.js("location.hash = '#/my-data'; return true").await;
    b.wait_text("Answers you gave: 1.").await;
    b.click("#quick-exit").await;
    wait_for_url(&b, "/__test/exit.html").await;
    b.driver.back().await.unwrap();
    wait_for_url(&b, "#/about-you").await;
    b.wait_for("html.covered").await;
    let shown = b.body_text().await;
    assert!(shown.contains("This page is closed"), "{shown}");
    for private in ["hurting yourself", "988", "Recovery Options", "About you"] {
        assert!(
            !shown.contains(private),
            "{private} shows under the cover: {shown}"
        );
    }
    assert_eq!(b.driver.title().await.unwrap(), "Closed page");
    b.axe("the cover").await;
    // Opening it again shows the guide, with the answers kept.
    b.click("#cover-open").await;
    // The page reloads: the guide of the new page, uncovered (the old one ran under the cover).
    b.wait_for("html:not(.covered) .crisis-help").await;
    assert_eq!(
        b.js("return document.documentElement.classList.contains('covered')")
            .await,
        json!(false)
    );
    assert!(b.driver.title().await.unwrap().contains("Recovery Options"));
    b.assert_clean("after the cover").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_exit_by_pressing_shift_three_times() {
    let b = Browser::start().await;
    from_a_start_page(&b, "#/my-data").await;
    // Two presses are not enough.
    b.driver
        .action_chain()
        .key_down(Key::Shift)
        .key_up(Key::Shift)
        .key_down(Key::Shift)
        .key_up(Key::Shift)
        .perform()
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert!(still_at(&b, "#/my-data").await, "it left");
    b.driver
        .action_chain()
        .key_down(Key::Shift)
        .key_up(Key::Shift)
        .key_down(Key::Shift)
        .key_up(Key::Shift)
        .key_down(Key::Shift)
        .key_up(Key::Shift)
        .perform()
        .await
        .unwrap();
    wait_for_url(&b, "/__test/exit.html").await;
    b.driver.back().await.unwrap();
    wait_for_url(&b, "/__test/start.html").await;
    b.close().await;
}

/// Typing is not leaving: another key between the Shift presses starts the count again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_key_between_shift_presses_does_not_leave() {
    let b = Browser::start().await;
    b.open("/?exit=/__test/exit.html#/my-visit").await;
    b.driver
        .action_chain()
        .key_down(Key::Shift)
        .key_up(Key::Shift)
        .key_down(Key::Shift)
        .send_keys("A")
        .key_up(Key::Shift)
        .key_down(Key::Shift)
        .key_up(Key::Shift)
        .perform()
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(still_at(&b, "#/my-visit").await, "it left");
    b.close().await;
}

#[test]
fn the_built_page_carries_a_strict_content_security_policy() {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/dist/index.html"))
        .expect("a release build in dist/");
    let csp = html
        .split("http-equiv=\"Content-Security-Policy\" content=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("index.html has a CSP meta tag");
    for forbidden in [
        "'unsafe-inline'",
        "'unsafe-eval'",
        "*",
        "http:",
        "https:",
        "INLINE_SCRIPT_HASHES",
        "INLINE_STYLE_HASHES",
    ] {
        assert!(
            !csp.contains(forbidden),
            "the policy allows {forbidden}: {csp}"
        );
    }
    for needed in [
        "default-src 'none'",
        "script-src 'self' 'wasm-unsafe-eval' 'sha256-",
        "style-src 'sha256-",
        "connect-src 'self'",
        "form-action 'none'",
    ] {
        assert!(csp.contains(needed), "the policy lacks {needed}: {csp}");
    }
    // The only other site named is the neutral page Quick exit leaves for (a link to follow,
    // not something the page loads), the same as the app's default.
    let exit_link = format!(
        "id=\"quick-exit\" href=\"{}\"",
        recovery_options::embed::settings::DEFAULT_QUICK_EXIT
    );
    assert!(
        html.contains(&exit_link),
        "the first screen's Quick exit leaves for the default page"
    );
    let rest = html.replace(&exit_link, "");
    assert!(
        !rest.contains("http://") && !rest.contains("https://"),
        "index.html names no other site"
    );
}

/// Reloads with the words of the guide blocked (the files matching `pattern`, a file beside the
/// wasm), as a flaky network would, and returns the could-not-load message once it shows.
pub async fn load_failed_without(b: &Browser, pattern: &str) -> String {
    b.cdp("Network.enable", json!({})).await;
    b.cdp("Network.clearBrowserCache", json!({})).await;
    b.cdp("Network.setBlockedURLs", json!({ "urls": [pattern] }))
        .await;
    b.driver.refresh().await.unwrap();
    let failed = b.wait_for("#load-failed").await;
    failed.wait_until().displayed().await.unwrap();
    failed.text().await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_the_texts_cannot_load_the_page_says_so_and_keeps_the_data() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    b.click("label[for='substance-alcohol']").await;
    let before = b.storage().await;
    let text = load_failed_without(&b, "*texts-en-*").await;
    assert!(text.contains("could not load"), "{text}");
    assert!(text.contains("988") && text.contains("911"), "{text}");
    assert!(!b.body_text().await.contains("Loading the guide"));
    assert_eq!(b.storage().await, before, "nothing stored changed");
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_the_texts_never_arrive_the_page_says_so_after_a_while() {
    let b = Browser::start().await;
    // Hold the texts file forever, as a stalled network would, on a first visit (once the
    // guide has its offline copy, the texts come from it).
    b.cdp(
        "Fetch.enable",
        json!({ "patterns": [{ "urlPattern": "*texts-en-*", "requestStage": "Request" }] }),
    )
    .await;
    b.driver.goto(format!("{}/#/", app_origin())).await.unwrap();
    let started = std::time::Instant::now();
    let failed = b.wait_for("#load-failed").await;
    failed.wait_until().displayed().await.unwrap();
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_secs(10),
        "not before the wait: {waited:?}"
    );
    let text = failed.text().await.unwrap();
    assert!(
        text.contains("could not load") && text.contains("988"),
        "{text}"
    );
    b.close().await;
}

/// The page names its own icon and web manifest, both served from the build, so the browser
/// never asks for a `favicon.ico` that is not there (a 404 in the console).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_has_its_own_icon_and_web_manifest() {
    let b = Browser::start().await;
    b.open("/#/").await;
    b.wait_for_app().await;
    let fetched = b
        .js("return ['icon.svg', 'manifest.webmanifest'].map(path => {
               const x = new XMLHttpRequest(); x.open('GET', path, false); x.send();
               return [x.status, x.getResponseHeader('content-type') || '', x.responseText];
             })")
        .await;
    let fetched: Vec<(u16, String, String)> = serde_json::from_value(fetched).unwrap();
    assert_eq!(fetched[0].0, 200, "icon.svg");
    assert!(fetched[0].2.starts_with("<svg"), "{:?}", fetched[0]);
    assert_eq!(fetched[1].0, 200, "manifest.webmanifest");
    let manifest: serde_json::Value = serde_json::from_str(&fetched[1].2).unwrap();
    assert_eq!(manifest["name"], json!("Recovery Options"));
    assert_eq!(manifest["icons"][0]["src"], json!("icon.svg"));
    let icon = b
        .js("return document.querySelector('link[rel=icon]').getAttribute('href')")
        .await;
    assert_eq!(icon, json!("icon.svg"));
    tokio::time::sleep(Duration::from_millis(300)).await;
    let requested = b.requested_urls().await;
    assert!(
        !requested.iter().any(|u| u.ends_with("/favicon.ico")),
        "{requested:?}"
    );
    b.assert_clean("icon and manifest").await;
    b.close().await;
}
