//! The guide's extras (`src/bin/extras.rs`), loaded by `extras.js` the first time they are
//! needed: a first visit does not download them.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use crate::domain::qr::Qr;

#[wasm_bindgen(module = "/src/ui/extras.js")]
extern "C" {
    #[wasm_bindgen(js_name = qrCode, catch)]
    async fn js_qr_code(text: &str) -> Result<JsValue, JsValue>;
}

/// The QR code of `text`: `Ok(None)` if it is too long for one, `Err` if the extras could not
/// be loaded (offline before they were ever used).
pub async fn qr_code(text: &str) -> Result<Option<Qr>, ()> {
    let code = js_qr_code(text).await.map_err(drop)?;
    Ok(code.as_string().and_then(|code| Qr::from_extras(&code)))
}
