//! A button that acts on a click (not a form's submit). A function, not a component (see
//! `fold`), and one for every such button, so that the wasm builds one in one place.

use yew::prelude::*;

/// `secondary` buttons are drawn outlined, beside or below the main action.
///
/// Two literal classes, not `class={…}`: an expression there goes through Yew's `Classes` (an
/// index set), which tierup would link for this alone (measured with the ladder and the
/// calculator: about 1.9 KB gzip).
pub fn button(testid: &'static str, secondary: bool, onclick: Callback<MouseEvent>, text: &str) -> Html {
    match secondary {
        true => html! { <button type="button" class="secondary" data-testid={testid} {onclick}>{ text }</button> },
        false => html! { <button type="button" data-testid={testid} {onclick}>{ text }</button> },
    }
}
