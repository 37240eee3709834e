//! Every text of the guide with the path of keys that leads to it (written by `build.rs`), and
//! which of them are prose a person reads: the set the reading-level and wording checks cover.
//! (Each test crate that includes it uses part of it.)
#![allow(dead_code)]

use recovery_options::content::{outcome_sentence, texts};

/// The texts file's every string, as (key path, text).
pub fn keyed() -> Vec<(String, String)> {
    parse_keyed(include_str!(concat!(env!("OUT_DIR"), "/keyed-en.tsv")))
}

/// The Spanish draft's every string (see `DRAFTS` in build.rs), as (key path, text).
pub fn keyed_es() -> Vec<(String, String)> {
    parse_keyed(include_str!(concat!(env!("OUT_DIR"), "/keyed-es.tsv")))
}

fn parse_keyed(file: &str) -> Vec<(String, String)> {
    file.lines()
        .map(|line| {
            let (path, text) = line.split_once('\t').expect("path<TAB>text");
            let text = text
                .replace("\\n", "\n")
                .replace("\\t", "\t")
                .replace("\\\\", "\\");
            (path.to_string(), text)
        })
        .collect()
}

/// Keys whose texts are not prose: ids and the values code matches on, source ids, links and
/// citations, dates, option-id lists, phone links and the reading figures themselves. The key
/// that names a text is the last one that is not a place in a list (so
/// `options.x.what_it_is.sources.0` is under `sources`).
pub const NOT_PROSE: &[&str] = &[
    "id",
    "substance",
    "kind",
    "certainty",
    "status",
    "alcohol",
    "opioids",
    "sources",
    "pros_sources",
    "cons_sources",
    "links",
    "reference",
    "reviewed",
    "brand",
    "fits",
    "partly",
    "no_fit",
    "readability_max",
    "readability_median",
];

/// Whether the text at `path` is prose a person reads.
pub fn is_prose(path: &str) -> bool {
    let segments: Vec<&str> = path.split('.').collect();
    // The key that names the text: the last one that is not a place in a list.
    let key = segments
        .iter()
        .rev()
        .find(|s| !s.chars().all(|c| c.is_ascii_digit()))
        .copied()
        .unwrap_or("");
    // Outcome parts are graded as the sentences they are built into (see `prose`).
    let outcome_part = segments.contains(&"outcomes");
    let not_prose = NOT_PROSE.contains(&key) || key.ends_with("_tel");
    !outcome_part && !not_prose
}

/// Every text a person reads, with its path: each prose text of the texts file (placeholders
/// such as `{count}` filled with a number), and each outcome as the sentence built from it.
pub fn prose() -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = keyed()
        .into_iter()
        .filter(|(path, text)| is_prose(path) && !text.trim().is_empty())
        .map(|(path, text)| (path, fill_placeholders(&text)))
        .collect();
    let t = texts();
    for o in t.options {
        for (i, outcome) in o.outcomes.iter().enumerate() {
            all.push((
                format!("options.{}.outcomes.{i} (as shown)", o.id),
                outcome_sentence(t, outcome),
            ));
        }
    }
    all
}

/// Every prose text of the Spanish draft, placeholders filled as in [`prose`]. (Its outcome
/// sentences are built from the Spanish texts once they are compiled in; not yet.)
pub fn prose_es() -> Vec<(String, String)> {
    keyed_es()
        .into_iter()
        .filter(|(path, text)| is_prose(path) && !text.trim().is_empty())
        .map(|(path, text)| (path, fill_placeholders(&text)))
        .collect()
}

/// `{name}` becomes "3": a number reads as one short word, as most placeholders are numbers.
fn fill_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        match rest[start..].find('}') {
            Some(end) => {
                out.push_str(&rest[..start]);
                out.push('3');
                rest = &rest[start + end + 1..];
            }
            None => break,
        }
    }
    out.push_str(rest);
    out
}
