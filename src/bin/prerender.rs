//! Renders the Welcome screen to HTML, in each language, with the app's own components (header
//! with Quick exit, the screen, the footer with the help numbers) and puts it into the built
//! `index.html` in place of its `<!-- FIRST_SCREEN -->` mark, so that a person sees the first
//! screen before the wasm has arrived. Run by `.ci/dev build` after Trunk:
//!
//!     cargo run --bin prerender -- dist/index.html
//!
//! Rendered with nothing stored and the default settings, the same as a first visit; the app
//! replaces it when it mounts.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::rc::Rc;

    use recovery_options::content;
    use recovery_options::embed::settings::ClinicSettings;
    use recovery_options::storage::session::Session;
    use recovery_options::storage::store::MemoryStore;
    use recovery_options::ui::app::{App, Props};
    use recovery_options::ui::context::StorageContext;

    const MARK: &str = "<!-- FIRST_SCREEN -->";
    let path = std::env::args()
        .nth(1)
        .expect("usage: prerender <the built index.html>");
    let page = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert!(page.contains(MARK), "{path} has no {MARK}: built twice?");

    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime to render in");
    // Once per language, each shown only in its own (index.html's `by-lang` rule).
    let mut screens = String::new();
    for file in content::LANGUAGES {
        assert!(content::use_lang(file.lang), "{} is compiled in", file.lang);
        // An empty store, as on a first visit: the screen shows what it shows then (such as
        // the choice to keep nothing), not what it shows where the browser gives no storage.
        let (session, initial, _) = Session::open(Some(Box::new(MemoryStore::default())), "");
        let props = Props {
            storage: StorageContext::new(session),
            initial,
            start_notices: Vec::new(),
            settings: Rc::new(ClinicSettings::default()),
        };
        let screen = runtime.block_on(
            yew::LocalServerRenderer::<App>::with_props(props)
                .hydratable(false)
                .render(),
        );
        screens.push_str(&format!(
            "<div data-before-app class=\"by-lang\" lang=\"{}\">{screen}</div>",
            file.lang
        ));
    }
    let page = page.replace(MARK, &screens);
    std::fs::write(&path, page).unwrap_or_else(|e| panic!("{path}: {e}"));
    println!(
        "prerender: the Welcome screen in {path}, in {} languages ({} bytes)",
        content::LANGUAGES.len(),
        screens.len()
    );
}
