//! The layering rule: pure modules never import the browser or the framework, so they
//! compile and are tested natively. Also: screens take every text from the content layer.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// Folders and files that must stay pure.
const PURE: &[&str] = &[
    "src/domain",
    "src/state",
    "src/content",
    "src/embed",
    "src/route.rs",
    "src/storage/envelope.rs",
    "src/storage/json.rs",
    "src/storage/shape.rs",
    "src/storage/keys.rs",
    "src/storage/session.rs",
    "src/storage/store.rs",
];
const BROWSER_CRATES: &[&str] = &["yew", "web_sys", "gloo", "js_sys", "wasm_bindgen"];

fn rust_files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let mut files = Vec::new();
    for entry in fs::read_dir(path).unwrap() {
        files.extend(rust_files(&entry.unwrap().path()));
    }
    files.retain(|f| f.extension().is_some_and(|e| e == "rs"));
    files
}

fn browser_uses(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        for name in BROWSER_CRATES {
            let used = code.match_indices(name).any(|(i, _)| {
                let before = code[..i].chars().last();
                let after = &code[i + name.len()..];
                !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                    && (after.starts_with("::") || after.starts_with("_") && name == &"gloo")
            });
            if used {
                found.push(format!("line {}: {}", number + 1, line.trim()));
            }
        }
    }
    found
}

#[test]
fn pure_modules_import_no_browser_or_framework_crate() {
    let mut offenders = Vec::new();
    for root in PURE {
        let files = rust_files(Path::new(root));
        assert!(!files.is_empty(), "{root} has no Rust files: update PURE");
        for file in files {
            let source = fs::read_to_string(&file).unwrap();
            for hit in browser_uses(&source) {
                offenders.push(format!("{}: {hit}", file.display()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "pure modules import browser crates:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_check_catches_an_import() {
    assert_eq!(browser_uses("use yew::prelude::*;").len(), 1);
    assert_eq!(browser_uses("let w = web_sys::window();").len(), 1);
    assert_eq!(browser_uses("use gloo_events::EventListener;").len(), 1);
    assert!(browser_uses("// yew::x in a comment").is_empty());
    assert!(browser_uses("let my_yew::x = 1;").is_empty());
}

/// Finds string literals that are shown as text inside `html!`: `{ "..." }` children or
/// `>text<` between tags. Attribute values (class, ids, types) are not text a person reads.
fn text_literals(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let code = line.trim();
        if code.starts_with("//") || code.contains("->") {
            continue;
        }
        let child_literal = code.match_indices("{ \"").any(|(i, _)| {
            let before = code[..i].trim_end().chars().last();
            if !matches!(before, None | Some('>') | Some('}')) {
                return false;
            }
            let literal = code[i + 3..].split('"').next().unwrap_or_default();
            literal.chars().any(char::is_alphabetic)
        });
        let bare_text = code.match_indices('>').any(|(i, _)| {
            let rest = &code[i + 1..];
            let Some(end) = rest.find("</") else {
                return false;
            };
            let text = &rest[..end];
            !text.contains(['{', '<', '"']) && text.chars().any(char::is_alphabetic)
        });
        if child_literal || bare_text {
            found.push(format!("line {}: {code}", number + 1));
        }
    }
    found
}

#[test]
fn screens_take_every_text_from_the_content_layer() {
    let mut offenders = Vec::new();
    for file in rust_files(Path::new("src/ui")) {
        let source = fs::read_to_string(&file).unwrap();
        for hit in text_literals(&source) {
            offenders.push(format!("{}: {hit}", file.display()));
        }
    }
    assert!(
        offenders.is_empty(),
        "text literals in html!:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_text_check_catches_a_literal() {
    assert_eq!(text_literals(r#"<p>{ "Hello there" }</p>"#).len(), 1);
    assert_eq!(text_literals(r#"<p>Hello there</p>"#).len(), 1);
    assert!(text_literals(r#"<p class="x">{ t.hello }</p>"#).is_empty());
    assert!(text_literals(r#"{ " " }"#).is_empty());
}

/// The layers, top to bottom. A module may import only from layers below it.
const LAYERS: &[&str] = &[
    "ui", "route", "embed", "storage", "state", "content", "domain",
];

/// A layer's files: its folder, or its one file (`src/route.rs`).
fn layer_files(layer: &str) -> Vec<PathBuf> {
    let folder = Path::new("src").join(layer);
    if folder.is_dir() {
        rust_files(&folder)
    } else {
        rust_files(&folder.with_extension("rs"))
    }
}

fn crate_imports(source: &str) -> Vec<(usize, &'static str)> {
    let mut found = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        for layer in LAYERS {
            if code.contains(&format!("crate::{layer}")) {
                found.push((number + 1, *layer));
            }
        }
    }
    found
}

#[test]
fn imports_run_one_way_down_the_layers() {
    let mut offenders = Vec::new();
    for (rank, layer) in LAYERS.iter().enumerate() {
        for file in layer_files(layer) {
            let source = fs::read_to_string(&file).unwrap();
            for (line, used) in crate_imports(&source) {
                let used_rank = LAYERS.iter().position(|l| *l == used).unwrap();
                if used_rank < rank {
                    offenders.push(format!("{}:{line}: {layer} imports {used}", file.display()));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "imports against the layers:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_layer_check_catches_an_upward_import() {
    assert_eq!(
        crate_imports("use crate::state::AppState;"),
        vec![(1, "state")]
    );
    assert!(crate_imports("// crate::ui in a comment").is_empty());
}
