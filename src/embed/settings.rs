//! Settings in the page address, for a clinic that hosts or embeds the guide: its name, phone,
//! website and booking links, an accent colour, the options it offers, a default language and
//! where Quick exit goes (`?clinic=Riverside%20Clinic&phone=555-123-4567&exit=/weather.html`).
//! They are not secret. Each is optional, checked and size-limited: one that is unknown or not
//! allowed keeps its default and is listed in [`Parsed::refused`] (for the builder's preview;
//! a patient never sees it as an error). The language in force, `?lang=es`, is chosen by
//! `index.html` before the guide loads (see `main.rs`), and so is `default-lang`, its fallback
//! when the person has not chosen one on this device.

use crate::content::LANGUAGES;
use crate::domain::ids::option;
use crate::domain::percent;

/// A neutral page that gives nothing away about this guide.
pub const DEFAULT_QUICK_EXIT: &str = "https://www.google.com/search?q=weather";

/// The longest clinic name, in characters: it must fit a phone's header.
pub const MAX_NAME: usize = 60;
/// The longest link, in bytes.
pub const MAX_LINK: usize = 300;
/// The least contrast of the accent colour with white, both ways (WCAG AA for text).
pub const MIN_CONTRAST: f64 = 4.5;
/// Past this many bytes the address is not read at all: nobody types that much.
const MAX_QUERY: usize = 4000;

/// Every setting a clinic can give, as read by [`parse`].
#[derive(Clone, Debug, PartialEq)]
pub struct ClinicSettings {
    pub quick_exit_url: String,
    pub clinic: Option<String>,
    pub phone: Option<Phone>,
    /// `https:` links only.
    pub website: Option<String>,
    pub booking: Option<String>,
    /// `#rrggbb`, with at least [`MIN_CONTRAST`] against white.
    pub accent: Option<String>,
    /// The option ids the clinic offers; `None`: it did not say (nothing is marked).
    pub offered: Option<Vec<&'static str>>,
    pub default_lang: Option<&'static str>,
}

impl Default for ClinicSettings {
    fn default() -> Self {
        ClinicSettings {
            quick_exit_url: DEFAULT_QUICK_EXIT.to_string(),
            clinic: None,
            phone: None,
            website: None,
            booking: None,
            accent: None,
            offered: None,
            default_lang: None,
        }
    }
}

/// A phone number as the clinic wrote it, and the `tel:` link made from its digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    pub shown: String,
    pub href: String,
}

/// Why a setting was not taken.
#[derive(Clone, Debug, PartialEq)]
pub enum Why {
    /// Not a setting the guide knows.
    Unknown,
    /// Given twice: the first is kept.
    Repeated,
    /// Longer than its limit.
    TooLong,
    /// Empty, or characters or a form the setting does not allow.
    NotAllowed,
    /// A link that is not `https:`.
    NotHttps,
    /// An accent colour with this contrast against white, below [`MIN_CONTRAST`].
    LowContrast(f64),
    /// An option id the guide does not have.
    UnknownOption(String),
}

impl Why {
    /// Why, in a sentence for the clinic's staff (the builder page lists these under its
    /// preview; English, as the builder is).
    pub fn explain(&self) -> String {
        match self {
            Why::Unknown => "not a setting the guide knows".to_string(),
            Why::Repeated => "given twice: the first is used".to_string(),
            Why::TooLong => "too long".to_string(),
            Why::NotAllowed => {
                "not in a form the guide accepts, or characters it does not allow".to_string()
            }
            Why::NotHttps => "not an https:// link".to_string(),
            // In hundredths, as integers: formatting an f64 would add about 15 KB of wasm.
            Why::LowContrast(ratio) => {
                let hundredths = (ratio * 100.0).round() as u32;
                let minimum = (MIN_CONTRAST * 100.0).round() as u32;
                format!(
                    "too light: its contrast with white is {}:1, and it needs {}:1 so that \
                     text stays easy to read",
                    decimal(hundredths),
                    decimal(minimum)
                )
            }
            Why::UnknownOption(id) => format!("no option is called \"{id}\""),
        }
    }
}

/// `hundredths` as a decimal number, with no trailing zeros: 107 is "1.07", 450 is "4.5".
fn decimal(hundredths: u32) -> String {
    let (whole, part) = (hundredths / 100, hundredths % 100);
    match part {
        0 => whole.to_string(),
        p if p % 10 == 0 => format!("{whole}.{}", p / 10),
        p => format!("{whole}.{p:02}"),
    }
}

/// A setting that was not taken: its name as written and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Refused {
    pub key: String,
    pub why: Why,
}

/// The settings, and what was refused.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    pub settings: ClinicSettings,
    pub refused: Vec<Refused>,
}

impl ClinicSettings {
    /// The settings the guide starts with: those of its address that are allowed, the
    /// defaults for the rest. What was refused is for the builder (see [`parse`]), never
    /// shown to a patient.
    pub fn from_query(query: &str) -> ClinicSettings {
        read(query, |_, _| {})
    }

    /// Whether the clinic offers the option `id`: when it did not say, every option is.
    pub fn offers(&self, id: &str) -> bool {
        self.offered
            .as_ref()
            .is_none_or(|offered| offered.contains(&id))
    }
}

/// The settings of a query string, with every refusal.
pub fn parse(query: &str) -> Parsed {
    let mut refused = Vec::new();
    let settings = read(query, |key, why| {
        refused.push(Refused {
            key: cut(key, 40),
            why,
        })
    });
    Parsed { settings, refused }
}

/// The settings of a query string; each refusal is handed to `refuse` with the setting's
/// name as written. (The guide passes a `refuse` that does nothing, and the compiler leaves
/// the refusals' bookkeeping out of its wasm.)
fn read(query: &str, mut refuse: impl FnMut(&str, Why)) -> ClinicSettings {
    let mut settings = ClinicSettings::default();
    let query = query.trim_start_matches('?');
    if query.len() > MAX_QUERY {
        refuse("?", Why::TooLong);
        return settings;
    }
    let mut seen: Vec<&str> = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        if seen.contains(&key) {
            refuse(key, Why::Repeated);
            continue;
        }
        seen.push(key);
        let Some(value) = percent_decode(raw) else {
            refuse(key, Why::NotAllowed);
            continue;
        };
        let s = &mut settings;
        let taken = match key {
            // Chosen by index.html; listed here so that the builder does not call it unknown.
            "lang" => language(&value).map(drop),
            "exit" => same_site_path(&value).map(|v| s.quick_exit_url = v),
            "clinic" => clinic_name(&value).map(|v| s.clinic = Some(v)),
            "phone" => phone(&value).map(|v| s.phone = Some(v)),
            "site" => https_link(&value).map(|v| s.website = Some(v)),
            "book" => https_link(&value).map(|v| s.booking = Some(v)),
            "accent" => accent(&value).map(|v| s.accent = Some(v)),
            "offers" => offers(&value).map(|v| s.offered = Some(v)),
            "default-lang" => language(&value).map(|v| s.default_lang = Some(v)),
            _ => Err(Why::Unknown),
        };
        if let Err(why) = taken {
            refuse(key, why);
        }
    }
    settings
}

/// `%XX` escapes and `+` for a space, as browsers write a form's values; `None` for a broken
/// escape or bytes that are not UTF-8.
pub fn percent_decode(raw: &str) -> Option<String> {
    percent::decode(raw, b'+')
}

/// A plain one-line name: no markup, no control characters, not blank.
fn clinic_name(value: &str) -> Result<String, Why> {
    let name = value.trim();
    if name.chars().count() > MAX_NAME {
        return Err(Why::TooLong);
    }
    // Direction overrides can make a name read as something else.
    let hostile = |c: char| {
        c.is_control() || matches!(c, '<' | '>' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    let plain = !name.is_empty() && !name.chars().any(hostile);
    plain.then(|| name.to_string()).ok_or(Why::NotAllowed)
}

/// Digits with the usual separators, an optional leading `+`, and 3 to 15 digits (the longest
/// international number).
fn phone(value: &str) -> Result<Phone, Why> {
    let shown = value.trim();
    if shown.len() > 30 {
        return Err(Why::TooLong);
    }
    let body = shown.strip_prefix('+').unwrap_or(shown);
    let mut href = String::from(if body.len() < shown.len() {
        "tel:+"
    } else {
        "tel:"
    });
    let mut digits = 0;
    for b in body.bytes() {
        match b {
            b'0'..=b'9' => {
                href.push(char::from(b));
                digits += 1;
            }
            b' ' | b'-' | b'(' | b')' | b'.' => {}
            _ => return Err(Why::NotAllowed),
        }
    }
    if !(3..=15).contains(&digits) {
        return Err(Why::NotAllowed);
    }
    Ok(Phone {
        shown: shown.to_string(),
        href,
    })
}

/// `https://host[:port][/path][?query][#fragment]`: a host of letters, digits, dots and
/// hyphens (no user name, which can disguise where a link goes), and no spaces, quotes or
/// angle brackets anywhere.
fn https_link(value: &str) -> Result<String, Why> {
    if value.len() > MAX_LINK {
        return Err(Why::TooLong);
    }
    let Some(rest) = value.strip_prefix("https://") else {
        return Err(Why::NotHttps);
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let (host, port) = authority.split_once(':').unwrap_or((authority, "443"));
    let host_ok = !host.is_empty()
        && !host.starts_with(['.', '-'])
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    let port_ok = !port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit());
    let tail_ok = tail
        .bytes()
        .all(|b| b.is_ascii_graphic() && !b"\"'<>\\`".contains(&b));
    (host_ok && port_ok && tail_ok)
        .then(|| value.to_string())
        .ok_or(Why::NotAllowed)
}

/// `#rrggbb` (the `#` may be left out), dark enough that white text on it, and it as text on
/// white, are easy to read.
fn accent(value: &str) -> Result<String, Why> {
    let hex = value.strip_prefix('#').unwrap_or(value);
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Why::NotAllowed);
    }
    let rgb = u32::from_str_radix(hex, 16).map_err(|_| Why::NotAllowed)?;
    let ratio = contrast_with_white(rgb);
    if ratio < MIN_CONTRAST {
        return Err(Why::LowContrast((ratio * 100.0).floor() / 100.0));
    }
    Ok(format!("#{}", hex.to_ascii_lowercase()))
}

/// The WCAG contrast ratio of `0xrrggbb` with white: (1 + 0.05) / (L + 0.05).
pub fn contrast_with_white(rgb: u32) -> f64 {
    let channel = |shift: u32| {
        let c = f64::from((rgb >> shift) & 0xff) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    let luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
    1.05 / (luminance + 0.05)
}

/// `x` to the power 2.4 for `x` in (0, 1], as the fifth root of `x`¹² by Newton's method
/// (from above, so it only falls): `f64::powf` would add a few kilobytes of maths library to
/// the wasm for this one use.
fn pow_2_4(x: f64) -> f64 {
    let x4 = x * x * x * x;
    let target = x4 * x4 * x4;
    let mut y = x * x;
    for _ in 0..40 {
        let y4 = y * y * y * y;
        let next = (4.0 * y + target / y4) / 5.0;
        if next >= y {
            break;
        }
        y = next;
    }
    y
}

/// A comma-separated list of option ids (`naltrexone-shot,buprenorphine`), each known, at
/// least one.
fn offers(value: &str) -> Result<Vec<&'static str>, Why> {
    let mut ids = Vec::new();
    for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        let known = option::ALL
            .iter()
            .find(|known| **known == id)
            .ok_or_else(|| Why::UnknownOption(cut(id, 40)))?;
        if !ids.contains(known) {
            ids.push(*known);
        }
    }
    if ids.is_empty() {
        return Err(Why::NotAllowed);
    }
    Ok(ids)
}

/// At most `max` bytes of `text`, cut at a character: a refused name is listed, not kept whole.
fn cut(text: &str, max: usize) -> String {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_string()
}

/// One of the guide's languages, by its code.
fn language(value: &str) -> Result<&'static str, Why> {
    LANGUAGES
        .iter()
        .map(|file| file.lang)
        .find(|lang| *lang == value)
        .ok_or(Why::NotAllowed)
}

/// Accepts `/a/b.html` style paths (letters, digits, `-_./`) and nothing else: no scheme, no
/// `//host`, no backslashes, no escapes. A same-site page only, so that a crafted link can
/// never send a person to a stranger's page.
fn same_site_path(value: &str) -> Result<String, Why> {
    if value.len() > 200 {
        return Err(Why::TooLong);
    }
    let ok = value.starts_with('/')
        && !value.starts_with("//")
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/'));
    ok.then(|| value.to_string()).ok_or(Why::NotAllowed)
}
