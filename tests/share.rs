//! Share links: a round trip keeps everything, every list the guide allows gets a link, old
//! version 1 links still open, and no input, however damaged or hostile, makes the reader
//! panic (property tests, 10,000 cases each under `.ci/dev test`).
//!
//! The browser compresses with raw DEFLATE (`CompressionStream("deflate-raw")`, zlib's default
//! level in Chromium); here flate2 does the same, so that the format around it is tested
//! natively. The end-to-end share test runs the browser's own.
#![cfg(not(target_arch = "wasm32"))]

use std::io::{Read, Write};

use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use flate2::Compression;
use proptest::prelude::*;
use recovery_options::domain::qr::MAX_BYTES;
use recovery_options::domain::share::{
    from_records, link_data, read, records, Link, ShareError, Shared, SharedQuestion, MAX_DATA,
    MAX_PLAIN, MAX_QUESTIONS, MAX_RECORDS,
};
use recovery_options::domain::visit::{clean, MAX_NOTE, MAX_QUESTION};

fn question(text: &str) -> SharedQuestion {
    SharedQuestion {
        text: text.into(),
        ..SharedQuestion::default()
    }
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = DeflateEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// Inflates as the app does: never more than one byte past `MAX_RECORDS`.
fn inflate(bytes: &[u8]) -> Result<Vec<u8>, ShareError> {
    let mut out = Vec::new();
    DeflateDecoder::new(bytes)
        .take(MAX_RECORDS as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|_| ShareError::Damaged)?;
    Ok(out)
}

/// The part after `#/share/` for `shared`, as the app makes it.
fn make(shared: &Shared) -> Result<String, ShareError> {
    Ok(link_data(&deflate(records(shared)?.as_bytes())))
}

/// Reads the part after `#/share/`, as the app does.
fn open(data: &str) -> Result<Shared, ShareError> {
    match read(data)? {
        Link::Plain(shared) => Ok(shared),
        Link::Compressed(bytes) => from_records(&inflate(&bytes)?),
    }
}

/// Sentences of real English to stand for what people write: the guide's own texts, each used
/// once, so that nothing repeats as a made-up list would.
fn sentences() -> &'static [String] {
    static SENTENCES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    SENTENCES.get_or_init(read_sentences)
}

fn read_sentences() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for file in ["library", "about", "options", "flags", "factors"] {
        let text = std::fs::read_to_string(format!("content/en/{file}.toml")).unwrap();
        // The quoted texts: every other piece between quotation marks.
        for quoted in text.lines().flat_map(|l| l.split('"').skip(1).step_by(2)) {
            for sentence in quoted.split_inclusive(". ") {
                let sentence = sentence.trim();
                if (40..=250).contains(&sentence.len()) && !out.iter().any(|s| s == sentence) {
                    out.push(sentence.to_string());
                }
            }
        }
    }
    out
}

/// A realistic list: `n` questions, a third of them the guide's suggestions (by id), the rest
/// in the person's own words (every one different); with `notes`, every other question is
/// marked asked and every third has a note.
fn list(n: usize, notes: bool) -> Shared {
    let words = sentences();
    assert!(words.len() >= 2 * n, "{} sentences", words.len());
    Shared {
        questions: (0..n)
            .map(|i| SharedQuestion {
                suggestion: if i % 3 == 0 {
                    format!("option:naltrexone-shot:question-{i}")
                } else {
                    String::new()
                },
                text: if i % 3 == 0 {
                    String::new()
                } else {
                    words[i].clone()
                },
                asked: notes && i % 2 == 0,
                note: if notes && i % 3 == 1 {
                    words[n + i].clone()
                } else {
                    String::new()
                },
            })
            .collect(),
        options: vec!["naltrexone-shot".into(), "buprenorphine-daily".into()],
        flags: vec!["opioids-recent".into(), "overdose-after-stopping".into()],
    }
}

#[test]
fn a_list_survives_the_round_trip_and_cannot_be_read_at_a_glance() {
    let shared = Shared {
        questions: vec![
            SharedQuestion {
                text: "How long should I wait before the first shot?".into(),
                asked: true,
                note: "About 7 to 10 days.\nAsk about a urine test!".into(),
                ..SharedQuestion::default()
            },
            SharedQuestion {
                suggestion: "option:naltrexone-shot:wait-first-shot".into(),
                ..SharedQuestion::default()
            },
            question("Can I get naloxone? 50% off_* 1.5 %41 !x"),
            question("¿Puedo traer a mi hermana? 💊 <b>bold</b> <script>alert(1)</script>"),
        ],
        options: vec!["naltrexone-shot".into()],
        flags: vec!["opioids-recent".into()],
    };
    let link = make(&shared).unwrap();
    assert!(link.starts_with("2."), "{link}");
    assert!(
        link[2..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
        "only characters a URL fragment keeps as they are: {link}"
    );
    for word in ["wait", "naloxone", "opioids", "naltrexone", "sister"] {
        assert!(!link.contains(word), "{word} can be read in {link}");
    }
    assert_eq!(open(&link).unwrap(), shared);
}

#[test]
fn every_list_the_guide_allows_gets_a_link_and_opens() {
    // The longest list: 100 questions and notes at their longest, in four-byte characters.
    let longest = Shared {
        questions: (0..MAX_QUESTIONS)
            .map(|i| SharedQuestion {
                text: format!("{i}{}", "💊".repeat(MAX_QUESTION - 3)),
                asked: true,
                note: "📝".repeat(MAX_NOTE),
                ..SharedQuestion::default()
            })
            .collect(),
        options: (0..20).map(|i| format!("option-{i}")).collect(),
        flags: (0..20).map(|i| format!("flag-{i}")).collect(),
    };
    let link = make(&longest).unwrap();
    assert!(link.len() <= MAX_DATA + 2, "{}", link.len());
    assert_eq!(open(&link).unwrap(), longest);
    // One question more than a list holds is refused, making and reading.
    let mut too_many = list(MAX_QUESTIONS, false);
    too_many.questions.push(question("One more?"));
    assert_eq!(make(&too_many), Err(ShareError::TooBig));
    let records = vec!["q0t\u{1f}A"; MAX_QUESTIONS + 1].join("\u{1e}");
    assert_eq!(
        open(&link_data(&deflate(records.as_bytes()))),
        Err(ShareError::TooBig)
    );
    // A note longer than a note can be is refused too.
    let long_note = Shared {
        questions: vec![SharedQuestion {
            note: "a".repeat(MAX_NOTE + 1),
            ..question("A?")
        }],
        ..Shared::default()
    };
    assert_eq!(make(&long_note), Err(ShareError::TooBig));
}

/// The sizes the README's table reports: link data for realistic lists (the site's address
/// comes in front), and whether the whole link fits a QR code with a 40-character address.
#[test]
fn a_link_holds_a_full_list_with_every_suggestion_on_top() {
    let t = recovery_options::content::texts();
    let suggestions = t.flags.len()
        + t.options
            .iter()
            .map(|o| o.questions.len() + o.retired_questions.len())
            .sum::<usize>();
    assert!(
        recovery_options::state::MAX_LIST + suggestions <= MAX_QUESTIONS,
        "{suggestions} suggestions"
    );
}

#[test]
fn link_sizes_for_realistic_lists() {
    println!(
        "questions  notes  records  compressed  ratio  link data  QR code (40-character address)"
    );
    for n in [5, 20, 60, 100] {
        for notes in [false, true] {
            let shared = list(n, notes);
            let plain = records(&shared).unwrap();
            let compressed = deflate(plain.as_bytes()).len();
            let link = make(&shared).unwrap();
            println!(
                "{n:>9}  {:>5}  {:>7}  {compressed:>10}  {:>5.2}  {:>9}  {}",
                if notes { "yes" } else { "no" },
                plain.len(),
                compressed as f64 / plain.len() as f64,
                link.len(),
                if 40 + link.len() <= MAX_BYTES {
                    "fits"
                } else {
                    "too long"
                },
            );
            assert_eq!(open(&link).unwrap(), shared);
        }
    }
}

#[test]
fn version_1_links_still_open() {
    let shared = open("1.q1t!Can_I_get_naloxone%3F!Yes%2C_at_the_pharmacy.*q0s!flag:opioids-recent*onaltrexone-shot*fopioids-recent").unwrap();
    assert_eq!(
        shared,
        Shared {
            questions: vec![
                SharedQuestion {
                    text: "Can I get naloxone?".into(),
                    asked: true,
                    note: "Yes, at the pharmacy.".into(),
                    ..SharedQuestion::default()
                },
                SharedQuestion {
                    suggestion: "flag:opioids-recent".into(),
                    ..SharedQuestion::default()
                },
            ],
            options: vec!["naltrexone-shot".into()],
            flags: vec!["opioids-recent".into()],
        }
    );
    // Markup arrives as plain words: it is text to show, never to run.
    let shared = open("1.q0t!%3Cimg_src=x_onerror=alert(1)%3E").unwrap();
    assert_eq!(shared.questions[0].text, "<img src=x onerror=alert(1)>");
}

#[test]
fn damaged_newer_and_oversized_links_are_refused() {
    let link = make(&list(3, true)).unwrap();
    assert_eq!(open(&link.replacen("2.", "3.", 1)), Err(ShareError::Newer));
    assert_eq!(open("9.q0t!Hi"), Err(ShareError::Newer));
    assert_eq!(
        open(&format!("1.{}", "A".repeat(MAX_PLAIN + 1))),
        Err(ShareError::TooBig)
    );
    assert_eq!(
        open(&format!("2.{}", "A".repeat(MAX_DATA + 4))),
        Err(ShareError::TooBig)
    );
    let many = format!("1.{}", vec!["q0t!A"; MAX_QUESTIONS + 1].join("*"));
    assert_eq!(open(&many), Err(ShareError::TooBig));
    // A small link that would inflate past the longest list stops there.
    let bomb = link_data(&deflate(&vec![b'q'; MAX_RECORDS * 2]));
    assert!(bomb.len() < 10_000, "{}", bomb.len());
    assert_eq!(open(&bomb), Err(ShareError::TooBig));
    let cut = &link[..link.len() - 6];
    let changed = format!("{}A{}", &link[..20], &link[21..]);
    for wrong in [
        "",
        "hello",
        ".",
        "0.q0t!A",
        "x.q0t!A",
        "-1.q0t!A",
        "99999999999.q0t!A",
        "1.q0t!",
        "1.q0t!_",
        "1.q2t!A",
        "1.q0x!A",
        "1.q0t!A!B!C",
        "1.q0t!%4",
        "1.q0t!%ZZ",
        "1.q0t!%FF%FE",
        "1.q0s!%3Cscript%3E",
        "1.q0s!",
        "1.oNaltrexone_Shot",
        "1.f",
        "1.fx%00",
        "1.zzz",
        "1.q0t!A*q",
        "2.A",
        "2.AB=",
        "2.AB+/",
        "2.AB!",
        "2.Ab",
        cut,
    ] {
        assert_eq!(open(wrong), Err(ShareError::Damaged), "{wrong:?}");
    }
    // A changed character gives another list or an error, never a panic.
    let _ = open(&changed);
    // Records that are not ours, once inflated.
    for records in [
        &b"\xff\xfe"[..],
        b"q0t",
        b"q0t\x1f",
        b"q2t\x1fA",
        b"q0s\x1f<script>",
        b"q0t\x1fA\x1fB\x1fC",
        b"oNaltrexone Shot",
        b"zzz",
    ] {
        assert_eq!(
            open(&link_data(&deflate(records))),
            Err(ShareError::Damaged),
            "{records:?}"
        );
    }
}

#[test]
fn shorter_lists_for_a_qr_code_leave_out_what_they_say() {
    let shared = list(20, true);
    let without_notes = shared.without_notes();
    assert!(without_notes
        .questions
        .iter()
        .all(|q| q.note.is_empty() && !q.asked));
    assert_eq!(without_notes.questions.len(), 20);
    let suggestions = shared.suggestions_only();
    assert_eq!(
        suggestions.questions.len(),
        20 - shared.own_questions(),
        "only the person's own questions go"
    );
    assert!(suggestions
        .questions
        .iter()
        .all(|q| !q.suggestion.is_empty() && q.note.is_empty()));
    assert_eq!(
        (suggestions.options, suggestions.flags),
        (shared.options, shared.flags)
    );
}

/// Lists as the guide keeps them, from empty to the longest (100 questions): each question a
/// suggestion by id, or the person's own words (a sentence of real English with any characters
/// after it), asked or not, with or without a note.
fn a_list() -> impl Strategy<Value = Shared> {
    (
        proptest::collection::vec(
            (
                any::<u16>(),
                proptest::collection::vec(any::<char>(), 0..12),
                any::<bool>(),
                0u8..4,
            ),
            0..=MAX_QUESTIONS,
        ),
        proptest::collection::vec("[a-z][a-z0-9-]{0,20}", 0..=3),
    )
        .prop_map(|(questions, ids)| {
            let words = sentences();
            Shared {
                questions: questions
                    .into_iter()
                    .filter_map(|(pick, extra, asked, kind)| {
                        let sentence = &words[usize::from(pick) % words.len()];
                        let extra: String = extra.into_iter().collect();
                        Some(SharedQuestion {
                            suggestion: if kind == 0 {
                                format!("option:oral-naltrexone:q-{pick}")
                            } else {
                                String::new()
                            },
                            text: if kind == 0 {
                                String::new()
                            } else {
                                clean(&format!("{sentence} {extra}"), MAX_QUESTION).ok()?
                            },
                            asked,
                            note: if kind == 3 {
                                clean(&format!("{extra} {sentence}"), MAX_NOTE).unwrap_or_default()
                            } else {
                                String::new()
                            },
                        })
                    })
                    .collect(),
                options: ids.clone(),
                flags: ids,
            }
        })
}

proptest! {
    // 256 cases (proptest's default) under plain `cargo test`; `.ci/dev test` sets
    // PROPTEST_CASES=10000.
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn any_list_round_trips(shared in a_list()) {
        let link = make(&shared).unwrap();
        prop_assert_eq!(open(&link).unwrap(), shared);
    }

    #[test]
    fn any_text_reads_without_panic(text in ".{0,300}") {
        let _ = open(&text);
        let _ = open(&format!("1.{text}"));
        let _ = open(&format!("2.{text}"));
    }

    #[test]
    fn any_base64_reads_without_panic(text in "[A-Za-z0-9_-]{0,400}") {
        let _ = open(&format!("2.{text}"));
    }

    #[test]
    fn any_bytes_inflated_read_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = from_records(&bytes);
        let _ = open(&link_data(&bytes));
    }

    #[test]
    fn any_record_like_text_reads_without_panic(
        text in "[qoft01s\u{1e}\u{1f}A-Za-z:-]{0,400}",
        plain in "[qoft01s!*%_A-F0-9a-z:-]{0,400}",
    ) {
        let _ = from_records(text.as_bytes());
        let _ = open(&format!("1.{plain}"));
    }

    #[test]
    fn a_changed_character_never_panics(index in 0usize..200, replacement in any::<char>()) {
        let link = make(&list(4, true)).unwrap();
        let mut chars: Vec<char> = link.chars().collect();
        let at = index % chars.len();
        chars[at] = replacement;
        let _ = open(&chars.into_iter().collect::<String>());
    }
}
