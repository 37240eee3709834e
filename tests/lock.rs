//! The stored form of locked answers: a round trip keeps every part, each kind of damage is
//! told apart from a newer build's choices, and no input makes the reader panic (property
//! tests, 10,000 cases each under `.ci/dev test`). The cryptography itself is the browser's,
//! tested in Chromium by `tests/browser_crypto.rs`.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use recovery_options::storage::envelope::{self, DecodeError};
use recovery_options::storage::lock::{
    bound_data, decode, KeyWrap, LockError, Locked, ITERATIONS, KEY_BYTES, MAX_ITERATIONS,
    MIN_ITERATIONS, NONCE_BYTES, SALT_BYTES, TAG_BYTES, VERSION,
};

fn locked(sealed_bytes: usize) -> Locked {
    Locked {
        key: KeyWrap {
            iterations: ITERATIONS,
            salt: (0..SALT_BYTES as u8).collect(),
            nonce: vec![7; NONCE_BYTES],
            wrapped: (0..(KEY_BYTES + TAG_BYTES) as u8).rev().collect(),
        },
        nonce: vec![9; NONCE_BYTES],
        sealed: (0..sealed_bytes).map(|i| (i * 31 % 256) as u8).collect(),
        revision: 12,
    }
}

/// `text` with the JSON member `from` (as written) replaced by `to`.
fn changed(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from} is not in {text}");
    text.replacen(from, to, 1)
}

#[test]
fn locked_answers_read_back_as_written() {
    for size in [TAG_BYTES, TAG_BYTES + 1, 2000, 2001, 2002] {
        let original = locked(size);
        assert_eq!(decode(&original.encode()), Ok(original));
    }
}

#[test]
fn the_stored_text_names_its_algorithms_and_holds_only_sizes_and_the_save_count() {
    let text = locked(100).encode();
    for part in [
        "\"app\":\"recovery-options\"",
        "\"locked\":1",
        "\"derive\":\"PBKDF2-SHA256\"",
        "\"iterations\":600000",
        "\"wrap\":\"AES-256-GCM\"",
        "\"cipher\":\"AES-256-GCM\"",
        "\"revision\":12",
    ] {
        assert!(text.contains(part), "{part} missing from {text}");
    }
    // Nothing of the readable envelope: no state, no time of the last save.
    for absent in ["state", "saved_at", "answers", "visit"] {
        assert!(!text.contains(absent), "{absent} in {text}");
    }
}

/// A guide from before locking must see locked answers as a newer version's data, which it
/// never writes over, rather than as damaged data, which it would move to a backup.
#[test]
fn a_guide_from_before_locking_leaves_locked_answers_alone() {
    let text = locked(40).encode();
    assert_eq!(
        envelope::decode(&text),
        Err(DecodeError::Newer {
            version: u64::from(VERSION)
        })
    );
}

/// The save count and the wrapped key are bound to the encrypted answers: each change of
/// either changes what the browser checks.
#[test]
fn the_bound_data_names_the_save_count_and_the_wrapped_key() {
    let one = locked(40);
    let bound = bound_data(one.revision, &one.key);
    assert_ne!(bound, bound_data(one.revision + 1, &one.key));
    for change in [
        |k: &mut KeyWrap| k.salt[0] ^= 1,
        |k: &mut KeyWrap| k.wrapped[47] ^= 1,
    ] {
        let mut key = one.key.clone();
        change(&mut key);
        assert_ne!(bound, bound_data(one.revision, &key));
    }
}

#[test]
fn readable_envelopes_and_strangers_are_not_locked() {
    for text in [
        "",
        "null",
        "[]",
        "{}",
        r#"{"app":"someone-else","locked":1}"#,
        r#"{"app":"recovery-options","version":4,"saved_at":"","revision":1,"state":{}}"#,
    ] {
        assert_eq!(decode(text), Err(LockError::NotLocked), "{text}");
    }
}

#[test]
fn damage_to_any_part_is_damage() {
    let text = locked(64).encode();
    let original = locked(64);
    let b64 = recovery_options::domain::base64url::encode;
    let damaged = [
        changed(&text, "\"locked\":1", "\"locked\":0"),
        changed(&text, "\"locked\":1", "\"locked\":\"1\""),
        changed(&text, "\"revision\":12", "\"revision\":-1"),
        changed(&text, "\"iterations\":600000", "\"iterations\":599999"),
        changed(&text, "\"iterations\":600000", "\"iterations\":6e5"),
        changed(&text, "\"derive\":\"PBKDF2-SHA256\"", "\"derive\":3"),
        changed(&text, "\"key\":{", "\"key\":[],\"x\":{"),
        changed(&text, "\"data\":{", "\"data\":null,\"x\":{"),
        changed(&text, &b64(&original.key.salt), &b64(&[1; SALT_BYTES - 1])),
        changed(
            &text,
            &b64(&original.key.nonce),
            &b64(&[1; NONCE_BYTES + 1]),
        ),
        changed(
            &text,
            &b64(&original.key.wrapped),
            &b64(&[1; KEY_BYTES + TAG_BYTES - 1]),
        ),
        changed(&text, &b64(&original.nonce), "!!!!!!!!!!!!!!!!"),
        changed(&text, &b64(&original.sealed), &b64(&[1; TAG_BYTES - 1])),
        changed(&text, &b64(&original.sealed), "A"),
    ];
    for text in damaged {
        assert_eq!(decode(&text), Err(LockError::Damaged), "{text}");
    }
}

#[test]
fn a_newer_format_or_algorithm_is_newer_not_damage() {
    let text = locked(64).encode();
    let newer = [
        changed(&text, "\"locked\":1", "\"locked\":2"),
        changed(
            &text,
            "\"derive\":\"PBKDF2-SHA256\"",
            "\"derive\":\"Argon2id\"",
        ),
        changed(&text, "\"wrap\":\"AES-256-GCM\"", "\"wrap\":\"AES-KW\""),
        changed(
            &text,
            "\"cipher\":\"AES-256-GCM\"",
            "\"cipher\":\"XChaCha20\"",
        ),
        changed(
            &text,
            "\"iterations\":600000",
            &format!("\"iterations\":{}", MAX_ITERATIONS + 1),
        ),
        changed(
            &text,
            "\"iterations\":600000",
            "\"iterations\":99999999999999",
        ),
    ];
    for text in newer {
        assert_eq!(decode(&text), Err(LockError::Newer), "{text}");
    }
    // The bounds themselves are read; no build wrote fewer than today's.
    assert_eq!(MIN_ITERATIONS, ITERATIONS);
    for iterations in [MIN_ITERATIONS, MAX_ITERATIONS] {
        let mut bound = locked(64);
        bound.key.iterations = iterations;
        assert_eq!(decode(&bound.encode()), Ok(bound));
    }
}

proptest! {
    // 256 cases (proptest's default) under plain `cargo test`; `.ci/dev test` sets
    // PROPTEST_CASES=10000.
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn any_text_reads_without_panic(text in any::<String>()) {
        let _ = decode(&text);
    }

    #[test]
    fn any_bytes_read_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = decode(&String::from_utf8_lossy(&bytes));
    }

    /// A locked text with one character changed, cut short, or with bytes added reads as
    /// damaged, newer, not locked, or (when the change kept every size) as other locked data:
    /// never a panic.
    #[test]
    fn any_change_to_locked_text_reads_without_panic(
        at in any::<prop::sample::Index>(),
        with in any::<char>(),
        cut in any::<bool>(),
    ) {
        let text = locked(80).encode();
        let at = at.index(text.len());
        let mut changed: String = text.chars().take(at).collect();
        if !cut {
            changed.push(with);
            changed.extend(text.chars().skip(at + 1));
        }
        let _ = decode(&changed);
    }

    /// Well-formed locked text with any one member given any value: read without panic, and
    /// never as the original. (Except the envelope version, which is there for guides from
    /// before locking: the answers inside carry their own, checked once they are open.)
    #[test]
    fn any_member_of_any_value_reads_without_panic(
        member in (0usize..13).prop_filter("not the version", |m| *m != 1),
        value in prop_oneof![
            any::<i64>().prop_map(|n| n.to_string()),
            any::<u64>().prop_map(|n| n.to_string()),
            "[A-Za-z0-9_-]{0,90}".prop_map(|t| format!("\"{t}\"")),
            Just("null".to_string()),
            Just("true".to_string()),
            Just("{}".to_string()),
            Just("[]".to_string()),
            Just("1e400".to_string()),
        ],
    ) {
        let original = locked(60);
        let text = original.encode();
        // The scalar members, in the order they are written.
        let names = ["app", "version", "locked", "revision", "derive", "iterations", "salt",
                     "wrap", "nonce", "wrapped", "cipher", "nonce", "sealed"];
        let mut at = 0;
        for name in &names[..=member] {
            at += text[at..].find(&format!("\"{name}\":")).unwrap() + name.len() + 3;
        }
        let end = at + text[at..].find([',', '}']).unwrap();
        let changed = format!("{}{value}{}", &text[..at], &text[end..]);
        if changed != text {
            prop_assert_ne!(decode(&changed), Ok(original));
        }
    }
}
