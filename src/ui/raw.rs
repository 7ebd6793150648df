//! The one way from markup to the page: Yew's raw HTML, taking a `Markup` only, whose text is
//! escaped by construction (`formats::markup`). `tests/raw_markup.rs` keeps it the only one.

use yew::Html;

use crate::formats::markup::Markup;

/// The written part as Yew's raw HTML: Yew parses it again only when the text changes.
pub fn raw(markup: Markup) -> Html {
    Html::from_html_unchecked(markup.finish().into())
}
