//! The checks the other tests rely on can fail: each one catches a planted problem.

use serde_json::json;

use crate::harness::{app_origin, Browser};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_catches_an_image_without_text() {
    let b = Browser::start().await;
    b.open("/#/").await;
    assert!(b.axe_violations().await.is_empty());
    b.js("const i = document.createElement('img'); i.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; document.getElementById('main').append(i); return true").await;
    let found = b.axe_violations().await;
    assert!(
        found.iter().any(|v| v.starts_with("image-alt")),
        "{found:?}"
    );
    b.close().await;
}

/// An `aria-labelledby` that points at no element is only "needs review" for axe; the harness
/// fails on it all the same (the About you sections once did this).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_catches_a_label_that_points_at_nothing() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    assert!(b.axe_violations().await.is_empty());
    b.js("document.querySelector('section').setAttribute('aria-labelledby', 'section-What you use'); return true").await;
    let found = b.axe_violations().await;
    assert!(
        found
            .iter()
            .any(|v| v.starts_with("needs review: aria-valid-attr-value")),
        "{found:?}"
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_watch_catches_errors_and_policy_violations() {
    let b = Browser::start().await;
    b.open("/#/").await;
    assert!(b.logged_problems().await.is_empty());
    // A style attribute and an outside image are both refused by the policy.
    b.js("document.body.insertAdjacentHTML('beforeend', '<p style=\"color:red\">x</p>'); return true").await;
    b.js("const i = new Image(); i.src = 'https://tracker.example/pixel.gif'; document.body.append(i); return true").await;
    b.js("console.error('planted'); return true").await;
    // The violations are reported asynchronously: waited for until none of the three is
    // missing from the log.
    b.wait_js(
        "const log = window.__roLog || [];
         return ['CSP violation: style-src', 'CSP violation: img-src', 'console.error: planted']
           .filter(p => !log.some(l => l.includes(p)))",
        json!([]),
    )
    .await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_network_log_sees_a_request_to_another_origin() {
    let b = Browser::start().await;
    b.open("/#/").await;
    let own = b.requested_urls().await;
    assert!(
        own.iter()
            .any(|u| u.starts_with(app_origin()) && u.ends_with(".wasm")),
        "{own:?}"
    );
    // A navigation is not covered by the page's policy, so it reaches the network log.
    let _ = b.driver.goto("http://outside.example/").await;
    let seen = b.requested_urls().await;
    assert!(
        seen.iter()
            .any(|u| u.starts_with("http://outside.example/")),
        "{seen:?}"
    );
    b.close().await;
}
