//! The passphrase lock in the real browser: locking leaves nothing readable in storage, the
//! lock screen opens with the right passphrase only, "I forgot" deletes and starts over, a new
//! passphrase and removing the lock, another tab, and locking again after Quick exit, after the
//! back-forward cache and after 15 minutes without use.

use std::time::Duration;

use serde_json::{json, Value};

use crate::harness::{Browser, Options};
use crate::shell::{from_a_start_page, wait_for_url};

const STATE: &str = "recovery-options:state";
pub const PASSPHRASE: &str = "blue river morning";

/// Words of the answers below: none may be readable in storage while locked.
const PRIVATE: &[&str] = &[
    "opioids",
    "fentanyl",
    "self_harm",
    "naltrexone",
    "sister",
    "answers",
    "visit",
    "revision\":2",
];

/// Shows the screen at `route` (such as `#/my-data`) in the same page, as a tap on a link
/// does: no reload, which would close open answers.
async fn go(b: &Browser, route: &str) {
    b.js(&format!("location.hash = '{route}'; return true"))
        .await;
    tokio::time::sleep(Duration::from_millis(100)).await;
}

/// Every key of local and session storage, values as stored.
async fn all_storage(b: &Browser) -> Value {
    b.js("return [Object.assign({}, localStorage), Object.assign({}, sessionStorage)]")
        .await
}

/// Answers About you (the self-harm question too), a value, a leaning and a question of
/// the person's own.
async fn answer(b: &Browser) {
    go(b, "#/about-you").await;
    for (question, value) in [
        ("substance", "opioids"),
        ("opioid_kind", "fentanyl"),
        ("last_opioid_use", "this-week"),
        ("self_harm", "no"),
    ] {
        b.click(&format!("label[for='{question}-{value}']")).await;
    }
    go(b, "#/check").await;
    b.click("label[for='leaning-naltrexone-shot']").await;
    go(b, "#/my-visit").await;
    let field = b.wait_for("#new-question").await;
    field
        .send_keys("Can my sister come with me?")
        .await
        .unwrap();
    b.click("#add-question").await;
    b.wait_text("Can my sister come with me?").await;
}

async fn type_into(b: &Browser, id: &str, text: &str) {
    let field = b.wait_for(&format!("#{id}")).await;
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

/// Locks with [`PASSPHRASE`] on My data and waits until it is done.
pub async fn lock(b: &Browser) {
    lock_with(b, PASSPHRASE, "Your answers are locked. The guide will ask").await;
}

/// Locks (or sets a new passphrase) on My data and waits until it is done.
async fn lock_with(b: &Browser, passphrase: &str, done: &str) {
    go(b, "#/my-data").await;
    type_into(b, "lock-new", passphrase).await;
    type_into(b, "lock-again", passphrase).await;
    b.click("#lock-set").await;
    b.wait_text(done).await;
}

/// The saved state as stored, asserted locked with nothing of the answers readable.
async fn assert_locked_and_unreadable(b: &Browser) -> String {
    let stored = all_storage(b).await;
    let raw = stored[0][STATE]
        .as_str()
        .expect("a saved state")
        .to_string();
    let envelope: Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(envelope["locked"], json!(1), "{raw}");
    assert_eq!(envelope["version"], json!(5));
    let everything = stored.to_string();
    for word in PRIVATE {
        assert!(
            !everything.contains(word),
            "{word} readable in storage while locked: {everything}"
        );
    }
    raw
}

pub async fn unlock(b: &Browser, passphrase: &str) {
    b.wait_for("#unlock-passphrase").await;
    type_into(b, "unlock-passphrase", passphrase).await;
    b.click("#unlock").await;
}

async fn assert_lock_screen(b: &Browser) {
    b.wait_text("Your answers are locked").await;
    let shown = b.body_text().await;
    for hidden in ["fentanyl", "sister", "About you", "Compare"] {
        assert!(!shown.contains(hidden), "{hidden} shows on the lock screen");
    }
    // Quick exit and the help numbers stay.
    assert!(shown.contains("988"), "{shown}");
    assert!(shown.contains("1-800-662-4357"), "{shown}");
    b.wait_for("#quick-exit").await;
    // Text under 16 px makes a phone zoom in when the field takes the focus.
    let size = b
        .js("return parseFloat(getComputedStyle(document.getElementById('unlock-passphrase')).fontSize)")
        .await;
    assert!(size.as_f64().unwrap() >= 16.0, "passphrase text {size} px");
}

async fn assert_answers_back(b: &Browser) {
    b.wait_text("Continue where you left off").await;
    go(b, "#/about-you").await;
    assert_eq!(
        b.js("return document.getElementById('opioid_kind-fentanyl').checked")
            .await,
        json!(true)
    );
    go(b, "#/my-visit").await;
    b.wait_text("Can my sister come with me?").await;
}

/// The whole flow: the mistakes a person can make while choosing a passphrase, locking,
/// nothing readable stored, the lock screen on the next visit (keyboard and axe), a wrong
/// passphrase that changes nothing, the right one, a change saved while open that stays
/// locked, a new passphrase, and removing the lock.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn locking_leaves_nothing_readable_and_only_the_passphrase_opens_it() {
    let b = Browser::phone(360).await;
    b.open("/#/about-you").await;
    answer(&b).await;
    go(&b, "#/my-data").await;
    b.wait_text("Lock with a passphrase").await;

    // Too short, then two that differ: each says so, focuses the field and locks nothing.
    type_into(&b, "lock-new", "short").await;
    type_into(&b, "lock-again", "short").await;
    b.click("#lock-set").await;
    b.wait_text("Please use at least 8 characters.").await;
    assert_eq!(b.active_id().await, "lock-new");
    type_into(&b, "lock-new", PASSPHRASE).await;
    type_into(&b, "lock-again", "blue river evening").await;
    b.click("#lock-set").await;
    b.wait_text("The two passphrases are not the same.").await;
    assert_eq!(b.active_id().await, "lock-again");
    b.axe("my data, a passphrase mistake").await;
    assert!(all_storage(&b).await.to_string().contains("fentanyl"));

    lock(&b).await;
    let locked = assert_locked_and_unreadable(&b).await;
    b.axe("my data at 320 px, locked and open").await;
    b.assert_no_sideways_scrolling("my data, locked").await;

    // The next visit opens on the lock screen.
    b.driver.refresh().await.unwrap();
    b.wait_for_app().await;
    assert_lock_screen(&b).await;
    b.axe("the lock screen").await;
    b.assert_no_sideways_scrolling("the lock screen").await;

    // A wrong passphrase: a clear message, the focus back in the field, nothing changed.
    unlock(&b, "blue river evening").await;
    b.wait_text("That passphrase does not open the answers.")
        .await;
    assert_eq!(b.active_id().await, "unlock-passphrase");
    b.axe("the lock screen, a wrong passphrase").await;
    assert_eq!(all_storage(&b).await[0][STATE], json!(locked));

    // The right one, typed and sent with Enter: the answers are back.
    type_into(&b, "unlock-passphrase", &format!("{PASSPHRASE}\n")).await;
    b.wait_for(".site-nav").await;
    assert_answers_back(&b).await;
    assert_eq!(
        all_storage(&b).await[0][STATE],
        json!(locked),
        "opening writes nothing"
    );

    // A change while open is saved locked.
    go(&b, "#/about-you").await;
    b.click("label[for='goal-stop']").await;
    // Sealed asynchronously (WebCrypto): waited for until the stored state changes.
    b.wait_js(
        &format!(
            "return localStorage.getItem('{STATE}') !== {}",
            json!(locked)
        ),
        json!(true),
    )
    .await;
    let changed = assert_locked_and_unreadable(&b).await;
    assert_ne!(changed, locked, "the change was saved");
    assert!(!changed.contains("stop\""));

    // A new passphrase: the old one no longer opens the answers.
    lock_with(&b, "green hills at noon", "The new passphrase is set.").await;
    assert_locked_and_unreadable(&b).await;
    b.driver.refresh().await.unwrap();
    b.wait_for_app().await;
    unlock(&b, PASSPHRASE).await;
    b.wait_text("That passphrase does not open the answers.")
        .await;
    unlock(&b, "green hills at noon").await;
    b.wait_for(".site-nav").await;
    go(&b, "#/about-you").await;
    assert_eq!(
        b.js("return document.getElementById('goal-stop').checked")
            .await,
        json!(true),
        "the change made while open was kept"
    );

    // Removing the lock saves the answers readable again, and the next visit opens on them.
    go(&b, "#/my-data").await;
    b.click("#lock-remove").await;
    b.wait_text("The lock is removed.").await;
    let stored = all_storage(&b).await[0][STATE]
        .as_str()
        .unwrap()
        .to_string();
    assert!(stored.contains("fentanyl") && !stored.contains("\"locked\""));
    b.driver.refresh().await.unwrap();
    b.wait_for_app().await;
    assert_answers_back(&b).await;
    b.assert_clean("the lock").await;
    b.close().await;
}

/// "I forgot": the answers cannot be recovered; deleting them starts over, with nothing left
/// in storage.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forgetting_the_passphrase_deletes_and_starts_over() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    answer(&b).await;
    lock(&b).await;
    b.driver.refresh().await.unwrap();
    b.wait_for_app().await;
    assert_lock_screen(&b).await;
    b.click(".lock-forgot > summary").await;
    b.wait_text("there is no way to get them back").await;
    b.axe("the lock screen, I forgot").await;
    b.click("#lock-forgot-delete").await;
    b.wait_for(".site-nav").await;
    assert_eq!(all_storage(&b).await, json!([{}, {}]), "everything deleted");
    go(&b, "#/").await;
    b.wait_text("Start").await;
    let shown = b.body_text().await;
    assert!(!shown.contains("Continue where you left off"), "{shown}");
    b.driver.refresh().await.unwrap();
    b.wait_for_app().await;
    assert!(!b.body_text().await.contains("Your answers are locked"));
    b.assert_clean("I forgot").await;
    b.close().await;
}

/// On the smallest phone, and with text at 200%: the lock section (with a mistake shown, and
/// while open) and the lock screen (with a wrong passphrase and "I forgot" open) fit without
/// sideways scrolling and nothing spills out of its box.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_lock_fits_a_small_phone_and_large_text() {
    let b = Browser::phone(320).await;
    b.open("/#/about-you").await;
    answer(&b).await;
    go(&b, "#/my-data").await;
    type_into(&b, "lock-new", "short").await;
    b.click("#lock-set").await;
    b.wait_text("Please use at least 8 characters.").await;
    b.assert_fits_with_double_text("my data at 320 px, a mistake")
        .await;
    lock(&b).await;
    b.assert_fits_with_double_text("my data at 320 px, locked and open")
        .await;
    b.driver.refresh().await.unwrap();
    b.wait_for_app().await;
    assert_lock_screen(&b).await;
    unlock(&b, "not the passphrase").await;
    b.wait_text("That passphrase does not open the answers.")
        .await;
    b.click(".lock-forgot > summary").await;
    b.wait_text("there is no way to get them back").await;
    b.assert_fits_with_double_text("the lock screen at 320 px, a wrong passphrase, I forgot open")
        .await;
    b.assert_clean("the lock on a small phone").await;
    b.close().await;
}

/// Open answers close again when the person leaves with Quick exit and comes Back (through the
/// cover), and when a page comes back from the back-forward cache.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_exit_and_back_lock_again() {
    let b = Browser::start().await;
    from_a_start_page(&b, "#/about-you").await;
    answer(&b).await;
    lock(&b).await;
    // Still open on this page.
    go(&b, "#/about-you").await;
    b.wait_for(".site-nav").await;
    b.click("#quick-exit").await;
    wait_for_url(&b, "/__test/exit.html").await;
    b.driver.back().await.unwrap();
    b.wait_for("html.covered").await;
    b.click("#cover-open").await;
    assert_lock_screen(&b).await;
    unlock(&b, PASSPHRASE).await;
    b.wait_for(".site-nav").await;
    assert_answers_back(&b).await;

    // The back-forward cache: away to another page and Back, with the page kept whole. (The
    // page notes that it came back from the cache, so the test knows it did; the test server
    // lets the browser keep it.)
    b.open("/?bfcache=1#/about-you").await;
    unlock(&b, PASSPHRASE).await;
    b.wait_for(".site-nav").await;
    b.js("addEventListener('pageshow', e => sessionStorage.setItem('test:restored', e.persisted)); return true")
        .await;
    b.driver
        .goto(format!(
            "{}/__test/start.html",
            crate::harness::app_origin()
        ))
        .await
        .unwrap();
    b.driver.back().await.unwrap();
    b.wait_for_app().await;
    assert_lock_screen(&b).await;
    assert_eq!(
        b.js("return sessionStorage.getItem('test:restored')").await,
        json!("true"),
        "the page came back from the back-forward cache"
    );
    b.assert_clean("quick exit and back").await;
    b.close().await;
}

/// Moves the page's clock on by `minutes` (see [`CLOCK`]).
async fn skip_minutes(b: &Browser, minutes: u64) {
    b.js(&format!(
        "window.__skipped = (window.__skipped || 0) + {}; document.dispatchEvent(new Event('visibilitychange')); return true",
        minutes * 60 * 1000
    ))
    .await;
}

/// A clock the test can move on: `Date.now()` plus what [`skip_minutes`] added.
const CLOCK: &str = r#"
const realNow = Date.now.bind(Date);
Date.now = () => realNow() + (window.__skipped || 0);
"#;

/// After 15 minutes without use the open answers close; a tap before that keeps them open.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifteen_minutes_without_use_lock_again() {
    let b = Browser::start_with(Options {
        before_load: Some(CLOCK),
        ..Options::default()
    })
    .await;
    b.open("/#/about-you").await;
    answer(&b).await;
    lock(&b).await;
    skip_minutes(&b, 14).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    b.click("#lock-heading").await;
    skip_minutes(&b, 14).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        !b.body_text().await.contains("Type it to open them"),
        "used 14 minutes ago: still open"
    );
    skip_minutes(&b, 2).await;
    assert_lock_screen(&b).await;
    unlock(&b, PASSPHRASE).await;
    b.wait_for(".site-nav").await;
    assert_answers_back(&b).await;
    b.assert_clean("idle").await;
    b.close().await;
}

/// Another tab sees the lock: it closes when the first tab locks, opens on its own passphrase,
/// and a change made there reaches the first tab, still locked in storage.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_tab_sees_the_lock() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    answer(&b).await;
    go(&b, "#/my-data").await;
    let first = b.driver.window().await.unwrap();
    let second = b.driver.new_tab().await.unwrap();
    b.driver.switch_to_window(second.clone()).await.unwrap();
    b.open("/#/about-you").await;
    b.wait_for(".site-nav").await;

    b.driver.switch_to_window(first.clone()).await.unwrap();
    lock(&b).await;

    b.driver.switch_to_window(second.clone()).await.unwrap();
    assert_lock_screen(&b).await;
    unlock(&b, PASSPHRASE).await;
    b.wait_for(".site-nav").await;
    go(&b, "#/about-you").await;
    b.click("label[for='goal-stop']").await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_locked_and_unreadable(&b).await;

    b.driver.switch_to_window(first).await.unwrap();
    b.wait_text("updated from another tab").await;
    go(&b, "#/about-you").await;
    assert_eq!(
        b.js("return document.getElementById('goal-stop').checked")
            .await,
        json!(true)
    );
    b.assert_clean("two tabs and the lock").await;
    b.close().await;
}
