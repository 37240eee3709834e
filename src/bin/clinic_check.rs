//! The page for clinics' check of a clinic's settings, by the guide's own rules
//! (`src/embed/settings.rs`): a small wasm without Yew, which only that page loads
//! (`static/clinics.js`). Apart from the guide's extras, which a person's share link loads.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod exports {
    use recovery_options::embed::settings;
    use wasm_bindgen::prelude::*;

    /// The settings of a guide's address (`?clinic=...`) that it would not use, a line each:
    /// `name: why`. Empty when it uses them all. For the clinic page's preview.
    #[wasm_bindgen]
    pub fn check_settings(query: &str) -> String {
        settings::parse(query)
            .refused
            .iter()
            .map(|refused| format!("{}: {}\n", refused.key, refused.why.explain()))
            .collect()
    }
}

fn main() {}
