//! Compiles the content in `content/<language>/*.toml` into Rust statics.
//!
//! All files of a language merge into one `Texts` value. English defines the shape: every
//! table becomes a struct and every key a field, so a text the code uses but the files lack is
//! a compile error. A list of tables becomes a slice of one struct, and every item must have
//! the same keys (an option missing a row fails the build). A second language that misses or
//! adds a key fails the build with the key's name. No TOML parser ships in the wasm.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

use toml::{Table, Value};

const LANGUAGES: &[&str] = &["en"];

fn main() {
    println!("cargo:rerun-if-changed=content");
    let texts: BTreeMap<&str, Value> = LANGUAGES.iter().map(|lang| (*lang, load(lang))).collect();

    let shape = shape_of(&texts["en"], "content/en");
    for (lang, value) in &texts {
        let other = shape_of(value, &format!("content/{lang}"));
        assert!(
            other == shape,
            "content/{lang} must have exactly the keys of content/en"
        );
    }

    let mut out = String::new();
    write_structs(&mut out, "Texts", &shape, &mut Vec::new());
    for (lang, value) in &texts {
        let _ = write!(
            out,
            "/// Content in `{lang}`.\npub static {}: Texts = ",
            lang.to_uppercase()
        );
        write_value(&mut out, "Texts", &shape, value);
        out.push_str(";\n");
    }
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("texts.rs");
    fs::write(dest, out).unwrap();
}

/// Every `*.toml` of a language, merged into one table (a key may appear in one file only).
fn load(lang: &str) -> Value {
    let dir = format!("content/{lang}");
    let mut names: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    names.sort();
    let mut merged = Table::new();
    for path in names {
        let raw = fs::read_to_string(&path).unwrap();
        let table = raw
            .parse::<Table>()
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (key, value) in table {
            let at = path.display();
            assert!(
                !merged.contains_key(&key),
                "{at}: `{key}` is defined in two files"
            );
            merged.insert(key, value);
        }
    }
    Value::Table(merged)
}

/// The type of a piece of content.
#[derive(Clone, Debug, PartialEq)]
enum Shape {
    Str,
    Int,
    Bool,
    Strs,
    Table(BTreeMap<String, Shape>),
    /// A list of tables, all of one shape. `None`: only empty lists seen.
    Tables(Option<Box<Shape>>),
}

fn shape_of(value: &Value, at: &str) -> Shape {
    match value {
        Value::String(_) => Shape::Str,
        Value::Integer(i) => {
            assert!(*i >= 0, "{at}: numbers must not be negative");
            Shape::Int
        }
        Value::Boolean(_) => Shape::Bool,
        Value::Table(table) => Shape::Table(
            table
                .iter()
                .map(|(key, child)| {
                    check_key(key, at);
                    (key.clone(), shape_of(child, &format!("{at}: {key}")))
                })
                .collect(),
        ),
        Value::Array(items) if items.iter().all(Value::is_str) => {
            if items.is_empty() {
                Shape::Tables(None)
            } else {
                Shape::Strs
            }
        }
        Value::Array(items) => {
            let mut shape: Option<Shape> = None;
            for (i, item) in items.iter().enumerate() {
                let item_at = format!("{at}[{i}]");
                assert!(
                    item.is_table(),
                    "{item_at}: a list holds only strings or only tables"
                );
                let this = shape_of(item, &item_at);
                shape = Some(match shape {
                    None => this,
                    Some(known) => merge(known, this, &item_at),
                });
            }
            Shape::Tables(shape.map(Box::new))
        }
        _ => panic!("{at}: use strings, whole numbers, true/false, lists or tables"),
    }
}

/// Two items of one list must have the same keys; empty lists take the other's shape.
fn merge(a: Shape, b: Shape, at: &str) -> Shape {
    match (a, b) {
        (Shape::Table(x), Shape::Table(y)) => {
            let keys: Vec<_> = x.keys().chain(y.keys()).cloned().collect();
            let mut merged = BTreeMap::new();
            for key in keys {
                match (x.get(&key), y.get(&key)) {
                    (Some(p), Some(q)) => {
                        merged.insert(
                            key.clone(),
                            merge(p.clone(), q.clone(), &format!("{at}: {key}")),
                        );
                    }
                    _ => panic!("{at}: every item of a list needs the key `{key}`"),
                }
            }
            Shape::Table(merged)
        }
        (Shape::Tables(None), other @ (Shape::Tables(_) | Shape::Strs))
        | (other @ (Shape::Tables(_) | Shape::Strs), Shape::Tables(None)) => other,
        (Shape::Tables(Some(p)), Shape::Tables(Some(q))) => {
            Shape::Tables(Some(Box::new(merge(*p, *q, at))))
        }
        (p, q) if p == q => p,
        (p, q) => panic!("{at}: {p:?} here but {q:?} elsewhere"),
    }
}

/// Keys become Rust field names, so they must be plain snake_case words and not keywords.
fn check_key(key: &str, at: &str) {
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
        "{at}: key `{key}`: use lowercase letters, digits and _"
    );
    assert!(
        !KEYWORDS.contains(&key),
        "{at}: key `{key}` is a Rust keyword: rename it"
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

fn rust_type(parent: &str, key: &str, shape: &Shape) -> String {
    match shape {
        Shape::Str => "&'static str".into(),
        Shape::Int => "u32".into(),
        Shape::Bool => "bool".into(),
        Shape::Strs | Shape::Tables(None) => "&'static [&'static str]".into(),
        Shape::Table(_) => type_name(parent, key),
        Shape::Tables(Some(_)) => format!("&'static [{}]", type_name(parent, key)),
    }
}

/// Writes a struct for each table shape. Tables of the same shape (such as the rows of an
/// option) share one struct, so code can treat them alike; later names become aliases.
fn write_structs(out: &mut String, name: &str, shape: &Shape, seen: &mut Vec<(Shape, String)>) {
    let Shape::Table(fields) = shape else {
        unreachable!()
    };
    if let Some((_, first)) = seen.iter().find(|(s, _)| s == shape) {
        let _ = writeln!(out, "pub type {name} = {first};");
        return;
    }
    seen.push((shape.clone(), name.to_string()));
    let _ = writeln!(out, "#[derive(Debug)]\npub struct {name} {{");
    for (key, child) in fields {
        let _ = writeln!(out, "    pub {key}: {},", rust_type(name, key, child));
    }
    out.push_str("}\n");
    for (key, child) in fields {
        match child {
            Shape::Table(_) => write_structs(out, &type_name(name, key), child, seen),
            Shape::Tables(Some(item)) => write_structs(out, &type_name(name, key), item, seen),
            _ => {}
        }
    }
}

fn write_value(out: &mut String, name: &str, shape: &Shape, value: &Value) {
    match (shape, value) {
        (Shape::Table(fields), Value::Table(table)) => {
            let _ = write!(out, "{name} {{ ");
            for (key, child_shape) in fields {
                let _ = write!(out, "{key}: ");
                write_value(out, &type_name(name, key), child_shape, &table[key]);
                out.push_str(",\n");
            }
            out.push('}');
        }
        (Shape::Tables(Some(item)), Value::Array(items)) => {
            out.push_str("&[");
            for v in items {
                write_value(out, name, item, v);
                out.push_str(",\n");
            }
            out.push(']');
        }
        (_, Value::Array(items)) => {
            out.push_str("&[");
            for item in items {
                let _ = write!(out, "{:?}, ", item.as_str().unwrap());
            }
            out.push(']');
        }
        (_, Value::String(s)) => {
            let _ = write!(out, "{s:?}");
        }
        (_, Value::Integer(i)) => {
            let _ = write!(out, "{i}");
        }
        (_, Value::Boolean(b)) => {
            let _ = write!(out, "{b}");
        }
        _ => panic!("{name}: unexpected value"),
    }
}
