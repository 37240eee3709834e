//! Code the guide loads only when it is needed, so that a first visit never downloads it: QR
//! codes (My visit's share link, the clinic page's flyer) and the check of a clinic's settings
//! (the clinic page). A small wasm of its own, without Yew; `src/ui/extras.js` loads it.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod exports {
    use recovery_options::domain::qr;
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

    /// The QR code of `text` as `"<modules a side> <SVG path>"`, or nothing if it is too long
    /// for one.
    #[wasm_bindgen]
    pub fn qr_code(text: &str) -> Option<String> {
        qr::qr(text).map(|code| code.to_extras())
    }
}

fn main() {}
