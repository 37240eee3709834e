//! My visit: the question list by mouse and keyboard, the printed summary (PDF pages counted
//! on Letter and A4), copy and downloads, calendar files, and share links opened in a fresh
//! browser profile.

use std::fs;

use serde_json::{json, Value};
use thirtyfour::common::print::{PrintPage, PrintParameters};
use thirtyfour::prelude::*;

use crate::harness::{app_origin, Browser};

const STATE: &str = "recovery-options:state";

fn state_of(b: &serde_json::Map<String, Value>) -> Value {
    serde_json::from_str(b.get(STATE).and_then(Value::as_str).unwrap_or("null")).unwrap()
}

/// The question ids on the list, in order.
async fn list(b: &Browser) -> Vec<String> {
    let ids = b
        .js("return [...document.querySelectorAll('.question-item')].map(e => e.dataset.question)")
        .await;
    serde_json::from_value(ids).unwrap()
}

/// Puts a whole saved state in place and reloads, as a returning person would find it.
async fn with_state(b: &Browser, state: Value) {
    b.open("/#/").await;
    let envelope = json!({ "app": "recovery-options", "version": 3, "saved_at": "", "revision": 1, "state": state });
    b.js(&format!(
        "localStorage.setItem('{STATE}', {}); return true",
        json!(envelope.to_string())
    ))
    .await;
    b.driver.refresh().await.unwrap();
    b.wait_for_app().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn suggestions_follow_the_answers_and_the_list_is_edited_by_keyboard() {
    let b = Browser::start().await;
    b.open("/#/my-visit").await;
    b.wait_text("No questions yet").await;
    b.axe("my visit, empty").await;

    // Opioids used this week raises the "wait before naltrexone" flag; picking the
    // naltrexone shot on Compare adds its questions.
    b.open("/#/about-you").await;
    b.click("label[for='substance-opioids']").await;
    b.click("label[for='last_opioid_use-this-week']").await;
    b.open("/#/compare").await;
    b.open_picker().await;
    b.click("label[for='pick-naltrexone-shot']").await;
    b.open("/#/my-visit").await;
    let suggested = list(&b).await;
    assert!(
        suggested.contains(&"s:flag:opioids-recent".to_string()),
        "{suggested:?}"
    );
    for n in ["shot-site", "where-and-missed", "insurance"] {
        assert!(
            suggested.contains(&format!("s:option:naltrexone-shot:{n}")),
            "{suggested:?}"
        );
    }
    b.wait_text("How is the naltrexone shot given, and what should I watch for where it goes in?")
        .await;
    // What the person wants help with (substance details, the self-harm answer) stays off the
    // printout and the link until they tick it.
    assert_eq!(
        b.js("return [document.getElementById('part-help').checked, document.querySelectorAll('.visit-summary .part-help').length]")
            .await,
        json!([false, 0])
    );
    b.axe("my visit, suggestions").await;

    // An empty question is refused with a clear message, and nothing is added.
    b.click("#add-question").await;
    b.wait_text("Please write a question first.").await;
    assert_eq!(
        b.js("return document.getElementById('new-question').getAttribute('aria-invalid')")
            .await,
        json!("true")
    );
    assert_eq!(list(&b).await, suggested);
    b.axe("my visit, add error").await;

    // Markup in a question is shown as words, never run.
    let hostile = "<img src=x onerror=\"window.__pwned=1\"> Can my sister come?";
    let field = b.wait_for("#new-question").await;
    field.send_keys(hostile).await.unwrap();
    // By keyboard: Tab to the button, Enter.
    field.send_keys(Key::Tab).await.unwrap();
    assert_eq!(b.active_id().await, "add-question");
    b.driver
        .active_element()
        .await
        .unwrap()
        .send_keys(Key::Enter)
        .await
        .unwrap();
    b.wait_text("Can my sister come?").await;
    let items = list(&b).await;
    assert_eq!(items.last().unwrap(), "c:1");
    assert_eq!(
        b.js("return document.querySelector('#text-c-1').firstChild.textContent")
            .await,
        json!(hostile)
    );
    assert_eq!(
        b.js("return document.querySelectorAll('.question-list img').length")
            .await,
        json!(0)
    );
    assert_eq!(
        b.js("return window.__pwned === undefined").await,
        json!(true)
    );

    // One button per question: Edit. Moving and removing are in its edit mode.
    let buttons = b
        .js("return document.querySelector('[data-question=\"c:1\"]').querySelectorAll('button').length")
        .await;
    assert_eq!(buttons, json!(1));
    b.click("#edit-button-c-1").await;
    // Reorder by keyboard: focus "Move up" on the last question and press Enter twice. The
    // focus stays on the moved question's button, and a status says where it went.
    let total = items.len();
    for _ in 0..2 {
        press_enter(&b, "up-c-1").await;
    }
    let moved = list(&b).await;
    assert_eq!(moved[total - 3], "c:1", "{moved:?}");
    assert_eq!(b.active_id().await, "up-c-1");
    assert_eq!(
        b.js("return document.getElementById('visit-status').textContent")
            .await,
        json!(format!("Moved to place {} of {total}.", total - 2))
    );
    // At the top, "Move up" is disabled, so the focus goes to "Move down".
    for _ in 0..total {
        b.js("const up = document.getElementById('up-c-1'); if (!up.disabled) up.click(); return true")
            .await;
    }
    b.js("document.getElementById('up-c-1').focus(); return true")
        .await;
    assert_eq!(list(&b).await[0], "c:1");
    let top = b
        .js("return document.getElementById('up-c-1').disabled")
        .await;
    assert_eq!(top, json!(true));
    press_enter(&b, "down-c-1").await;
    assert_eq!(list(&b).await[1], "c:1");
    press_enter(&b, "up-c-1").await;
    assert_eq!(
        b.active_id().await,
        "down-c-1",
        "at the top the focus moves to Move down"
    );

    // Done arranging: Cancel leaves the edit mode, with the focus back on Edit.
    press_enter(&b, "cancel-c-1").await;
    assert_eq!(b.active_id().await, "edit-button-c-1");

    // Asked, a note, an edit.
    b.click("label[for='asked-c-1']").await;
    let note = b.wait_for("#note-c-1").await;
    note.send_keys("Yes, she can.").await.unwrap();
    b.click("#edit-button-c-1").await;
    assert_eq!(b.active_id().await, "edit-c-1");
    let edit = b.wait_for("#edit-c-1").await;
    edit.clear().await.unwrap();
    b.click("#save-c-1").await;
    b.wait_text("Please write a question first.").await;
    let edit = b.wait_for("#edit-c-1").await;
    edit.send_keys("Can my sister come with me?").await.unwrap();
    b.click("#save-c-1").await;
    b.wait_text("Can my sister come with me?").await;
    assert_eq!(b.active_id().await, "edit-button-c-1");
    b.axe("my visit, edited").await;

    // Remove a suggestion, with Undo: it comes back in its place, then goes again for good.
    let insurance = "s:option:naltrexone-shot:insurance".to_string();
    let place = list(&b).await.iter().position(|q| *q == insurance).unwrap();
    b.click("#edit-button-s-option-naltrexone-shot-insurance")
        .await;
    b.click("#remove-s-option-naltrexone-shot-insurance").await;
    assert!(!list(&b).await.contains(&insurance));
    assert_eq!(b.active_id().await, "undo-remove");
    b.axe("my visit, a question removed, undo offered").await;
    press_enter(&b, "undo-remove").await;
    assert_eq!(list(&b).await[place], insurance);
    assert_eq!(
        b.active_id().await,
        "edit-button-s-option-naltrexone-shot-insurance"
    );
    // Gone for good: it stays gone when the answers change and after a reload.
    b.click("#edit-button-s-option-naltrexone-shot-insurance")
        .await;
    b.click("#remove-s-option-naltrexone-shot-insurance").await;
    assert!(!list(&b)
        .await
        .contains(&"s:option:naltrexone-shot:insurance".to_string()));
    b.open("/#/about-you").await;
    b.click("label[for='pregnancy-no']").await;
    b.driver.refresh().await.unwrap();
    b.open("/#/my-visit").await;
    let after = list(&b).await;
    assert!(
        !after.contains(&"s:option:naltrexone-shot:insurance".to_string()),
        "{after:?}"
    );
    assert_eq!(after[0], "c:1");
    let saved = state_of(&b.storage().await);
    let first = &saved["state"]["visit"]["questions"]["items"][0];
    assert_eq!(first["text"], json!("Can my sister come with me?"));
    assert_eq!(first["asked"], json!(true));
    assert_eq!(first["note"], json!("Yes, she can."));
    assert!(saved["state"]["visit"]["questions"]["dismissed"]
        .as_array()
        .unwrap()
        .contains(&json!("option:naltrexone-shot:insurance")));
    b.assert_clean("my visit").await;
    b.close().await;
}

/// A person with a lot to say: every part of the summary filled, and 20 questions: the 15 the
/// guide suggests for these answers and options, and 5 long ones of their own, some with notes.
fn long_state() -> Value {
    let mut items = Vec::new();
    for n in 1..=5 {
        items.push(json!({
            "id": format!("c:{n}"),
            "text": format!("Question {n}: what should I know about how this medicine fits my work, my family and my health?"),
            "asked": n % 3 == 0,
            "note": if n % 2 == 0 { "The doctor said to call the clinic if anything changes." } else { "" },
            "kept": true
        }));
    }
    json!({
        "answers": {
            "substance": "both", "goal": "stop", "drinking_days": "daily", "heavy_drinking": "yes",
            "withdrawal_seizures": "no", "last_opioid_use": "this-week", "opioid_kind": "short-acting",
            "treatment": "none", "pregnancy": "no", "liver": "yes", "kidney": "no",
            "pain_medicine": "yes", "sedatives": "yes", "self_harm": "no", "daily_clinic": "no",
            "insurance": "yes"
        },
        "values": { "no-needles": "very", "not-daily": "very", "cost": "somewhat", "privacy": "very" },
        "check": {
            "sure": { "sure": true, "understand": true, "risk-benefit": false, "encouragement": true },
            "leaning": { "kind": "option", "option": "naltrexone-shot" }
        },
        "compare": { "picked": ["naltrexone-shot", "buprenorphine-daily", "acamprosate"] },
        "visit": { "questions": { "items": items, "dismissed": [], "next": 5 }, "left_out": [] }
    })
}

/// The number of pages of a PDF from Chromium: the `/Count` of its page tree root, checked
/// against the number of page objects.
fn pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    let count: usize = text
        .split("/Type /Pages")
        .nth(1)
        .and_then(|rest| rest.split("/Count ").nth(1))
        .and_then(|n| n.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
        .expect("a page tree with a count");
    let objects = text
        .match_indices("/Type /Page")
        .filter(|(at, m)| !text[at + m.len()..].starts_with('s'))
        .count();
    assert_eq!(objects, count, "page objects agree with the page count");
    count
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_summary_prints_on_two_pages_at_most_on_letter_and_a4() {
    let b = Browser::start().await;
    with_state(&b, long_state()).await;
    b.open("/#/my-visit").await;
    b.wait_text("Question 5:").await;
    assert_eq!(
        list(&b).await.len(),
        20,
        "the suggestions are there from the start"
    );
    b.axe("my visit, 20 questions").await;
    let summary = b.wait_for(".visit-summary").await.text().await.unwrap();
    for must in ["Naltrexone shot", "Question 5:", "Answer:", "SURE"] {
        assert!(summary.contains(must), "the summary has {must:?}");
    }
    let counts = printed_pages(&b, "summary").await;
    println!("summary with 20 questions, Letter and A4: {counts:?} page(s)");
    for count in counts {
        assert!(
            (1..=2).contains(&count),
            "{count} pages (see the PDFs ro-summary-*.pdf in the temp folder)"
        );
    }
    // The person chooses what goes on it: leave out what they want help with (substance
    // details) and the notes.
    let help = b
        .js("return document.querySelector('.visit-summary .part-help').innerText")
        .await;
    assert!(help.as_str().unwrap().contains("Both"), "{help}");
    b.click("label[for='part-help']").await;
    b.click("label[for='part-notes']").await;
    let summary = b.wait_for(".visit-summary").await.text().await.unwrap();
    assert!(!summary.contains("Both"), "substance details left out");
    assert!(!summary.contains("call the clinic"), "notes left out");
    assert_eq!(
        b.js("return document.querySelectorAll('.visit-summary .part-help').length")
            .await,
        json!(0)
    );
    // What prints is only the summary: the tools are hidden by the print stylesheet.
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let hidden = b
        .js("return [...document.querySelectorAll('.visit-tools, .site-nav, #page-title')].every(e => getComputedStyle(e).display === 'none')")
        .await;
    assert_eq!(hidden, json!(true));
    let print_size = || async {
        b.js("return parseFloat(getComputedStyle(document.querySelector('.visit-summary li')).fontSize)")
            .await
            .as_f64()
            .unwrap()
    };
    // 9.5 pt is about 12.7 px.
    assert!(print_size().await < 13.0);
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }))
        .await;
    // Large type: 13 pt (about 17 px) on paper, with more room to write, on more pages.
    b.click("label[for='large-print']").await;
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let size = print_size().await;
    assert!((16.0..=19.0).contains(&size), "{size} px");
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }))
        .await;
    let pdf = b
        .driver
        .print_page(PrintParameters {
            page: PrintPage {
                width: 21.59,
                height: 27.94,
            },
            background: true,
            ..Default::default()
        })
        .await
        .unwrap();
    let large = pages(&pdf);
    println!("summary in large type, Letter: {large} page(s)");
    assert!(large > 1, "large type takes more room: {large} page(s)");
    b.axe("my visit, large type chosen").await;
    b.assert_clean("summary").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn copy_download_and_calendar_files() {
    let b = Browser::start().await;
    with_state(&b, long_state()).await;
    b.open("/#/my-visit").await;
    b.cdp(
        "Browser.grantPermissions",
        json!({ "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"], "origin": app_origin() }),
    )
    .await;
    b.click("#copy-text").await;
    b.wait_text("Copied.").await;
    let copied = b
        .driver
        .execute_async(
            "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('failed: ' + e));",
            Vec::new(),
        )
        .await
        .unwrap()
        .json()
        .clone();
    let copied = copied.as_str().unwrap();
    assert!(copied.starts_with("My visit summary\n"), "{copied}");
    assert!(
        copied.contains("1. Question 1:") && copied.contains("\n20. "),
        "{copied}"
    );
    assert!(copied.contains("[I asked this]"));

    b.click("#download-text").await;
    let text = downloaded(&b, 1, ".txt").await;
    assert_eq!(text, copied, "the download is the copied text");

    // A visit reminder: a bad date gets a message and no file.
    b.click("#visit-ics").await;
    b.wait_text("Please pick a date and a time.").await;
    b.axe("calendar error").await;
    set(&b, "visit-date", "2027-03-04").await;
    set(&b, "visit-time", "14:30").await;
    b.click("#visit-ics").await;
    let ics = downloaded(&b, 2, "my-visit.ics").await;
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.lines().all(|l| l.len() <= 75), "folded at 75 octets");
    assert!(
        !ics.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    for must in [
        "DTSTART:20270304T143000",
        "BEGIN:VALARM",
        "TRIGGER:-PT1440M",
        "UID:",
        "DTSTAMP:",
    ] {
        assert!(ics.contains(must), "{must} in {ics}");
    }
    assert!(!ics.contains("RRULE"));

    // The menu starts on the shot the person leans toward (the naltrexone shot here), and every
    // kind repeats at its own interval for about a year.
    assert_eq!(
        b.js("return document.getElementById('shot-kind').value")
            .await,
        json!("naltrexone")
    );
    set(&b, "shot-date", "2027-03-01").await;
    set(&b, "shot-time", "09:00").await;
    for (kind, rule, name) in [
        ("naltrexone", "INTERVAL=28;COUNT=13", "Naltrexone shot"),
        (
            "buprenorphine-monthly",
            "INTERVAL=28;COUNT=13",
            "Buprenorphine shot",
        ),
        (
            "buprenorphine-weekly",
            "INTERVAL=7;COUNT=52",
            "Buprenorphine shot",
        ),
    ] {
        set(&b, "shot-kind", kind).await;
        b.click("#shot-ics").await;
        let file = b
            .downloads(3)
            .await
            .into_iter()
            .find(|f| f.to_string_lossy().contains("shot-reminders"))
            .unwrap();
        let shots = fs::read_to_string(&file).unwrap();
        assert!(
            shots.contains(&format!("RRULE:FREQ=DAILY;{rule}\r\n")),
            "{kind}: {shots}"
        );
        assert!(
            shots.contains(&format!("SUMMARY:Shot due: {name}")),
            "{kind}: {shots}"
        );
        // The next kind's file takes the same name.
        fs::remove_file(&file).unwrap();
    }
    b.assert_clean("downloads").await;
    b.close().await;
}

/// Reads the QR code the app drew with an independent decoder.
async fn read_qr(b: &Browser) -> String {
    let svg = b
        .js("const s = document.querySelector('svg.qr'); return [s.dataset.modules, s.querySelector('path').getAttribute('d')]")
        .await;
    crate::qr_read::read(
        svg[0].as_str().unwrap().parse().unwrap(),
        svg[1].as_str().unwrap(),
    )
}

/// Focuses the element with this id and presses Enter on it, as a keyboard user would.
async fn press_enter(b: &Browser, id: &str) {
    b.js(&format!(
        "document.getElementById('{id}').focus(); return true"
    ))
    .await;
    b.driver
        .active_element()
        .await
        .unwrap()
        .send_keys(Key::Enter)
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
}

/// Sets a form field's value the way a date or time picker would.
async fn set(b: &Browser, id: &str, value: &str) {
    b.js(&format!(
        "document.getElementById('{id}').value = '{value}'; return true"
    ))
    .await;
}

/// The text of the downloaded file whose name contains `name`, once `count` files are there.
async fn downloaded(b: &Browser, count: usize, name: &str) -> String {
    let files = b.downloads(count).await;
    let file = files
        .iter()
        .find(|f| f.to_string_lossy().contains(name))
        .unwrap_or_else(|| panic!("no {name} in {files:?}"));
    fs::read_to_string(file).unwrap()
}

/// Words for notes that do not repeat as a made-up text would (a small generator, so that the
/// test is the same every time): a list with long notes compresses as real ones do.
fn varied_words(seed: u32, count: usize) -> String {
    const WORDS: &[&str] = &[
        "clinic",
        "Monday",
        "refill",
        "sister",
        "bus",
        "pharmacy",
        "morning",
        "work",
        "sleep",
        "appetite",
        "nausea",
        "liver",
        "test",
        "urine",
        "week",
        "shot",
        "pill",
        "insurance",
        "cost",
        "doctor",
        "nurse",
        "counselor",
        "group",
        "call",
        "text",
        "remember",
        "ask",
        "whether",
        "after",
        "before",
        "dose",
        "missed",
        "pain",
        "knee",
        "surgery",
        "naloxone",
        "spray",
        "kids",
        "school",
        "night",
        "shift",
        "drive",
        "car",
        "money",
        "card",
        "form",
    ];
    let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
    (0..count)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            WORDS[(state >> 16) as usize % WORDS.len()]
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The address of the share link shown, once made.
async fn made_link(b: &Browser) -> String {
    b.wait_for("#share-link")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_share_link_opens_in_a_fresh_profile_and_is_added_only_after_confirming() {
    let a = Browser::start().await;
    let mut state = long_state();
    // A realistic list: the guide's suggestions for this person (about 15, carried by id) and
    // five of the person's own, three of them two sentences long, one asked, one with a note.
    state["visit"]["questions"]["items"] = json!([
        { "id": "c:1", "text": "Can my sister come?", "asked": true, "note": "Yes <b>if</b> she wants. Ask the front desk for a second chair.", "kept": true },
        { "id": "c:2", "text": "What if I miss a shot? Can I get it a few days late?", "asked": false, "note": "", "kept": true },
        { "id": "c:3", "text": "Will the shot stop my pain pills from working? I have a bad knee.", "kept": true },
        { "id": "c:4", "text": "How often do I need to come in? I work night shifts.", "kept": true },
        { "id": "c:5", "text": "Is there a group near me?", "kept": true },
        { "id": "s:flag:opioids-recent", "text": "How long should I wait after my last opioid use before I start naltrexone, and how will we check that it is safe?", "asked": false, "note": "", "kept": true }
    ]);
    with_state(&a, state).await;
    a.open("/#/my-visit").await;
    let n = list(&a).await.len();
    assert!(n >= 15, "{n} questions");
    a.click("#make-link").await;
    let link = made_link(&a).await;
    assert_eq!(
        a.active_id().await,
        "share-link",
        "the focus goes to the new link"
    );
    let data = link
        .strip_prefix(&format!("{}/#/share/2.", app_origin()))
        .unwrap_or_else(|| panic!("a version 2 link: {link}"));
    assert!(
        data.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
        "{link}"
    );
    for word in ["sister", "shot", "opioid", "naltrexone", "knee"] {
        assert!(!link.contains(word), "'{word}' can be read in {link}");
    }
    assert_eq!(read_qr(&a).await, link, "the QR code holds the whole link");
    println!(
        "share link for {n} questions (5 of the person's own, one note): {} characters",
        link.len()
    );
    a.axe("share link and QR code").await;
    a.assert_clean("share link").await;
    a.close().await;

    // A fresh profile: nothing stored until the person confirms.
    let b = Browser::start().await;
    b.driver.goto(&link).await.unwrap();
    b.wait_text("Can my sister come?").await;
    b.wait_text("Will the shot stop my pain pills from working? I have a bad knee.")
        .await;
    b.wait_text("How long should I wait after my last opioid use")
        .await;
    b.wait_text("Yes <b>if</b> she wants.").await;
    b.wait_text("Naltrexone shot").await;
    assert!(b.storage().await.is_empty(), "a preview stores nothing");
    b.axe("shared list preview").await;
    b.click("#shared-add").await;
    b.wait_text(&format!("Add {n} questions to the list on this device?"))
        .await;
    b.axe("shared list confirm").await;
    b.click("#shared-no").await;
    assert!(b.storage().await.is_empty(), "no means nothing changes");
    b.click("#shared-add").await;
    b.click("#shared-yes").await;
    b.wait_text(&format!("Added {n} questions to your list."))
        .await;
    let saved = state_of(&b.storage().await);
    let items = saved["state"]["visit"]["questions"]["items"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(items.len(), n, "{items:?}");
    assert_eq!(items[0]["text"], json!("Can my sister come?"));
    assert_eq!(items[0]["asked"], json!(true));
    b.click("#go-visit").await;
    b.wait_text("What if I miss a shot? Can I get it a few days late?")
        .await;
    b.assert_clean("shared list added").await;

    // A link made by an earlier version of the guide still opens.
    b.driver
        .goto(format!(
            "{}/#/share/1.q1t!Can_I_get_naloxone%3F!Yes%2C_at_the_pharmacy.*onaltrexone-shot",
            app_origin()
        ))
        .await
        .unwrap();
    b.wait_text("Can I get naloxone?").await;
    b.wait_text("Yes, at the pharmacy.").await;

    // Tampered, future and oversized links: a clear message, nothing changed. The last is a
    // quarter of a megabyte that would inflate to 200 MB: the guide stops past the longest list.
    let bomb = {
        use std::io::Write;
        let mut deflate =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        let megabyte = vec![b'q'; 1 << 20];
        for _ in 0..200 {
            deflate.write_all(&megabyte).unwrap();
        }
        recovery_options::domain::share::link_data(&deflate.finish().unwrap())
    };
    let before = b.storage().await;
    for (data, message) in [
        ("1.q0t!%ZZ", "damaged or not complete"),
        ("1.q0t!Hi*zzz", "damaged or not complete"),
        ("2.q0t!Hi", "damaged or not complete"),
        ("2.AAAA", "damaged or not complete"),
        (&data[..data.len() - 8], "damaged or not complete"),
        ("9.q0t!Hi", "newer version of the guide"),
        (
            &format!("1.{}", "q0t!A*".repeat(300)),
            "too long to be one of ours",
        ),
        (&bomb, "too long to be one of ours"),
    ] {
        b.navigate(&format!("{}/#/share/{data}", app_origin()))
            .await;
        let started = std::time::Instant::now();
        b.wait_text(message).await;
        if data.len() > 100_000 {
            println!(
                "a {}-character link that would inflate to 200 MB: refused in {:?}",
                data.len(),
                started.elapsed()
            );
        }
        b.axe(&format!("share link {data:.12}")).await;
    }
    assert_eq!(b.storage().await, before);
    b.assert_clean("bad links").await;
    b.close().await;
}

/// A list too long for a QR code still gets its whole link, and the QR code of a shorter list
/// that the screen says what it leaves out.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_list_too_long_for_a_qr_code_offers_a_shorter_one_and_says_what_it_leaves_out() {
    let a = Browser::start().await;
    let mut state = long_state();
    let items: Vec<Value> = (1..=12)
        .map(|i| {
            json!({ "id": format!("c:{i}"), "text": format!("Question {i}: how does this medicine fit my week?"),
                    "asked": i % 2 == 0, "note": varied_words(i, 60), "kept": true })
        })
        .collect();
    state["visit"]["questions"]["items"] = json!(items);
    with_state(&a, state).await;
    a.open("/#/my-visit").await;
    let n = list(&a).await.len();
    a.click("#make-link").await;
    let link = made_link(&a).await;
    a.wait_text("Your whole list is too long for a QR code, but the link above holds all of it. A QR code can hold a shorter list that leaves out your notes and which questions you asked.").await;
    assert_eq!(
        a.js("return [...document.querySelectorAll('svg.qr')].filter(s => s.checkVisibility()).length")
            .await,
        json!(0),
        "no code until the person asks for the shorter one"
    );
    a.axe("share link too long for a QR code").await;
    a.click(".qr-shorter > summary").await;
    a.wait_for(".qr-shorter svg.qr").await;
    let short = read_qr(&a).await;
    assert!(short.len() < link.len(), "{} {}", short.len(), link.len());
    println!(
        "{n} questions with 12 notes: link {} characters, shorter list's QR code {}",
        link.len(),
        short.len()
    );
    a.axe("the shorter list's QR code").await;
    a.assert_clean("shorter QR code").await;
    a.close().await;

    // The whole link holds the notes; the shorter one every question without them.
    let b = Browser::start().await;
    b.driver.goto(&link).await.unwrap();
    b.wait_text(&varied_words(5, 60)).await;
    b.navigate(&short).await;
    b.wait_text("Question 12: how does this medicine fit my week?")
        .await;
    let shown = b.body_text().await;
    assert!(!shown.contains(&varied_words(5, 60)), "no notes: {shown}");
    b.click("#shared-add").await;
    b.wait_text(&format!("Add {n} questions to the list on this device?"))
        .await;
    b.assert_clean("shorter list opened").await;

    // A long list without notes: the shorter list leaves out only the person's own questions,
    // and says nothing of notes.
    let mut state = long_state();
    let items: Vec<Value> = (1..=30)
        .map(|i| json!({ "id": format!("c:{i}"), "text": varied_words(500 + i, 12), "kept": true }))
        .collect();
    state["visit"]["questions"]["items"] = json!(items);
    with_state(&b, state).await;
    b.open("/#/my-visit").await;
    b.click("#make-link").await;
    b.wait_text(
        "A QR code can hold a shorter list that leaves out 30 questions in your own words.",
    )
    .await;

    // The longest list the guide allows: 100 questions of the person's own, each with a long
    // note, and the guide's suggestions. Its link, made and opened by the browser, holds all of
    // it (a list on another device takes up to 100).
    let mut state = long_state();
    let items: Vec<Value> = (1..=100)
        .map(|i| {
            let text = format!("Question {i}: {}", varied_words(1000 + i, 60));
            json!({ "id": format!("c:{i}"), "text": text.chars().take(300).collect::<String>(),
                    "asked": i % 2 == 0, "note": varied_words(i, 300).chars().take(2000).collect::<String>(), "kept": true })
        })
        .collect();
    state["visit"]["questions"]["items"] = json!(items);
    with_state(&b, state).await;
    b.open("/#/my-visit").await;
    // The guide's suggestions for this person come on top of the person's 100.
    let n = list(&b).await.len();
    assert!(n > 100, "{n}");
    b.click("#make-link").await;
    let longest = made_link(&b).await;
    b.wait_text("and 100 questions in your own words").await;
    println!(
        "{n} questions, 100 of the person's own with a note each: link {} characters",
        longest.len()
    );
    let c = Browser::start().await;
    c.driver.goto(&longest).await.unwrap();
    c.wait_text("Question 100: ").await;
    c.wait_text(
        &varied_words(100, 300)
            .chars()
            .take(2000)
            .collect::<String>(),
    )
    .await;
    c.click("#shared-add").await;
    c.wait_text("Add 100 questions to the list on this device?")
        .await;
    c.assert_clean("the longest list opened").await;
    c.close().await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn my_visit_reflows_on_a_320_pixel_phone_and_at_200_percent() {
    use crate::harness::Options;
    let b = Browser::start_with(Options {
        width: 320,
        height: 700,
        ..Options::default()
    })
    .await;
    let mut state = long_state();
    // The whole list gets a link (and its QR code fits the phone).
    with_state(&b, state.clone()).await;
    b.open("/#/my-visit").await;
    b.click("#make-link").await;
    b.wait_for("#share-link").await;
    b.assert_no_sideways_scrolling("my visit on a phone, 20 questions")
        .await;
    state["visit"]["questions"]["items"] = json!([
        { "id": "c:1", "text": "Averyveryverylongwordwithoutanyspacesthatmustwraponasmallphonescreenwithoutscrolling?", "kept": true },
        { "id": "c:2", "text": "What if I miss a shot?", "kept": true }
    ]);
    with_state(&b, state).await;
    b.open("/#/my-visit").await;
    b.click("#edit-button-c-1").await;
    b.click("#make-link").await;
    b.wait_for("svg.qr").await;
    b.assert_no_sideways_scrolling("my visit on a phone").await;
    let qr_width = b
        .js("return document.querySelector('svg.qr').getBoundingClientRect().width")
        .await;
    assert!(
        qr_width.as_f64().unwrap() >= 250.0,
        "the QR code fills the phone's width: {qr_width}"
    );
    b.axe("my visit on a phone, editing, with a share link")
        .await;
    b.js("window.scrollTo(0, 0); return true").await;
    let top = b.driver.screenshot_as_png().await.unwrap();
    fs::write(std::env::temp_dir().join("ro-my-visit-phone-top.png"), top).unwrap();
    b.js("document.getElementById('share-link').scrollIntoView(); return true")
        .await;
    let screenshot = b.driver.screenshot_as_png().await.unwrap();
    fs::write(
        std::env::temp_dir().join("ro-my-visit-phone.png"),
        screenshot,
    )
    .unwrap();
    b.js("document.documentElement.style.fontSize = '200%'; return true")
        .await;
    b.assert_no_sideways_scrolling("my visit on a phone at 200%")
        .await;
    b.assert_clean("my visit on a phone").await;
    b.close().await;
}

/// Prints the page on Letter and A4 (each PDF kept as `ro-<name>-<paper>.pdf` in the temp
/// folder): the number of pages of each.
pub async fn printed_pages(b: &Browser, name: &str) -> Vec<usize> {
    let mut counts = Vec::new();
    for (paper, width, height) in [("Letter", 21.59, 27.94), ("A4", 21.0, 29.7)] {
        let pdf = b
            .driver
            .print_page(PrintParameters {
                page: PrintPage { width, height },
                background: true,
                ..Default::default()
            })
            .await
            .unwrap();
        fs::write(
            std::env::temp_dir().join(format!("ro-{name}-{paper}.pdf")),
            &pdf,
        )
        .unwrap();
        counts.push(pages(&pdf));
    }
    counts
}

/// A person reading in Spanish prints their summary with an English copy for the care team:
/// every part in English, suggested questions in the guide's English words, their own words as
/// typed and marked so; the copy starts on a new page, and each language's part fits on two
/// pages at most with 20 questions, on Letter and A4. Only then are the English words fetched.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_spanish_summary_prints_with_an_english_copy_for_the_care_team() {
    use recovery_options::content::{in_lang, texts};
    let question = |lang: &str| {
        in_lang(lang, || {
            let flag = texts().flags.iter().find(|f| f.id == "opioids-recent");
            flag.unwrap().question.to_string()
        })
    };
    let b = Browser::start().await;
    with_state(&b, long_state()).await;
    b.open("/?lang=es#/my-visit").await;
    b.wait_text("Question 5:").await;
    assert_eq!(list(&b).await.len(), 20);
    let spanish_only = printed_pages(&b, "summary-es").await;
    b.requested_urls().await;
    b.click("label[for='english-copy']").await;
    let copy = b.wait_for(".visit-summary--copy").await;
    let fetched = b.requested_urls().await;
    assert!(
        fetched.iter().any(|u| u.contains("/texts-en-")),
        "{fetched:?}"
    );
    assert_eq!(copy.attr("lang").await.unwrap().as_deref(), Some("en"));
    let words = copy.text().await.unwrap();
    for must in [
        "My visit summary",
        question("en").as_str(),
        "Naltrexone shot",
        "Answer:",
    ] {
        assert!(words.contains(must), "the copy has {must:?}: {words}");
    }
    assert!(!words.contains(&question("es")), "{words}");
    let own = b
        .js("return [...document.querySelectorAll('.visit-summary--copy li')].filter(li => /own words/.test(li.textContent) && /^Question \\d/.test(li.textContent)).length")
        .await;
    assert_eq!(
        own,
        json!(5),
        "the person's five questions, as typed and marked"
    );
    let mine = b.wait_for(".visit-summary:not(.visit-summary--copy)").await;
    assert!(mine.text().await.unwrap().contains(&question("es")));
    b.axe("my visit with the English copy").await;

    let both = printed_pages(&b, "summary-es-en").await;
    println!("summary in Spanish, Letter and A4: {spanish_only:?} page(s); with the English copy: {both:?}");
    for (alone, with_copy) in spanish_only.iter().zip(&both) {
        assert!((1..=2).contains(alone), "the Spanish part: {alone} pages");
        // The copy starts on a page of its own, so its pages are the difference.
        let copy_pages = with_copy - alone;
        assert!(
            (1..=2).contains(&copy_pages),
            "the English part: {copy_pages} pages"
        );
    }
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    assert_eq!(
        b.js("return getComputedStyle(document.querySelector('.visit-summary--copy')).breakBefore")
            .await,
        json!("page")
    );
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }))
        .await;
    b.assert_clean("the English copy").await;
    b.close().await;
}
