//! Settings in the page address. Where Quick exit goes: by default a neutral search page; a
//! host may point it at a page of its own site with `?exit=/path`. Only same-site paths are
//! accepted, so a crafted link can never send a person to a stranger's page. (The language,
//! `?lang=es`, is chosen by `index.html` before the guide loads: see `main.rs`.)

/// A neutral page that gives nothing away about this guide.
pub const DEFAULT_QUICK_EXIT: &str = "https://www.google.com/search?q=weather";

/// Settings read from the page address when the guide starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub quick_exit_url: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            quick_exit_url: DEFAULT_QUICK_EXIT.to_string(),
        }
    }
}

impl Settings {
    /// Reads settings from a query string such as `?exit=/weather.html`. Anything missing or
    /// not allowed keeps its default.
    pub fn from_query(query: &str) -> Settings {
        let mut settings = Settings::default();
        for pair in query.trim_start_matches('?').split('&') {
            if let Some(value) = pair.strip_prefix("exit=") {
                if let Some(path) = same_site_path(value) {
                    settings.quick_exit_url = path;
                }
            }
        }
        settings
    }
}

/// Accepts `/a/b.html` style paths (letters, digits, `-_./`) and nothing else: no scheme, no
/// `//host`, no backslashes, no escapes.
fn same_site_path(value: &str) -> Option<String> {
    let ok = value.starts_with('/')
        && !value.starts_with("//")
        && value.len() <= 200
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/'));
    ok.then(|| value.to_string())
}
