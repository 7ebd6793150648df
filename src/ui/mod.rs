//! Yew components: each renders a view of the domain and turns clicks into `Action`s.

mod add_purchase;
mod app;
mod browser;
mod calculator;
mod opening_total;
mod purchase_list;
mod state;
mod status;
mod transfer;

pub use app::App;

/// Mounts the widget into `#tierup-root`, or the body when the page has no such element.
pub fn mount() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("tierup-root"));
    match root {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}

/// The current text of an input.
fn input_value(node: &yew::NodeRef) -> String {
    node.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default()
}

/// An error tied to its field by id (`aria-describedby`), announced when it appears.
#[derive(yew::Properties, PartialEq)]
struct FieldErrorProps {
    id: &'static str,
    testid: &'static str,
    error: Option<String>,
}

#[yew::component]
fn FieldError(props: &FieldErrorProps) -> yew::Html {
    yew::html! {
        <p id={props.id} class="error" role="alert" data-testid={props.testid} hidden={props.error.is_none()}>
            { props.error.clone().unwrap_or_default() }
        </p>
    }
}
