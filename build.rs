//! Compiles the content in `content/<language>/*.toml` into Rust statics.
//!
//! All files of a language merge into one `Texts` value. English defines the shape: every
//! table becomes a struct and every key a field, so a text the code uses but the files lack is
//! a compile error. A list of tables becomes a slice of one struct, and every item must have
//! the same keys (an option missing a row fails the build). A second language that misses or
//! adds a key fails the build with the key's name. No TOML parser ships in the wasm.
//!
//! The words themselves do not ship in the wasm either: every string becomes a `Text`, a
//! number into one list of strings per language (equal strings share a number). That list is
//! written to `texts-<lang>.txt`, one string after another, each ended by a unit separator
//! (U+001F). The release build serves it beside the wasm (`.ci/post-build.mjs` copies it into
//! `dist/` under a name with its hash); native builds read it from `OUT_DIR`. So the wasm
//! stays small however much content or how many languages there are.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

use toml::{Table, Value};

/// The guide's languages, English first (it defines the shape).
const LANGUAGES: &[&str] = &["en", "es"];

fn main() {
    println!("cargo:rerun-if-changed=content");
    let texts: BTreeMap<&str, Value> = LANGUAGES.iter().map(|lang| (*lang, load(lang))).collect();

    let shape = shape_of(&texts["en"], "content/en");
    for (lang, value) in &texts {
        check_factor_grids(value, lang);
        let other = shape_of(value, &format!("content/{lang}"));
        assert!(
            other == shape,
            "content/{lang} must have exactly the keys of content/en"
        );
    }

    for (lang, value) in &texts {
        check_links(value, lang);
        assert!(
            ids_in(value, &shape) == ids_in(&texts["en"], &shape),
            "content/{lang} must have exactly the ids of content/en, in the same places"
        );
    }
    write_id_consts(&texts["en"]);

    // One numbering for all languages: a `Text` is a place in every language's list of
    // strings, each list in its own words. Texts equal in every language share a number.
    let out_dir = env::var("OUT_DIR").unwrap();
    let mut out = String::new();
    // The ids, numbered once for all languages (they are the same in each), compiled in.
    let mut ids = Ids::default();
    let mut strings = Strings::default();
    write_structs(&mut out, "Texts", &shape, &mut Vec::new());
    let values: Vec<&Value> = texts.values().collect();
    out.push_str("/// The content: numbers into the current language's strings, and ids.\npub static TEXTS: Texts = ");
    write_value(&mut out, "Texts", &shape, &values, &mut strings, &mut ids);
    out.push_str(";\n");
    let (mut files, mut natives) = (Vec::new(), Vec::new());
    for (i, (lang, value)) in texts.iter().enumerate() {
        let upper = lang.to_uppercase();
        let blob = strings.blob(i);
        // The language's name in its own words, compiled in: a switch to it shows before its
        // strings are loaded.
        let own_name = value["app"]["language"].as_str().expect("app.language");
        let hash = fnv1a(blob.as_bytes());
        let _ = writeln!(
            out,
            "/// The strings of `{lang}`: how many, their hash and the file served.\n\
             pub const {upper}_STRINGS: StringsFile = StringsFile {{ lang: {lang:?}, own_name: {own_name:?}, \
             count: {}, hash: {hash:#018x}, name: \"texts-{lang}-{hash:016x}.txt\" }};\n\
             /// The same strings, compiled in for native builds only (tests).\n\
             #[cfg(not(target_arch = \"wasm32\"))]\n\
             pub const {upper}_NATIVE: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/texts-{lang}.txt\"));",
            strings.lists.len()
        );
        files.push(format!("&{upper}_STRINGS"));
        natives.push(format!("{upper}_NATIVE"));
        fs::write(Path::new(&out_dir).join(format!("texts-{lang}.txt")), &blob).unwrap();
        let mut keyed = String::new();
        write_keyed(&mut keyed, "", value);
        fs::write(Path::new(&out_dir).join(format!("keyed-{lang}.tsv")), keyed).unwrap();
        ship(lang, hash, &blob);
    }
    let _ = writeln!(
        out,
        "/// Every language's strings, English first.\npub const LANGUAGES: &[&StringsFile] = &[{}];\n\
         /// The same, compiled in for native builds only, in the same order.\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n\
         const NATIVE: &[&str] = &[{}];",
        files.join(", "),
        natives.join(", ")
    );
    let _ = writeln!(
        out,
        "/// Every id of the content, one after another: an `Id` says where one is.\n\
         const IDS: &str = {:?};",
        ids.blob
    );
    fs::write(Path::new(&out_dir).join("texts.rs"), out).unwrap();
}

/// The content items the code names, one module of constants per kind
/// (`ids::article::PILL_OR_SHOT`), written to `OUT_DIR/ids.rs` for `src/domain/ids.rs`. A
/// renamed or removed item fails the build where the code names it, instead of dropping a link.
fn write_id_consts(en: &Value) {
    let mut out = String::new();
    for (module, list) in [
        ("article", "articles"),
        ("factor", "factors"),
        ("flag", "flags"),
        ("option", "options"),
    ] {
        let _ = writeln!(
            out,
            "/// The ids of `content/en` `{list}`.\npub mod {module} {{"
        );
        let mut all = Vec::new();
        for item in en[list].as_array().unwrap() {
            let id = item["id"].as_str().unwrap();
            let name = id.to_uppercase().replace('-', "_");
            let _ = writeln!(out, "    pub const {name}: &str = {id:?};");
            all.push(name);
        }
        let _ = writeln!(
            out,
            "    /// Every one, in the content's order.\n    pub const ALL: &[&str] = &[{}];\n}}",
            all.join(", ")
        );
    }
    let out_dir = env::var("OUT_DIR").unwrap();
    fs::write(Path::new(&out_dir).join("ids.rs"), out).unwrap();
}

/// Every id in a language's content, with where it is, in order.
fn ids_in(value: &Value, shape: &Shape) -> Vec<String> {
    let mut found = Vec::new();
    collect_ids(value, shape, "", &mut found);
    found
}

fn collect_ids(value: &Value, shape: &Shape, at: &str, found: &mut Vec<String>) {
    match (shape, value) {
        (Shape::Id, Value::String(s)) => found.push(format!("{at} = {s}")),
        (Shape::Ids, Value::Array(items)) => {
            for item in items {
                found.push(format!("{at} = {}", item.as_str().unwrap()));
            }
        }
        (Shape::Table(fields), Value::Table(table)) => {
            for (key, child) in fields {
                collect_ids(&table[key], child, &format!("{at}.{key}"), found);
            }
        }
        (Shape::Tables(Some(item)), Value::Array(items)) => {
            for (i, v) in items.iter().enumerate() {
                collect_ids(v, item, &format!("{at}[{i}]"), found);
            }
        }
        _ => {}
    }
}

/// Every link between content items leads somewhere: each source cited is in `sources.toml`,
/// each option a flag concerns is in `options.toml`, and ids are unique in their list.
fn check_links(texts: &Value, lang: &str) {
    let ids_of = |list: &str| -> Vec<String> {
        texts[list]
            .as_array()
            .unwrap_or_else(|| panic!("content/{lang}: `{list}`"))
            .iter()
            .map(|item| item["id"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    for list in [
        "articles", "factors", "flags", "options", "quiz", "sources", "sure",
    ] {
        let ids = ids_of(list);
        for (i, id) in ids.iter().enumerate() {
            assert!(!id.is_empty(), "content/{lang} {list}[{i}]: an id");
            assert!(
                !ids[..i].contains(id),
                "content/{lang} {list}: `{id}` twice"
            );
        }
    }
    let sources = ids_of("sources");
    let options = ids_of("options");
    let mut cited = Vec::new();
    cited_sources(texts, "", &mut cited);
    for (at, id) in cited {
        assert!(
            sources.contains(&id),
            "content/{lang}{at}: no source `{id}` in sources.toml"
        );
    }
    for flag in texts["flags"].as_array().unwrap() {
        for option in flag["options"].as_array().unwrap() {
            let option = option.as_str().unwrap();
            assert!(
                options.iter().any(|o| o == option),
                "content/{lang} flags.{}: no option `{option}`",
                flag["id"].as_str().unwrap_or_default()
            );
        }
    }
}

/// The sources cited anywhere (`sources`, `pros_sources`, `cons_sources`), with where.
fn cited_sources(value: &Value, at: &str, found: &mut Vec<(String, String)>) {
    match value {
        Value::Table(table) => {
            for (key, child) in table {
                let here = format!("{at}.{key}");
                match child {
                    Value::Array(items)
                        if key.ends_with("sources") && items.iter().all(Value::is_str) =>
                    {
                        for id in items {
                            found.push((here.clone(), id.as_str().unwrap().to_string()));
                        }
                    }
                    _ => cited_sources(child, &here, found),
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                cited_sources(item, &format!("{at}[{i}]"), found);
            }
        }
        _ => {}
    }
}

/// Leaves the strings where the release build's post-build step (`.ci/post-build.mjs`) finds them:
/// `target/texts/texts-<lang>.txt` and its hash beside it. Written to a temporary file and
/// renamed, so a native and a wasm build running at once never leave half a file.
fn ship(lang: &str, hash: u64, blob: &str) {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("target/texts");
    fs::create_dir_all(&dir).unwrap();
    for (name, body) in [
        (format!("texts-{lang}.txt"), blob.to_string()),
        (format!("texts-{lang}.hash"), format!("{hash:016x}")),
    ] {
        let tmp = dir.join(format!("{name}.{}.tmp", std::process::id()));
        fs::write(&tmp, body).unwrap();
        fs::rename(&tmp, dir.join(name)).unwrap();
    }
}

/// The strings of every language, numbered in order of first use: number `n` is the same text
/// in each language's words (`lists[n][language]`).
#[derive(Default)]
struct Strings {
    lists: Vec<Vec<String>>,
    numbers: HashMap<Vec<String>, usize>,
}

impl Strings {
    /// The number of one text, given in every language.
    fn number(&mut self, words: Vec<String>) -> usize {
        for s in &words {
            assert!(
                !s.contains(SEPARATOR),
                "a text contains U+001F, which separates texts: {s:?}"
            );
        }
        if let Some(&n) = self.numbers.get(&words) {
            return n;
        }
        let n = self.lists.len();
        assert!(
            n < usize::from(u16::MAX),
            "more than 65,535 different texts"
        );
        self.lists.push(words.clone());
        self.numbers.insert(words, n);
        n
    }

    /// The strings file of the language at `language`.
    fn blob(&self, language: usize) -> String {
        self.lists
            .iter()
            .flat_map(|words| [words[language].as_str(), SEPARATOR])
            .collect()
    }
}

const SEPARATOR: &str = "\u{1f}";

/// The ids of the content, written one after another. An id is coded in 16 bits as where it
/// starts (11 bits) and its length (5 bits), so `Id::get` is a slice, with no table to build.
#[derive(Default)]
struct Ids {
    blob: String,
    codes: HashMap<String, u16>,
}

impl Ids {
    fn code(&mut self, id: &str) -> u16 {
        if let Some(&code) = self.codes.get(id) {
            return code;
        }
        let (at, len) = (self.blob.len(), id.len());
        assert!(
            (1..32).contains(&len) && id.is_ascii(),
            "id {id:?}: 1 to 31 plain letters, digits and signs"
        );
        assert!(
            at + len < 2048,
            "the ids take more than 2,047 bytes: widen `Id`"
        );
        self.blob.push_str(id);
        let code = ((at as u16) << 5) | len as u16;
        self.codes.insert(id.to_string(), code);
        code
    }
}

/// FNV-1a, 64 bits: enough to notice a strings file that does not belong to this build.
/// `content::load` computes the same.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Review files in a language's folder that are not texts of the guide: read by the tests, not
/// compiled into it.
const REVIEW_FILES: &[&str] = &["warnings.toml"];

/// Every text with the path of keys that leads to it, one per line (`path<TAB>text`), for the
/// native tests: reading level over every text, and the must-say warnings. An item of a list
/// of tables is named by its `id` (or `substance`), otherwise by its place; a string of a list
/// by its place. Tabs, line breaks and backslashes in a text are written as `\t`, `\n`, `\\`.
fn write_keyed(out: &mut String, path: &str, value: &Value) {
    let join = |name: &str| {
        if path.is_empty() {
            name.to_string()
        } else {
            format!("{path}.{name}")
        }
    };
    match value {
        Value::String(s) => {
            let escaped = s
                .replace('\\', "\\\\")
                .replace('\t', "\\t")
                .replace('\n', "\\n");
            let _ = writeln!(out, "{path}\t{escaped}");
        }
        Value::Table(table) => {
            for (key, child) in table {
                write_keyed(out, &join(key), child);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let name = ["id", "substance"]
                    .iter()
                    .find_map(|k| item.get(k).and_then(Value::as_str))
                    .map_or_else(|| i.to_string(), String::from);
                write_keyed(out, &join(&name), item);
            }
        }
        _ => {}
    }
}

/// Every `*.toml` of a language, merged into one table (a key may appear in one file only).
fn load(lang: &str) -> Value {
    let dir = format!("content/{lang}");
    let mut names: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| REVIEW_FILES.contains(&n.to_str().unwrap_or("")))
        })
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

/// Every factor's grids place each option once for each substance it is used for: one grid
/// for "any" substance places all options; a grid for "alcohol" or "opioids" places exactly the
/// options used for it (see the header of `factors.toml`).
fn check_factor_grids(texts: &Value, lang: &str) {
    let strs = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let field = |t: &Value, key: &str| t.get(key).and_then(Value::as_str).unwrap_or("").to_string();
    let options: Vec<(String, String, String)> = texts["options"]
        .as_array()
        .expect("options")
        .iter()
        .map(|o| (field(o, "id"), field(o, "alcohol"), field(o, "opioids")))
        .collect();
    for factor in texts["factors"].as_array().expect("factors") {
        let at = format!("content/{lang}/factors.toml: {}", field(factor, "id"));
        let grids = factor["grids"].as_array().expect("every factor has grids");
        let substances: Vec<String> = grids.iter().map(|g| field(g, "substance")).collect();
        let shown_for = field(factor, "substance");
        let allowed: &[&[&str]] = match shown_for.as_str() {
            "any" => &[&["any"], &["alcohol", "opioids"]],
            "alcohol" => &[&["any"], &["alcohol"]],
            "opioids" => &[&["any"], &["opioids"]],
            other => panic!("{at}: substance {other:?}: use \"any\", \"alcohol\" or \"opioids\""),
        };
        assert!(
            allowed.iter().any(|a| substances == *a),
            "{at}: shown for {shown_for}, so its grids are one of {allowed:?}, not {substances:?}"
        );
        for grid in grids {
            let substance = field(grid, "substance");
            let used = |o: &(String, String, String)| match substance.as_str() {
                "alcohol" => o.1 != "no",
                "opioids" => o.2 != "no",
                _ => true,
            };
            let placed: Vec<String> = ["fits", "partly", "no_fit"]
                .iter()
                .flat_map(|group| strs(&grid[*group]))
                .collect();
            for option in &options {
                let times = placed.iter().filter(|p| **p == option.0).count();
                let wanted = usize::from(used(option));
                assert!(
                    times == wanted,
                    "{at} ({substance}): `{}` is placed {times} times, but must be placed {wanted}",
                    option.0
                );
            }
            for id in &placed {
                assert!(
                    options.iter().any(|o| o.0 == *id),
                    "{at} ({substance}): no option `{id}`"
                );
            }
            for group in ["fits", "partly", "no_fit"] {
                let why = field(grid, &format!("{group}_why"));
                assert!(
                    strs(&grid[group]).is_empty() == why.is_empty(),
                    "{at} ({substance}): `{group}` needs a reason exactly when it lists options"
                );
            }
        }
    }
}

/// The type of a piece of content.
#[derive(Clone, Debug, PartialEq)]
enum Shape {
    Str,
    /// An id: the same in every language, never shown as words (see [`is_id`]).
    Id,
    /// A list of ids.
    Ids,
    Int,
    Bool,
    Strs,
    Table(BTreeMap<String, Shape>),
    /// A list of tables, all of one shape. `None`: only empty lists seen.
    Tables(Option<Box<Shape>>),
}

/// Whether the value of `key` (a string, or a list of strings: `list`) at `at` is an id: a
/// name the code and other content link to, the same in every language and never shown as
/// words. Ids are compiled in as plain strings, not numbers into the words of a language, so
/// they work before the words load, and a link to an id that does not exist fails the build.
fn is_id(at: &str, key: &str, list: bool) -> bool {
    match key {
        "id" | "substance" | "kind" | "certainty" | "status" => !list,
        "sources" | "pros_sources" | "cons_sources" | "fits" | "partly" | "no_fit" | "options" => {
            list
        }
        // How an option is used for each substance ("yes", "off-label", "no").
        "alcohol" | "opioids" => !list && at.contains(": options["),
        _ => false,
    }
}

fn shape_of(value: &Value, at: &str) -> Shape {
    let key = at.rsplit(": ").next().unwrap_or("");
    match value {
        Value::String(_) if is_id(at, key, false) => Shape::Id,
        Value::Array(items) if items.iter().all(Value::is_str) && is_id(at, key, true) => {
            Shape::Ids
        }
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
        Shape::Str => "Text".into(),
        Shape::Id => "Id".into(),
        Shape::Ids => "&'static [Id]".into(),
        Shape::Int => "u32".into(),
        Shape::Bool => "bool".into(),
        Shape::Strs | Shape::Tables(None) => "&'static [Text]".into(),
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

fn write_value(
    out: &mut String,
    name: &str,
    shape: &Shape,
    values: &[&Value],
    strings: &mut Strings,
    ids: &mut Ids,
) {
    // Every language's value at this place: the first (English) gives the ids and the shape,
    // each gives its words, and each list has the same number of items in every language.
    match (shape, values[0]) {
        (Shape::Table(fields), Value::Table(_)) => {
            let _ = write!(out, "{name} {{ ");
            for (key, child_shape) in fields {
                let _ = write!(out, "{key}: ");
                let children: Vec<&Value> = values.iter().map(|v| &v[key.as_str()]).collect();
                write_value(
                    out,
                    &type_name(name, key),
                    child_shape,
                    &children,
                    strings,
                    ids,
                );
                out.push_str(",\n");
            }
            out.push('}');
        }
        (Shape::Tables(Some(item)), Value::Array(items)) => {
            out.push_str("&[");
            for i in 0..items.len() {
                let children = items_at(values, i, name);
                write_value(out, name, item, &children, strings, ids);
                out.push_str(",\n");
            }
            out.push(']');
        }
        (Shape::Ids, Value::Array(items)) => {
            out.push_str("&[");
            for item in items {
                let _ = write!(out, "Id({}), ", ids.code(item.as_str().unwrap()));
            }
            out.push(']');
        }
        (Shape::Id, Value::String(s)) => {
            let _ = write!(out, "Id({})", ids.code(s));
        }
        (_, Value::Array(items)) => {
            out.push_str("&[");
            for i in 0..items.len() {
                let children = items_at(values, i, name);
                let texts: Vec<String> = children
                    .iter()
                    .map(|v| v.as_str().unwrap().to_string())
                    .collect();
                let _ = write!(out, "Text({}), ", strings.number(texts));
            }
            out.push(']');
        }
        (_, Value::String(_)) => {
            let texts: Vec<String> = values
                .iter()
                .map(|v| {
                    v.as_str()
                        .unwrap_or_else(|| panic!("{name}: a text in every language"))
                        .to_string()
                })
                .collect();
            let _ = write!(out, "Text({})", strings.number(texts));
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

/// The `i`th item of a list in every language, which must all have it.
fn items_at<'a>(values: &[&'a Value], i: usize, name: &str) -> Vec<&'a Value> {
    values
        .iter()
        .map(|v| {
            v.as_array()
                .and_then(|items| items.get(i))
                .unwrap_or_else(|| panic!("{name}: every language has the same number of items"))
        })
        .collect()
}
