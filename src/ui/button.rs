//! A button that acts on a click (not a form's submit). A function, not a component (see
//! `fold`), and one for every such button, so that the wasm builds one in one place.

use yew::prelude::*;

/// `secondary` buttons are drawn outlined, beside or below the main action.
pub fn button(testid: &'static str, secondary: bool, onclick: Callback<MouseEvent>, text: &str) -> Html {
    html! { <button type="button" class={secondary.then_some("secondary")} data-testid={testid} {onclick}>{ text }</button> }
}
