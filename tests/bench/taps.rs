//! The tap benchmark: from a tap to the next paint, as a person feels it, measured with the
//! browser's Event Timing API (what Interaction to Next Paint is built on: input delay, event
//! handlers, rendering and the paint after). Trusted clicks (Chrome DevTools Protocol mouse
//! events, as a real tap) on the release build, CPU slowed 4 times, on the screens where a tap
//! does the most work. It prints the median, p95 and worst per screen against the budget
//! (p95 50 ms, worst 100 ms) and never fails on them. Run with `.ci/dev bench`.

#[cfg(not(target_arch = "wasm32"))]
#[path = "../e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

#[cfg(target_arch = "wasm32")]
fn main() {}

/// Keeps, for each interaction, its longest event duration (as INP does), from before the app
/// starts. Chromium reports durations to 8 ms.
#[cfg(not(target_arch = "wasm32"))]
const OBSERVE: &str = r#"
window.__roTaps = new Map();
window.__roWork = [];
window.__roAfter = new Map();
new PerformanceObserver(list => {
  for (const e of list.getEntries()) {
    if (e.interactionId) {
      if (e.duration >= (window.__roTaps.get(e.interactionId) || 0)) {
        window.__roTaps.set(e.interactionId, e.duration);
        window.__roAfter.set(e.interactionId, e.startTime + e.duration - e.processingEnd);
      }
      window.__roWork.push(e.processingEnd - e.processingStart);
    }
  }
}).observe({ type: 'event', durationThreshold: 16, buffered: true });
"#;

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    use serde_json::json;

    let b = harness::Browser::slowed(OBSERVE).await;

    // About you: answering, one question after another, changing answers back and forth.
    b.open("/#/about-you").await;
    let mut about_you = Vec::new();
    for i in 0..30 {
        let substance = ["alcohol", "opioids", "both"][i % 3];
        about_you.push(format!("label[for='substance-{substance}']"));
        about_you.push(format!("label[for='goal-{}']", ["stop", "cut-down"][i % 2]));
    }
    let about_you = taps(&b, &about_you).await;

    // What matters: rating factors, changing the ratings back and forth.
    b.open("/#/what-matters").await;
    let mut ratings = Vec::new();
    for i in 0..15 {
        let level = ["very", "somewhat", "not-important"][i % 3];
        ratings.push(format!("label[for='value-works-well-{level}']"));
        ratings.push(format!("label[for='value-not-daily-{level}']"));
    }
    let what_matters = taps(&b, &ratings).await;

    // Check: answering the SURE test and changing where one leans.
    b.open("/#/check").await;
    let mut check = Vec::new();
    for i in 0..15 {
        check.push(format!("label[for='sure-sure-{}']", ["yes", "no"][i % 2]));
        check.push(format!(
            "label[for='leaning-{}']",
            ["methadone", "naltrexone-shot", "acamprosate"][i % 3]
        ));
    }
    let check = taps(&b, &check).await;

    // Compare with every option shown: picking and unpicking options side by side.
    b.open("/#/compare").await;
    b.open_picker().await;
    let mut compare = Vec::new();
    for _ in 0..10 {
        for option in ["methadone", "acamprosate", "naltrexone-shot"] {
            compare.push(format!("label[for='pick-{option}']"));
        }
    }
    let compare = taps(&b, &compare).await;

    // My visit with 60 questions: marking questions as asked.
    let items: Vec<_> = (1..=60)
        .map(|n| json!({ "id": format!("c:{n}"), "text": format!("Question {n}: what should I know about how this medicine fits my life?"), "kept": true }))
        .collect();
    let state = json!({ "app": "recovery-options", "version": 4, "saved_at": "", "revision": 1,
        "state": { "answers": { "substance": "both" }, "visit": { "questions": { "items": items, "next": 61 } } } });
    b.js(&format!(
        "localStorage.setItem('recovery-options:state', {}); return true",
        json!(state.to_string())
    ))
    .await;
    b.driver.refresh().await.unwrap();
    b.open("/#/my-visit").await;
    b.wait_for("#asked-c-60").await;
    let marks: Vec<String> = (0..40)
        .map(|i| format!("label[for='asked-c-{}']", i % 60 + 1))
        .collect();
    let my_visit = taps(&b, &marks).await;
    b.close().await;

    println!(
        "a tap to the next paint (Event Timing), trusted clicks, CPU slowed 4x (budget p95 50 ms, worst 100 ms):"
    );
    for (screen, (mut durations, handlers, mut after)) in [
        ("About you, answering", about_you),
        ("What matters, rating", what_matters),
        ("Check, the SURE test and leaning", check),
        ("Compare, every option shown, picking side by side", compare),
        ("My visit, 60 questions, marking asked", my_visit),
    ] {
        println!(
            "  {screen}: median {:.0} ms, p95 {:.0} ms, worst {:.0} ms over {} taps (handlers {handlers:.1} ms per event; after them, style, layout and paint to the screen: median {:.0} ms of the taps the browser reported)",
            harness::percentile(&mut durations, 50.0),
            harness::percentile(&mut durations, 95.0),
            harness::percentile(&mut durations, 100.0),
            durations.len(),
            harness::percentile(&mut after, 50.0),
        );
    }
}

/// Taps each element in turn (a real mouse press and release at its middle) and returns how long
/// each tap took to its next paint (a tap faster than 16 ms is not reported by the browser and
/// counts as 16 ms), the average time in event handlers per event (the app's update runs in
/// them), and for each reported tap the time from the end of its handlers to the paint (the
/// browser's style, layout, paint and the wait for the frame).
#[cfg(not(target_arch = "wasm32"))]
async fn taps(b: &harness::Browser, selectors: &[String]) -> (Vec<f64>, f64, Vec<f64>) {
    use std::time::Duration;

    use serde_json::json;

    b.js("window.__roTaps.clear(); window.__roAfter.clear(); window.__roWork = []; return true")
        .await;
    for selector in selectors {
        let at = b
            .js(&format!(
                "const e = document.querySelector(\"{selector}\");
                 if (!e) return null;
                 e.scrollIntoView({{ block: 'center' }});
                 const r = e.getBoundingClientRect();
                 return [r.left + r.width / 2, r.top + r.height / 2]"
            ))
            .await;
        assert!(!at.is_null(), "nothing to tap at {selector}");
        let (x, y) = (at[0].as_f64().unwrap(), at[1].as_f64().unwrap());
        // A person taps once the screen has stopped moving: the frames that draw the scroll
        // are not the tap's.
        tokio::time::sleep(Duration::from_millis(150)).await;
        for kind in ["mousePressed", "mouseReleased"] {
            b.cdp(
                "Input.dispatchMouseEvent",
                json!({ "type": kind, "x": x, "y": y, "button": "left", "clickCount": 1 }),
            )
            .await;
        }
        // Let the screen settle, and the entry arrive, before the next tap.
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let work = b
        .js("return window.__roWork.reduce((a, b) => a + b, 0) / Math.max(1, window.__roWork.length)")
        .await;
    eprintln!(
        "    (event handlers and the app's update: {:.1} ms on average per event)",
        work.as_f64().unwrap_or_default()
    );
    let numbers = |values: serde_json::Value| -> Vec<f64> {
        values
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d.as_f64().unwrap())
            .collect()
    };
    let mut all = numbers(b.js("return [...window.__roTaps.values()]").await);
    all.resize(selectors.len().max(all.len()), 16.0);
    let after = numbers(b.js("return [...window.__roAfter.values()]").await);
    // Taps under 16 ms are not reported: no time after their handlers to speak of.
    let after = if after.is_empty() { vec![0.0] } else { after };
    (all, work.as_f64().unwrap_or_default(), after)
}
