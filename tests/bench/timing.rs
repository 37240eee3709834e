//! The timing benchmark: how fast the release build becomes usable and how fast an answer
//! updates the screen, in headless Chromium with the CPU slowed 4 times (a mid-range phone).
//! It prints figures against the budgets and never fails on them: timings vary by machine.
//! Run with `.ci/dev bench` (it builds the release first).

#[cfg(not(target_arch = "wasm32"))]
#[path = "../e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    use serde_json::json;

    let b = harness::Browser::slowed(MARK_INTERACTIVE).await;
    b.cdp("Network.enable", json!({})).await;
    b.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
        .await;

    // Navigation to the first interactive screen on a first visit: from the start of
    // navigation to the moment the screen's heading is in the page (the app has mounted and
    // rendered); every file from the network, none from the offline copy.
    b.cdp("Network.setBypassServiceWorker", json!({ "bypass": true }))
        .await;
    let mut loads = Vec::new();
    for _ in 0..7 {
        loads.push(interactive(&b, &format!("{}/#/", harness::app_origin())).await);
    }
    b.cdp("Network.setBypassServiceWorker", json!({ "bypass": false }))
        .await;

    // Opening the guide with no network, from the offline copy kept by an earlier visit (a
    // copy of the build on an origin of its own, whose server then answers nothing).
    let root = b.scratch().join("offline");
    harness::copy_dist(&root);
    let site = harness::Site::start(root);
    interactive(&b, &format!("{}/#/", site.origin)).await;
    b.js("return navigator.serviceWorker.ready.then(() => true)")
        .await;
    site.serve(None);
    b.set_offline(true).await;
    let mut offline = Vec::new();
    for _ in 0..7 {
        offline.push(interactive(&b, &format!("{}/#/", site.origin)).await);
    }
    b.set_offline(false).await;

    // An answer to the updated screen: choosing a substance shows that substance's questions.
    b.driver
        .goto(format!("{}/#/about-you", harness::app_origin()))
        .await
        .unwrap();
    b.wait_for_app().await;
    let mut answers = Vec::new();
    for i in 0..40 {
        let (value, shows) = if i % 2 == 0 {
            ("alcohol", "q-drinking_days")
        } else {
            ("opioids", "q-last_opioid_use")
        };
        let ms = b
            .driver
            .execute_async(
                r#"const [value, shows, done] = arguments;
                const t0 = performance.now();
                const seen = () => document.getElementById(shows);
                const finish = () => done(performance.now() - t0);
                new MutationObserver((_, o) => { if (seen()) { o.disconnect(); finish(); } })
                  .observe(document.body, { childList: true, subtree: true });
                document.querySelector(`label[for='substance-${value}']`).click();
                if (seen()) finish();"#,
                vec![json!(value), json!(shows)],
            )
            .await
            .unwrap();
        answers.push(ms.json().as_f64().unwrap());
    }

    // My visit with 20 questions: marking one as asked updates the list and the summary.
    let items: Vec<_> = (1..=20)
        .map(|n| json!({ "id": format!("c:{n}"), "text": format!("Question {n}: what should I know about how this medicine fits my life?"), "kept": true }))
        .collect();
    let state = json!({ "app": "recovery-options", "version": 3, "saved_at": "", "revision": 1,
        "state": { "answers": { "substance": "opioids" }, "visit": { "questions": { "items": items, "next": 20 } } } });
    b.js(&format!(
        "localStorage.setItem('recovery-options:state', {}); return true",
        json!(state.to_string())
    ))
    .await;
    b.driver
        .goto(format!("{}/#/my-visit", harness::app_origin()))
        .await
        .unwrap();
    b.driver.refresh().await.unwrap();
    b.wait_for("#asked-c-20").await;
    let mut marks = Vec::new();
    for i in 0..40 {
        let ms = b
            .driver
            .execute_async(
                r#"const [n, done] = arguments;
                const tags = () => document.querySelectorAll('.visit-summary .tag').length;
                const before = tags();
                const t0 = performance.now();
                const finish = () => done(performance.now() - t0);
                new MutationObserver((_, o) => { if (tags() !== before) { o.disconnect(); finish(); } })
                  .observe(document.body, { childList: true, subtree: true });
                document.querySelector(`label[for='asked-c-${n}']`).click();"#,
                vec![json!(i % 20 + 1)],
            )
            .await
            .unwrap();
        marks.push(ms.json().as_f64().unwrap());
    }
    // Switching language on My visit with 20 questions, from the footer: the tap until every
    // screen is drawn anew in the other language (its switch then leads back). The first
    // switch fetches the Spanish words; the others find both languages loaded.
    let mut switches = Vec::new();
    for _ in 0..12 {
        let ms = b
            .driver
            .execute_async(
                r#"const [done] = arguments;
                const before = document.documentElement.lang;
                const back = () => document.querySelector('.site-footer .lang-switch')?.lang === before;
                const t0 = performance.now();
                const finish = () => done(performance.now() - t0);
                new MutationObserver((_, o) => { if (back()) { o.disconnect(); finish(); } })
                  .observe(document.body, { childList: true, subtree: true });
                document.querySelector('.site-footer .lang-switch').click();"#,
                vec![],
            )
            .await
            .unwrap();
        switches.push(ms.json().as_f64().unwrap());
    }
    let first_switch = switches.remove(0);
    // The passphrase lock (PBKDF2 with 600,000 rounds, in the browser): locking on My data,
    // and opening on the lock screen, at 4x and then at full speed.
    let (lock_slow, unlock_slow) = lock_timings(&b).await;
    b.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 1 }))
        .await;
    let (lock_fast, unlock_fast) = lock_timings(&b).await;
    b.close().await;

    println!("timings in headless Chromium, CPU slowed 4x (budgets in DESIGN section 8):");
    println!(
        "  navigation to the first interactive screen, a first visit: median {:.0} ms over {} loads (budget 1500 ms median)",
        harness::percentile(&mut loads, 50.0),
        loads.len()
    );
    println!(
        "  opening the guide with no network, from its offline copy: median {:.0} ms over {} loads (the same budget)",
        harness::percentile(&mut offline, 50.0),
        offline.len()
    );
    println!(
        "  an answer to the updated screen: median {:.1} ms, p95 {:.1} ms over {} answers (budget 16 ms median, 50 ms p95)",
        harness::percentile(&mut answers, 50.0),
        harness::percentile(&mut answers, 95.0),
        answers.len()
    );
    println!(
        "  My visit with 20 questions, marking one as asked: median {:.1} ms, p95 {:.1} ms over {} changes (same budget)",
        harness::percentile(&mut marks, 50.0),
        harness::percentile(&mut marks, 95.0),
        marks.len()
    );
    println!(
        "  My visit with 20 questions, switching language: {first_switch:.0} ms the first time (the words fetched), then median {:.0} ms over {} switches (no budget)",
        harness::percentile(&mut switches, 50.0),
        switches.len()
    );
    for (what, mut slow, mut fast) in [
        ("locking with a passphrase", lock_slow, lock_fast),
        ("opening with the passphrase", unlock_slow, unlock_fast),
    ] {
        println!(
            "  {what}, tap to done: median {:.0} ms at 4x, {:.0} ms at 1x (over {} each; no budget, the issue measured about 150 ms)",
            harness::percentile(&mut slow, 50.0),
            harness::percentile(&mut fast, 50.0),
            fast.len()
        );
    }
}

/// Opens `url` and returns the milliseconds from the start of navigation until the app has
/// mounted (see [`MARK_INTERACTIVE`]).
#[cfg(not(target_arch = "wasm32"))]
async fn interactive(b: &harness::Browser, url: &str) -> f64 {
    b.driver.goto(url).await.unwrap();
    for _ in 0..200 {
        let value = b.js("return window.__roInteractive || null").await;
        if let Some(ms) = value.as_f64() {
            return ms;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("{url}: the app did not become interactive");
}

/// Locks the answers on My data 5 times (the first a new lock, then new passphrases), and
/// opens them on the lock screen 5 times: the milliseconds from the tap until the screen says
/// it is done.
#[cfg(not(target_arch = "wasm32"))]
async fn lock_timings(b: &harness::Browser) -> (Vec<f64>, Vec<f64>) {
    use serde_json::json;

    const PASSPHRASE: &str = "blue river morning";
    let origin = harness::app_origin();
    let (mut locks, mut unlocks) = (Vec::new(), Vec::new());
    b.driver.goto(format!("{origin}/#/my-data")).await.unwrap();
    b.wait_for("#unlock-passphrase, #lock-new").await;
    for _ in 0..5 {
        // A page that opened its answers first, when they are locked already.
        if b.driver
            .find(thirtyfour::By::Css("#unlock-passphrase"))
            .await
            .is_ok()
        {
            unlocks.push(unlock(b, PASSPHRASE).await);
        }
        b.wait_for("#lock-new").await;
        let ms = b
            .driver
            .execute_async(
                r#"const [passphrase, done] = arguments;
                for (const id of ["lock-new", "lock-again"]) document.getElementById(id).value = passphrase;
                const status = document.getElementById("lock-status");
                const t0 = performance.now();
                new MutationObserver((_, o) => {
                  const said = status.textContent;
                  if (said && !said.startsWith("Locking")) { o.disconnect(); done(performance.now() - t0); }
                }).observe(status, { childList: true, subtree: true, characterData: true });
                document.getElementById("lock-set").click();"#,
                vec![json!(PASSPHRASE)],
            )
            .await
            .unwrap();
        locks.push(ms.json().as_f64().unwrap());
        b.driver.refresh().await.unwrap();
        b.wait_for("#unlock-passphrase").await;
    }
    unlocks.push(unlock(b, PASSPHRASE).await);
    (locks, unlocks)
}

/// Opens the lock screen's answers: the milliseconds from the tap to the guide's menu.
#[cfg(not(target_arch = "wasm32"))]
async fn unlock(b: &harness::Browser, passphrase: &str) -> f64 {
    let ms = b
        .driver
        .execute_async(
            r#"const [passphrase, done] = arguments;
            document.getElementById("unlock-passphrase").value = passphrase;
            const t0 = performance.now();
            new MutationObserver((_, o) => {
              if (document.querySelector(".site-nav")) { o.disconnect(); done(performance.now() - t0); }
            }).observe(document.body, { childList: true, subtree: true });
            document.getElementById("unlock").click();"#,
            vec![serde_json::json!(passphrase)],
        )
        .await
        .unwrap();
    ms.json().as_f64().unwrap()
}

/// Records when the app has mounted (its screen heading, not the one rendered into index.html
/// at build time), measured from the start of navigation.
#[cfg(not(target_arch = "wasm32"))]
const MARK_INTERACTIVE: &str = r#"
new MutationObserver((_, o) => {
  if (document.querySelector('#page-title:not([data-before-app] *)')) { window.__roInteractive = performance.now(); o.disconnect(); }
}).observe(document, { childList: true, subtree: true });
"#;
