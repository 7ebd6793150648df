//! A form field's label, tied to the field by its id. A function, not a component (see `fold`),
//! and one for every field, so that the wasm builds a label in one place.

use yew::prelude::*;

pub fn label(field: &'static str, text: &str) -> Html {
    html! { <label for={field}>{ text }</label> }
}
