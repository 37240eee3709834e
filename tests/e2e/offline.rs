//! The offline copy (static/sw.js, started by index.html): after one visit the guide opens and
//! works with its server gone, a newer build waits for the person's Reload, and "Delete
//! everything" removes the copy. Each test serves its own copy of the build on an origin of its
//! own (a [`Site`]), which it can take away (no network) or replace (a newer build).

use std::fs;
use std::path::PathBuf;

use serde_json::{json, Value};

use crate::harness::{copy_dist, Browser, Site, APP_TITLE, SCREENS};
use crate::storage::checked;
use crate::visit::printed_pages;

/// A copy of the release build in the browser's scratch folder, served on an origin of its own.
fn site(b: &Browser, name: &str) -> (Site, PathBuf) {
    let root = b.scratch().join(name);
    copy_dist(&root);
    (Site::start(root.clone()), root)
}

async fn go(b: &Browser, site: &Site, path: &str) {
    b.driver
        .goto(format!("{}{path}", site.origin))
        .await
        .unwrap();
    b.wait_for_app().await;
}

/// Waits until the offline copy is kept (its worker active, so every file is in its cache)
/// and controls this page.
async fn offline_copy_ready(b: &Browser) {
    let active = b
        .js("return navigator.serviceWorker.ready.then(r => !!r.active)")
        .await;
    assert_eq!(active, json!(true), "the worker is active");
    // The first visit's page was loaded before there was a worker: the next one is controlled.
    b.driver.refresh().await.unwrap();
    b.wait_for_app().await;
    let controlled = b.js("return !!navigator.serviceWorker.controller").await;
    assert_eq!(controlled, json!(true), "the page comes through the worker");
}

/// The caches of this origin, each with the number of files it holds.
async fn caches(b: &Browser) -> Value {
    b.js(
        "return caches.keys().then(keys => Promise.all(keys.map(key =>
            caches.open(key).then(c => c.keys()).then(entries => [key, entries.length]))))",
    )
    .await
}

/// The names of the files the offline copy holds (the page as "").
async fn kept_files(b: &Browser) -> Vec<String> {
    let names = b
        .js("return caches.keys().then(keys => Promise.all(keys.map(key => caches.open(key).then(c => c.keys()))))
              .then(lists => lists.flat().map(r => new URL(r.url).pathname.split('/').pop()))")
        .await;
    serde_json::from_value(names).unwrap()
}

/// The files the offline copy holds after a first visit (see the first test).
const FIRST_VISIT: usize = 9;

/// Waits until the offline copy holds `files` files (it keeps a language's words in the
/// background, once the page has loaded them).
async fn wait_kept(b: &Browser, files: usize) {
    let started = std::time::Instant::now();
    loop {
        let kept = kept_files(b).await;
        if kept.len() == files {
            return;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "the copy holds {kept:?}, not {files} files"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Which build the worker that controls the page is, and its review date.
async fn controller(b: &Browser) -> Value {
    b.js("return new Promise(answer => {
            const channel = new MessageChannel();
            channel.port1.onmessage = e => answer(e.data);
            navigator.serviceWorker.controller.postMessage({ type: 'recovery-options:which' }, [channel.port2]);
          })")
        .await
}

/// The build's version, as its page carries it.
fn version(root: &std::path::Path) -> String {
    let page = fs::read_to_string(root.join("index.html")).unwrap();
    let at = page.find("build = \"").expect("the page's version") + "build = \"".len();
    page[at..at + 16].to_string()
}

/// A person saved an answer and a question (read by the guide when it next opens).
async fn save_answers(b: &Browser) {
    let envelope = json!({ "app": "recovery-options", "version": 4, "saved_at": "", "revision": 1,
        "state": { "answers": { "substance": "alcohol" },
                   "visit": { "questions": { "items": [{ "id": "c:1", "text": "Can my sister come with me?", "kept": true }], "next": 2 } } } });
    b.js(&format!(
        "localStorage.setItem('recovery-options:state', {}); return true",
        json!(envelope.to_string())
    ))
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_one_visit_the_guide_works_with_no_network() {
    let b = Browser::phone(412).await;
    let (site, _root) = site(&b, "build");
    go(&b, &site, "/#/").await;
    offline_copy_ready(&b).await;
    // The page, the glue, the wasm, the scripts of the lock, of the extras' loader and of Open
    // in its own tab, the icon, the manifest, and the words of English, the one language used:
    // a first visit downloads no other language's, nor the extras.
    let kept = kept_files(&b).await;
    assert_eq!(kept.len(), FIRST_VISIT, "{kept:?}");
    assert!(kept.iter().any(|f| f.starts_with("texts-en-")), "{kept:?}");
    assert!(!kept.iter().any(|f| f.starts_with("texts-es-")), "{kept:?}");
    // The person reads the guide in Spanish too, online: those words are kept from then on.
    go(&b, &site, "/?lang=es#/").await;
    wait_kept(&b, FIRST_VISIT + 1).await;
    go(&b, &site, "/?lang=en#/").await;
    save_answers(&b).await;
    // A share link's QR code, drawn online: the extras that draw it are kept too.
    go(&b, &site, "/#/my-visit").await;
    b.click("#make-link").await;
    b.wait_for("svg.qr").await;
    wait_kept(&b, FIRST_VISIT + 3).await;
    // Only the QR code's extras were loaded for it, not the page for clinics' settings check.
    let loaded = b
        .js("return performance.getEntriesByType('resource').map(e => e.name)")
        .await;
    let loaded: Vec<String> = serde_json::from_value(loaded).unwrap();
    assert!(loaded.iter().any(|u| u.contains("/extras-")), "{loaded:?}");
    assert!(
        !loaded.iter().any(|u| u.contains("clinic-check-")),
        "{loaded:?}"
    );

    // The network is gone: the guide's server answers nothing any more, and the browser is
    // told it is offline (DevTools' own switch, for the page; the worker's requests meet the
    // silent server).
    site.serve(None);
    b.set_offline(true).await;
    b.driver.refresh().await.unwrap();
    b.wait_for_app().await;
    let reached = b
        .js("return fetch('/__test/anything', { cache: 'no-store' }).then(r => 'reached ' + r.status + ' ' + r.headers.get('content-type'), e => 'no network')")
        .await;
    assert_eq!(reached, json!("no network"));

    // Every screen, each opened as a new page (a query makes it one), from the offline copy.
    for (i, screen) in SCREENS.iter().enumerate() {
        go(&b, &site, &format!("/?visit={i}{screen}")).await;
        let shown = b
            .js(&format!(
                "return [document.querySelector('{APP_TITLE}').textContent.length > 0,
                         document.getElementById('load-failed') === null
                           || document.getElementById('load-failed').hidden]"
            ))
            .await;
        assert_eq!(shown, json!([true, true]), "{screen} offline");
    }
    // The saved answers are there.
    go(&b, &site, "/#/about-you").await;
    assert!(checked(&b, "substance-alcohol").await);
    // A Library article.
    go(&b, &site, "/#/library").await;
    b.click(".library-list a[href^='#/library/']").await;
    b.wait_for("article.article h1").await;

    // In Spanish too, the other language the person used.
    go(&b, &site, "/?lang=es#/compare").await;
    let spanish = b
        .js("return [document.documentElement.lang, document.querySelector('#page-title').textContent]")
        .await;
    assert_eq!(spanish[0], json!("es"), "{spanish}");
    assert_eq!(spanish[1], json!("Compare sus opciones"), "{spanish}");

    // My visit: the printout, a visit reminder to download, and a share link that opens.
    go(&b, &site, "/?lang=en#/my-visit").await;
    let pages = printed_pages(&b, "offline").await;
    assert!(pages.iter().all(|&n| n >= 1), "{pages:?}");
    b.js("document.getElementById('visit-date').value = '2027-03-04';
          document.getElementById('visit-time').value = '14:30'; return true")
        .await;
    b.click("#visit-ics").await;
    let ics = b.downloads(1).await;
    let ics = fs::read_to_string(&ics[0]).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
    b.click("#make-link").await;
    let link = b
        .wait_for("#share-link")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap();
    assert!(link.contains("#/share/"), "{link}");
    b.wait_for("svg.qr").await;
    b.driver.goto(link).await.unwrap();
    b.wait_text("Can my sister come with me?").await;
    b.wait_for("#shared-heading").await;
    assert_eq!(b.logged_problems().await, Vec::<String>::new());
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_newer_build_waits_for_the_persons_reload_and_keeps_the_answers() {
    let b = Browser::phone(412).await;
    let (site, first) = site(&b, "first");
    // A second build: another version, reviewed later, and a page that says which it is.
    let second = b.scratch().join("second");
    copy_dist(&second);
    let (old, new) = (version(&first), "0123456789abcdef".to_string());
    let worker = fs::read_to_string(second.join("sw.js")).unwrap();
    assert!(worker.contains(&old) && worker.contains("2026-11-30"));
    fs::write(
        second.join("sw.js"),
        worker
            .replace(&old, &new)
            .replace("2026-11-30", "2027-01-15"),
    )
    .unwrap();
    let page = fs::read_to_string(second.join("index.html")).unwrap();
    fs::write(
        second.join("index.html"),
        page.replacen(
            "<head>",
            "<head><meta name=\"test-build\" content=\"second\">",
            1,
        ),
    )
    .unwrap();

    go(&b, &site, "/#/").await;
    offline_copy_ready(&b).await;
    save_answers(&b).await;
    go(&b, &site, "/?opened=again#/about-you").await;
    // The person is answering when the second build comes out: nothing changes under them.
    site.serve(Some(second));
    b.js("return navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)")
        .await;
    let banner = b.wait_for("#update:not([hidden])").await;
    let words = banner.text().await.unwrap();
    assert!(
        words.contains("A newer version of this guide, reviewed 2027-01-15, is ready."),
        "{words}"
    );
    b.axe("the update banner").await;
    let still = b
        .js("return [!!document.querySelector('meta[name=test-build]'), document.getElementById('substance-alcohol').checked]")
        .await;
    assert_eq!(still, json!([false, true]), "the page is not swapped");
    assert_eq!(controller(&b).await["version"], json!(old));

    // "Not now" puts it away.
    b.click("#update-later").await;
    let hidden = b
        .js("return document.getElementById('update').hidden")
        .await;
    assert_eq!(hidden, json!(true));
    // It comes back with the next page, as long as the new build waits. There the person
    // reads Spanish for the first time: the waiting build keeps its own Spanish words.
    go(&b, &site, "/?lang=es#/about-you").await;
    b.wait_for("#update:not([hidden])").await;

    // A second tab, where the person put the banner away.
    let first_tab = b.driver.window().await.unwrap();
    let second_tab = b.driver.new_tab().await.unwrap();
    b.driver.switch_to_window(second_tab.clone()).await.unwrap();
    go(&b, &site, "/#/about-you").await;
    b.wait_for("#update:not([hidden])").await;
    b.click("#update-later").await;
    b.js("window.__samePage = true; return true").await;
    b.driver.switch_to_window(first_tab).await.unwrap();

    // Reload: the new build takes over, the page is the new one, the answers are kept, and
    // the old build's copy is gone.
    b.click("#update-reload").await;
    b.wait_for("meta[name=test-build]").await;
    b.wait_for_app().await;
    assert_eq!(
        controller(&b).await,
        json!({ "version": new, "reviewed": "2027-01-15" })
    );
    assert!(
        checked(&b, "substance-alcohol").await,
        "the answers are kept"
    );
    wait_kept(&b, FIRST_VISIT + 1).await;
    let kept = caches(&b).await;
    assert_eq!(
        kept,
        json!([[format!("recovery-options-{new}"), FIRST_VISIT + 1]])
    );
    assert_eq!(b.logged_problems().await, Vec::<String>::new());
    // The other tab is left as it was, but says again that a newer version is ready.
    b.driver.switch_to_window(second_tab).await.unwrap();
    b.wait_for("#update:not([hidden])").await;
    let still = b
        .js("return [window.__samePage === true, document.getElementById('substance-alcohol').checked]")
        .await;
    assert_eq!(still, json!([true, true]), "the other tab is not reloaded");
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delete_everything_offers_to_remove_the_offline_copy_and_says_what_went() {
    let b = Browser::start().await;
    let (site, _root) = site(&b, "build");
    go(&b, &site, "/#/").await;
    offline_copy_ready(&b).await;
    save_answers(&b).await;

    // Unticked, the copy stays, and the guide says so.
    go(&b, &site, "/#/my-data").await;
    b.click("#delete-all").await;
    let ticked = b
        .wait_for("#delete-offline")
        .await
        .prop("checked")
        .await
        .unwrap();
    assert_eq!(ticked.as_deref(), Some("true"), "offered, ticked");
    b.axe("delete everything, asking").await;
    b.click("label[for='delete-offline']").await;
    b.click("#delete-confirm").await;
    b.wait_text("The offline copy stays.").await;
    assert_eq!(caches(&b).await.as_array().unwrap().len(), 1);

    // Ticked (as it starts), the worker and its files go, and the guide counts them.
    save_answers(&b).await;
    b.click("#delete-all").await;
    b.click("#delete-confirm").await;
    b.wait_text(&format!(
        "Its offline copy is removed too ({FIRST_VISIT} files)."
    ))
    .await;
    assert_eq!(caches(&b).await, json!([]));
    let workers = b
        .js("return navigator.serviceWorker.getRegistrations().then(r => r.length)")
        .await;
    assert_eq!(workers, json!(0));
    let stored = b.js("return localStorage.length").await;
    assert_eq!(stored, json!(0));
    // The page, still open, does not bring it back, in another language either.
    b.click(".site-footer .lang-switch").await;
    b.wait_text("Mis datos").await;
    b.click(".site-footer .lang-switch").await;
    b.wait_text("My data").await;
    assert_eq!(caches(&b).await, json!([]));

    // Again, with nothing left to remove.
    b.click("#delete-all").await;
    b.click("#delete-confirm").await;
    b.wait_text("There was no offline copy to remove.").await;
    assert_eq!(b.logged_problems().await, Vec::<String>::new());
    b.close().await;
}

/// As in a frame without an origin of its own (a sandbox without `allow-same-origin`): asking
/// for a service worker or for the caches throws.
const NO_OFFLINE_COPY: &str = r#"
const refuse = { get() { throw new DOMException("The document is sandboxed.", "SecurityError"); } };
Object.defineProperty(Navigator.prototype, "serviceWorker", refuse);
Object.defineProperty(window, "caches", refuse);
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn where_the_browser_allows_no_offline_copy_the_guide_works_as_before() {
    let b = Browser::start().await;
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": NO_OFFLINE_COPY }),
    )
    .await;
    let (site, _root) = site(&b, "build");
    for (i, screen) in SCREENS.iter().enumerate() {
        go(&b, &site, &format!("/?visit={i}{screen}")).await;
    }
    save_answers(&b).await;
    go(&b, &site, "/#/my-data").await;
    b.click("#delete-all").await;
    b.click("#delete-confirm").await;
    b.wait_text("There was no offline copy to remove.").await;
    assert_eq!(b.logged_problems().await, Vec::<String>::new());
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_who_read_only_spanish_can_still_open_the_guide_in_english_offline() {
    let b = Browser::start().await;
    let (site, _root) = site(&b, "build");
    // Spanish from a link (?lang=es), which the guide does not remember: opened again without
    // it, the guide is in English, the language it opens in when none is chosen.
    go(&b, &site, "/?lang=es#/").await;
    offline_copy_ready(&b).await;
    wait_kept(&b, FIRST_VISIT + 1).await;
    let kept = kept_files(&b).await;
    assert!(kept.iter().any(|f| f.starts_with("texts-es-")), "{kept:?}");
    assert!(kept.iter().any(|f| f.starts_with("texts-en-")), "{kept:?}");

    site.serve(None);
    go(&b, &site, "/#/about-you").await;
    let lang = b.js("return document.documentElement.lang").await;
    assert_eq!(lang, json!("en"));
    b.click(".site-footer .lang-switch").await;
    b.wait_text("Sobre usted").await;
    let lang = b.js("return document.documentElement.lang").await;
    assert_eq!(lang, json!("es"));
    // No QR code was drawn online, so its extras are not in the copy: the share link is made,
    // and the screen says why it has no code.
    b.click(".site-footer .lang-switch").await;
    go(&b, &site, "/#/my-visit").await;
    b.click("#make-link").await;
    b.wait_for("#share-link").await;
    b.wait_text("The QR code could not be made: this page is offline.")
        .await;
    assert!(
        b.js("return document.querySelector('svg.qr') === null")
            .await
            == json!(true)
    );
    assert_eq!(b.logged_problems().await, Vec::<String>::new());
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_worker_whose_page_is_of_another_build_is_not_kept() {
    let b = Browser::start().await;
    let (site, first) = site(&b, "first");
    go(&b, &site, "/#/").await;
    offline_copy_ready(&b).await;
    // A half-done deployment: the new worker names a glue file the page (still the old one,
    // as a stale cache might serve it) does not load.
    let second = b.scratch().join("second");
    copy_dist(&second);
    let glue = fs::read_dir(&second)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().into_string().unwrap())
        .find(|name| name.starts_with("recovery-options-") && name.ends_with(".js"))
        .unwrap();
    let renamed = "recovery-options-0123456789abcdef.js";
    fs::copy(second.join(&glue), second.join(renamed)).unwrap();
    let worker = fs::read_to_string(second.join("sw.js")).unwrap();
    assert!(worker.contains(&glue));
    fs::write(
        second.join("sw.js"),
        worker
            .replace(&glue, renamed)
            .replace(&version(&first), "0123456789abcdef"),
    )
    .unwrap();
    site.serve(Some(second));
    let outcome = b
        .js("return navigator.serviceWorker.getRegistration().then(async r => {
               await r.update().catch(() => {});
               for (let i = 0; i < 100 && r.installing; i++) await new Promise(t => setTimeout(t, 50));
               return [!!r.installing, !!r.waiting];
             })")
        .await;
    assert_eq!(outcome, json!([false, false]), "the new worker is not kept");
    assert_eq!(
        caches(&b).await,
        json!([[format!("recovery-options-{}", version(&first)), FIRST_VISIT]])
    );
    let banner = b
        .js("return document.getElementById('update').hidden")
        .await;
    assert_eq!(
        banner,
        json!(true),
        "no banner for a build that is not kept"
    );
    b.close().await;
}

/// The copy serves a file with a hash in its name from the cache without asking the network,
/// so each such name must change whenever the bytes do: the wasm's and the glue's are a hash of
/// their final bytes (`.ci/post-build.mjs`), as the words' are (build.rs).
#[test]
fn the_wasm_and_its_glue_are_named_by_their_bytes() {
    let dist = crate::harness::dist();
    let mut checked = 0;
    for entry in fs::read_dir(&dist).unwrap().flatten() {
        let name = entry.file_name().into_string().unwrap();
        let Some(rest) = name.strip_prefix("recovery-options-") else {
            continue;
        };
        let sum = std::process::Command::new("sha256sum")
            .arg(entry.path())
            .output()
            .expect("sha256sum (coreutils)");
        let sum = String::from_utf8(sum.stdout).unwrap();
        assert!(
            rest.starts_with(&sum[..16]),
            "{name}: sha256 {}",
            &sum[..16]
        );
        checked += 1;
    }
    assert_eq!(checked, 2, "the wasm and the glue");
}

/// A second build whose page and worker are both of the new version, as a real deployment
/// makes them: the page's script carries the version, so its hash in the page's policy is
/// made again (by the browser's own SHA-256).
async fn a_real_second_build(b: &Browser, first: &std::path::Path) -> (PathBuf, String) {
    let second = b.scratch().join("second");
    copy_dist(&second);
    let (old, new) = (version(first), "fedcba9876543210".to_string());
    let worker = fs::read_to_string(second.join("sw.js")).unwrap();
    fs::write(second.join("sw.js"), worker.replace(&old, &new)).unwrap();
    let page = fs::read_to_string(second.join("index.html")).unwrap();
    let script = page
        .split("<script")
        .map(|s| s.split_once('>').unwrap_or(("", "")).1)
        .map(|s| s.split("</script>").next().unwrap())
        .find(|s| {
            s.contains(&format!("build=\"{old}\"")) || s.contains(&format!("build = \"{old}\""))
        })
        .expect("the page's script with its version")
        .to_string();
    let hash = |text: &str| {
        let text = text.to_string();
        async move {
            let value = b
                .js(&format!(
                    "return crypto.subtle.digest('SHA-256', new TextEncoder().encode({}))
                       .then(d => btoa(String.fromCharCode(...new Uint8Array(d))))",
                    json!(text)
                ))
                .await;
            format!("'sha256-{}'", value.as_str().unwrap())
        }
    };
    let newer = script.replace(&old, &new);
    let (before, after) = (hash(&script).await, hash(&newer).await);
    assert!(page.contains(&before), "the policy names the script's hash");
    fs::write(
        second.join("index.html"),
        page.replace(&script, &newer).replace(&before, &after),
    )
    .unwrap();
    (second, new)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_opened_online_after_an_update_is_the_new_build_with_no_banner() {
    let b = Browser::start().await;
    let (site, first) = site(&b, "first");
    go(&b, &site, "/#/").await;
    offline_copy_ready(&b).await;
    save_answers(&b).await;
    let (second, new) = a_real_second_build(&b, &first).await;
    site.serve(Some(second));
    // The next page comes from the network: the new build, whose worker takes over at once.
    go(&b, &site, "/?opened=again#/about-you").await;
    // Until the new build has activated (the old copy is gone), watched without messages to
    // the workers: a worker kept busy with them may wait to hand over.
    let started = std::time::Instant::now();
    while b.js("return caches.keys()").await != json!([format!("recovery-options-{new}")]) {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "the new worker takes over"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(controller(&b).await["version"], json!(new));
    let banner = b
        .js("return document.getElementById('update').hidden")
        .await;
    assert_eq!(banner, json!(true), "no banner: the page is the new build");
    assert!(
        checked(&b, "substance-alcohol").await,
        "the answers are kept"
    );
    wait_kept(&b, FIRST_VISIT).await;
    assert_eq!(
        caches(&b).await,
        json!([[format!("recovery-options-{new}"), FIRST_VISIT]])
    );
    assert_eq!(b.logged_problems().await, Vec::<String>::new());
    b.close().await;
}
