//! Yew components: each renders a view of the domain and turns clicks into `Action`s.
//!
//! Every host element on a page gets a shadow root of its own (`hosts`). One Yew app renders
//! into all of them through portals: the instances share one state, so a purchase added in one
//! shows in every other at once.

mod add_purchase;
mod app;
mod browser;
mod by_identity;
mod calculator;
mod field_error;
mod hosts;
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

pub use app::App;

/// Mounts tierup into every host element not mounted yet.
pub fn mount() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let instances = hosts::attach_all(&document);
    let Some(first) = instances.first() else { return };
    let Ok(root) = document.create_element("div") else { return };
    if first.container.before_with_node_1(&root).is_err() {
        return;
    }
    yew::Renderer::<App>::with_root_and_props(root, app::Props { instances: Rc::new(instances) }).render();
}
