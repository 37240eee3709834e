//! A small JSON reader and writer for the saved state and the export file.
//!
//! The guide used serde with serde-json-wasm: its derived code for the state and the parser
//! cost about 80 KB of the wasm (30 KB compressed), far more than this module and the
//! hand-written shapes in `shape.rs`. The reader follows RFC 8259 strictly (what it refuses,
//! a browser's `JSON.parse` refuses too), keeps numbers as their text (the state holds only
//! whole numbers, and float parsing would cost wasm) and refuses nesting deeper than
//! [`MAX_DEPTH`], so a hostile file cannot exhaust the stack.

use crate::domain::set::{IdMap, IdSet};

/// The deepest nesting read. The saved state is five levels deep.
pub const MAX_DEPTH: usize = 64;

/// A JSON value. Object members keep their order.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number, as written (it has the JSON number syntax).
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Reads a JSON text: one value, with white space around it and nothing else.
pub fn parse(text: &str) -> Option<Json> {
    let mut reader = Reader { text, at: 0 };
    let value = reader.value(0)?;
    reader.space();
    (reader.at == text.len()).then_some(value)
}

struct Reader<'a> {
    text: &'a str,
    /// A byte offset into `text`.
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    fn word(&mut self, word: &str) -> bool {
        let found = self.text[self.at..].starts_with(word);
        self.at += if found { word.len() } else { 0 };
        found
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// How many ASCII digits were skipped.
    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.space();
        match self.peek()? {
            b'n' => self.word("null").then_some(Json::Null),
            b't' => self.word("true").then_some(Json::Bool(true)),
            b'f' => self.word("false").then_some(Json::Bool(false)),
            b'"' => self.string().map(Json::String),
            b'[' => {
                let mut items = Vec::new();
                self.list(b']', |reader| {
                    items.push(reader.value(depth + 1)?);
                    Some(())
                })?;
                Some(Json::Array(items))
            }
            b'{' => {
                let mut members = Vec::new();
                self.list(b'}', |reader| {
                    reader.space();
                    let key = reader.string()?;
                    reader.space();
                    reader.eat(b':').then_some(())?;
                    members.push((key, reader.value(depth + 1)?));
                    Some(())
                })?;
                Some(Json::Object(members))
            }
            _ => self.number().map(Json::Number),
        }
    }

    /// The items of an array or object after its opening bracket, up to `close`, each read by
    /// `item`, separated by commas.
    fn list(&mut self, close: u8, mut item: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
        self.at += 1;
        self.space();
        if self.eat(close) {
            return Some(());
        }
        loop {
            item(self)?;
            self.space();
            if self.eat(close) {
                return Some(());
            }
            self.eat(b',').then_some(())?;
        }
    }

    fn number(&mut self) -> Option<String> {
        let start = self.at;
        self.eat(b'-');
        if !self.eat(b'0') && self.digits() == 0 {
            return None;
        }
        if self.eat(b'.') && self.digits() == 0 {
            return None;
        }
        if self.eat(b'e') || self.eat(b'E') {
            let _ = self.eat(b'+') || self.eat(b'-');
            if self.digits() == 0 {
                return None;
            }
        }
        Some(self.text[start..self.at].to_string())
    }

    fn string(&mut self) -> Option<String> {
        self.eat(b'"').then_some(())?;
        let mut out = String::new();
        loop {
            let start = self.at;
            while matches!(self.peek(), Some(byte) if byte != b'"' && byte != b'\\' && byte >= 0x20)
            {
                self.at += 1;
            }
            out.push_str(&self.text[start..self.at]);
            let byte = self.peek()?;
            self.at += 1;
            match byte {
                b'"' => return Some(out),
                b'\\' => {
                    let escaped = self.peek()?;
                    self.at += 1;
                    out.push(match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode()?,
                        _ => return None,
                    });
                }
                // A control character must be escaped.
                _ => return None,
            }
        }
    }

    /// The character of a `\u` escape (after the `u`), joining a surrogate pair; a lone
    /// surrogate is refused, as it is no character.
    fn unicode(&mut self) -> Option<char> {
        let first = self.hex()?;
        let code = if (0xd800..0xdc00).contains(&first) {
            self.word("\\u").then_some(())?;
            let second = self.hex()?;
            if !(0xdc00..0xe000).contains(&second) {
                return None;
            }
            0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
        } else {
            first
        };
        char::from_u32(code)
    }

    fn hex(&mut self) -> Option<u32> {
        let digits = self.text.get(self.at..self.at + 4)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.at += 4;
        u32::from_str_radix(digits, 16).ok()
    }
}

impl Json {
    /// Compact JSON, as kept in storage.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None);
        out
    }

    /// JSON laid out for people who open the export file: one member per line, two spaces a
    /// level, empty lists and objects on one line.
    pub fn to_pretty_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0));
        out
    }

    /// Writes the value; `depth` is `Some` when laying out for people.
    fn write(&self, out: &mut String, depth: Option<usize>) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(true) => out.push_str("true"),
            Json::Bool(false) => out.push_str("false"),
            Json::Number(number) => out.push_str(number),
            Json::String(text) => write_string(out, text),
            Json::Array(items) => {
                write_list(out, "[]", items.iter().map(|item| (None, item)), depth)
            }
            Json::Object(members) => write_list(
                out,
                "{}",
                members
                    .iter()
                    .map(|(key, value)| (Some(key.as_str()), value)),
                depth,
            ),
        }
    }

    /// The members of an object, if this is one.
    pub fn members(&self) -> Option<Members<'_>> {
        match self {
            Json::Object(members) => Some(Members(members)),
            _ => None,
        }
    }

    /// An object with these members, in this order.
    pub fn object(members: Vec<(&str, Json)>) -> Json {
        Json::Object(
            members
                .into_iter()
                .map(|(key, value)| (key.to_string(), value))
                .collect(),
        )
    }
}

fn write_list<'a>(
    out: &mut String,
    brackets: &str,
    items: impl ExactSizeIterator<Item = (Option<&'a str>, &'a Json)>,
    depth: Option<usize>,
) {
    let (open, close) = brackets.split_at(1);
    let empty = items.len() == 0;
    let inner = depth.map(|d| d + 1);
    out.push_str(open);
    for (n, (key, value)) in items.enumerate() {
        if n > 0 {
            out.push(',');
        }
        new_line(out, inner);
        if let Some(key) = key {
            write_string(out, key);
            out.push_str(if depth.is_some() { ": " } else { ":" });
        }
        value.write(out, inner);
    }
    if !empty {
        new_line(out, depth);
    }
    out.push_str(close);
}

fn new_line(out: &mut String, depth: Option<usize>) {
    if let Some(depth) = depth {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    }
}

fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(c as u8 >> 4)]));
                out.push(char::from(HEX[usize::from(c as u8 & 15)]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The members of an object, to read a saved struct from.
#[derive(Clone, Copy)]
pub struct Members<'a>(&'a [(String, Json)]);

impl<'a> Members<'a> {
    /// The member named `key` (the last one, as in a browser, if a name is repeated).
    pub fn get(self, key: &str) -> Option<&'a Json> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// A member that must be there and have the shape of `T`.
    pub fn required<T: Shape>(self, key: &str) -> Option<T> {
        T::from_json(self.get(key)?)
    }

    /// Overwrites `field` with the member named `key`, if there is one. A missing member keeps
    /// what `field` holds (the struct's default); a member of the wrong shape is `None`.
    pub fn set<T: Shape>(self, field: &mut T, key: &str) -> Option<()> {
        if let Some(value) = self.get(key) {
            *field = T::from_json(value)?;
        }
        Some(())
    }
}

/// A type as saved: to JSON, and back from JSON of the right shape (`None` otherwise).
pub trait Shape: Sized {
    fn to_json(&self) -> Json;
    fn from_json(json: &Json) -> Option<Self>;
}

impl Shape for bool {
    fn to_json(&self) -> Json {
        Json::Bool(*self)
    }
    fn from_json(json: &Json) -> Option<Self> {
        match json {
            Json::Bool(value) => Some(*value),
            _ => None,
        }
    }
}

impl Shape for u64 {
    fn to_json(&self) -> Json {
        Json::Number(self.to_string())
    }
    /// Only a whole number without a sign, fraction or exponent that fits.
    fn from_json(json: &Json) -> Option<Self> {
        match json {
            Json::Number(number) if number.bytes().all(|b| b.is_ascii_digit()) => {
                number.parse().ok()
            }
            _ => None,
        }
    }
}

impl Shape for u32 {
    fn to_json(&self) -> Json {
        u64::from(*self).to_json()
    }
    fn from_json(json: &Json) -> Option<Self> {
        u64::from_json(json)?.try_into().ok()
    }
}

impl Shape for String {
    fn to_json(&self) -> Json {
        Json::String(self.clone())
    }
    fn from_json(json: &Json) -> Option<Self> {
        match json {
            Json::String(text) => Some(text.clone()),
            _ => None,
        }
    }
}

/// `null` when there is none.
impl<T: Shape> Shape for Option<T> {
    fn to_json(&self) -> Json {
        self.as_ref().map_or(Json::Null, T::to_json)
    }
    fn from_json(json: &Json) -> Option<Self> {
        match json {
            Json::Null => Some(None),
            json => T::from_json(json).map(Some),
        }
    }
}

impl<T: Shape> Shape for Vec<T> {
    fn to_json(&self) -> Json {
        Json::Array(self.iter().map(T::to_json).collect())
    }
    fn from_json(json: &Json) -> Option<Self> {
        match json {
            Json::Array(items) => items.iter().map(T::from_json).collect(),
            _ => None,
        }
    }
}

/// An array.
impl Shape for IdSet {
    fn to_json(&self) -> Json {
        Json::Array(self.iter().map(String::to_json).collect())
    }
    fn from_json(json: &Json) -> Option<Self> {
        Some(Vec::<String>::from_json(json)?.into_iter().collect())
    }
}

/// An object.
impl<T: Shape> Shape for IdMap<T> {
    fn to_json(&self) -> Json {
        Json::Object(
            self.iter()
                .map(|(key, value)| (key.clone(), value.to_json()))
                .collect(),
        )
    }
    fn from_json(json: &Json) -> Option<Self> {
        match json {
            Json::Object(members) => {
                let mut map = IdMap::new();
                for (key, value) in members {
                    map.insert(key.clone(), T::from_json(value)?);
                }
                Some(map)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value() {
        let json = parse(r#" {"a": [1, -2.5e+3, true, false, null], "b": {"c": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"}} "#)
            .unwrap();
        let members = json.members().unwrap();
        assert_eq!(
            members.get("a"),
            Some(&Json::Array(vec![
                Json::Number("1".into()),
                Json::Number("-2.5e+3".into()),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null,
            ]))
        );
        let c = members.get("b").unwrap().members().unwrap().get("c");
        assert_eq!(c, Some(&Json::String("x\"\\/\u{8}\u{c}\n\r\té😀".into())));
    }

    #[test]
    fn refuses_what_is_not_json() {
        for text in [
            "",
            " ",
            "nul",
            "True",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "0x10",
            "[1,]",
            "[,1]",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{a:1}",
            "'a'",
            "\"a",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\u+123\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\\ud800\\u0041\"",
            "\"a\u{1}b\"",
            "[1] [2]",
            "{} x",
            "NaN",
            "[1",
            "{\"a\":",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn refuses_nesting_deeper_than_the_limit() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse(&deep(MAX_DEPTH + 1)).is_some());
        assert!(parse(&deep(MAX_DEPTH + 2)).is_none());
        assert!(parse(&deep(100_000)).is_none());
    }

    #[test]
    fn writes_what_it_reads() {
        let text = r#"{"a":[1,{},[],"x\"\\\n\r\t\u0001é"],"b":{"c":null,"d":false}}"#;
        let json = parse(text).unwrap();
        assert_eq!(json.to_text(), text);
        assert_eq!(parse(&json.to_pretty_text()), Some(json));
    }

    #[test]
    fn lays_out_for_people() {
        let json = parse(r#"{"a":{"b":[1,{}],"c":"x,{y}:"},"d":[]}"#).unwrap();
        assert_eq!(
            json.to_pretty_text(),
            "{\n  \"a\": {\n    \"b\": [\n      1,\n      {}\n    ],\n    \"c\": \"x,{y}:\"\n  },\n  \"d\": []\n}"
        );
    }

    #[test]
    fn whole_numbers_only_where_a_count_is_expected() {
        let number = |text: &str| u64::from_json(&parse(text).unwrap());
        assert_eq!(number("42"), Some(42));
        assert_eq!(number("18446744073709551615"), Some(u64::MAX));
        for text in ["18446744073709551616", "-1", "1.0", "1e2", "\"1\"", "null"] {
            assert_eq!(number(text), None, "{text}");
        }
        assert_eq!(u32::from_json(&parse("4294967296").unwrap()), None);
    }

    #[test]
    fn a_repeated_member_reads_as_the_last_one() {
        let json = parse(r#"{"a":1,"a":2}"#).unwrap();
        assert_eq!(
            json.members().unwrap().get("a"),
            Some(&Json::Number("2".into()))
        );
    }
}
