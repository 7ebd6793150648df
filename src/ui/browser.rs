//! The few browser facts the widget needs: today's date, languages, file downloads.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::text::concat;
use crate::domain::Date;
use crate::i18n::Locale;

/// The reader's local calendar day (the domain never reads a clock).
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year() as u16, now.get_month() as u8 + 1, now.get_date() as u8)
        .unwrap_or_else(|_| Date::parse("2000-01-01").unwrap_or_else(|_| unreachable!()))
}

/// Offers `content` as a file download.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), ()> {
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| ())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| ())?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or(())?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(|_| ())?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url); // Only frees memory; the download has started.
    Ok(())
}

/// The languages the page and the reader ask for, most wanted first: the host page's
/// `<html lang>`, then the browser's languages.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let page = window.document().and_then(|d| d.document_element()).and_then(|html| html.get_attribute("lang"));
    let mut languages = Vec::new();
    if let Some(page) = page {
        languages.push(page);
    }
    languages.extend(window.navigator().languages().iter().filter_map(|l| l.as_string()));
    languages
}

/// Where this build's pack for the language `tag` is: the loader (`tierup-embed.js`, written
/// at build time) names the files in `globalThis.tierupLanguages`, next to their folder's URL.
pub fn pack_url(tag: &str) -> Option<String> {
    let get = |object: &JsValue, key: &str| js_sys::Reflect::get(object, &key.into()).ok();
    let packs = get(&js_sys::global(), "tierupLanguages")?;
    Some(get(&packs, "base")?.as_string()? + &get(&packs, tag)?.as_string()?)
}

/// Tells the page (and screen readers) which language it is now in: the standalone page only.
pub fn set_page_language(locale: Locale) {
    if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", locale.tag());
    }
}

/// The text of a picked file.
pub async fn read_file(file: web_sys::File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}

/// Why a same-origin GET gave no text.
#[derive(Clone, Debug, PartialEq)]
pub enum FetchError {
    Unreachable,
    Status(u16),
    Unreadable,
}

/// The body of a same-origin GET, or why there is none. The request is sent at once, so
/// several can be on their way while other work goes on.
pub fn fetch_text(url: &str) -> impl core::future::Future<Output = Result<String, FetchError>> {
    let response = web_sys::window().map(|window| JsFuture::from(window.fetch_with_str(url)));
    async move {
        let response = response.ok_or(FetchError::Unreachable)?.await.map_err(|_| FetchError::Unreachable)?;
        let response: web_sys::Response = response.unchecked_into();
        if !response.ok() {
            return Err(FetchError::Status(response.status()));
        }
        let text = response.text().map_err(|_| FetchError::Unreadable)?;
        let text = JsFuture::from(text).await.map_err(|_| FetchError::Unreadable)?;
        text.as_string().ok_or(FetchError::Unreadable)
    }
}

/// A window event listener that is removed when dropped.
pub struct Listener {
    event: &'static str,
    callback: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(self.event, self.callback.as_ref().unchecked_ref());
        }
    }
}

/// Calls `on_change` with the key (or `None` when storage was cleared) whenever another tab
/// changes localStorage.
pub fn on_storage_change(mut on_change: impl FnMut(Option<String>) + 'static) -> Option<Listener> {
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() {
            on_change(event.key());
        }
    });
    let window = web_sys::window()?;
    // With (empty) options: the call Yew makes for its own listeners, so the wasm needs no second.
    let options = web_sys::AddEventListenerOptions::new();
    window
        .add_event_listener_with_callback_and_add_event_listener_options(
            "storage",
            callback.as_ref().unchecked_ref(),
            &options,
        )
        .ok()?;
    Some(Listener { event: "storage", callback })
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `scheduler.yield()`: Err where the browser has no `scheduler` (Safari, older Firefox).
    #[wasm_bindgen(js_namespace = scheduler, js_name = "yield", catch)]
    fn scheduler_yield() -> Result<js_sys::Promise, JsValue>;

    // Timers and the clock as the globals they are, there in every browser: web-sys reaches them
    // through `window`, each call wrapped to catch an exception these never throw (129 B gzip,
    // with the storage listener's, above, measured).
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(then: &js_sys::Function);

    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;

    #[wasm_bindgen(js_namespace = performance, js_name = mark)]
    fn performance_mark(name: &str);

    #[wasm_bindgen(js_name = setInterval)]
    fn set_interval(tick: &js_sys::Function, millis: i32) -> i32;

    #[wasm_bindgen(js_name = clearInterval)]
    fn clear_interval(id: i32);
}

/// Resolves in a task of its own, after whatever the current one is doing (and the microtasks
/// Yew renders in): start-up work is split so that no task keeps the page from answering.
pub async fn next_task() {
    // The continuation of `scheduler.yield()` goes before tasks queued meanwhile: from the wasm
    // instantiated to start-up's mark took 3.1-6.3 ms less than with a timeout (medians, four
    // A/B runs of 25-40 loads). Where the browser has none (it throws), a timeout.
    if let Ok(later) = scheduler_yield() {
        let _ = JsFuture::from(later).await;
        return;
    }
    let later = js_sys::Promise::new(&mut |resolve, _| set_timeout(&resolve));
    let _ = JsFuture::from(later).await; // Only a pause: the promise cannot be rejected.
}

/// Marks a moment of the page's timeline under `name` (benchmarks and the service worker wait for
/// start-up's). A name the timeline does not reserve: the call cannot throw.
pub fn mark(name: &str) {
    performance_mark(name);
}

/// Milliseconds since the page started (a clock for pacing work, never for dates).
pub fn now() -> f64 {
    performance_now()
}

/// Resolves after the next frame is painted (a frame, then a task).
pub async fn after_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(&resolve);
        }
    });
    let _ = JsFuture::from(frame).await; // As above.
    next_task().await;
}

/// A repeating timer that stops when dropped.
pub struct Timer {
    id: i32,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for Timer {
    fn drop(&mut self) {
        clear_interval(self.id);
    }
}

pub fn every(millis: i32, tick: impl FnMut() + 'static) -> Timer {
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(tick);
    let id = set_interval(callback.as_ref().unchecked_ref(), millis);
    Timer { id, _callback: callback }
}

/// What the input that `selector` finds in `form` holds (empty if there is none): a submitted
/// form's fields read from the event, which needs no node ref (a hook) per field.
pub fn field_value(form: &web_sys::Element, selector: &str) -> String {
    let input = form.query_selector(selector).ok().flatten();
    input.map(|i| i.unchecked_into::<web_sys::HtmlInputElement>().value()).unwrap_or_default()
}

/// The element with `testid` under `container`, as an HTML element.
fn by_testid(container: &web_sys::Element, testid: &str) -> Option<web_sys::HtmlElement> {
    let found = container.query_selector(&concat(&["[data-testid=\"", testid, "\"]"])).ok().flatten();
    found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Focuses the element with `testid` under `container` if nothing on the page has focus any
/// more (it was on an element now removed). Only a convenience: everything stays reachable by Tab.
pub fn focus_if_lost(container: &web_sys::Element, testid: &str) {
    let document = web_sys::window().and_then(|w| w.document());
    let lost = match (document.as_ref().and_then(|d| d.active_element()), document.and_then(|d| d.body())) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.as_ref(),
        (Some(_), None) => false,
    };
    if let Some(element) = by_testid(container, testid).filter(|_| lost) {
        let _ = element.focus();
    }
}

/// Empties the input with `testid` under `container` if it holds `text`.
pub fn empty_field_holding(container: &web_sys::Element, testid: &str, text: &str) {
    let input = by_testid(container, testid).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input.filter(|i| i.value() == text) {
        input.set_value("");
    }
}
