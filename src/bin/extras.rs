//! Code the guide loads only when it is needed, so that a first visit never downloads it: QR
//! codes (My visit's share link, the clinic page's flyer). A small wasm of its own, without
//! Yew; `src/ui/extras.js` loads it. (The clinic page's settings check is a wasm of its own,
//! `src/bin/clinic_check.rs`, so that a person's first share link does not download it.)

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod exports {
    use recovery_options::domain::qr;
    use wasm_bindgen::prelude::*;

    /// The QR code of `text` as `"<modules a side> <SVG path>"`, or nothing if it is too long
    /// for one.
    #[wasm_bindgen]
    pub fn qr_code(text: &str) -> Option<String> {
        qr::qr(text).map(|code| code.to_extras())
    }
}

fn main() {}
