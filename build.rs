//! Compiles the interface texts in `content/<language>/ui.toml` into Rust statics.
//!
//! English defines the shape: every table becomes a struct and every key a field, so a text
//! that the code uses but the file lacks is a compile error, and a second language that misses
//! or adds a key fails the build with the key's name. No TOML parser ships in the wasm.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

use toml::Value;

const LANGUAGES: &[&str] = &["en"];

fn main() {
    println!("cargo:rerun-if-changed=content");
    let texts: BTreeMap<&str, Value> = LANGUAGES
        .iter()
        .map(|lang| {
            let path = format!("content/{lang}/ui.toml");
            let raw = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            let value = raw
                .parse::<toml::Table>()
                .unwrap_or_else(|e| panic!("{path}: {e}"));
            (*lang, Value::Table(value))
        })
        .collect();

    let shape = &texts["en"];
    for (lang, value) in &texts {
        check_same_shape(shape, value, &format!("content/{lang}/ui.toml"));
    }

    let mut out = String::new();
    write_structs(&mut out, "Texts", shape);
    for (lang, value) in &texts {
        let _ = write!(
            out,
            "/// Interface texts in `{lang}`.\npub static {}: Texts = ",
            lang.to_uppercase()
        );
        write_value(&mut out, "Texts", value);
        out.push_str(";\n");
    }
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("texts.rs");
    fs::write(dest, out).unwrap();
}

fn check_same_shape(english: &Value, other: &Value, at: &str) {
    match (english, other) {
        (Value::Table(a), Value::Table(b)) => {
            for key in a.keys().chain(b.keys()) {
                match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) => check_same_shape(x, y, &format!("{at}: {key}")),
                    _ => panic!("{at}: key `{key}` must exist in every language"),
                }
            }
        }
        (Value::String(_), Value::String(_)) => {}
        (Value::Array(_), Value::Array(_)) => {}
        _ => panic!("{at}: a text must be a string, a list of strings, or a table"),
    }
}

/// Keys become Rust field names, so they must be plain snake_case words and not keywords.
fn check_key(key: &str) {
    const KEYWORDS: &[&str] = &[
        "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn",
        "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
        "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
        "where", "while", "async", "await", "dyn", "yield", "box", "try", "gen",
    ];
    let plain = key
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && key.starts_with(|c: char| c.is_ascii_lowercase());
    assert!(
        plain,
        "text key `{key}`: use lowercase letters, digits and _"
    );
    assert!(
        !KEYWORDS.contains(&key),
        "text key `{key}` is a Rust keyword: rename it"
    );
}

fn type_name(parent: &str, key: &str) -> String {
    let mut name = String::from(parent);
    for part in key.split('_') {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            name.extend(first.to_uppercase());
            name.extend(chars);
        }
    }
    name
}

fn write_structs(out: &mut String, name: &str, value: &Value) {
    let Value::Table(table) = value else {
        unreachable!()
    };
    let _ = writeln!(out, "#[derive(Debug)]\npub struct {name} {{");
    for (key, child) in table {
        check_key(key);
        let ty = match child {
            Value::Table(_) => type_name(name, key),
            Value::Array(_) => "&'static [&'static str]".to_string(),
            _ => "&'static str".to_string(),
        };
        let _ = writeln!(out, "    pub {key}: {ty},");
    }
    out.push_str("}\n");
    for (key, child) in table {
        if matches!(child, Value::Table(_)) {
            write_structs(out, &type_name(name, key), child);
        }
    }
}

fn write_value(out: &mut String, name: &str, value: &Value) {
    match value {
        Value::Table(table) => {
            let _ = write!(out, "{name} {{ ");
            for (key, child) in table {
                let _ = write!(out, "{key}: ");
                write_value(out, &type_name(name, key), child);
                out.push_str(",\n");
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push_str("&[");
            for item in items {
                let Value::String(s) = item else {
                    panic!("{name}: a list may hold only strings")
                };
                let _ = write!(out, "{s:?}, ");
            }
            out.push(']');
        }
        Value::String(s) => {
            let _ = write!(out, "{s:?}");
        }
        _ => panic!("{name}: a text must be a string"),
    }
}
