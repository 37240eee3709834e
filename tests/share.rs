//! Share links: a round trip keeps everything, the size stays within a QR code, and no input,
//! however damaged or hostile, makes the decoder panic (property tests, 10,000 cases each).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use recovery_options::domain::share::{
    base64url, decode, encode, unbase64url, ShareError, Shared, SharedQuestion, MAX_CHARS,
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
                note: "About 7 to 10 days".into(),
                ..SharedQuestion::default()
            },
            SharedQuestion {
                suggestion: "option:naltrexone-shot:0".into(),
                ..SharedQuestion::default()
            },
            question("Can I get naloxone?"),
            question("¿Puedo traer a mi hermana? 💊 <b>bold</b>"),
        ],
        options: vec!["naltrexone-shot".into()],
        flags: vec!["opioids-recent".into()],
    };
    let link = encode(&shared).unwrap();
    assert!(link.starts_with("1."));
    assert!(
        link.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
        "URL-safe: {link}"
    );
    assert_eq!(decode(&link).unwrap(), shared);
}

#[test]
fn twenty_questions_fit_and_the_limit_is_enforced() {
    let twenty = Shared {
        questions: (1..=20).map(|i| question(&format!("Question number {i}: what should I ask about this option and its side effects?"))).collect(),
        ..Shared::default()
    };
    let link = encode(&twenty).unwrap();
    assert!(link.len() <= MAX_CHARS);
    println!("20 questions: {} characters", link.len());
    // Text that does not compress cannot exceed the limit.
    // Pseudo-random characters (xorshift), which do not compress.
    let mut seed = 0x2545_f491_u32;
    let noisy: Vec<char> = (0..3000)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            char::from_u32(0x4e00 + seed % 20000).unwrap()
        })
        .collect();
    let too_big = Shared {
        questions: (0..20)
            .map(|i| question(&noisy[i * 90..i * 90 + 90].iter().collect::<String>()))
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
    assert_eq!(decode(&link[..link.len() - 3]), Err(ShareError::Damaged));
    assert_eq!(decode("1.***"), Err(ShareError::Damaged));
    assert_eq!(decode(""), Err(ShareError::Damaged));
    assert_eq!(decode("hello"), Err(ShareError::Damaged));
    assert_eq!(decode(&"A".repeat(MAX_CHARS + 1)), Err(ShareError::TooBig));
    // A block that claims to expand to 4 GB is refused before any memory is set aside.
    let mut huge = vec![0xff, 0xff, 0xff, 0xff];
    huge.extend_from_slice(&[0x10, b'x']);
    assert_eq!(
        decode(&format!("1.{}", base64url(&huge))),
        Err(ShareError::TooBig)
    );
    // JSON of the wrong shape, and texts that break the limits.
    for wrong in [
        r#"{"q":[{"t":""}]}"#,
        r#"{"q":[{"s":"flag:crisis","t":"both"}]}"#,
        r#"{"q":[{"s":"<script>"}]}"#,
        r#"{"q":[],"o":["Naltrexone Shot"]}"#,
        r#"{"q":[],"f":["x\u0000"]}"#,
    ] {
        assert_eq!(
            decode(&lz4_packed(wrong.as_bytes())),
            Err(ShareError::Damaged),
            "{wrong}"
        );
    }
}

fn lz4_packed(json: &[u8]) -> String {
    format!(
        "1.{}",
        base64url(&lz4_flex::block::compress_prepend_size(json))
    )
}

#[test]
fn base64url_matches_the_rfc_examples() {
    for (plain, coded) in [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64url(plain.as_bytes()), coded);
        assert_eq!(unbase64url(coded).unwrap(), plain.as_bytes());
    }
    assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    assert_eq!(unbase64url("Zg="), None);
    assert_eq!(unbase64url("Z"), None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn any_text_decodes_without_panic(text in ".{0,300}") {
        let _ = decode(&text);
        let _ = decode(&format!("1.{text}"));
    }

    #[test]
    fn any_bytes_decode_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = decode(&format!("1.{}", base64url(&bytes)));
    }

    #[test]
    fn any_list_round_trips_or_is_refused_as_too_big(
        texts in proptest::collection::vec("[a-zA-Z0-9 ?,.'é]{1,80}", 0..25),
        asked in any::<bool>(),
    ) {
        let shared = Shared {
            questions: texts
                .iter()
                .filter(|t| !t.trim().is_empty())
                .map(|t| SharedQuestion { text: t.trim().to_string(), asked, ..SharedQuestion::default() })
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
