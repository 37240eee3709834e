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

/// Finds words written in the code of the screens instead of taken from the content: string
/// literals shown as text inside `html!` (`{ "..." }` children, with or without spaces, and
/// `>text<` between tags), text attributes a person hears or sees (`aria-label`, `title`,
/// `alt`, `placeholder`) given a literal, and `format!` patterns with words in them. Ids,
/// classes and punctuation are not words a person reads.
fn text_literals(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let code = line.trim();
        if code.starts_with("//") || code.starts_with("///") || code.contains("->") {
            continue;
        }
        let child_literal = code.match_indices('{').any(|(i, _)| {
            let before = code[..i].trim_end().chars().last();
            if !matches!(before, None | Some('>') | Some('}')) {
                return false;
            }
            let rest = code[i + 1..].trim_start();
            let Some(literal) = rest.strip_prefix('"') else {
                return false;
            };
            has_words(literal.split('"').next().unwrap_or_default())
        });
        let bare_text = code.match_indices('>').any(|(i, _)| {
            let rest = &code[i + 1..];
            let Some(end) = rest.find("</") else {
                return false;
            };
            let text = &rest[..end];
            !text.contains(['{', '<', '"']) && text.chars().any(char::is_alphabetic)
        });
        let text_attribute = ["aria-label=", "title=", "alt=", "placeholder="]
            .iter()
            .any(|attribute| {
                code.match_indices(attribute).any(|(i, _)| {
                    let before = code[..i].chars().last();
                    let value = &code[i + attribute.len()..];
                    before.is_some_and(char::is_whitespace)
                        && value.strip_prefix('"').is_some_and(|v| {
                            v.split('"')
                                .next()
                                .unwrap_or_default()
                                .chars()
                                .any(char::is_alphabetic)
                        })
                })
            });
        let format_words = code.match_indices("format!(\"").any(|(i, _)| {
            let pattern = code[i + 9..].split('"').next().unwrap_or_default();
            has_words(&without_placeholders(pattern))
        });
        if child_literal || bare_text || text_attribute || format_words {
            found.push(format!("line {}: {code}", number + 1));
        }
    }
    found
}

/// Whether a literal reads as words: two letters in a row, and a space (an id such as
/// `pick-{}` or a class has no space).
fn has_words(literal: &str) -> bool {
    let letters = literal
        .as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_alphabetic() && w[1].is_ascii_alphabetic());
    letters && (literal.trim().contains(' ') || literal.chars().all(char::is_alphabetic))
}

/// A `format!` pattern without its `{...}` placeholders.
fn without_placeholders(pattern: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in pattern.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
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
    // Planted: each of these must be found.
    for planted in [
        r#"<p>{ "Hello there" }</p>"#,
        r#"<p>{"Hello there"}</p>"#,
        r#"<p>Hello there</p>"#,
        r#"<p>{ "Hello" }</p>"#,
        r#"<nav aria-label="Steps of the guide">"#,
        r#"<button title="Close this">"#,
        r#"<img alt="A person" src="x.svg" />"#,
        r#"<input placeholder="Your question" />"#,
        r#"let label = format!("Step {n} of {total}");"#,
    ] {
        assert_eq!(text_literals(planted).len(), 1, "{planted}");
    }
    // And none of these: content texts, ids, classes, punctuation.
    for fine in [
        r#"<p class="x">{ t.hello }</p>"#,
        r#"{ " " }"#,
        r#"{ ": " }"#,
        r#"<nav aria-label={c.jump_label}>"#,
        r#"let id = format!("pick-{}", o.id);"#,
        r#"format!(" ({})", ids.join(", "))"#,
        r#"format!("{start} {q}: {a}.")"#,
        r#"// <p>{ "in a comment" }</p>"#,
    ] {
        assert!(text_literals(fine).is_empty(), "{fine}");
    }
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

/// Each use of a layer through `crate::`, with its line: paths (`crate::state::AppState`) and
/// grouped imports (`use crate::{state::Action, ui::x}`, over several lines too).
fn crate_imports(source: &str) -> Vec<(usize, &'static str)> {
    // Comments out, lines kept, so that a group over several lines is read as one.
    let code: Vec<&str> = source
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect();
    let text = code.join("\n");
    let line_of = |at: usize| text[..at].matches('\n').count() + 1;
    let layer_at = |path: &str| {
        LAYERS
            .iter()
            .find(|layer| {
                path.strip_prefix(**layer).is_some_and(|rest| {
                    !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_')
                })
            })
            .copied()
    };
    let mut found = Vec::new();
    for (at, _) in text.match_indices("crate::") {
        let rest = &text[at + 7..];
        if let Some(group) = rest.strip_prefix('{') {
            // The top-level items of the group, each with the line it starts on.
            let item = |start: usize, end: usize| {
                let path = group[start..end].trim_start();
                // Where the path itself starts (after the line break and spaces before it).
                let starts = at + 8 + end - path.len();
                layer_at(path).map(|layer| (line_of(starts), layer))
            };
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        found.extend(item(start, i));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        found.extend(item(start, i));
                        start = i + 1;
                    }
                    _ => {}
                }
            }
        } else if let Some(layer) = layer_at(rest) {
            found.push((line_of(at), layer));
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
    // Planted: grouped imports, on one line and over several.
    assert_eq!(
        crate_imports("use crate::{content::texts, ui::browser};"),
        vec![(1, "content"), (1, "ui")]
    );
    assert_eq!(
        crate_imports(
            "use crate::{\n    domain::answers::{Answers, Substance},\n    state::Action,\n};"
        ),
        vec![(2, "domain"), (3, "state")]
    );
    assert!(crate_imports("use crate::uikit::x;").is_empty());
}
