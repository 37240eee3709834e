//! The guide in a frame on a clinic's page, served from a second loopback origin (`localhost`,
//! another site than the guide's `127.0.0.1`): the clinic's copy of `embed.js` fits the frame
//! to the guide, the clinic's page receives nothing but heights while a person walks the whole
//! guide, and Quick exit leaves the whole clinic page.

use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use serde_json::{json, Value};
use thirtyfour::WindowHandle;

use crate::harness::{app_origin, request_path, Browser, Options, SCREENS};
use crate::lock::{lock, unlock, PASSPHRASE};
use crate::shell::wait_for_url;
use crate::storage::checked;

/// A clinic's site: one page at `/`, and the path of every request made to it.
struct Host {
    origin: String,
    requests: Arc<Mutex<Vec<String>>>,
}

/// How the clinic's page holds the guide.
#[derive(Clone, Copy)]
struct Snippet {
    /// With the clinic's copy of `embed.js` (else a frame of fixed height that scrolls).
    script: bool,
    /// A frame sandboxed so that it may not navigate the clinic's page itself.
    sandboxed: bool,
}

const WITH_SCRIPT: Snippet = Snippet {
    script: true,
    sandboxed: false,
};

fn host(snippet: Snippet) -> Host {
    let app = app_origin();
    let sandbox = if snippet.sandboxed {
        r#" sandbox="allow-scripts allow-same-origin allow-forms allow-downloads""#
    } else {
        ""
    };
    let script = if snippet.script {
        format!(r#"<script src="{app}/embed.js" async></script>"#)
    } else {
        String::new()
    };
    // The page keeps every message it receives, from anyone, before embed.js runs.
    let page = format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Riverside Clinic</title>
<script>window.__messages = []; addEventListener("message", function (e) {{ __messages.push({{ origin: e.origin, data: e.data }}); }});</script>
</head><body style="margin:0"><h1>Riverside Clinic</h1>
<iframe data-recovery-options src="{app}/?exit=/__test/exit.html" title="Recovery Options: a private guide to medicines for alcohol and opioid use"
  allow="clipboard-write" height="600" style="width:100%;border:0;display:block"{sandbox}></iframe>
{script}<p>The clinic's own footer.</p></body></html>"#
    );
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let requests = Arc::new(Mutex::new(Vec::new()));
    let seen = requests.clone();
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            serve(stream, &page, &seen);
        }
    });
    Host {
        origin: format!("http://localhost:{port}"),
        requests,
    }
}

fn serve(mut stream: TcpStream, page: &str, seen: &Mutex<Vec<String>>) {
    let Some(path) = request_path(&stream) else {
        return;
    };
    seen.lock().unwrap().push(path.clone());
    let response = if path == "/" {
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n{page}",
            page.len()
        )
    } else {
        "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string()
    };
    let _ = stream.write_all(response.as_bytes());
}

/// Opens the clinic's page and waits for the guide in its frame; leaves the driver inside it.
async fn open_clinic_page(b: &Browser, host: &Host) {
    b.driver.goto(format!("{}/", host.origin)).await.unwrap();
    b.wait_for("iframe[data-recovery-options]").await;
    b.driver.enter_frame(0).await.unwrap();
    b.wait_for_app().await;
}

/// Shows `screen` (such as `#/compare`) in the frame, as a link inside the guide would.
async fn go(b: &Browser, screen: &str) {
    b.js(&format!("location.hash = '{screen}'; return true"))
        .await;
}

/// The frame's height on the clinic's page, in CSS pixels, read from outside the frame; the
/// driver goes back into the frame after.
async fn frame_height(b: &Browser) -> f64 {
    b.driver.enter_default_frame().await.unwrap();
    let height = b
        .js("return document.querySelector('iframe').getBoundingClientRect().height")
        .await
        .as_f64()
        .unwrap();
    b.driver.enter_frame(0).await.unwrap();
    height
}

/// Inside the frame: the guide's own height, and whether the frame's content scrolls.
async fn inside(b: &Browser) -> (f64, bool) {
    let v = b
        .js(
            "return [document.getElementById('page').getBoundingClientRect().height,
                     document.documentElement.scrollHeight > innerHeight + 1]",
        )
        .await;
    (v[0].as_f64().unwrap(), v[1].as_bool().unwrap())
}

/// Waits until the frame, seen from the clinic's page, is as tall as the guide inside it and
/// the guide does not scroll inside it. Both are read together in one poll, because the guide
/// can still grow after a tap (a slow machine paints later), and the parent script then needs a
/// moment to follow; a frame that never fits, or always scrolls, fails here.
async fn wait_fitted(b: &Browser, screen: &str) -> f64 {
    let mut last = (0.0, 0.0, true);
    for _ in 0..200 {
        let (guide, scrolls) = inside(b).await;
        let frame = frame_height(b).await;
        if (frame - guide.ceil()).abs() <= 1.0 && !scrolls {
            return frame;
        }
        last = (guide, frame, scrolls);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("on {screen} the frame never fitted the guide (guide, frame, scrolls inside): {last:?}");
}

/// Every screen, with answers given, a question typed in the person's own words and the
/// options picked side by side: what a person would do, inside the frame; axe on each.
async fn walk_the_guide(b: &Browser, heights: &mut Vec<(String, f64)>) {
    for screen in SCREENS {
        go(b, screen).await;
        tokio::time::sleep(Duration::from_millis(150)).await;
        b.wait_for_app().await;
        match screen {
            "#/about-you" => {
                // The first choice of every question shown, again as more appear.
                for _ in 0..3 {
                    b.js("document.querySelectorAll('fieldset').forEach(f => {
                            const first = f.querySelector('input[type=radio]');
                            if (first && !f.querySelector('input:checked')) first.click();
                          }); return true")
                        .await;
                    tokio::time::sleep(Duration::from_millis(150)).await;
                }
            }
            "#/what-matters" => {
                b.js("document.querySelectorAll('fieldset input[type=radio]').forEach((r, i) => { if (i % 3 === 0) r.click(); }); return true").await;
            }
            "#/compare" => {
                b.open_picker().await;
                b.js("[...document.querySelectorAll('.picker input')].slice(0, 2).forEach(c => c.click()); return true").await;
            }
            "#/my-visit" => {
                let field = b.wait_for("#new-question").await;
                field
                    .send_keys("A private question about my dose")
                    .await
                    .unwrap();
                b.click("#add-question").await;
                b.wait_text("A private question about my dose").await;
            }
            _ => {}
        }
        let name = screen.trim_start_matches("#/");
        heights.push((name.to_string(), wait_fitted(b, name).await));
        b.axe(&format!("{name} in a clinic's frame")).await;
    }
}

async fn walk_at(b: Browser, size: &str) {
    let host = host(WITH_SCRIPT);
    open_clinic_page(&b, &host).await;
    let mut heights = Vec::new();
    walk_the_guide(&b, &mut heights).await;
    // Fitted as the guide grows and as it shrinks again.
    let of = |name: &str| heights.iter().find(|(n, _)| n == name).unwrap().1;
    assert!(of("compare") > of("library") + 500.0, "{size}: {heights:?}");
    assert!(of("library") < of("my-visit"), "{size}: {heights:?}");
    // Chromium's network log of the tab does not show what a frame from another site loads
    // (it runs in a process of its own), so the frame's own list of what it loaded is read
    // too: it must show the wasm, or this check would prove nothing.
    let frame_loaded = b
        .js("return performance.getEntriesByType('resource').map(e => e.name)")
        .await;
    let frame_loaded: Vec<String> = serde_json::from_value(frame_loaded).unwrap();
    assert!(
        frame_loaded.iter().any(|u| u.ends_with(".wasm")),
        "{size}: {frame_loaded:?}"
    );

    b.driver.enter_default_frame().await.unwrap();
    let messages = b.js("return window.__messages").await;
    let messages = messages.as_array().unwrap();
    assert!(
        messages.len() >= SCREENS.len() / 2,
        "{size}: too few height messages to have fitted the frame: {messages:?}"
    );
    for message in messages {
        assert_eq!(message["origin"], json!(app_origin()), "{size}: {message}");
        let data = message["data"].as_object().expect("an object");
        let mut keys: Vec<&str> = data.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["height", "type", "v"], "{size}: {message}");
        assert_eq!(data["type"], json!("recovery-options:height"), "{size}");
        assert_eq!(data["v"], json!(1), "{size}");
        assert!(data["height"].as_f64().unwrap() > 0.0, "{size}: {message}");
    }
    // The page sees nothing of what was typed (it could not read the frame anyway).
    let page = b.js("return document.documentElement.outerHTML").await;
    assert!(!page.as_str().unwrap().contains("private question"));

    // Only the two origins were asked for anything, and the clinic's only for its page (and
    // perhaps the browser's own icon request).
    let requested = b.requested_urls().await;
    let foreign: Vec<_> = requested
        .iter()
        .chain(frame_loaded.iter())
        .filter(|u| u.starts_with("http"))
        .filter(|u| {
            !u.starts_with(&format!("{}/", app_origin()))
                && !u.starts_with(&format!("{}/", host.origin))
        })
        .collect();
    assert!(
        foreign.is_empty(),
        "{size}: requests elsewhere: {foreign:?}"
    );
    let clinic: Vec<String> = host.requests.lock().unwrap().clone();
    assert!(
        clinic.iter().all(|p| p == "/" || p == "/favicon.ico"),
        "{size}: the clinic's site was asked for {clinic:?}"
    );
    b.close().await;
}

#[tokio::test]
async fn a_clinic_page_gets_only_heights_while_a_person_walks_the_guide_on_a_phone() {
    walk_at(Browser::phone(320).await, "320 px").await;
}

#[tokio::test]
async fn a_clinic_page_gets_only_heights_while_a_person_walks_the_guide_on_a_desktop() {
    walk_at(Browser::start().await, "desktop").await;
}

#[tokio::test]
async fn without_the_script_the_frame_keeps_its_height_and_scrolls() {
    let b = Browser::phone(412).await;
    let host = host(Snippet {
        script: false,
        sandboxed: false,
    });
    open_clinic_page(&b, &host).await;
    go(&b, "#/compare").await;
    b.wait_for(".option-card").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(frame_height(&b).await, 600.0);
    let (_, scrolls) = inside(&b).await;
    assert!(scrolls, "the guide should scroll in its fixed frame");
    b.close().await;
}

/// Where the browser blocks the guide's storage in the clinic's frame, the guide says so and
/// works in memory, and My data says nothing is kept; the clinic's page still gets only heights.
#[tokio::test]
async fn with_storage_blocked_in_the_frame_the_guide_works_in_memory_and_says_so() {
    let b = Browser::start_with(Options {
        width: 412,
        height: 800,
        block_site_data: true,
        ..Options::default()
    })
    .await;
    let host = host(WITH_SCRIPT);
    open_clinic_page(&b, &host).await;
    let blocked = b
        .js("try { localStorage.length; return false; } catch (e) { return e.name; }")
        .await;
    assert_eq!(blocked, json!("SecurityError"), "the browser setting took");
    go(&b, "#/about-you").await;
    b.wait_text("not letting the guide save").await;
    b.click("label[for='substance-both']").await;
    assert!(
        checked(&b, "substance-both").await,
        "answers still work in memory"
    );
    go(&b, "#/compare").await;
    b.wait_for(".option-card").await;
    go(&b, "#/about-you").await;
    b.wait_for("#substance-both").await;
    assert!(
        checked(&b, "substance-both").await,
        "kept in memory from screen to screen"
    );
    b.axe("memory mode in a clinic's frame").await;
    b.click(".notice a[href='#/my-data']").await;
    b.wait_text("nothing is being kept").await;
    // Open in its own tab: the answers go along. (This browser blocks the guide's storage
    // everywhere, so the new tab, too, keeps them in memory only, and says so.)
    let frame_tab = b.driver.window().await.unwrap();
    b.click("#own-tab").await;
    let own = new_tab(&b, &frame_tab).await;
    b.driver.switch_to_window(own).await.unwrap();
    b.wait_text("This copy holds:").await;
    b.click("#import-confirm").await;
    b.wait_text("Your answers were brought back.").await;
    b.js("location.hash = '#/about-you'; return true").await;
    b.wait_for("#substance-both").await;
    assert!(checked(&b, "substance-both").await);
    b.driver.switch_to_window(frame_tab).await.unwrap();
    b.driver.enter_default_frame().await.unwrap();
    assert!(!heights_only(&b).await.is_empty());
    b.close().await;
}

/// The types of the messages the clinic's page received (the driver on that page), asserted
/// to be heights only.
async fn heights_only(b: &Browser) -> Vec<String> {
    let messages = b.js("return window.__messages.map(m => m.data.type)").await;
    let messages: Vec<String> = serde_json::from_value(messages).unwrap();
    assert!(
        messages.iter().all(|t| t == "recovery-options:height"),
        "{messages:?}"
    );
    messages
}

/// The tab "Open in its own tab" opened, besides `first`.
async fn new_tab(b: &Browser, first: &WindowHandle) -> WindowHandle {
    for _ in 0..100 {
        let tabs = b.driver.windows().await.unwrap();
        if let Some(tab) = tabs.into_iter().find(|t| t != first) {
            return tab;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no new tab opened");
}

/// In a frame, where the browser keeps the answers for the clinic's site only (Chrome's
/// partitioned storage), "Open in its own tab" hands them to a new tab of the guide, window to
/// window: the new tab shows them, and keeps them once the person says so. They are in no
/// address, and the clinic's page still gets only heights.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn open_in_its_own_tab_carries_the_answers_out_of_the_frame() {
    let b = Browser::phone(412).await;
    let host = host(WITH_SCRIPT);
    open_clinic_page(&b, &host).await;
    go(&b, "#/about-you").await;
    b.click("label[for='substance-both']").await;
    go(&b, "#/my-data").await;
    b.wait_text("This guide is inside another website.").await;
    let frame_tab = b.driver.window().await.unwrap();
    b.click("#own-tab").await;
    let own = new_tab(&b, &frame_tab).await;
    b.driver.switch_to_window(own).await.unwrap();
    b.wait_text("This copy holds:").await;
    let address = b.js("return location.href").await;
    let address = address.as_str().unwrap();
    assert!(
        address.starts_with(app_origin())
            && address.ends_with("#/my-data")
            && !address.contains("both"),
        "{address}"
    );
    assert_eq!(
        b.js("return window.opener === null || window.name === ''")
            .await,
        json!(true)
    );
    b.axe("the answers handed over, before they are used").await;
    let kept = b.storage().await;
    assert!(
        !kept
            .values()
            .any(|v| v.as_str().is_some_and(|v| v.contains("both"))),
        "nothing kept before the person says so: {kept:?}"
    );
    b.click("#import-confirm").await;
    b.wait_text("Your answers were brought back.").await;
    b.js("location.hash = '#/about-you'; return true").await;
    b.wait_for("#substance-both").await;
    assert!(checked(&b, "substance-both").await);
    // Kept by the guide's own site now, top level (saved by an effect of the redraw).
    b.wait_js(
        "return Object.values(localStorage).some(v => v.includes('both'))",
        json!(true),
    )
    .await;

    b.driver.switch_to_window(frame_tab).await.unwrap();
    b.driver.enter_default_frame().await.unwrap();
    heights_only(&b).await;
    b.close().await;
}

/// The guide's own tab had answers locked with a passphrase: it asks for the passphrase first,
/// and the answers handed over wait for it, then show, as always, before anything changes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_locked_own_tab_takes_the_answers_once_it_is_opened() {
    let b = Browser::phone(412).await;
    b.open("/#/about-you").await;
    b.click("label[for='substance-alcohol']").await;
    lock(&b).await;
    let host = host(WITH_SCRIPT);
    open_clinic_page(&b, &host).await;
    go(&b, "#/about-you").await;
    b.click("label[for='substance-both']").await;
    go(&b, "#/my-data").await;
    let frame_tab = b.driver.window().await.unwrap();
    b.click("#own-tab").await;
    let own = new_tab(&b, &frame_tab).await;
    b.driver.switch_to_window(own).await.unwrap();
    b.wait_text("Your answers are locked").await;
    // The answers arrive while the lock screen shows (the frame sends them at once), and
    // wait for My data however long the person takes: longer here than any time limit in
    // handover.js.
    tokio::time::sleep(Duration::from_secs(11)).await;
    unlock(&b, PASSPHRASE).await;
    b.wait_text("This copy holds:").await;
    assert!(b.body_text().await.contains("Both alcohol and opioids"));
    b.click("#import-confirm").await;
    b.wait_text("Your answers were brought back.").await;
    b.js("location.hash = '#/about-you'; return true").await;
    b.wait_for("#substance-both").await;
    assert!(checked(&b, "substance-both").await);
    b.close().await;
}

/// A frame that may not open tabs: the guide says so and what to do instead.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn where_the_frame_may_not_open_a_tab_the_guide_says_what_to_do() {
    let b = Browser::start().await;
    let host = host(Snippet {
        script: true,
        sandboxed: true,
    });
    open_clinic_page(&b, &host).await;
    go(&b, "#/my-data").await;
    b.click("#own-tab").await;
    b.wait_text("Your browser did not open a new tab. Download your answers instead.")
        .await;
    assert_eq!(b.driver.windows().await.unwrap().len(), 1);
    b.close().await;
}

/// Opens a clinic page held by `snippet` on a phone and presses Quick exit inside the frame, as
/// a person would; the driver is then on the clinic's page (or where it went).
async fn quick_exit_from(snippet: Snippet) -> (Browser, Host) {
    let b = Browser::phone(412).await;
    let host = host(snippet);
    open_clinic_page(&b, &host).await;
    let exit = b.wait_for("#quick-exit").await;
    // The tap takes the frame away with the clinic's page, and the driver may say so
    // ("target frame detached") before it answers the click: that is the exit working.
    if let Err(error) = exit.click().await {
        assert!(error.to_string().contains("frame detached"), "{error}");
    }
    b.driver.enter_default_frame().await.unwrap();
    (b, host)
}

#[tokio::test]
async fn quick_exit_in_a_frame_leaves_the_whole_clinic_page() {
    // The frame leaves the page itself (a tap lets it), with or without the script.
    for script in [true, false] {
        let (b, _) = quick_exit_from(Snippet {
            script,
            sandboxed: false,
        })
        .await;
        wait_for_url(&b, "/__test/exit.html").await;
        let url = b.driver.current_url().await.unwrap().to_string();
        assert!(url.starts_with(app_origin()), "script {script}: {url}");
        b.close().await;
    }
}

#[tokio::test]
async fn in_a_frame_that_may_not_leave_the_page_the_script_leaves_it() {
    let (b, _) = quick_exit_from(Snippet {
        script: true,
        sandboxed: true,
    })
    .await;
    wait_for_url(&b, "/__test/exit.html").await;
    b.close().await;
}

#[tokio::test]
async fn where_nothing_may_leave_the_page_the_frame_covers_the_guide_and_says_so() {
    let (b, host) = quick_exit_from(Snippet {
        script: false,
        sandboxed: true,
    })
    .await;
    b.driver.enter_frame(0).await.unwrap();
    b.wait_text("close this tab").await;
    let shown: Value = b
        .js(
            "return [getComputedStyle(document.getElementById('app')).display,
                     getComputedStyle(document.getElementById('cover')).display]",
        )
        .await;
    assert_eq!(shown, json!(["none", "block"]));
    b.driver.enter_default_frame().await.unwrap();
    let url = b.driver.current_url().await.unwrap().to_string();
    assert!(url.starts_with(&host.origin), "{url}");
    b.close().await;
}

/// Scrolls the clinic's page to `y` and gives its scroll handlers a moment.
async fn scroll_to(b: &Browser, y: u32) {
    b.js(&format!("scrollTo(0, {y}); return true")).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
}

/// In a frame fitted to the guide, the guide's header scrolls away with the clinic's page: once
/// it is out of view, embed.js keeps a Quick exit of its own at the top of the screen, and it
/// leaves the same way.
#[tokio::test]
async fn quick_exit_stays_on_screen_while_the_clinic_page_scrolls() {
    let b = Browser::phone(412).await;
    let host = host(WITH_SCRIPT);
    open_clinic_page(&b, &host).await;
    go(&b, "#/compare").await;
    b.wait_for(".option-card").await;
    wait_fitted(&b, "compare").await;
    b.driver.enter_default_frame().await.unwrap();
    let stand_in = "document.querySelector('[data-recovery-options-exit]')";
    let shown = format!(
        "const b = {stand_in}; if (!b || b.hidden) return null;
         const r = b.getBoundingClientRect();
         return [b.textContent, r.top >= 0 && r.bottom <= innerHeight && r.right <= innerWidth, r.height]"
    );
    // At the top, the guide's own Quick exit is on the screen: no stand-in.
    assert_eq!(b.js(&shown).await, Value::Null);
    // The stand-in follows scroll events, a frame later: each state is waited for.
    for y in [1500, 3000] {
        scroll_to(&b, y).await;
        b.wait_js(
            &format!("const s = (() => {{ {shown} }})(); return !!s && s[1]"),
            json!(true),
        )
        .await;
        let seen = b.js(&shown).await;
        assert_eq!(seen[0], json!("Quick exit"), "scrolled to {y}: {seen}");
        assert!(seen[2].as_f64().unwrap() >= 44.0, "a finger-sized target");
    }
    scroll_to(&b, 0).await;
    b.wait_js(&shown, Value::Null).await;
    scroll_to(&b, 2000).await;
    b.click("[data-recovery-options-exit]").await;
    wait_for_url(&b, "/__test/exit.html").await;
    b.close().await;
}

/// The summary for clinicians that a clinic can print and hand round: one page on Letter and on
/// A4, readable by a screen reader, and nothing fetched from anywhere else.
#[tokio::test]
async fn the_summary_for_clinicians_prints_on_one_page() {
    let b = Browser::start().await;
    b.driver
        .goto(format!("{}/clinicians.html", app_origin()))
        .await
        .unwrap();
    b.wait_text("What the guide never does").await;
    b.axe("the summary for clinicians").await;
    b.assert_clean("the summary for clinicians").await;
    assert_eq!(crate::visit::printed_pages(&b, "clinicians").await, [1, 1]);
    b.close().await;
    let phone = Browser::phone(320).await;
    phone
        .driver
        .goto(format!("{}/clinicians.html", app_origin()))
        .await
        .unwrap();
    phone.wait_text("What the guide never does").await;
    phone
        .assert_no_sideways_scrolling("the summary for clinicians at 320 px")
        .await;
    phone.close().await;
}
