//! Loads the texts, reads storage and settings, then mounts the app. Kept thin on purpose:
//! everything else lives in the library.

// Talc instead of Rust's default allocator in the browser: a smaller wasm (see Cargo.toml).
// The page runs one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    use recovery_options::content;
    use recovery_options::ui::browser;

    // The words of the guide are a file beside the wasm (see build.rs), fetched before the
    // first screen. If it cannot be had, index.html's own message says so; on a network that
    // stalls, it says so after a while too (and the guide still starts if the file arrives).
    browser::after_ms(LOAD_PATIENCE_MS, || {
        if !browser::started() {
            browser::show_load_failed();
        }
    });
    let settings = recovery_options::embed::settings::ClinicSettings::from_query(
        &web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default(),
    );
    wasm_bindgen_futures::spawn_local(async move {
        // The language index.html chose (the address's `?lang=`, else the one chosen on this
        // device, else the browser's preferred languages, else English) and began to fetch:
        // only its words are fetched.
        let file = content::strings_file(&browser::page_lang()).unwrap_or(&content::EN_STRINGS);
        if browser::load_lang(file.lang).await && content::use_lang(file.lang) {
            browser::set_lang(file.lang);
            start(settings);
        } else {
            browser::show_load_failed();
        }
    });
}

/// How long to wait for the texts before saying the guide could not load.
#[cfg(target_arch = "wasm32")]
const LOAD_PATIENCE_MS: i32 = 12_000;

#[cfg(target_arch = "wasm32")]
fn start(settings: recovery_options::embed::settings::ClinicSettings) {
    use std::rc::Rc;

    use recovery_options::storage::session::{Session, StartNotice};
    use recovery_options::storage::store::Store;
    use recovery_options::storage::web::LocalStore;
    use recovery_options::ui::app::{App, Props};
    use recovery_options::ui::browser;
    use recovery_options::ui::context::{Notice, StorageContext};

    let store = LocalStore::open().map(|s| Box::new(s) as Box<dyn Store>);
    let (session, initial, start) = Session::open(store, &browser::now_iso());
    let start_notices = start
        .into_iter()
        .map(|notice| match notice {
            StartNotice::Recovered { .. } => Notice::Recovered,
            StartNotice::Newer => Notice::Newer,
            StartNotice::Memory => Notice::Memory,
            StartNotice::UnreadableKept => Notice::UnreadableKept,
        })
        .collect();
    if let Some(accent) = &settings.accent {
        browser::set_accent(accent);
    }
    let window = web_sys::window().expect("the app runs in a window");
    let props = Props {
        storage: StorageContext::new(session),
        initial,
        start_notices,
        settings: Rc::new(settings),
    };
    // Render into #app, replacing the loading message that shows until the wasm arrives.
    let root = window
        .document()
        .and_then(|d| d.get_element_by_id("app"))
        .expect("index.html has #app");
    root.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Recovery Options runs in a browser. See the README: `.ci/dev serve`.");
}
