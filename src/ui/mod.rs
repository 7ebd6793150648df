//! Yew components: each renders a view of the domain and turns clicks into `Action`s.
//!
//! Every `[data-tierup]` element on a page (and `#tierup-root` on the standalone page) gets an
//! open shadow root holding the widget's stylesheet, so host CSS cannot restyle it and its CSS
//! cannot leak out. One Yew app renders into all of them through portals: the instances share
//! one state, so a purchase added in one shows in every other at once.

mod add_purchase;
mod app;
mod browser;
mod calculator;
mod feedback;
mod instance;
mod ladder;
mod language_picker;
mod languages;
mod opening_total;
mod purchase_list;
mod state;
mod status;
mod transfer;
mod widget;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, ShadowRootInit, ShadowRootMode};

pub use app::App;

use crate::config::Config;

/// The widget's stylesheet, compiled in and adopted by each shadow root (CSSOM, not a
/// `<style>` element, so a strict `style-src 'self'` policy allows it).
const STYLESHEET: &str = include_str!("../../static/tierup.css");

/// One place on the page where tierup shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Instance {
    /// The element inside the shadow root that the instance renders into.
    pub container: Element,
    pub config: Config,
    /// The standalone page's own root (`#tierup-root`): it gets the language picker.
    pub standalone: bool,
}

/// Mounts tierup into every host element not mounted yet.
pub fn mount() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let instances = hosts(&document).iter().filter_map(|host| attach(&document, host)).collect::<Vec<_>>();
    let Some(first) = instances.first() else { return };
    let Ok(root) = document.create_element("div") else { return };
    if first.container.before_with_node_1(&root).is_err() {
        return;
    }
    yew::Renderer::<App>::with_root_and_props(root, app::Props { instances: Rc::new(instances) }).render();
}

fn hosts(document: &Document) -> Vec<Element> {
    let Ok(found) = document.query_selector_all("[data-tierup], #tierup-root") else { return Vec::new() };
    (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// Gives `host` a shadow root with the stylesheet and a container; `None` if it already has
/// one (the embed script included twice) or the browser refuses.
fn attach(document: &Document, host: &Element) -> Option<Instance> {
    if host.shadow_root().is_some() {
        return None;
    }
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).ok()?;
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

/// A shared value compared by identity. The state makes a new one for every change, so the
/// same pointer means the same value, and props compare in O(1) rather than walking a ledger
/// of 10,000 purchases in every component on every render.
#[derive(Debug, Default)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Shared<T> {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Shared<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> core::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The current text of an input.
fn input_value(node: &yew::NodeRef) -> String {
    node.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default()
}

/// An error tied to its field by id (`aria-describedby`), announced when it appears.
#[derive(yew::Properties, PartialEq)]
struct FieldErrorProps {
    id: &'static str,
    testid: &'static str,
    error: Option<String>,
}

#[yew::component]
fn FieldError(props: &FieldErrorProps) -> yew::Html {
    yew::html! {
        <p id={props.id} class="error" role="alert" data-testid={props.testid} hidden={props.error.is_none()}>
            { props.error.clone().unwrap_or_default() }
        </p>
    }
}
