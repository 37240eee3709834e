//! The label's must-say warnings (`content/en/warnings.toml`) cannot go missing: each one is said,
//! in the words it lists, everywhere it claims to be, always on the option's own Compare card,
//! and it rests on at least one source that is not secondary.

#[path = "support/prose.rs"]
mod prose;

use std::collections::{BTreeMap, BTreeSet};

use recovery_options::content::{source, texts};
use toml::{Table, Value};

fn warnings() -> Vec<Table> {
    warnings_in(include_str!("../content/en/warnings.toml"))
}

fn warnings_in(raw: &str) -> Vec<Table> {
    let file: Table = raw.parse().expect("warnings.toml is valid TOML");
    file["warnings"]
        .as_array()
        .expect("a list of [[warnings]]")
        .iter()
        .map(|w| w.as_table().expect("a table").clone())
        .collect()
}

fn text<'a>(w: &'a Table, key: &str) -> &'a str {
    w.get(key)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{w:?}: `{key}`"))
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

#[test]
fn every_must_say_warning_is_said_where_it_belongs() {
    let keyed: BTreeMap<String, String> = prose::keyed().into_iter().collect();
    let t = texts();
    let mut ids = BTreeSet::new();
    let mut said_count = 0;
    for w in warnings() {
        let option = text(&w, "option");
        let at = format!("{option}/{}", text(&w, "id"));
        assert!(ids.insert(at.clone()), "{at}: listed twice");
        assert!(
            t.options.iter().any(|o| o.id == option),
            "{at}: no option {option}"
        );
        assert!(
            [
                "boxed",
                "contraindication",
                "warning",
                "call-911",
                "guideline"
            ]
            .contains(&text(&w, "kind")),
            "{at}: kind"
        );
        assert!(!text(&w, "about").is_empty(), "{at}: say what it is");
        let said = w["said"].as_array().expect("said = [...]");
        let card = format!("options.{option}.");
        assert!(
            said.iter()
                .any(|s| text(s.as_table().unwrap(), "at").starts_with(&card)),
            "{at}: must be said on the option's own Compare card ({card}...)"
        );
        for place in said {
            let place = place.as_table().expect("{ at, words }");
            let path = text(place, "at");
            let shown = keyed
                .get(path)
                .unwrap_or_else(|| panic!("{at}: no text at {path}"));
            assert!(
                prose::is_prose(path),
                "{at}: {path} is not a text people read"
            );
            let words = strs(&place["words"]);
            assert!(!words.is_empty(), "{at}: {path} needs its words");
            for word in words {
                assert!(
                    shown.to_lowercase().contains(&word.to_lowercase()),
                    "{at}: {path} must say {word:?}, but says: {shown}"
                );
            }
            said_count += 1;
        }
    }
    assert!(said_count > 60, "{said_count} places checked");
}

#[test]
fn every_option_has_its_warnings_listed() {
    let listed: BTreeSet<String> = warnings()
        .iter()
        .map(|w| text(w, "option").to_string())
        .collect();
    for o in texts().options {
        assert!(listed.contains(o.id.get()), "{}: no warnings listed", o.id);
    }
}

#[test]
fn no_warning_rests_only_on_secondary_sources() {
    let t = texts();
    for w in warnings() {
        let at = format!("{}/{}", text(&w, "option"), text(&w, "id"));
        let ids = strs(&w["sources"]);
        assert!(!ids.is_empty(), "{at}: sources");
        let kinds: Vec<&str> = ids
            .iter()
            .map(|id| {
                source(t, id)
                    .unwrap_or_else(|| panic!("{at}: unknown source {id}"))
                    .kind
                    .get()
            })
            .collect();
        assert!(
            kinds.iter().any(|k| *k != "secondary"),
            "{at}: only secondary sources {ids:?}"
        );
    }
}

/// The Spanish draft says every must-say warning too: `content/es/warnings.toml` has each
/// English entry, in order, with the same places, and the Spanish words that carry the warning
/// in the Spanish text at each place.
#[test]
fn the_spanish_draft_says_every_must_say_warning() {
    let keyed: BTreeMap<String, String> = prose::keyed_es().into_iter().collect();
    let english = warnings();
    let spanish = warnings_in(include_str!("../content/es/warnings.toml"));
    assert_eq!(
        english.len(),
        spanish.len(),
        "one Spanish entry per warning"
    );
    let places = |w: &Table| -> Vec<String> {
        w["said"]
            .as_array()
            .expect("said = [...]")
            .iter()
            .map(|s| text(s.as_table().unwrap(), "at").to_string())
            .collect()
    };
    for (en, es) in english.iter().zip(&spanish) {
        let at = format!("{}/{}", text(en, "option"), text(en, "id"));
        assert_eq!(
            (text(es, "option"), text(es, "id")),
            (text(en, "option"), text(en, "id")),
            "{at}: the Spanish entries follow the English order"
        );
        assert_eq!(places(es), places(en), "{at}: the same places");
        for place in es["said"].as_array().unwrap() {
            let place = place.as_table().unwrap();
            let path = text(place, "at");
            let shown = keyed
                .get(path)
                .unwrap_or_else(|| panic!("{at}: no Spanish text at {path}"))
                .to_lowercase();
            let words = strs(&place["words"]);
            assert!(!words.is_empty(), "{at}: {path} needs its Spanish words");
            for word in words {
                assert!(
                    shown.contains(&word.to_lowercase()),
                    "{at}: the Spanish {path} must say {word:?}, but says: {shown}"
                );
            }
        }
    }
}
