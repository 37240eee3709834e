//! "Open in its own tab" (`handover.js`): the guide in a clinic's frame, where the browser may
//! keep answers only for the visit or not at all, hands them to a new tab of its own, window to
//! window; they never go in an address or to a server. The new tab brings them back as a saved
//! copy, through My data's own field, checked and shown before anything changes.

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(module = "/src/ui/handover.js")]
extern "C" {
    #[wasm_bindgen(js_name = openOwnTab)]
    fn js_open_own_tab(text: &str) -> bool;
}

/// Opens the guide's My data in a new tab and hands it `copy` (the answers as a saved copy).
/// False if the browser did not open the tab.
pub fn open_own_tab(copy: &str) -> bool {
    js_open_own_tab(copy)
}
