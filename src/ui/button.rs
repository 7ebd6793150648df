//! A button that acts on a click (not a form's submit). A function, not a component (see
//! `fold`), and one for every such button, so that the wasm builds one in one place.

use yew::prelude::*;

/// `secondary` buttons are drawn outlined, beside or below the main action.
///
/// Two literal forms, not `class={…}`: an expression there goes through Yew's `Classes` (an
/// index set of strings), which no other part of tierup needs. Dropping the three class
/// expressions tierup had (here, the ladder's list, the calculator's answer) saved 1,842 B gzip.
pub fn button(testid: &'static str, secondary: bool, onclick: Callback<MouseEvent>, text: &str) -> Html {
    match secondary {
        true => html! { <button type="button" class="secondary" data-testid={testid} {onclick}>{ text }</button> },
        false => html! { <button type="button" data-testid={testid} {onclick}>{ text }</button> },
    }
}
