//! A form field's error message, and reading a field.

use yew::prelude::*;

/// The current text of an input.
pub fn input_value(node: &NodeRef) -> String {
    node.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default()
}

/// An error tied to its field by id (`aria-describedby`), announced when it appears. A
/// function, not a component (see `fold`).
pub fn field_error(id: &'static str, testid: &'static str, error: Option<&str>) -> Html {
    html! {
        <p {id} class="error" role="alert" data-testid={testid} hidden={error.is_none()}>
            { error.unwrap_or_default() }
        </p>
    }
}
