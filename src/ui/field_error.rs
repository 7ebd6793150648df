//! A form field's error message.

use yew::prelude::*;

/// An error tied to its field by id (`aria-describedby`), announced when it appears. A
/// function, not a component (see `fold`).
pub fn field_error(id: &'static str, testid: &'static str, error: Option<&str>) -> Html {
    html! {
        <p {id} class="error" role="alert" data-testid={testid} hidden={error.is_none()}>
            { error.unwrap_or_default() }
        </p>
    }
}
