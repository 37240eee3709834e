//! The end-to-end harness: a static server for `dist/`, a recorder that catches any request
//! to another origin, and a real headless Chromium driven through chromedriver.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};
use std::{fs, thread};

use serde_json::{json, Value};
use thirtyfour::common::capabilities::chromium::ChromiumLikeCapabilities;
use thirtyfour::common::command::FormatRequestData;
use thirtyfour::prelude::*;
use thirtyfour::{RequestData, SessionId};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const WAIT: Duration = Duration::from_secs(10);

/// Installed before any page script: records console errors, uncaught errors, failed loads
/// and Content-Security-Policy violations in `window.__roLog` for `assert_clean`.
const WATCH: &str = r#"
window.__roLog = [];
addEventListener('securitypolicyviolation', e =>
  __roLog.push('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI));
addEventListener('error', e =>
  __roLog.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)) || e.type)), true);
addEventListener('unhandledrejection', e => __roLog.push('unhandled rejection: ' + e.reason));
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => { __roLog.push('console.' + level + ': ' + args.join(' ')); original.apply(console, args); };
}
"#;

/// Replaces local storage with one that throws, as when a browser blocks site data.
/// The heading of the app's screen, once the app has mounted (index.html holds a pre-rendered
/// Welcome screen, with its own heading, until then).
pub const APP_TITLE: &str = "#page-title:not([data-before-app] *)";

/// Every screen of the patient menu, in its order.
pub const SCREENS: [&str; 10] = [
    "#/",
    "#/about-you",
    "#/what-matters",
    "#/compare",
    "#/things-to-raise",
    "#/check",
    "#/my-visit",
    "#/library",
    "#/my-data",
    "#/about",
];

/// The value below which `p` percent of `values` fall (sorts them). For the benchmarks.
#[allow(dead_code)]
pub fn percentile(values: &mut [f64], p: f64) -> f64 {
    values.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * (values.len() - 1) as f64).round() as usize;
    values[rank]
}

pub const BLOCK_STORAGE: &str = r#"
Object.defineProperty(window, 'localStorage', {
  configurable: true,
  get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
});
"#;

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The release build the tests serve.
pub fn dist() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dist")
}

fn test_pages() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/pages")
}

/// The app's origin: `dist/` at `/`, and test-only pages at `/__test/`.
pub fn app_origin() -> &'static str {
    static ORIGIN: OnceLock<String> = OnceLock::new();
    ORIGIN.get_or_init(|| {
        assert!(
            dist().join("index.html").is_file(),
            "no release build in dist/: run `.ci/dev build` first"
        );
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                thread::spawn(move || serve_file(stream, || Some(dist())));
            }
        });
        format!("http://127.0.0.1:{port}")
    })
}

/// A copy of the guide on an origin of its own, whose files a test can take away (the network
/// is gone: every connection is dropped unanswered) or replace (a newer build is out).
pub struct Site {
    pub origin: String,
    root: Arc<Mutex<Option<PathBuf>>>,
}

impl Site {
    /// Serves the build in `root` (a copy of `dist/`).
    pub fn start(root: PathBuf) -> Site {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let root = Arc::new(Mutex::new(Some(root)));
        let serving = root.clone();
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let serving = serving.clone();
                thread::spawn(move || serve_file(stream, || serving.lock().unwrap().clone()));
            }
        });
        Site {
            origin: format!("http://127.0.0.1:{port}"),
            root,
        }
    }

    /// Serves the build in `root`, or nothing at all (`None`: offline).
    pub fn serve(&self, root: Option<PathBuf>) {
        *self.root.lock().unwrap() = root;
    }
}

/// A copy of the release build in `to`, for a [`Site`] to serve.
pub fn copy_dist(to: &Path) {
    fn copy(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap();
        for entry in fs::read_dir(from).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                copy(&path, &to.join(entry.file_name()));
            } else {
                fs::copy(&path, to.join(entry.file_name())).unwrap();
            }
        }
    }
    copy(&dist(), to);
}

/// The path a request on `stream` asks for, its headers read and ignored; `None` if the
/// request cannot be read. For the test servers.
pub fn request_path(stream: &TcpStream) -> Option<String> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut request = String::new();
    reader.read_line(&mut request).ok()?;
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    Some(request.split_whitespace().nth(1).unwrap_or("/").to_string())
}

/// Answers the request on `stream` from the build in `dist`, read once the request is (a
/// browser may open a connection long before it sends on it); with no build, not at all.
fn serve_file(mut stream: TcpStream, dist: impl Fn() -> Option<PathBuf>) {
    let Some(path) = request_path(&stream) else {
        return;
    };
    let Some(dist) = dist() else {
        return;
    };
    let path = path.as_str();
    // Pages kept whole in the back-forward cache need a response the browser may keep.
    let cache = if path.contains("bfcache=1") {
        "no-cache"
    } else {
        "no-store"
    };
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let file = if path.contains("..") {
        None
    } else if let Some(rest) = path.strip_prefix("/__test/") {
        Some(test_pages().join(rest))
    } else if path == "/" {
        Some(dist.join("index.html"))
    } else {
        Some(dist.join(path.trim_start_matches('/')))
    };
    let response = match file.and_then(|f| fs::read(&f).ok().map(|b| (f, b))) {
        Some((file, body)) => {
            let kind = match file.extension().and_then(|e| e.to_str()) {
                Some("html") => "text/html; charset=utf-8",
                Some("js") | Some("mjs") => "text/javascript",
                Some("css") => "text/css",
                Some("wasm") => "application/wasm",
                Some("json") => "application/json",
                Some("svg") => "image/svg+xml",
                _ => "application/octet-stream",
            };
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: {cache}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            [head.into_bytes(), body].concat()
        }
        None => {
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec()
        }
    };
    let _ = stream.write_all(&response);
}

/// A dead end for anything that is not loopback: Chromium sends all such traffic through this
/// "proxy", which writes the first line down and refuses it. Chromium itself makes background
/// requests (time, updates, search preconnects) that no page asked for, so the privacy check
/// uses the page's own network log instead (`assert_clean`); this list is for debugging.
pub fn blocked_requests() -> &'static Arc<Mutex<Vec<String>>> {
    static SEEN: OnceLock<Arc<Mutex<Vec<String>>>> = OnceLock::new();
    SEEN.get_or_init(|| Arc::new(Mutex::new(Vec::new())))
}

fn recorder_port() -> u16 {
    static PORT: OnceLock<u16> = OnceLock::new();
    *PORT.get_or_init(|| {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen = blocked_requests().clone();
        thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                let mut first = String::new();
                let _ = BufReader::new(stream.try_clone().unwrap()).read_line(&mut first);
                seen.lock().unwrap().push(first.trim().to_string());
                let _ = stream.write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
            }
        });
        port
    })
}

/// chromedriver's log endpoint, which thirtyfour does not wrap.
#[derive(Debug)]
struct GetLog(&'static str);

impl FormatRequestData for GetLog {
    fn format_request(&self, session_id: &SessionId) -> RequestData {
        RequestData::new(http::Method::POST, format!("/session/{session_id}/se/log"))
            .add_body(json!({ "type": self.0 }))
    }
}

/// Options for a browser session.
pub struct Options {
    pub width: u32,
    pub height: u32,
    /// Extra script run before the page's own (for example [`BLOCK_STORAGE`]).
    pub before_load: Option<&'static str>,
    /// The browser's own setting that blocks site data for the guide's origin, as a person can
    /// choose and as some private windows do for sites in frames: local and session storage
    /// then throw, in a frame on another site too.
    pub block_site_data: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            width: 1200,
            height: 900,
            before_load: None,
            block_site_data: false,
        }
    }
}

/// axe rules whose "needs review" results fail the tests: ids, names and labels.
const AXE_REVIEW_FAILS: &[&str] = &[
    "aria-valid-attr-value",
    "aria-input-field-name",
    "aria-toggle-field-name",
    "aria-command-name",
    "aria-dialog-name",
    "button-name",
    "input-button-name",
    "label",
    "label-title-only",
    "link-name",
    "select-name",
    "frame-title",
    "document-title",
    "duplicate-id",
    "duplicate-id-aria",
    "empty-heading",
    "landmark-unique",
    "form-field-multiple-labels",
];

/// One headless Chromium with a fresh profile, and its chromedriver.
pub struct Browser {
    pub driver: WebDriver,
    chromedriver: Child,
    dir: PathBuf,
}

impl Browser {
    pub async fn start() -> Browser {
        Browser::start_with(Options::default()).await
    }

    /// A phone: a page `width` pixels wide and 800 tall.
    pub async fn phone(width: u32) -> Browser {
        Browser::start_with(Options {
            width,
            height: 800,
            ..Options::default()
        })
        .await
    }

    /// A browser on a mid-range phone's CPU (4 times slower), with `before_load` run before
    /// each page's own scripts: for the benchmarks.
    #[allow(dead_code)]
    pub async fn slowed(before_load: &'static str) -> Browser {
        let b = Browser::start_with(Options {
            before_load: Some(before_load),
            ..Options::default()
        })
        .await;
        b.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))
            .await;
        b
    }

    pub async fn start_with(options: Options) -> Browser {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "ro-e2e-{}-{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::SeqCst)
        ));
        fs::create_dir_all(dir.join("downloads")).unwrap();
        let port = free_port();
        let chromedriver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver is installed (.ci/dev setup)");
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed() < WAIT, "chromedriver did not start");
            thread::sleep(Duration::from_millis(50));
        }

        let mut caps = DesiredCapabilities::chrome();
        caps.set_binary(CHROMIUM).unwrap();
        for arg in [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ] {
            caps.add_arg(arg).unwrap();
        }
        caps.add_arg(&format!(
            "--user-data-dir={}",
            dir.join("profile").display()
        ))
        .unwrap();
        caps.add_arg(&format!(
            "--window-size={},{}",
            options.width, options.height
        ))
        .unwrap();
        caps.add_arg(&format!(
            "--proxy-server=http://127.0.0.1:{}",
            recorder_port()
        ))
        .unwrap();
        // Chromium's network log of the pages, read by `requested_urls`.
        caps.set("goog:loggingPrefs", json!({ "performance": "ALL" }))
            .unwrap();
        if options.block_site_data {
            let pattern = format!("{},*", app_origin());
            caps.add_experimental_option(
                "prefs",
                json!({ "profile": { "content_settings": { "exceptions": { "cookies": {
                    pattern: { "setting": 2 } } } } } }),
            )
            .unwrap();
        }
        caps.add_experimental_option(
            "perfLoggingPrefs",
            json!({ "enableNetwork": true, "enablePage": false }),
        )
        .unwrap();
        // On a busy machine chromedriver sometimes drops the first session request while it is
        // still starting (seen as "error sending request for url .../session"), and on a fresh
        // machine Chromium's first start (new profile, font caches) can take many seconds: ask
        // again, waiting longer each time, for about a minute in all.
        let mut wait = Duration::from_millis(500);
        let driver = loop {
            match WebDriver::new(format!("http://127.0.0.1:{port}"), caps.clone()).await {
                Ok(driver) => break driver,
                Err(error) if wait <= Duration::from_secs(16) => {
                    eprintln!("chromedriver refused a session ({error}); trying again in {wait:?}");
                    tokio::time::sleep(wait).await;
                    wait *= 2;
                }
                Err(error) => panic!("a Chromium session: {error}"),
            }
        };
        let browser = Browser {
            driver,
            chromedriver,
            dir,
        };
        // Headless Chromium will not make a window narrower than 500 px, and its window height
        // includes a frame: the page gets exactly the asked width and height this way.
        browser
            .cdp(
                "Emulation.setDeviceMetricsOverride",
                json!({ "width": options.width, "height": options.height,
                        "deviceScaleFactor": 1, "mobile": false }),
            )
            .await;
        let source = format!("{WATCH}\n{}", options.before_load.unwrap_or_default());
        browser
            .cdp(
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": source }),
            )
            .await;
        let downloads = browser.dir.join("downloads");
        browser
            .cdp(
                "Browser.setDownloadBehavior",
                json!({ "behavior": "allow", "downloadPath": downloads }),
            )
            .await;
        browser
    }

    /// Sends a Chrome DevTools Protocol command.
    pub async fn cdp(&self, method: &str, params: Value) -> Value {
        self.driver.cdp().send_raw(method, params).await.unwrap()
    }

    /// Switches the page's network off or on, as DevTools' Offline does. (A service worker's
    /// own requests are not covered: a test takes a [`Site`]'s server away for those.)
    pub async fn set_offline(&self, offline: bool) {
        self.cdp("Network.enable", json!({})).await;
        self.cdp(
            "Network.emulateNetworkConditions",
            json!({ "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
        )
        .await;
    }

    /// Opens `path` (such as `/#/my-data`) on the app's origin and waits for the screen.
    pub async fn open(&self, path: &str) {
        self.navigate(&format!("{}{path}", app_origin())).await;
        self.wait_for_app().await;
    }

    /// Goes to `url`, as typing it into the address bar would. When only the fragment
    /// changes, the page stays, and the driver's navigation returns before its hashchange has
    /// run, when the old screen would satisfy a wait that follows. So the hash is set in the
    /// page, and this returns after its hashchange has run (with a time limit, should the
    /// browser see no change).
    pub async fn navigate(&self, url: &str) {
        let current = self
            .driver
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default();
        let page = |url: &str| url.split('#').next().unwrap_or_default().to_string();
        match url.find('#') {
            Some(at) if page(&current) == page(url) && current != url => {
                self.js(&format!(
                    "return new Promise(done => {{
                       addEventListener('hashchange', () => setTimeout(() => done(true), 0), {{ once: true }});
                       setTimeout(() => done(false), 2000);
                       location.hash = {};
                     }})",
                    json!(&url[at..])
                ))
                .await;
            }
            _ => self.driver.goto(url).await.unwrap(),
        }
    }

    /// Waits until the app has mounted: its screen heading is there, not the one of the
    /// Welcome screen rendered into index.html at build time.
    pub async fn wait_for_app(&self) {
        self.wait_for(APP_TITLE).await;
    }

    /// Runs JavaScript in the page and returns its result.
    pub async fn js(&self, script: &str) -> Value {
        self.driver
            .execute(script, Vec::new())
            .await
            .unwrap()
            .json()
            .clone()
    }

    /// Waits until an element matching `css` exists.
    pub async fn wait_for(&self, css: &str) -> WebElement {
        let started = Instant::now();
        loop {
            if let Ok(found) = self.driver.find(By::Css(css)).await {
                return found;
            }
            assert!(
                started.elapsed() < WAIT,
                "no element `{css}` after {WAIT:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until `script` (JavaScript that returns a value) returns `expected`: for a state
    /// the page reaches asynchronously (a timer, a fetch, another process's frame), read in one
    /// poll rather than once after a different wait.
    pub async fn wait_js(&self, script: &str, expected: Value) {
        let started = Instant::now();
        loop {
            let got = self.js(script).await;
            if got == expected {
                return;
            }
            assert!(
                started.elapsed() < WAIT,
                "`{script}` gave {got} after {WAIT:?}, not {expected}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the element with the id `id` has the focus.
    pub async fn wait_focus(&self, id: &str) {
        self.wait_js("return document.activeElement.id", Value::from(id))
            .await;
    }

    /// Waits until the page's text contains `text`.
    pub async fn wait_text(&self, text: &str) {
        let started = Instant::now();
        loop {
            let body = self.js("return document.body.innerText").await;
            if body.as_str().is_some_and(|b| b.contains(text)) {
                return;
            }
            assert!(
                started.elapsed() < WAIT,
                "the page never showed {text:?}:\n{body}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The visible text of the page.
    pub async fn body_text(&self) -> String {
        self.js("return document.body.innerText")
            .await
            .as_str()
            .unwrap()
            .to_string()
    }

    pub async fn click(&self, css: &str) {
        self.wait_for(css).await.click().await.unwrap();
    }

    /// On Compare, opens the options to pick for side by side with a tap, as a person would.
    pub async fn open_picker(&self) {
        // Brought into view first, and given a moment: on a slowed CPU the screen may still be
        // moving when the click lands.
        self.js("document.querySelector('#pick-options > summary').scrollIntoView({ block: 'center' }); return true")
            .await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        self.click("#pick-options > summary").await;
        self.wait_for("#pick-options[open] .picker").await;
    }

    /// The page fits the window's width: text reflows instead of scrolling sideways.
    pub async fn assert_no_sideways_scrolling(&self, state: &str) {
        let widths = self
            .js("return [document.documentElement.scrollWidth, window.innerWidth]")
            .await;
        if widths[0].as_i64() > widths[1].as_i64() {
            // Name the widest elements that stick out, to say what to fix.
            let culprits = self
                .js("return [...document.querySelectorAll('body *')]
                       .filter(e => e.getBoundingClientRect().right > innerWidth + 1)
                       .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > innerWidth + 1))
                       .slice(0, 5)
                       .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))")
                .await;
            panic!("{state} scrolls sideways: {widths}; sticking out: {culprits}");
        }
    }

    /// Nothing spills out of its box: no picture out of its card, no question out of its border.
    pub async fn assert_nothing_spills(&self, state: &str) {
        let spilled = self
            .js("const out = [];
                 const inside = (el, box) => el.getBoundingClientRect().right <= box.getBoundingClientRect().right + 1;
                 for (const svg of document.querySelectorAll('.icon-array svg'))
                   if (!inside(svg, svg.closest('.option-card'))) out.push('a picture spills out of its card');
                 for (const legend of document.querySelectorAll('fieldset > legend'))
                   if (!inside(legend, legend.parentElement)) out.push('legend: ' + legend.textContent);
                 return out;")
            .await;
        assert_eq!(spilled, json!([]), "{state}");
    }

    /// The page fits as its text is and at twice its size: no sideways scrolling, nothing
    /// spilling out of its box. (The text goes back to its size after.)
    pub async fn assert_fits_with_double_text(&self, state: &str) {
        self.assert_no_sideways_scrolling(state).await;
        self.assert_nothing_spills(state).await;
        self.js("document.documentElement.style.fontSize = '200%'; return true")
            .await;
        let doubled = format!("{state}, text at 200%");
        self.assert_no_sideways_scrolling(&doubled).await;
        self.assert_nothing_spills(&doubled).await;
        self.js("document.documentElement.style.fontSize = ''; return true")
            .await;
    }

    /// The id of the element that has the focus ("" for none).
    pub async fn active_id(&self) -> String {
        self.js("return document.activeElement.id")
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// The app's local storage: every key and value.
    pub async fn storage(&self) -> serde_json::Map<String, Value> {
        let all = self.js("return Object.assign({}, localStorage)").await;
        all.as_object().cloned().unwrap_or_default()
    }

    /// Runs axe-core on the page as it is now and fails on any violation.
    pub async fn axe(&self, state: &str) {
        let violations = self.axe_violations().await;
        assert!(
            violations.is_empty(),
            "axe found problems on {state}: {violations:#?}"
        );
    }

    /// What axe-core finds wrong with the page as it is now: its violations, and the results it
    /// could not decide ("needs review") for ids, names and labels, since an id or a label that
    /// points at nothing is as bad for a screen reader as a missing one. (Other "needs review"
    /// results, such as contrast over a gradient, need a person and are left out.)
    pub async fn axe_violations(&self) -> Vec<String> {
        static AXE: OnceLock<String> = OnceLock::new();
        let axe = AXE.get_or_init(|| {
            let path =
                Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js");
            fs::read_to_string(&path).expect("axe-core is installed (.ci/dev setup)")
        });
        self.driver
            .execute(&format!("{axe}\nreturn true;"), Vec::new())
            .await
            .unwrap();
        let result = self
            .driver
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                const review = arguments[0];
                const line = (v, what) => what + v.id + ': ' + v.help + ' -> ' +
                    v.nodes.map(n => n.target.join(' ')).join(', ');
                axe.run(document, { resultTypes: ['violations', 'incomplete'] })
                  .then(r => done(r.violations.map(v => line(v, ''))
                    .concat(r.incomplete.filter(v => review.includes(v.id))
                      .map(v => line(v, 'needs review: ')))))
                  .catch(e => done(['axe failed: ' + e]));"#,
                vec![serde_json::json!(AXE_REVIEW_FAILS)],
            )
            .await
            .unwrap();
        serde_json::from_value(result.json().clone()).expect("axe returns a list")
    }

    /// No console errors, uncaught errors or CSP violations on this page, no resource from
    /// another origin, and no request to another origin so far.
    pub async fn assert_clean(&self, state: &str) {
        let log = self
            .js("return window.__roLog || ['the watch script did not run']")
            .await;
        assert_eq!(log, json!([]), "problems logged on {state}");
        let foreign = self
            .js(&format!(
                "return performance.getEntriesByType('resource').map(e => e.name)
                   .filter(n => !n.startsWith('{}') && !n.startsWith('blob:') && !n.startsWith('data:'))",
                app_origin()
            ))
            .await;
        assert_eq!(
            foreign,
            json!([]),
            "resources from another origin on {state}"
        );
        let requested = self.requested_urls().await;
        let foreign: Vec<_> = requested
            .iter()
            // Only network schemes leave the machine; chrome://, blob: and data: do not.
            .filter(|url| {
                ["http:", "https:", "ws:", "wss:", "ftp:"]
                    .iter()
                    .any(|s| url.starts_with(s))
            })
            .filter(|url| !url.starts_with(&format!("{}/", app_origin())))
            .collect();
        assert!(
            foreign.is_empty(),
            "requests to another origin on {state}: {foreign:?}"
        );
    }

    /// Console errors and warnings, uncaught errors, failed loads and CSP violations so far.
    pub async fn logged_problems(&self) -> Vec<String> {
        let log = self
            .js("return window.__roLog || ['the watch script did not run']")
            .await;
        serde_json::from_value(log).expect("a list of strings")
    }

    /// Every address the pages of this session asked the network for since the last call,
    /// from Chromium's own network log (it sees what page scripts cannot hide).
    pub async fn requested_urls(&self) -> Vec<String> {
        let entries = self
            .driver
            .handle()
            .cmd(GetLog("performance"))
            .await
            .unwrap()
            .value_json()
            .unwrap();
        let mut urls = Vec::new();
        for entry in entries.as_array().into_iter().flatten() {
            let Some(message) = entry["message"].as_str() else {
                continue;
            };
            let Ok(message) = serde_json::from_str::<Value>(message) else {
                continue;
            };
            let message = &message["message"];
            let url = match message["method"].as_str() {
                Some("Network.requestWillBeSent") => message["params"]["request"]["url"].as_str(),
                Some("Network.webSocketCreated") => message["params"]["url"].as_str(),
                _ => None,
            };
            if let Some(url) = url {
                urls.push(url.to_string());
            }
        }
        urls
    }

    /// Files the browser downloaded, waiting until there are `count` complete ones: no
    /// partial `.crdownload` left, none empty, and sizes unchanged since the last look.
    pub async fn downloads(&self, count: usize) -> Vec<PathBuf> {
        let started = Instant::now();
        let mut last: Vec<(PathBuf, u64)> = Vec::new();
        loop {
            let mut files: Vec<(PathBuf, u64)> = fs::read_dir(self.dir.join("downloads"))
                .unwrap()
                .map(|e| e.unwrap().path())
                .map(|p| {
                    let size = fs::metadata(&p).map(|m| m.len()).unwrap_or(0);
                    (p, size)
                })
                .collect();
            files.sort();
            let partial = files
                .iter()
                .any(|(p, size)| *size == 0 || p.extension().is_some_and(|e| e == "crdownload"));
            if files.len() >= count && !partial && files == last {
                return files.into_iter().map(|(p, _)| p).collect();
            }
            assert!(
                started.elapsed() < WAIT,
                "expected {count} downloads, got {files:?}"
            );
            last = files;
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// A scratch folder of this browser's, for files a test writes.
    pub fn scratch(&self) -> &Path {
        &self.dir
    }

    pub async fn close(mut self) {
        let driver = self.driver.clone();
        let _ = driver.quit().await;
        let _ = self.chromedriver.kill();
        let _ = self.chromedriver.wait();
        let _ = fs::remove_dir_all(&self.dir);
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // A failed test never reaches close(): still stop chromedriver and its browser. Chromium
        // outlives a killed chromedriver, so its processes are found by this browser's own
        // profile folder (left running, they slowed every later test and benchmark).
        let _ = self.chromedriver.kill();
        let _ = self.chromedriver.wait();
        let _ = Command::new("pkill")
            .args(["-KILL", "-f"])
            .arg(&self.dir)
            .stderr(Stdio::null())
            .status();
    }
}
