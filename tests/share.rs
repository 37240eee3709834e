//! Share links: a round trip keeps everything, the size stays within a QR code, and no input,
//! however damaged or hostile, makes the decoder panic (property tests, 10,000 cases each).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use recovery_options::domain::share::{
    decode, encode, ShareError, Shared, SharedQuestion, MAX_CHARS,
};

fn question(text: &str) -> SharedQuestion {
    SharedQuestion {
        text: text.into(),
        ..SharedQuestion::default()
    }
}

#[test]
fn a_list_survives_the_round_trip() {
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
    let link = encode(&shared).unwrap();
    assert!(link.starts_with("1."));
    assert!(
        link.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.:,;!*%".contains(&b)),
        "only characters a URL fragment keeps as they are: {link}"
    );
    assert!(link.contains("How_long_should_I_wait"), "readable: {link}");
    assert_eq!(decode(&link).unwrap(), shared);
}

#[test]
fn twenty_questions_fit_and_the_limit_is_enforced() {
    // Twenty of the guide's suggestions (by id) and five of the person's own.
    let mut questions: Vec<SharedQuestion> = (0..20)
        .map(|i| SharedQuestion {
            suggestion: format!("option:buprenorphine-daily:question-{i}"),
            ..SharedQuestion::default()
        })
        .collect();
    questions
        .extend((1..=5).map(|i| question(&format!("My own question {i}: can my sister come?"))));
    let link = encode(&Shared {
        questions,
        ..Shared::default()
    })
    .unwrap();
    assert!(link.len() <= MAX_CHARS);
    println!(
        "20 suggested and 5 own questions: {} characters",
        link.len()
    );
    let too_big = Shared {
        questions: (0..20)
            .map(|i| {
                question(&format!(
                    "{i} This is a long question of my own that goes on and on, to fill the link?"
                ))
            })
            .collect(),
        ..Shared::default()
    };
    assert_eq!(encode(&too_big), Err(ShareError::TooBig));
}

#[test]
fn damaged_newer_and_oversized_links_are_refused() {
    let link = encode(&Shared {
        questions: vec![question("A?")],
        ..Shared::default()
    })
    .unwrap();
    assert_eq!(
        decode(&link.replacen("1.", "2.", 1)),
        Err(ShareError::Newer)
    );
    assert_eq!(decode(&"A".repeat(MAX_CHARS + 1)), Err(ShareError::TooBig));
    let many = format!("1.{}", vec!["q0t!A"; 61].join("*"));
    assert_eq!(decode(&many), Err(ShareError::TooBig));
    // A link the guide would refuse to read is never made.
    let sixty_one = Shared {
        questions: vec![question("A?"); 61],
        ..Shared::default()
    };
    assert_eq!(encode(&sixty_one), Err(ShareError::TooBig));
    for wrong in [
        "",
        "hello",
        "0.q0t!A",
        "x.q0t!A",
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
    ] {
        assert_eq!(decode(wrong), Err(ShareError::Damaged), "{wrong:?}");
    }
    // Markup arrives as plain words: it is text to show, never to run.
    let shared = decode("1.q0t!%3Cimg_src=x_onerror=alert(1)%3E").unwrap();
    assert_eq!(shared.questions[0].text, "<img src=x onerror=alert(1)>");
}

proptest! {
    // 256 cases (proptest's default) under plain `cargo test`; `.ci/dev test` sets
    // PROPTEST_CASES=10000.
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn any_text_decodes_without_panic(text in ".{0,300}") {
        let _ = decode(&text);
        let _ = decode(&format!("1.{text}"));
    }

    #[test]
    fn any_record_like_text_decodes_without_panic(
        text in "[qoft01s!*%_A-F0-9a-z:-]{0,400}",
    ) {
        let _ = decode(&format!("1.{text}"));
    }

    #[test]
    fn any_list_round_trips_or_is_refused_as_too_big(
        texts in proptest::collection::vec("\\PC{1,80}", 0..25),
        notes in proptest::collection::vec("\\PC{0,40}", 0..25),
        asked in any::<bool>(),
    ) {
        let shared = Shared {
            questions: texts
                .iter()
                .zip(notes.iter().chain(std::iter::repeat(&String::new())))
                .filter_map(|(t, n)| {
                    let text = recovery_options::domain::visit::clean(t, 300).ok()?;
                    let note = recovery_options::domain::visit::clean(n, 2000).unwrap_or_default();
                    Some(SharedQuestion { text, asked, note, ..SharedQuestion::default() })
                })
                .collect(),
            ..Shared::default()
        };
        match encode(&shared) {
            Ok(link) => prop_assert_eq!(decode(&link).unwrap(), shared),
            Err(e) => prop_assert_eq!(e, ShareError::TooBig),
        }
    }

    #[test]
    fn a_changed_character_never_panics(index in 0usize..200, replacement in any::<char>()) {
        let link = encode(&Shared { questions: vec![question("How long should I wait?"), question("Can I get naloxone?")], ..Shared::default() }).unwrap();
        let mut chars: Vec<char> = link.chars().collect();
        let at = index % chars.len();
        chars[at] = replacement;
        let _ = decode(&chars.into_iter().collect::<String>());
    }
}
