//! The places on a page where tierup shows: every `[data-tierup]` element (and `#tierup-root` on
//! the standalone page) gets an open shadow root holding the widget's stylesheet, so host CSS
//! cannot restyle it and its CSS cannot leak out.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, ShadowRootInit, ShadowRootMode};

use super::stylesheet::STYLESHEET;
use crate::config::Config;

/// One place on the page where tierup shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Instance {
    /// The element inside the shadow root that the instance renders into.
    pub container: Element,
    pub config: Config,
    /// The standalone page's own root (`#tierup-root`): it gets the language picker.
    pub standalone: bool,
}

/// Every host element on the page not mounted yet, each given its shadow root.
pub fn attach_all(document: &Document) -> Vec<Instance> {
    let Ok(found) = document.query_selector_all("[data-tierup], #tierup-root") else { return Vec::new() };
    (0..found.length()).filter_map(|i| attach(document, &found.item(i)?.dyn_into::<Element>().ok()?)).collect()
}

/// Gives `host` a shadow root with the stylesheet and a container; `None` if it already has
/// one (the embed script included twice) or the browser refuses.
fn attach(document: &Document, host: &Element) -> Option<Instance> {
    if host.shadow_root().is_some() {
        return None;
    }
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).ok()?;
    // Adopted through the CSSOM, not a `<style>` element, so a strict `style-src 'self'` allows it.
    if let Ok(sheet) = web_sys::CssStyleSheet::new() {
        if sheet.replace_sync(STYLESHEET).is_ok() {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        }
    }
    let container = document.create_element("div").ok()?;
    shadow.append_child(&container).ok()?;
    let config = Config::from_attributes(|name| host.get_attribute(name));
    Some(Instance { container, config, standalone: host.id() == "tierup-root" })
}
