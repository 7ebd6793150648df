//! The view: each section renders a view of the domain and turns clicks into `Action`s. The
//! widget is the one Yew component: the sections are plain functions returning `Html` (see
//! `fold`), given their words, inputs and callbacks by the instance.
//!
//! Every host element on a page gets a shadow root of its own (`hosts`). One Yew app renders
//! into all of them through portals: the instances share one state, so a purchase added in one
//! shows in every other at once. `startup` reads what the app starts from, a step a task.

mod add_purchase;
mod browser;
mod button;
mod by_identity;
mod calculator;
mod feedback;
mod field_error;
mod fold;
mod hosts;
mod inputs;
mod instance;
mod label;
mod ladder;
mod language_picker;
mod languages;
mod opening_total;
mod purchase_list;
mod schedule_note;
mod startup;
mod state;
mod status;
mod stylesheet;
mod transfer;
mod whole;
mod widget;

use std::rc::Rc;

use widget::Widget;

/// Mounts tierup into every host element not mounted yet: start-up reads, then renders the
/// widget, then renders it again each time more of it is shown.
pub fn mount() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let instances = Rc::new(hosts::attach_all(&document));
    let Some(first) = instances.first() else { return };
    let Ok(root) = document.create_element("div") else { return };
    if first.container.before_with_node_1(&root).is_err() {
        return;
    }
    let show = {
        let (instances, mut app) = (instances.clone(), None::<yew::AppHandle<Widget>>);
        move |initial, shown| {
            let props = widget::Props { instances: instances.clone(), initial, shown };
            match &mut app {
                Some(app) => app.update(props),
                None => app = Some(yew::Renderer::<Widget>::with_root_and_props(root.clone(), props).render()),
            }
        }
    };
    wasm_bindgen_futures::spawn_local(async move { startup::start(&instances, show).await });
}
