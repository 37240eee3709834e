//! The page-length benchmark: how many phone screens each screen of the release build takes, on
//! a 412 × 800 phone with text at 100% and at 200%, for two people from the phone walk-through:
//! a woman who used fentanyl this week and leans toward the naltrexone shot, and a man who
//! drinks heavily every day and wants to cut down. Also how far she scrolls on Compare to her
//! first safety note. It prints figures and never fails on them. Run with `.ci/dev bench`.

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

    let people = [
        (
            "woman, opioids, leaning toward the naltrexone shot",
            json!({
                "answers": { "substance": "opioids", "goal": "stop", "last_opioid_use": "this-week",
                             "opioid_kind": "fentanyl" },
                "values": { "not-daily": "very", "overdose-protection": "very" },
                "check": { "leaning": { "kind": "option", "option": "naltrexone-shot" } }
            }),
        ),
        (
            "man, alcohol every day, cutting down",
            json!({
                "answers": { "substance": "alcohol", "goal": "cut-down", "drinking_days": "daily",
                             "heavy_drinking": "yes" },
                "values": { "no-needles": "very", "works-well": "somewhat" }
            }),
        ),
    ];
    let b = harness::Browser::phone(412).await;
    // A phone's scroll bar is drawn over the page; headless Chromium's takes 15 px of its width,
    // which would make every text wrap as on a 397 px phone.
    b.cdp("Emulation.setScrollbarsHidden", json!({ "hidden": true }))
        .await;
    println!("page lengths in phone screens (412 x 800 px, scroll bar over the page as on a phone, release build):");
    for (who, state) in people {
        let envelope = json!({ "app": "recovery-options", "version": 4, "saved_at": "",
                               "revision": 1, "state": state });
        b.open("/#/").await;
        b.js(&format!(
            "localStorage.setItem('recovery-options:state', {}); return true",
            json!(envelope.to_string())
        ))
        .await;
        b.driver.refresh().await.unwrap();
        b.wait_for_app().await;
        println!("  {who}:");
        for size in ["100%", "200%"] {
            let mut line = format!("    text {size}:");
            for screen in harness::SCREENS {
                b.open(&format!("/{screen}")).await;
                let screens = b
                    .js(&format!(
                        "document.documentElement.style.fontSize = '{size}';
                         return document.documentElement.scrollHeight / innerHeight"
                    ))
                    .await;
                let name = screen.trim_start_matches("#/");
                let name = if name.is_empty() { "welcome" } else { name };
                line.push_str(&format!(" {name} {:.1}", screens.as_f64().unwrap()));
            }
            println!("{line}");
        }
        b.open("/#/compare").await;
        let height = b
            .js("document.documentElement.style.fontSize = '';
                 return document.documentElement.scrollHeight")
            .await;
        // The phone walk-through counted screens of a 412 × 915 phone (26,000 px = 29 screens).
        println!(
            "    Compare at 100%: {height} px tall ({:.1} screens of 800 px, {:.1} of 915 px)",
            height.as_f64().unwrap() / 800.0,
            height.as_f64().unwrap() / 915.0
        );
        for (what, css) in [
            (
                "the first safety note on an option",
                ".option-card .safety-notes",
            ),
            (
                "the list of options with safety points",
                ".safety-notes--summary",
            ),
        ] {
            let at = b
                .js(&format!(
                    "document.documentElement.style.fontSize = '';
                     const n = document.querySelector('{css}');
                     return n ? (n.getBoundingClientRect().top + scrollY) / innerHeight : null"
                ))
                .await;
            match at.as_f64() {
                Some(at) => println!("    Compare: {what} starts {at:.1} screens down"),
                None => println!("    Compare: no {what}"),
            }
        }
    }
    b.close().await;
}
