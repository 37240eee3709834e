//! Storage in the real browser: reload, corrupt data, newer versions, blocked storage, a
//! full quota, two tabs, and export, delete and import on the My data screen.

use std::fs;

use serde_json::{json, Value};

use crate::harness::{Browser, Options, BLOCK_STORAGE};

const STATE: &str = "recovery-options:state";

fn state_of(storage: &serde_json::Map<String, Value>) -> Value {
    let raw = storage
        .get(STATE)
        .and_then(Value::as_str)
        .expect("a saved state");
    serde_json::from_str(raw).unwrap()
}

pub async fn checked(b: &Browser, id: &str) -> bool {
    b.js(&format!("return document.getElementById('{id}').checked"))
        .await
        == json!(true)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_visit_writes_nothing_and_a_change_survives_a_reload() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    assert!(
        b.storage().await.is_empty(),
        "nothing stored before a change"
    );
    b.click("label[for='substance-opioids']").await;
    b.click("label[for='goal-cut-down']").await;
    let saved = state_of(&b.storage().await);
    assert_eq!(
        saved["state"]["answers"],
        json!({ "substance": "opioids", "goal": "cut-down" })
    );
    assert_eq!(saved["version"], json!(4));

    b.driver.refresh().await.unwrap();
    b.wait_for_app().await;
    assert!(checked(&b, "substance-opioids").await);
    assert!(checked(&b, "goal-cut-down").await);

    // Clearing an answer is a change too.
    b.click("#q-goal .choice__clear").await;
    b.driver.refresh().await.unwrap();
    b.wait_for_app().await;
    assert!(!checked(&b, "goal-cut-down").await);
    assert!(checked(&b, "substance-opioids").await);
    b.open("/#/").await;
    b.wait_text("Continue where you left off").await;
    b.axe("about you, answered").await;
    b.assert_clean("reload").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreadable_data_is_backed_up_shown_and_downloadable() {
    let b = Browser::start().await;
    b.open("/#/").await;
    let broken = r#"{"app":"recovery-options","version":1,"state":{"answers":{"substance":"#;
    b.js(&format!(
        "localStorage.setItem('{STATE}', {}); return true",
        json!(broken)
    ))
    .await;
    b.driver.refresh().await.unwrap();
    b.wait_text("could not read, so we started fresh").await;
    b.axe("recovered notice").await;

    let storage = b.storage().await;
    let backups: Vec<_> = storage
        .iter()
        .filter(|(k, _)| k.starts_with("recovery-options:backup:"))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].1, &json!(broken));

    b.click("a[href='#/my-data']").await;
    b.wait_text("Copies we could not read").await;
    b.axe("my data with a backup").await;
    b.click(".backup-download").await;
    let files = b.downloads(1).await;
    assert_eq!(fs::read_to_string(&files[0]).unwrap(), broken);

    // A lock does not cover the copies: the lock section says so, and they can be deleted.
    let not_covered = "The lock does not cover the copies";
    assert!(b.body_text().await.contains(not_covered));
    b.click(".backups-delete summary").await;
    b.axe("delete the copies, asked").await;
    b.click("#backups-delete").await;
    b.wait_text("The copies are deleted.").await;
    assert_eq!(b.active_id().await, "backups-deleted");
    let storage = b.storage().await;
    assert!(
        storage
            .keys()
            .all(|k| !k.starts_with("recovery-options:backup:")),
        "{storage:?}"
    );
    assert!(!b.body_text().await.contains(not_covered));
    b.axe("copies deleted").await;
    b.assert_clean("recovery").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn data_from_a_newer_version_is_left_untouched() {
    let b = Browser::start().await;
    b.open("/#/").await;
    let newer = r#"{"app":"recovery-options","version":42,"revision":5,"state":{"future":true}}"#;
    b.js(&format!(
        "localStorage.setItem('{STATE}', {}); return true",
        json!(newer)
    ))
    .await;
    b.open("/#/about-you").await;
    b.driver.refresh().await.unwrap();
    b.wait_text("saved by a newer version").await;
    b.click("label[for='substance-alcohol']").await;
    assert_eq!(b.storage().await.get(STATE), Some(&json!(newer)));
    b.open("/#/my-data").await;
    b.click("section button").await;
    let files = b.downloads(1).await;
    assert_eq!(fs::read_to_string(&files[0]).unwrap(), newer);
    b.axe("newer version").await;
    b.assert_clean("newer version").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blocked_storage_runs_in_memory_with_a_banner() {
    let b = Browser::start_with(Options {
        before_load: Some(BLOCK_STORAGE),
        ..Options::default()
    })
    .await;
    b.open("/#/about-you").await;
    b.wait_text("not letting the guide save").await;
    b.click("label[for='substance-both']").await;
    assert!(
        checked(&b, "substance-both").await,
        "answers still work in memory"
    );
    b.axe("memory mode").await;
    b.click(".notice a[href='#/my-data']").await;
    b.wait_text("nothing is being kept").await;
    b.assert_clean("memory mode").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_quota_keeps_the_last_good_copy_and_says_so() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    b.click("label[for='substance-alcohol']").await;
    let good = b.storage().await.get(STATE).cloned().unwrap();
    // Fill the rest of this origin's storage.
    b.js(r#"
        let size = 1 << 22, i = 0;
        while (size >= 1) {
          try { localStorage.setItem('f' + i, 'x'.repeat(size)); i++; }
          catch (e) { size = size >> 1; }
        }
        return i;"#)
        .await;
    b.click("label[for='goal-stop']").await;
    b.wait_text("storage is full").await;
    assert_eq!(
        b.js("return document.querySelector('.notice--alert').getAttribute('role')")
            .await,
        json!("alert")
    );
    assert_eq!(
        b.storage().await.get(STATE),
        Some(&good),
        "the last good copy is still there"
    );
    b.axe("quota alert").await;
    b.assert_clean("quota").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_in_one_tab_appears_in_the_other() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    let first = b.driver.window().await.unwrap();
    let second = b.driver.new_tab().await.unwrap();
    b.driver.switch_to_window(second.clone()).await.unwrap();
    b.open("/#/about-you").await;

    b.driver.switch_to_window(first.clone()).await.unwrap();
    b.click("label[for='substance-opioids']").await;

    b.driver.switch_to_window(second.clone()).await.unwrap();
    b.wait_text("updated from another tab").await;
    assert!(checked(&b, "substance-opioids").await);
    // A change in the second tab builds on the first tab's, and goes back to it.
    b.click("label[for='goal-not-sure']").await;
    let saved = state_of(&b.storage().await);
    assert_eq!(
        saved["state"]["answers"],
        json!({ "substance": "opioids", "goal": "not-sure" })
    );
    assert_eq!(saved["revision"], json!(2));

    b.driver.switch_to_window(first).await.unwrap();
    b.wait_text("updated from another tab").await;
    assert!(checked(&b, "goal-not-sure").await);
    b.axe("synced notice").await;
    b.assert_clean("two tabs").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_delete_and_import_round_trip() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    b.click("label[for='substance-both']").await;
    b.click("label[for='goal-prefer-not-to-say']").await;
    b.click("label[for='last_opioid_use-today']").await;
    b.open("/#/compare").await;
    b.open_picker().await;
    b.click("label[for='pick-methadone']").await;
    let flags = "return [...document.querySelectorAll('[data-flag]')].map(e => e.dataset.flag)";
    let grid = "return [...document.querySelectorAll('[data-option]')].map(e => e.dataset.option).concat([...document.querySelectorAll('.side-by-side__row:first-child .side-by-side__name')].map(th => th.textContent))";
    b.open("/#/things-to-raise").await;
    let flags_before = b.js(flags).await;
    assert!(
        flags_before.as_array().unwrap().len() >= 3,
        "{flags_before}"
    );
    b.open("/#/compare").await;
    let grid_before = b.js(grid).await;
    let before = state_of(&b.storage().await)["state"].clone();

    b.open("/#/my-data").await;
    b.wait_text("Answers you gave: 3.").await;
    // Everything stored is listed, not only the answers: here the pick on Compare, and the
    // summary part left off at first.
    b.wait_text("Options picked to compare: Methadone (Methadose).")
        .await;
    b.wait_text("Parts left off the visit summary: What I want help with.")
        .await;
    b.click("#export").await;
    let exported = b.downloads(1).await.remove(0);
    let file: Value = serde_json::from_str(&fs::read_to_string(&exported).unwrap()).unwrap();
    assert_eq!(file["app"], json!("recovery-options"));
    assert_eq!(file["state"], before);

    b.click("#delete-all").await;
    b.wait_for("#delete-confirm").await;
    assert_eq!(
        b.js("return document.activeElement.id").await,
        json!("delete-cancel"),
        "focus moves to the safe choice"
    );
    b.axe("delete confirmation").await;
    b.click("#delete-confirm").await;
    b.wait_text("Your answers are deleted.").await;
    let left: Vec<String> = b
        .storage()
        .await
        .keys()
        .filter(|k| k.starts_with("recovery-options:"))
        .cloned()
        .collect();
    assert!(left.is_empty(), "keys left after delete: {left:?}");

    // A wrong file changes nothing.
    let bad = b.scratch().join("not-ours.json");
    fs::write(
        &bad,
        r#"{"app":"something-else","state":{"x":"<script>alert(1)</script>"}}"#,
    )
    .unwrap();
    b.wait_for("#import-file")
        .await
        .send_keys(bad.display().to_string())
        .await
        .unwrap();
    b.wait_text("is not a copy from this guide").await;
    assert!(b.storage().await.is_empty());
    b.axe("import error").await;

    b.wait_for("#import-file")
        .await
        .send_keys(exported.display().to_string())
        .await
        .unwrap();
    b.wait_for("#import-confirm").await;
    b.wait_text("Both alcohol and opioids").await;
    b.wait_text("Options picked to compare: Methadone (Methadose).")
        .await;
    assert!(
        b.storage().await.is_empty(),
        "nothing changes before confirming"
    );
    b.axe("import preview").await;
    b.click("#import-confirm").await;
    b.wait_text("Your answers were brought back.").await;
    // Saved by the redraw's effect, which may run a moment later after a long redraw.
    b.wait_js(
        &format!(
            "return (JSON.parse(localStorage.getItem('{STATE}') || 'null') || {{}}).state ?? null"
        ),
        before.clone(),
    )
    .await;
    b.open("/#/about-you").await;
    assert!(checked(&b, "substance-both").await);
    assert!(checked(&b, "goal-prefer-not-to-say").await);
    // The imported answers reproduce the same flags and the same grid.
    b.open("/#/things-to-raise").await;
    assert_eq!(b.js(flags).await, flags_before);
    b.open("/#/compare").await;
    assert_eq!(b.js(grid).await, grid_before);
    b.assert_clean("export, delete, import").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hostile_or_broken_import_file_changes_nothing() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    b.click("label[for='substance-alcohol']").await;
    let kept = b.storage().await;
    b.open("/#/my-data").await;
    let cases = [
        ("truncated.json", r#"{"app":"recovery-options","version":1,"state":{"answ"#.to_string(), "is not a copy"),
        ("future.json", r#"{"app":"recovery-options","version":9,"state":{}}"#.to_string(), "newer version"),
        ("shape.json", r#"{"app":"recovery-options","version":1,"state":{"answers":{"substance":"<img src=x onerror=alert(1)>"}}}"#.to_string(), "could not be read"),
        ("huge.json", format!(r#"{{"app":"recovery-options","pad":"{}"}}"#, "x".repeat(1_100_000)), "too big"),
    ];
    for (name, body, message) in cases {
        let path = b.scratch().join(name);
        fs::write(&path, body).unwrap();
        b.wait_for("#import-file")
            .await
            .send_keys(path.display().to_string())
            .await
            .unwrap();
        b.wait_text(message).await;
        assert_eq!(b.storage().await, kept, "{name} changed storage");
    }
    assert_eq!(
        b.js("return document.querySelectorAll('img').length").await,
        json!(0)
    );
    b.assert_clean("hostile import").await;
    b.close().await;
}

/// Being discreet on a shared device: a plain tab title on every screen and after a reload, no
/// "Continue where you left off" on Welcome, and the choice goes with "delete everything".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn being_discreet_keeps_a_plain_title_and_hides_the_earlier_visit() {
    let b = Browser::start().await;
    let title = || async { b.js("return document.title").await };
    b.open("/#/about-you").await;
    b.click("label[for='substance-alcohol']").await;
    b.open("/#/").await;
    b.wait_text("Continue where you left off").await;
    b.open("/#/my-data").await;
    b.click("label[for='discreet']").await;
    assert_eq!(title().await, json!("Notes"));
    assert_eq!(
        b.storage().await.get("recovery-options:discreet"),
        Some(&json!("1"))
    );
    b.axe("my data, discreet").await;
    // After a reload (the page's own script sets the title before the app) and on every screen.
    b.driver.refresh().await.unwrap();
    b.wait_for_app().await;
    assert_eq!(title().await, json!("Notes"));
    b.open("/#/").await;
    assert!(checked_text(&b, "Start").await);
    assert!(!b.body_text().await.contains("Continue where you left off"));
    assert_eq!(title().await, json!("Notes"));
    b.open("/#/compare").await;
    assert_eq!(title().await, json!("Notes"));
    // Off again: the screen's own title.
    b.open("/#/my-data").await;
    b.click("label[for='discreet']").await;
    assert_eq!(title().await, json!("My data - Recovery Options"));
    // On, then "delete everything": off, and the key is gone.
    b.click("label[for='discreet']").await;
    b.click("#delete-all").await;
    b.wait_for("#delete-confirm").await;
    b.click("#delete-confirm").await;
    b.wait_text(
        "Your answers are deleted. So is all else the guide kept about you on this device.",
    )
    .await;
    assert!(!checked(&b, "discreet").await);
    assert_eq!(title().await, json!("My data - Recovery Options"));
    assert_eq!(b.storage().await.get("recovery-options:discreet"), None);
    b.assert_clean("discreet").await;
    b.close().await;
}

/// Whether the page's main button says `words`.
async fn checked_text(b: &Browser, words: &str) -> bool {
    b.js("return document.querySelector('.site-main .button').textContent")
        .await
        == json!(words)
}

/// Everything the page keeps in local and session storage.
async fn all_storage(b: &Browser) -> Value {
    b.js("return [Object.assign({}, localStorage), Object.assign({}, sessionStorage)]")
        .await
}

/// "Use without saving" on a first visit: a whole walk through the guide writes nothing to
/// any storage, the banner says so on every screen, and saving again writes the answers on
/// the page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeping_nothing_writes_nothing_through_a_whole_walk() {
    let b = Browser::start().await;
    b.open("/#/").await;
    b.wait_text("Using a shared phone or computer?").await;
    b.click("#keep-choice").await;
    b.wait_text("Not saving: your answers will be gone").await;
    assert_eq!(
        b.active_id().await,
        "keep-choice",
        "the focus stays on the button"
    );
    b.axe("welcome, keeping nothing").await;

    b.open("/#/about-you").await;
    for (question, value) in [
        ("substance", "opioids"),
        ("goal", "stop"),
        ("last_opioid_use", "this-week"),
        ("self_harm", "no"),
    ] {
        b.click(&format!("label[for='{question}-{value}']")).await;
    }
    b.open("/#/what-matters").await;
    b.click("label[for='value-not-daily-very']").await;
    b.open("/#/compare").await;
    b.open_picker().await;
    b.click("label[for='pick-naltrexone-shot']").await;
    b.open("/#/check").await;
    b.click("label[for='leaning-naltrexone-shot']").await;
    b.open("/#/my-visit").await;
    let field = b.wait_for("#new-question").await;
    field
        .send_keys("Can my sister come with me?")
        .await
        .unwrap();
    b.click("#add-question").await;
    b.wait_text("Can my sister come with me?").await;
    b.open("/#/my-data").await;
    b.click("label[for='discreet']").await;
    assert_eq!(b.js("return document.title").await, json!("Notes"));
    for screen in crate::harness::SCREENS {
        b.open(&format!("/{screen}")).await;
        b.wait_text("Not saving: your answers will be gone").await;
    }
    assert_eq!(all_storage(&b).await, json!([{}, {}]), "nothing written");

    // Saving again, from the banner: the answers on the page, and the discreet choice.
    b.open("/#/my-data").await;
    b.click("#notice-resume").await;
    // The banner went with its button: the focus is on the screen's heading, not lost.
    b.wait_focus("page-title").await;
    assert!(!b.body_text().await.contains("Not saving:"));
    let saved = state_of(&b.storage().await);
    assert_eq!(saved["state"]["answers"]["substance"], json!("opioids"));
    assert_eq!(saved["state"]["answers"]["self_harm"], json!("no"));
    assert!(saved["state"]["visit"].to_string().contains("sister"));
    assert_eq!(
        b.storage().await.get("recovery-options:discreet"),
        Some(&json!("1"))
    );
    b.driver.refresh().await.unwrap();
    b.wait_for_app().await;
    b.open("/#/about-you").await;
    assert!(checked(&b, "substance-opioids").await);
    b.assert_clean("keeping nothing").await;
    b.close().await;
}

/// With answers saved, "Use without saving" asks whether to delete the saved copy: Cancel
/// changes nothing; keeping it leaves it exactly as it was while the page changes; saving
/// again then asks which answers to keep; deleting it removes every key.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeping_nothing_with_saved_answers_asks_and_loses_nothing() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    b.click("label[for='substance-alcohol']").await;
    let before = b.storage().await;
    assert!(before.contains_key(STATE));

    // Cancel: nothing changes, and the focus goes back to the button.
    b.open("/#/my-data").await;
    b.click("#keep-choice").await;
    b.wait_text("Do you want to delete the saved copy too?")
        .await;
    assert_eq!(
        b.active_id().await,
        "keep-cancel",
        "the safe choice has the focus"
    );
    b.axe("my data, asking to delete the saved copy").await;
    b.click("#keep-cancel").await;
    assert_eq!(b.active_id().await, "keep-choice");
    assert!(!b.body_text().await.contains("Not saving:"));
    assert_eq!(b.storage().await, before);

    // Keep the saved copy: it stays as it was while the page changes.
    b.click("#keep-choice").await;
    b.click("#keep-saved").await;
    b.wait_text("A copy saved earlier is still on this device")
        .await;
    b.open("/#/about-you").await;
    b.click("label[for='goal-cut-down']").await;
    assert_eq!(b.storage().await, before, "the saved copy untouched");

    // Saving again: the person chooses between the saved answers and the page's.
    b.click("#notice-resume").await;
    b.wait_text("This device still has answers that were saved before.")
        .await;
    // The focus on the choice.
    b.wait_focus("notice-keep").await;
    assert_eq!(b.storage().await, before, "nothing replaced unasked");
    b.axe("saving again, which answers").await;
    b.click("#notice-keep").await;
    let saved = state_of(&b.storage().await);
    assert_eq!(
        saved["state"]["answers"],
        json!({ "substance": "alcohol", "goal": "cut-down" })
    );

    // Delete the saved copy: every key goes, and the answers stay on the page.
    b.open("/#/my-data").await;
    b.click("#keep-choice").await;
    b.click("#keep-delete").await;
    b.wait_text("Not saving: your answers will be gone").await;
    assert_eq!(all_storage(&b).await, json!([{}, {}]));
    b.open("/#/about-you").await;
    assert!(checked(&b, "goal-cut-down").await);
    b.assert_clean("keeping nothing, saved answers").await;
    b.close().await;
}

/// A browser that grants (or refuses) to keep the site's data, and counts the requests.
const PERSIST_GRANTED: &str = r#"
window.__roPersist = 0;
(() => {
  let agreed = false;
  navigator.storage.persist = () => { window.__roPersist++; agreed = true; return Promise.resolve(true); };
  navigator.storage.persisted = () => Promise.resolve(agreed);
})();
"#;
const PERSIST_REFUSED: &str = r#"
window.__roPersist = 0;
navigator.storage.persist = () => { window.__roPersist++; return Promise.resolve(false); };
navigator.storage.persisted = () => Promise.resolve(false);
"#;

async fn add_question(b: &Browser, text: &str) {
    b.open("/#/my-visit").await;
    let field = b.wait_for("#new-question").await;
    field.send_keys(text).await.unwrap();
    b.click("#add-question").await;
    b.wait_text(text).await;
}

/// My data says what is stored, where, when it was last saved, and that browsers may delete
/// it; starting a question list asks the browser to keep the data, once, and says whether it
/// agreed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn starting_a_list_asks_the_browser_to_keep_the_data_and_my_data_says_what_it_keeps() {
    let b = Browser::start_with(Options {
        before_load: Some(PERSIST_GRANTED),
        ..Options::default()
    })
    .await;
    b.open("/#/about-you").await;
    b.click("label[for='substance-alcohol']").await;
    b.open("/#/my-data").await;
    b.wait_text("Last saved:").await;
    b.wait_text("This browser has not promised to keep them.")
        .await;
    let text = b.body_text().await;
    assert!(text.contains("in this browser's local storage, on this device only"));
    assert!(text.contains("Safari after about a week without a visit"));
    assert_eq!(b.js("return window.__roPersist").await, json!(0));

    add_question(&b, "Can I take it with my other pills?").await;
    b.wait_text("Your browser agreed to keep your answers")
        .await;
    add_question(&b, "How much does it cost?").await;
    assert_eq!(
        b.js("return window.__roPersist").await,
        json!(1),
        "asked once"
    );
    b.open("/#/my-data").await;
    b.wait_text("This browser agreed to keep them until you delete them.")
        .await;
    b.axe("my data, kept").await;
    // Not asked again for a list that was there when the page opened.
    b.driver.refresh().await.unwrap();
    b.wait_for_app().await;
    add_question(&b, "Who can I call at night?").await;
    assert_eq!(b.js("return window.__roPersist").await, json!(0));
    b.assert_clean("kept").await;
    b.close().await;

    // Refused: the notice says so, with the way to save a copy.
    let b = Browser::start_with(Options {
        before_load: Some(PERSIST_REFUSED),
        ..Options::default()
    })
    .await;
    add_question(&b, "Can I take it with my other pills?").await;
    b.wait_text("Your browser did not promise to keep your answers.")
        .await;
    b.axe("not kept by the browser").await;
    b.click(".notice a[href='#/my-data']").await;
    b.wait_text("This browser has not promised to keep them.")
        .await;
    b.close().await;

    // Keeping nothing: nothing to ask the browser to keep.
    let b = Browser::start_with(Options {
        before_load: Some(PERSIST_GRANTED),
        ..Options::default()
    })
    .await;
    b.open("/#/").await;
    b.click("#keep-choice").await;
    add_question(&b, "Can I take it with my other pills?").await;
    assert_eq!(b.js("return window.__roPersist").await, json!(0));
    b.close().await;
}
