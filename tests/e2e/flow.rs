//! Four people walk through the whole decision aid in a real browser: About you, What matters,
//! Compare, Things to raise and Check. Each sees their own flags and options, and axe checks
//! every screen state they pass.

use serde_json::{json, Value};

use crate::harness::Browser;

/// Picks an answer by clicking its label, as a person would.
async fn answer(b: &Browser, question: &str, value: &str) {
    b.click(&format!("label[for='{question}-{value}']")).await;
}

async fn flags_shown(b: &Browser) -> Vec<String> {
    let v = b
        .js("return [...document.querySelectorAll('[data-flag]')].map(e => e.dataset.flag)")
        .await;
    serde_json::from_value(v).unwrap()
}

async fn options_shown(b: &Browser) -> Vec<String> {
    let v = b
        .js("return [...document.querySelectorAll('[data-option]')].map(e => e.dataset.option)")
        .await;
    serde_json::from_value(v).unwrap()
}

/// For a factor on the Compare screen's lineup: which options are in each fit group.
async fn lineup(b: &Browser, factor: &str) -> Value {
    b.js(&format!(
        "const f = document.querySelector('.lineup [data-factor=\"{factor}\"]');
         if (!f) return null;
         const out = {{}};
         f.querySelectorAll('[data-fit]').forEach(li => out[li.dataset.fit] = li.textContent);
         return out;"
    ))
    .await
}

/// For a factor on the lineup: the substance of each grid shown, in order ("any" when the fit
/// is the same for both), and the words labelling them.
async fn grids(b: &Browser, factor: &str) -> Value {
    b.js(&format!(
        "const f = document.querySelector('.lineup [data-factor=\"{factor}\"]');
         return {{ grids: [...f.querySelectorAll('[data-grid]')].map(g => g.dataset.grid),
                  labels: [...f.querySelectorAll(':scope > .lineup__for')].map(p => p.textContent) }};"
    ))
    .await
}

/// The options in one fit group of one grid of a factor.
async fn grid_group(b: &Browser, factor: &str, grid: &str, fit: &str) -> String {
    b.js(&format!(
        "const g = document.querySelector('.lineup [data-factor=\"{factor}\"] [data-grid=\"{grid}\"] [data-fit=\"{fit}\"]');
         return g ? g.textContent : '';"
    ))
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

/// The main risk on the strip of counseling without medicine, as shown.
async fn counseling_main_risk(b: &Browser) -> String {
    b.js("return document.querySelectorAll('[data-option=\"no-medicine\"] .glance dd')[3].textContent")
        .await
        .as_str()
        .unwrap()
        .to_string()
}

async fn visit(b: &Browser, route: &str, state: &str) {
    b.open(&format!("/#/{route}")).await;
    b.axe(&format!("{route}: {state}")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn alcohol_cutting_down_who_hates_needles() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    // Before choosing a substance, no alcohol or opioid questions are asked.
    assert_eq!(
        b.js("return !!document.getElementById('q-heavy_drinking')")
            .await,
        json!(false)
    );
    assert_eq!(
        b.js("return !!document.getElementById('q-last_opioid_use')")
            .await,
        json!(false)
    );
    answer(&b, "substance", "alcohol").await;
    answer(&b, "goal", "cut-down").await;
    answer(&b, "drinking_days", "few-days-a-week").await;
    answer(&b, "heavy_drinking", "no").await;
    answer(&b, "withdrawal_seizures", "no").await;
    assert_eq!(
        b.js("return !!document.getElementById('q-last_opioid_use')")
            .await,
        json!(false),
        "opioid questions stay hidden"
    );
    b.axe("about you, alcohol").await;

    b.open("/#/what-matters").await;
    answer(&b, "value-no-needles", "very").await;
    answer(&b, "value-works-well", "somewhat").await;
    b.axe("what matters, rated").await;
    // No opioid values for a person who asked about alcohol alone.
    let factors = b.js("return [...document.querySelectorAll('.factor[data-factor]')].map(e => e.dataset.factor)").await;
    let factors: Vec<String> = serde_json::from_value(factors).unwrap();
    assert!(
        !factors.contains(&"overdose-protection".to_string())
            && !factors.contains(&"not-an-opioid".to_string()),
        "{factors:?}"
    );
    b.wait_text(&format!("You rated 2 of {}.", factors.len()))
        .await;

    visit(&b, "compare", "alcohol").await;
    let shown = options_shown(&b).await;
    assert_eq!(
        shown,
        [
            "oral-naltrexone",
            "naltrexone-shot",
            "acamprosate",
            "disulfiram",
            "topiramate",
            "gabapentin",
            "no-medicine"
        ]
    );
    let needles = lineup(&b, "no-needles").await;
    assert!(
        needles["no-fit"]
            .as_str()
            .unwrap()
            .contains("Naltrexone shot"),
        "{needles}"
    );
    assert!(
        needles["fits"]
            .as_str()
            .unwrap()
            .contains("Naltrexone pill"),
        "{needles}"
    );
    // Summary first: the lineup comes before the options.
    let lineup_first = b.js("return !!(document.querySelector('.lineup').compareDocumentPosition(document.querySelector('.option-card')) & Node.DOCUMENT_POSITION_FOLLOWING)").await;
    assert_eq!(lineup_first, json!(true));
    // His goal first (a lens, not rated), then very important before somewhat important.
    let order = b.js("return [...document.querySelectorAll('.lineup [data-factor]')].map(e => e.dataset.factor)").await;
    assert_eq!(order, json!(["cut-down", "no-needles", "works-well"]));
    // The reasons of every factor are one tap away, in one disclosure after the lineup (so that
    // the lineup stays short on a phone), in the lineup's order.
    let reasons = b
        .js(
            "const d = document.querySelector('.lineup > details.lineup__why');
             return [[...d.querySelectorAll('.lineup__why-factor')].map(p => p.textContent),
                     d.textContent.includes('Meant for people who have stopped drinking'),
                     document.querySelectorAll('.lineup details').length]",
        )
        .await;
    assert_eq!(
        reasons,
        json!([
            [
                "Suits cutting down, not only stopping",
                "No needles",
                "How well it works in studies"
            ],
            true,
            1
        ])
    );
    let goal = lineup(&b, "cut-down").await;
    assert!(
        goal["fits"].as_str().unwrap().contains("Naltrexone pill")
            && goal["no-fit"].as_str().unwrap().contains("Acamprosate")
            && goal["no-fit"].as_str().unwrap().contains("Disulfiram"),
        "{goal}"
    );
    // How well an option works is judged for alcohol alone: the options shown are for alcohol,
    // so the grid needs no label.
    assert_eq!(
        grids(&b, "works-well").await,
        json!({ "grids": ["alcohol"], "labels": [] })
    );
    assert!(grid_group(&b, "works-well", "alcohol", "fits")
        .await
        .contains("Naltrexone pill"));
    assert_eq!(
        grids(&b, "no-needles").await,
        json!({ "grids": ["any"], "labels": [] })
    );
    // Every option card has the same rows.
    let rows = b.js("return [...document.querySelectorAll('[data-option]')].map(c => [...c.querySelectorAll('[data-row]')].map(r => r.dataset.row).join(','))").await;
    let rows: Vec<String> = serde_json::from_value(rows).unwrap();
    assert!(
        rows.iter().all(|r| r == &rows[0]) && rows[0].split(',').count() == 10,
        "{rows:?}"
    );
    // Counseling's main risk is the one for alcohol: nothing about opioids, which he does not use.
    let risk = counseling_main_risk(&b).await;
    assert!(
        risk.contains("heavy drinking") && !risk.contains("opioid"),
        "{risk}"
    );
    // Off-label options are marked as such, and every outcome says how sure it is.
    assert!(b.body_text().await.contains("Topiramate (off-label)"));
    let unsure = b.js("return [...document.querySelectorAll('.outcome')].filter(o => !o.querySelector('.outcome__certainty')).length").await;
    assert_eq!(unsure, json!(0));
    let arrays = b
        .js("return document.querySelectorAll('.outcome svg[role=img][aria-label]').length")
        .await;
    assert!(arrays.as_i64().unwrap() >= 5, "icon arrays drawn: {arrays}");

    // Show all, then pick two side by side.
    b.click("#toggle-all").await;
    b.wait_text("Showing every option.").await;
    assert_eq!(options_shown(&b).await.len(), 10);
    b.open_picker().await;
    b.click("label[for='pick-oral-naltrexone']").await;
    b.click("label[for='pick-acamprosate']").await;
    // Every row names each option under it, in the order picked.
    let names = b.js("return [...document.querySelectorAll('.side-by-side__row')].map(r => [...r.querySelectorAll('.side-by-side__name')].map(n => n.textContent).join(','))").await;
    let names: Vec<String> = serde_json::from_value(names).unwrap();
    assert_eq!(
        names.len(),
        12,
        "10 rows, good points and downsides: {names:?}"
    );
    assert!(
        names.iter().all(|n| n == "Naltrexone pill,Acamprosate"),
        "{names:?}"
    );
    b.axe("compare, all shown, two picked").await;

    // Cutting down: the disulfiram point still comes up (any drink on it causes the
    // reaction), and so does his goal, option by option.
    visit(&b, "things-to-raise", "cutting down").await;
    assert_eq!(flags_shown(&b).await, ["disulfiram-reaction"]);
    let lens = b.js("return document.querySelector('.raise__lens [data-factor=\"cut-down\"] [data-fit=\"no-fit\"]').textContent").await;
    assert!(lens.as_str().unwrap().contains("Acamprosate"), "{lens}");
    // The facts to check are about alcohol, not about an opioid wait.
    visit(&b, "check", "alcohol facts").await;
    let quiz = b
        .js("return [...document.querySelectorAll('[data-quiz]')].map(e => e.dataset.quiz)")
        .await;
    let quiz: Vec<String> = serde_json::from_value(quiz).unwrap();
    assert!(
        quiz.contains(&"withdrawal".to_string()) && !quiz.contains(&"wait".to_string()),
        "{quiz:?}"
    );
    // The links to read more leave out the opioid-free wait, and the shot reminders offer only
    // the shot used for alcohol.
    let reads = b.js("return [...document.querySelectorAll('.read-more a')].map(a => a.getAttribute('href'))").await;
    assert!(
        !reads.to_string().contains("starting-safely")
            && reads.to_string().contains("staying-on-track"),
        "{reads}"
    );
    b.open("/#/my-visit").await;
    let shots = b
        .js("return [...document.querySelectorAll('#shot-kind option')].map(o => o.value)")
        .await;
    assert_eq!(shots, json!(["naltrexone"]));
    b.assert_clean("person 1").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn opioids_two_days_ago_wanting_the_monthly_shot() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    answer(&b, "substance", "opioids").await;
    answer(&b, "goal", "stop").await;
    answer(&b, "last_opioid_use", "this-week").await;
    answer(&b, "opioid_kind", "short-acting").await;
    answer(&b, "treatment", "none").await;
    b.axe("about you, opioids").await;

    b.open("/#/what-matters").await;
    answer(&b, "value-not-daily", "very").await;
    answer(&b, "value-works-well", "very").await;

    visit(&b, "compare", "opioids").await;
    let shown = options_shown(&b).await;
    assert_eq!(
        shown,
        [
            "oral-naltrexone",
            "naltrexone-shot",
            "buprenorphine-daily",
            "buprenorphine-shot",
            "methadone",
            "no-medicine"
        ]
    );
    // Brand names where options are listed: someone who knows only "Vivitrol" finds it.
    assert_eq!(
        b.js("return document.querySelector('label[for=\"pick-naltrexone-shot\"]').textContent")
            .await,
        json!("Naltrexone shot (Vivitrol)")
    );
    let shot = b.js("return document.querySelector('[data-option=\"naltrexone-shot\"] [data-row=\"when_start\"]').textContent").await;
    assert!(shot.as_str().unwrap().contains("7 to 10 days"), "{shot}");
    // Her safety point is on the card of the option it concerns, in her terms, and not on
    // methadone's.
    let note = b.js("const n = document.querySelector('[data-option=\"naltrexone-shot\"] .safety-notes [data-flag=\"opioids-recent\"]'); return n ? n.textContent : ''").await;
    let note = note.as_str().unwrap();
    assert!(
        note.contains("7 to 10 days")
            && note.contains("You said:")
            && note.contains("2 to 6 days ago"),
        "{note}"
    );
    assert_eq!(
        b.js("return document.querySelectorAll('[data-option=\"methadone\"] .safety-notes [data-flag=\"opioids-recent\"]').length")
            .await,
        json!(0)
    );
    // At the top, before she scrolls: which options her safety points concern.
    let summary = b
        .js("return document.querySelector('.safety-notes--summary').textContent")
        .await;
    assert!(
        summary
            .as_str()
            .unwrap()
            .contains("Naltrexone shot (Vivitrol)"),
        "{summary}"
    );
    // At a glance, before anything is opened: her wait and her note are on the shot's strip,
    // outside its closed details.
    let strip = b.js("const c = document.querySelector('[data-option=\"naltrexone-shot\"]'); return [c.querySelector('.glance').innerText, c.querySelector('details').open, !!c.querySelector('.safety-notes').closest('details')]").await;
    assert!(
        strip[0].as_str().unwrap().contains("When you can start:")
            && strip[0].as_str().unwrap().contains("7 to 10 days"),
        "{strip}"
    );
    assert_eq!((&strip[1], &strip[2]), (&json!(false), &json!(false)));
    // Every option has the same parts at a glance, in the same order (equal space).
    let parts = b.js("return [...document.querySelectorAll('[data-option]')].map(c => [...c.querySelectorAll('.glance dt')].map(d => d.textContent).join('|'))").await;
    let parts: Vec<String> = serde_json::from_value(parts).unwrap();
    assert!(
        parts.iter().all(|p| p == &parts[0]) && parts[0].split('|').count() == 5,
        "{parts:?}"
    );
    let outcomes = b.js("return [...document.querySelectorAll('[data-option=\"naltrexone-shot\"] .outcome')].map(o => o.dataset.substance)").await;
    assert!(
        outcomes.as_array().unwrap().iter().all(|s| s == "opioids"),
        "only opioid outcomes: {outcomes}"
    );
    let not_daily = lineup(&b, "not-daily").await;
    assert!(
        not_daily["fits"]
            .as_str()
            .unwrap()
            .contains("Naltrexone shot"),
        "{not_daily}"
    );
    // For opioids, the pill and counseling alone do not fit "works well"; methadone does.
    assert_eq!(
        grids(&b, "works-well").await,
        json!({ "grids": ["opioids"], "labels": [] })
    );
    let no_fit = grid_group(&b, "works-well", "opioids", "no-fit").await;
    assert!(
        no_fit.contains("Naltrexone pill") && no_fit.contains("Counseling"),
        "{no_fit}"
    );
    assert!(grid_group(&b, "works-well", "opioids", "fits")
        .await
        .contains("Methadone"));
    // Counseling's main risk is the one for opioids, not the one for drinking.
    let risk = counseling_main_risk(&b).await;
    assert!(
        risk.contains("overdose") && !risk.contains("drinking"),
        "{risk}"
    );
    // Counseling without medicine is marked as used with medicine, not as recommended alone.
    let uses = b.js("return document.querySelector('[data-option=\"no-medicine\"] .option-card__uses').textContent").await;
    assert!(
        uses.as_str()
            .unwrap()
            .contains("Used together with medicine"),
        "{uses}"
    );

    visit(&b, "things-to-raise", "opioid flags").await;
    assert_eq!(
        flags_shown(&b).await,
        ["overdose-after-stopping", "opioids-recent"]
    );
    // The wait for the kind of opioid the person uses.
    let note = b.js("return document.querySelector('[data-flag=\"opioids-recent\"] .flag__note').textContent").await;
    assert!(note.as_str().unwrap().contains("7 to 10 days"), "{note}");
    let question = b.js("return document.querySelector('[data-flag=\"opioids-recent\"] .flag__question').textContent").await;
    assert!(question
        .as_str()
        .unwrap()
        .contains("How long should I wait"));

    b.open("/#/check").await;
    answer(&b, "quiz-wait", "true").await;
    b.wait_text("Not quite.").await;
    b.wait_text("at least 7 to 10 days").await;
    for (item, value) in [
        ("sure", "no"),
        ("understand", "yes"),
        ("risk-benefit", "yes"),
        ("encouragement", "yes"),
    ] {
        answer(&b, &format!("sure-{item}"), value).await;
    }
    b.wait_text("Your SURE score: 3 out of 4.").await;
    b.wait_text("You may want more information or support before deciding")
        .await;
    b.wait_text("It is fine to take more time").await;
    answer(&b, "leaning", "naltrexone-shot").await;
    // Beside her choice: the wait before the first shot.
    let beside = b.js("const n = document.querySelector('[aria-labelledby=\"lean-heading\"] .safety-notes'); return n ? n.textContent : ''").await;
    assert!(
        beside.as_str().unwrap().contains("7 to 10 days"),
        "{beside}"
    );
    b.click("label[for='involve-clinician']").await;
    b.axe("check, answered").await;

    // The answers survive a reload and reproduce the same screens.
    b.driver.refresh().await.unwrap();
    b.wait_for_app().await;
    b.wait_text("Your SURE score: 3 out of 4.").await;
    assert_eq!(
        b.js("return document.getElementById('leaning-naltrexone-shot').checked")
            .await,
        json!(true)
    );
    // Back on Things to raise, the wait stands out as a point about the shot she leans toward,
    // with her own answer.
    visit(&b, "things-to-raise", "leaning toward the shot").await;
    let wait = b.js("const f = document.querySelector('[data-flag=\"opioids-recent\"]'); return [f.classList.contains('flag--yours'), f.textContent]").await;
    assert_eq!(wait[0], json!(true), "{wait}");
    let words = wait[1].as_str().unwrap();
    assert!(
        words.contains(
            "This matters for Naltrexone shot (Vivitrol), the option you are leaning toward."
        ) && words.contains("You said:"),
        "{words}"
    );
    let others = b
        .js("return document.querySelectorAll('[data-flag=\"crisis\"].flag--yours').length")
        .await;
    assert_eq!(others, json!(0));
    b.assert_clean("person 2").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_methadone_and_curious_about_naltrexone() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    answer(&b, "substance", "opioids").await;
    answer(&b, "treatment", "methadone").await;
    answer(&b, "last_opioid_use", "today").await;
    answer(&b, "opioid_kind", "long-acting").await;
    answer(&b, "sedatives", "yes").await;
    visit(&b, "things-to-raise", "on methadone").await;
    assert_eq!(
        flags_shown(&b).await,
        [
            "overdose-after-stopping",
            "sedatives",
            "opioids-recent",
            "on-agonist-treatment"
        ]
    );
    b.wait_text("Switching from methadone or buprenorphine needs a plan")
        .await;
    b.wait_text("2 weeks, or longer").await;
    visit(&b, "compare", "on methadone").await;
    assert!(options_shown(&b).await.contains(&"methadone".to_string()));
    // Changing an answer updates the flags at once.
    b.open("/#/about-you").await;
    answer(&b, "treatment", "none").await;
    answer(&b, "last_opioid_use", "over-two-weeks").await;
    b.open("/#/things-to-raise").await;
    assert_eq!(
        flags_shown(&b).await,
        ["overdose-after-stopping", "sedatives"]
    );
    b.assert_clean("person 3").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pregnant_and_using_opioids() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    answer(&b, "substance", "opioids").await;
    answer(&b, "last_opioid_use", "today").await;
    answer(&b, "pregnancy", "pregnant").await;
    answer(&b, "pain_medicine", "not-sure").await;
    b.open("/#/what-matters").await;
    answer(&b, "value-pregnancy", "very").await;
    visit(&b, "things-to-raise", "pregnant").await;
    assert_eq!(
        flags_shown(&b).await,
        [
            "overdose-after-stopping",
            "opioids-recent",
            "needs-opioid-pain-relief",
            "pregnancy"
        ]
    );
    b.wait_text("Stopping opioids suddenly, or going through detox, is not advised in pregnancy")
        .await;
    visit(&b, "compare", "pregnant").await;
    let methadone = b.js("return document.querySelector('[data-option=\"methadone\"] [data-row=\"pregnancy\"]').textContent").await;
    assert!(
        methadone.as_str().unwrap().contains("recommends"),
        "{methadone}"
    );
    let pregnancy = lineup(&b, "pregnancy").await;
    assert!(
        pregnancy["fits"].as_str().unwrap().contains("Methadone"),
        "{pregnancy}"
    );
    let no_fit = pregnancy["no-fit"].as_str().unwrap();
    assert!(
        no_fit.contains("Counseling") && !no_fit.contains("Topiramate"),
        "for opioids in pregnancy, counseling alone does not fit; topiramate is not shown: {no_fit}"
    );
    b.assert_clean("person 4").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thoughts_of_self_harm_show_help_at_once_and_come_first() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    answer(&b, "self_harm", "yes").await;
    let alert = b.wait_for(".crisis-help[role=alert]").await;
    assert!(alert.text().await.unwrap().contains("988"));
    assert_eq!(
        b.js("return document.querySelector('.crisis-help a').getAttribute('href')")
            .await,
        json!("tel:988")
    );
    b.axe("crisis help shown").await;
    b.open("/#/things-to-raise").await;
    assert_eq!(
        flags_shown(&b).await.first().map(String::as_str),
        Some("crisis")
    );
    b.wait_text("Your answers raise 1 point to talk about.")
        .await;
    // "Not sure" gets the same help at once, and the same point.
    b.open("/#/about-you").await;
    answer(&b, "self_harm", "not-sure").await;
    let alert = b.wait_for(".crisis-help[role=alert]").await;
    assert!(alert.text().await.unwrap().contains("988"));
    b.open("/#/things-to-raise").await;
    assert_eq!(
        flags_shown(&b).await.first().map(String::as_str),
        Some("crisis")
    );
    b.assert_clean("crisis").await;
    b.close().await;
}

/// A person who drinks heavily every day and uses opioids, and wants to cut down: the
/// withdrawal point rises (cutting down a lot can bring withdrawal too), the most urgent points
/// come first, and the lineup shows both substances' grids, labelled.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_substances_heavy_daily_drinking_cutting_down() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    answer(&b, "substance", "both").await;
    answer(&b, "goal", "cut-down").await;
    answer(&b, "drinking_days", "daily").await;
    answer(&b, "heavy_drinking", "yes").await;
    answer(&b, "last_opioid_use", "today").await;
    answer(&b, "opioid_kind", "fentanyl").await;
    b.axe("about you, both").await;
    b.open("/#/what-matters").await;
    answer(&b, "value-works-well", "very").await;
    answer(&b, "value-start-now", "somewhat").await;
    visit(&b, "things-to-raise", "both, cutting down").await;
    let shown = flags_shown(&b).await;
    assert_eq!(
        shown[..4],
        [
            "overdose-after-stopping",
            "alcohol-withdrawal",
            "sedatives",
            "opioids-recent"
        ],
        "{shown:?}"
    );
    b.wait_text("Stopping or cutting down a lot after heavy drinking")
        .await;
    b.wait_text("You said you use fentanyl").await;
    visit(&b, "compare", "both").await;
    assert_eq!(
        grids(&b, "works-well").await,
        json!({ "grids": ["alcohol", "opioids"], "labels": ["For alcohol", "For opioids"] })
    );
    assert!(grid_group(&b, "start-now", "alcohol", "fits")
        .await
        .contains("Naltrexone pill"));
    assert!(grid_group(&b, "start-now", "opioids", "no-fit")
        .await
        .contains("Naltrexone pill"));
    // Using both, she reads counseling's main risk for each.
    let risk = counseling_main_risk(&b).await;
    assert!(
        risk.contains("overdose") && risk.contains("heavy drinking"),
        "{risk}"
    );
    b.assert_clean("both").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_library_and_about_pages_are_sourced_and_dated() {
    let b = Browser::start().await;
    b.open("/#/library").await;
    let links = b.js("return [...document.querySelectorAll('.library-list a')].map(a => a.getAttribute('href'))").await;
    let links: Vec<String> = serde_json::from_value(links).unwrap();
    assert_eq!(links.len(), 10);
    for link in &links {
        b.open(&format!("/{link}")).await;
        b.wait_text("Last reviewed:").await;
        assert!(
            b.js("return document.querySelectorAll('.sources li').length")
                .await
                .as_i64()
                .unwrap()
                > 0,
            "{link}"
        );
        b.axe(link).await;
    }
    b.open("/#/about").await;
    b.wait_text("the hardest scores grade").await;
    let rows = b
        .js("return document.querySelectorAll('.ipdas tbody tr').length")
        .await;
    assert!(rows.as_i64().unwrap() >= 15);
    let not_yet = b
        .js("return document.querySelectorAll('.ipdas tr[data-status=not]').length")
        .await;
    assert!(
        not_yet.as_i64().unwrap() >= 1,
        "says honestly what is not met yet"
    );
    // Every source says its kind and opens as a link; the Vivitrol label's first link is the
    // label itself on DailyMed.
    let sources = b.js("return [...document.querySelectorAll('.source-list li')].map(li => [li.dataset.kind, li.querySelectorAll('a[href^=\"http\"]').length, li.querySelector('.source-list__kind').textContent])").await;
    let sources: Vec<(String, u64, String)> = serde_json::from_value(sources).unwrap();
    assert!(sources.len() > 80, "{}", sources.len());
    assert!(
        sources
            .iter()
            .all(|(kind, links, words)| !kind.is_empty() && *links > 0 && words.len() > 3),
        "{sources:?}"
    );
    // For clinics is a staff page: linked from About, not in the patient menu.
    assert_eq!(
        b.js("return [document.querySelectorAll('nav a[href=\"#/for-clinics\"]').length, document.querySelectorAll('main a[href=\"#/for-clinics\"]').length]")
            .await,
        json!([0, 1])
    );
    let vivitrol = b
        .js("return document.querySelector('#source-S22 a').getAttribute('href')")
        .await;
    assert!(
        vivitrol
            .as_str()
            .unwrap()
            .starts_with("https://dailymed.nlm.nih.gov/"),
        "{vivitrol}"
    );
    b.axe("about").await;
    b.assert_clean("library and about").await;
    b.close().await;
}

/// Presses Tab until the focused element has this id (at most 60 presses).
/// Presses a key, as a person at a keyboard would.
async fn press(b: &Browser, key: impl Into<thirtyfour::prelude::TypingData>) {
    b.driver
        .action_chain()
        .send_keys(key)
        .perform()
        .await
        .unwrap();
}

async fn tab_to(b: &Browser, css: &str) {
    for _ in 0..60 {
        if b.js(&format!(
            "return !!document.activeElement && document.activeElement.matches({})",
            json!(css)
        ))
        .await
            == json!(true)
        {
            return;
        }
        press(b, thirtyfour::Key::Tab).await;
    }
    panic!("Tab never reached {css}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_keyboard_alone_answers_questions_and_picks_options() {
    let b = Browser::start().await;
    b.open("/#/about-you").await;
    // Tab to the first answer, choose it with Space, move to the next with an arrow key.
    tab_to(&b, "#substance-alcohol").await;
    press(&b, " ").await;
    assert!(
        b.js("return document.getElementById('substance-alcohol').checked")
            .await
            == json!(true)
    );
    // Choosing an answer adds questions; the focus must stay where the person is.
    assert_eq!(
        b.js("return document.activeElement.id").await,
        json!("substance-alcohol")
    );
    press(&b, thirtyfour::Key::Down).await;
    b.wait_for("#q-last_opioid_use").await;
    assert_eq!(
        b.js("return document.getElementById('substance-opioids').checked")
            .await,
        json!(true),
        "arrow keys move between answers"
    );
    // Open the options to pick with Enter, then pick one to compare with Space.
    b.open("/#/compare").await;
    tab_to(&b, "#pick-options > summary").await;
    press(&b, thirtyfour::Key::Enter).await;
    tab_to(&b, "#pick-methadone").await;
    press(&b, " ").await;
    b.wait_for(".side-by-side").await;
    // The focus is always visible.
    let outline = b
        .js("return getComputedStyle(document.activeElement).outlineStyle")
        .await;
    assert_ne!(outline, json!("none"), "focus outline shown");
    b.assert_clean("keyboard").await;
    b.close().await;
}

/// Compare on a small phone: summary first, a jump link that stays on the screen, and three
/// options side by side that stack under each row with their names, at normal and double text
/// size, without sideways scrolling.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compare_on_a_small_phone_stacks_three_options_side_by_side() {
    let b = Browser::phone(320).await;
    b.open("/#/about-you").await;
    answer(&b, "substance", "opioids").await;
    b.open("/#/compare").await;
    // Before anything is opened, every option's details are closed.
    let open = b
        .js("return [...document.querySelectorAll('.option-card details[open]')].length")
        .await;
    assert_eq!(open, json!(0));
    // A jump link moves to its part of the screen without leaving it.
    b.click(".jump-links a[href='#side-by-side']").await;
    let (hash, focused) = (
        b.js("return location.hash").await,
        b.js("return document.activeElement.id").await,
    );
    assert_eq!((hash, focused), (json!("#/compare"), json!("side-by-side")));
    for option in ["methadone", "buprenorphine-daily", "naltrexone-shot"] {
        b.click(&format!("label[for='pick-{option}']")).await;
    }
    let names = b.js("return [...document.querySelectorAll('.side-by-side__row')].map(r => [...r.querySelectorAll('.side-by-side__name')].map(n => n.textContent).join(','))").await;
    let names: Vec<String> = serde_json::from_value(names).unwrap();
    assert_eq!(names.len(), 12, "{names:?}");
    assert!(
        names.iter().all(|n| n
            == "Methadone (Methadose),Buprenorphine film or tablet (Suboxone, Subutex),Naltrexone shot (Vivitrol)"),
        "{names:?}"
    );
    b.assert_no_sideways_scrolling("compare at 320 px, three side by side")
        .await;
    b.axe("compare at 320 px, three side by side").await;
    b.js("document.documentElement.style.fontSize = '200%'; return true")
        .await;
    b.assert_no_sideways_scrolling("compare at 320 px and 200%, three side by side")
        .await;
    b.assert_nothing_spills("compare at 320 px and 200%, three side by side")
        .await;
    // Unpicking every option leaves the choices where they were, under the person's finger;
    // coming back to Compare with options picked shows them open.
    b.js("document.documentElement.style.fontSize = ''; return true")
        .await;
    for option in ["methadone", "buprenorphine-daily", "naltrexone-shot"] {
        b.click(&format!("label[for='pick-{option}']")).await;
    }
    let fold = "return [document.querySelector('#pick-options').open, document.querySelectorAll('.side-by-side').length]";
    assert_eq!(b.js(fold).await, json!([true, 0]));
    b.click("label[for='pick-methadone']").await;
    b.open("/#/check").await;
    b.open("/#/compare").await;
    b.wait_for(".side-by-side").await;
    assert_eq!(b.js(fold).await, json!([true, 1]));
    b.assert_clean("compare on a small phone").await;
    b.close().await;
}

/// The fast path: from Welcome, one tap to everything about one medicine, and steps with their
/// names and a way back on every step of the guide.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn welcome_leads_to_one_option_and_every_step_leads_back() {
    let b = Browser::phone(412).await;
    b.open("/#/").await;
    b.click(".welcome__options a[href='#/options/naltrexone-shot']")
        .await;
    // Welcome's own link has the same words: the new screen's heading is waited for.
    b.wait_js(
        "return document.getElementById('page-title').textContent",
        json!("Naltrexone shot (Vivitrol)"),
    )
    .await;
    let page = b.js("return [location.hash, document.getElementById('page-title').textContent, document.title, document.querySelector('.option-card details').open, document.querySelector('[data-row=\"when_start\"]').innerText]").await;
    assert_eq!(page[0], json!("#/options/naltrexone-shot"));
    assert_eq!(page[1], json!("Naltrexone shot (Vivitrol)"));
    assert!(
        page[2]
            .as_str()
            .unwrap()
            .starts_with("Naltrexone shot (Vivitrol)"),
        "{page}"
    );
    assert_eq!(page[3], json!(true), "details open on its own screen");
    assert!(page[4].as_str().unwrap().contains("7 to 10 days"), "{page}");
    b.axe("one option").await;
    b.open("/#/options/not-a-medicine").await;
    b.wait_text("can't find").await;

    let steps = [
        ("about-you", "Step 1 of 6", "Back: Welcome"),
        ("what-matters", "Step 2 of 6", "Back: About you"),
        ("compare", "Step 3 of 6", "Back: What matters to me"),
        ("things-to-raise", "Step 4 of 6", "Back: Compare"),
        ("check", "Step 5 of 6", "Back: Things to raise"),
        ("my-visit", "Step 6 of 6", "Back: Check"),
    ];
    for (route, count, back) in steps {
        b.open(&format!("/#/{route}")).await;
        let seen = b.js("return [document.querySelector('.step-count').textContent, document.querySelector('.next-step__back').textContent]").await;
        assert_eq!(seen, json!([count, back]), "{route}");
    }
    // Back from My visit goes to Check; the last step has no next.
    assert_eq!(
        b.js("return document.querySelectorAll('.next-step .button').length")
            .await,
        json!(0)
    );
    b.click(".next-step__back").await;
    b.wait_text("Step 5 of 6").await;
    assert_eq!(b.js("return location.hash").await, json!("#/check"));
    // Screens outside the steps have no step count.
    b.open("/#/library").await;
    assert_eq!(
        b.js("return document.querySelectorAll('.step-count').length")
            .await,
        json!(0)
    );
    b.assert_clean("fast path and steps").await;
    b.close().await;
}
