//! A form field's error message, and reading a field.

use yew::prelude::*;

/// The current text of an input.
pub fn input_value(node: &NodeRef) -> String {
    node.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default()
}

/// An error tied to its field by id (`aria-describedby`), announced when it appears.
#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: &'static str,
    pub testid: &'static str,
    pub error: Option<String>,
}

#[component]
pub fn FieldError(props: &Props) -> Html {
    html! {
        <p id={props.id} class="error" role="alert" data-testid={props.testid} hidden={props.error.is_none()}>
            { props.error.clone().unwrap_or_default() }
        </p>
    }
}
