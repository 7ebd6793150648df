//! A secondary part of the widget folded under its heading (`<details>`: the keyboard, screen
//! readers and no script at all can open it). The standalone page opens every fold; an embedded
//! view keeps them closed until the reader opens one, or an error inside it needs to be seen.
//!
//! A function, not a component: each component type costs the wasm its own copy of Yew's
//! machinery, and this one has no state of its own.

use yew::prelude::*;

/// `children` under a summary saying `heading`. Yew writes `open` only when it changes, so a
/// fold the reader opened stays open.
pub fn fold(heading: &str, testid: &'static str, open: bool, children: Html) -> Html {
    html! {
        <details class="section" data-testid={testid} {open}>
            <summary>{ heading }</summary>
            { children }
        </details>
    }
}
