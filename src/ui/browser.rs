//! Small browser helpers the components share: the clock, downloads, leaving the page.

use wasm_bindgen::JsCast;

/// The current time as an ISO 8601 string (UTC).
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Offers `text` as a file download. Built from a local blob: nothing leaves the device.
pub fn download(filename: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document.create_element("a") {
        let link: web_sys::HtmlAnchorElement = link.unchecked_into();
        link.set_href(&url);
        link.set_download(filename);
        link.click();
    }
    // Revoke later: revoking at once can cancel a download that has not started yet.
    after_ms(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
}

/// Leaves for `url`, replacing this page in the history so Back does not return here. Back
/// can still reach the guide's earlier screens, so it first marks this tab (session storage)
/// for `index.html`'s cover, which then hides the guide until the person opens it again.
pub fn leave(url: &str) {
    if let Some(window) = web_sys::window() {
        if let Ok(Some(session)) = window.session_storage() {
            let _ = session.set_item(crate::storage::keys::LEFT, "1");
        }
        let _ = window.location().replace(url);
    }
}

/// Names the tab, unless the cover hides the guide after a Quick exit (it keeps its own).
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if !covered() {
            document.set_title(title);
        }
    }
}

/// Tells the browser and screen readers the page's language (`<html lang>`).
pub fn set_lang(lang: &str) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", lang);
    }
}

/// Gives the page a clinic's accent colour (`#rrggbb`, checked for contrast by
/// `embed::settings`): set through the style object, which the page's policy allows, not as a
/// `style` attribute, which it does not.
pub fn set_accent(colour: &str) {
    use wasm_bindgen::JsCast;
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = html.style().set_property("--accent", colour);
    }
}

/// The page's language, as `index.html` chose it before the guide loaded (`<html lang>`).
pub fn page_lang() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"))
        .unwrap_or_default()
}

/// Puts `lang` in the page address (`?lang=es`), keeping its other settings and the screen,
/// without a new history entry: a reload, or the address copied, opens the same language.
pub fn set_address_lang(lang: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let mut query = format!("?lang={lang}");
    for pair in search.trim_start_matches('?').split('&') {
        if !pair.is_empty() && !pair.starts_with("lang=") {
            query.push('&');
            query.push_str(pair);
        }
    }
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{query}{hash}")),
        );
    }
}

/// True while the cover hides the guide after a Quick exit (see `index.html`).
pub fn covered() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|e| e.class_name().split(' ').any(|c| c == "covered"))
}

/// Today's date as `YYYY-MM-DD` in the person's own time zone, for file names: the same day
/// as the summary's date (an ISO time is in UTC, a day off in the evening in America).
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// How dates and times are written: as US readers of the guide's language expect ("January
/// 15, 2027", "15 de enero de 2027").
fn locale() -> &'static str {
    match crate::content::lang() {
        "es" => "es-US",
        _ => "en-US",
    }
}

/// An ISO time in the person's own time zone and words, for display.
pub fn local_time(iso: &str) -> String {
    let date = js_sys::Date::new(&iso.into());
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    String::from(date.to_locale_string(locale(), &wasm_bindgen::JsValue::UNDEFINED))
}

/// Whether the guide runs inside another site's page (a frame): browsers then keep its data
/// apart for that site, and some only until the tab closes.
pub fn embedded() -> bool {
    web_sys::window().is_some_and(|w| {
        w.parent()
            .ok()
            .flatten()
            .is_some_and(|parent| !js_sys::Object::is(&parent, &w))
    })
}

/// Asks the browser to keep this site's data until the person deletes it, rather than only
/// while there is room (`ask`), or whether it already agreed (not `ask`). `None` where the
/// browser has no such request.
pub async fn keep_storage(ask: bool) -> Option<bool> {
    use js_sys::{Function, Promise, Reflect};
    let navigator = web_sys::window()?.navigator();
    let storage = Reflect::get(&navigator, &"storage".into()).ok()?;
    let name = if ask { "persist" } else { "persisted" };
    let method: Function = Reflect::get(&storage, &name.into()).ok()?.dyn_into().ok()?;
    let promise: Promise = method.call0(&storage).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Moves the keyboard focus to the element with this id, if it exists.
pub fn focus(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Whether the checkbox with this id is ticked (false if there is none).
pub fn is_checked(id: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|input| input.checked())
}

/// Opens the disclosure (`<details>`) with this id.
pub fn open_details(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        let _ = element.set_attribute("open", "");
    }
}

/// Fetches a file of this site as text. `None` when it cannot be had (offline, missing file,
/// an error page), so the caller can say so.
pub async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Makes sure the words of `lang` are loaded, fetching them if this page has not yet; false if
/// they could not be had (no network, say).
pub async fn load_lang(lang: &str) -> bool {
    if crate::content::is_loaded(lang) {
        return true;
    }
    let Some(file) = crate::content::strings_file(lang) else {
        return false;
    };
    match fetch_text(file.name).await {
        Some(blob) => crate::content::load(blob, file).is_ok(),
        None => false,
    }
}

/// Runs `then` once, `ms` milliseconds from now.
pub fn after_ms(ms: i32, then: impl FnOnce() + 'static) {
    let then = wasm_bindgen::closure::Closure::once_into_js(then);
    if let Some(window) = web_sys::window() {
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(then.unchecked_ref(), ms);
    }
}

/// Whether the app has mounted: mounting empties `#app`, so index.html's "could not load"
/// message is no longer there.
pub fn started() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| d.get_element_by_id("load-failed").is_none())
}

/// Swaps index.html's loading message for its "could not load" message.
pub fn show_load_failed() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(loading) = document.get_element_by_id("loading") {
        loading.remove();
    }
    if let Some(failed) = document.get_element_by_id("load-failed") {
        let _ = failed.remove_attribute("hidden");
    }
}

/// Copies `text` to the clipboard. False when the browser does not allow it (an insecure
/// address, or a refusal), so the caller can offer the text to copy by hand.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    // Outside a secure context `navigator.clipboard` does not exist at all.
    if !window.is_secure_context() {
        return false;
    }
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

// The browser's compression streams, which web-sys offers only behind a flag for unstable
// APIs; they have been in every major browser since 2023.
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, wasm_bindgen::JsValue>;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, wasm_bindgen::JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> web_sys::WritableStream;
}

/// Whether the browser has the compression streams that share links need.
pub fn can_compress() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &"DecompressionStream".into()).unwrap_or(false)
}

/// `bytes` compressed with raw DEFLATE by the browser's own `CompressionStream` (no compressor
/// in the wasm); `None` where the browser cannot.
pub async fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
    let stream = CompressionStream::new("deflate-raw").ok()?;
    through(bytes, stream.unchecked_into()).await
}

/// Raw DEFLATE data inflated by the browser's own `DecompressionStream`, stopped as soon as it
/// gives more than `max` bytes (so a small link never becomes a huge allocation): the result
/// is then longer than `max`, for the caller to refuse. `None` for data that is not DEFLATE,
/// or cut short.
///
/// The browser inflates each piece written to the stream whole, before anything can be read:
/// so the data goes in a kilobyte at a time, each piece only once the last one's output has
/// been read (the stream's backpressure). DEFLATE expands a kilobyte to at most about a
/// megabyte, which bounds what is ever inflated past `max`.
pub async fn inflate(bytes: &[u8], max: usize) -> Option<Vec<u8>> {
    let stream = DecompressionStream::new("deflate-raw").ok()?;
    let writer = stream.writable().get_writer().ok()?;
    let pieces: Vec<js_sys::Uint8Array> =
        bytes.chunks(1024).map(js_sys::Uint8Array::from).collect();
    wasm_bindgen_futures::spawn_local(async move {
        for piece in pieces {
            // Refused once the reading side stops (damaged data, or past `max`): then no more.
            if wasm_bindgen_futures::JsFuture::from(writer.write_with_chunk(&piece))
                .await
                .is_err()
            {
                return;
            }
        }
        let _ = wasm_bindgen_futures::JsFuture::from(writer.close()).await;
    });
    read_all(stream.readable().get_reader().unchecked_into(), max).await
}

/// `bytes` through a transform stream, read until its end.
async fn through(bytes: &[u8], transform: web_sys::ReadableWritablePair) -> Option<Vec<u8>> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let reader = blob.stream().pipe_through(&transform).get_reader();
    read_all(reader.unchecked_into(), usize::MAX).await
}

/// Everything a stream gives, until its end or past `max` bytes (then it is cancelled).
async fn read_all(reader: web_sys::ReadableStreamDefaultReader, max: usize) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let read: web_sys::ReadableStreamReadResult =
            wasm_bindgen_futures::JsFuture::from(reader.read())
                .await
                .ok()?
                .unchecked_into();
        if read.get_done().unwrap_or(true) {
            return Some(out);
        }
        let chunk: js_sys::Uint8Array = read.get_value().dyn_into().ok()?;
        let start = out.len();
        out.resize(start + chunk.length() as usize, 0);
        chunk.copy_to(&mut out[start..]);
        if out.len() > max {
            // The rest is never inflated.
            let _ = reader.cancel();
            return Some(out);
        }
    }
}

/// This page's address without the part after `#`: where a share link points.
pub fn address() -> String {
    let location = web_sys::window().map(|w| w.location());
    let part = |f: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
        location
            .as_ref()
            .and_then(|l| f(l).ok())
            .unwrap_or_default()
    };
    format!(
        "{}{}{}",
        part(web_sys::Location::origin),
        part(web_sys::Location::pathname),
        part(web_sys::Location::search)
    )
}

/// The current UTC time as RFC 5545 wants it: `YYYYMMDDTHHMMSSZ`.
pub fn stamp_utc() -> String {
    let iso = now_iso();
    iso.chars()
        .filter(char::is_ascii_alphanumeric)
        .take(15)
        .chain(['Z'])
        .collect()
}

/// Today's date in words, such as "November 29, 2026", for the visit summary.
pub fn today_in_words() -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    String::from(js_sys::Date::new_0().to_locale_date_string(locale(), &options))
}

/// Opens the browser's print window (where a person can also save a PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The value of the form field with this id (an input, text area or select), or "".
/// Reading fields when a button is pressed keeps components free of a state per field.
pub fn field_value(id: &str) -> String {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return String::new();
    };
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

/// Puts `value` into the text area or input with this id.
pub fn set_field(id: &str, value: &str) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(value);
    } else if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(value);
    }
}

// index.html's: removes the guide's offline copy (its service worker and the files it keeps).
// The offline copy is owned by index.html's script and static/sw.js; the wasm only asks.
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = recoveryOptionsForgetOffline, catch)]
    fn forget_offline_js(said: &str) -> Result<(), wasm_bindgen::JsValue>;
}

/// Removes the guide's offline copy. Once the browser has, index.html's script says how it
/// went in the element `said`, in the words of its `data-none`, `data-removed` (`{files}`: how
/// many files went) or `data-failed`. (Awaiting the answer here would cost the wasm about a
/// kilobyte of gzip; the element is drawn before the browser can answer.)
pub fn forget_offline(said: &str) {
    let _ = forget_offline_js(said);
}
